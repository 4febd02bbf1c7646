"""The dialog shown when the database cannot be used; it offers ways forward and never overwrites the file."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.services.errors import NewerSchemaError, StoreError


class Choice(Enum):
    OPEN_BACKUP = auto()
    NEW_ELSEWHERE = auto()
    QUIT = auto()


def problem_box(error: StoreError, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Runlift cannot open your data")
    if isinstance(error, NewerSchemaError):
        box.setText("This data was saved by a newer version of Runlift.")
    else:
        box.setText("Your Runlift database cannot be read.")
    box.setInformativeText(
        f"{error}\n\nThe file has not been changed. You can open one of the automatic backups "
        "(the current file is kept beside it), start a new database in another folder, or quit."
    )
    box.addButton("Open a backup…", QMessageBox.ButtonRole.AcceptRole).setObjectName("openBackup")
    box.addButton("New database elsewhere…", QMessageBox.ButtonRole.ActionRole).setObjectName("newElsewhere")
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole).setObjectName("quit")
    return box


def ask_what_to_do(error: StoreError, parent: QWidget | None = None) -> Choice:
    box = problem_box(error, parent)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else "quit"
    return {"openBackup": Choice.OPEN_BACKUP, "newElsewhere": Choice.NEW_ELSEWHERE}.get(name, Choice.QUIT)


def pick_backup(backups: Path, parent: QWidget | None = None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "Open a Runlift backup", str(backups), "Runlift databases (*.sqlite);;All files (*)"
    )
    return Path(chosen) if chosen else None


def pick_folder(parent: QWidget | None = None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Folder for a new Runlift database")
    return Path(chosen) if chosen else None
