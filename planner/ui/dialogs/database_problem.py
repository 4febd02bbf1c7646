"""The dialog shown when the database cannot be used; it offers ways forward and never overwrites the file."""

from __future__ import annotations

from datetime import datetime
from enum import Enum, auto
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.services.errors import NewerSchemaError, StorageError, StoreError
from planner.ui.widgets.modal import run_modal


class Choice(Enum):
    OPEN_NEWEST = auto()  # the newest backup that passed the full check, offered by name
    OPEN_BACKUP = auto()
    NEW_ELSEWHERE = auto()
    QUIT = auto()


def problem_box(error: StoreError, parent: QWidget | None = None, newest: Path | None = None) -> QMessageBox:
    """``newest`` is the newest good backup: offered first, by its date, so one click gets the user going."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Runlift cannot open your data")
    if isinstance(error, NewerSchemaError):
        box.setText("This data was saved by a newer version of Runlift.")
    elif isinstance(error, StorageError):  # the file is fine, the place is not: no backup will help
        box.setText("Runlift cannot write to its data folder (a full disk or a read-only folder?).")
    else:
        box.setText("Your Runlift database cannot be read.")
    offer = ""
    if newest is not None:
        made = datetime.fromtimestamp(newest.stat().st_mtime)
        offer = f"\n\nThe newest good backup is from {made:%A %d %B %Y, %H:%M} ({newest.name})."
        button = box.addButton(f"Open the backup of {made:%d %b %Y}", QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("openNewest")
        box.setDefaultButton(button)
    box.setInformativeText(
        f"{error}{offer}\n\nThe file has not been changed. You can open one of the automatic backups "
        "(the current file is kept beside it), start a new database in another folder, or quit."
    )
    box.addButton("Open a backup…", QMessageBox.ButtonRole.AcceptRole).setObjectName("openBackup")
    box.addButton("New database elsewhere…", QMessageBox.ButtonRole.ActionRole).setObjectName("newElsewhere")
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole).setObjectName("quit")
    return box


def ask_what_to_do(error: StoreError, parent: QWidget | None = None, newest: Path | None = None) -> Choice:
    box = problem_box(error, parent, newest)
    run_modal(box)  # its clicked button is read before the event loop's next turn deletes it
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else "quit"
    choices = {"openNewest": Choice.OPEN_NEWEST, "openBackup": Choice.OPEN_BACKUP, "newElsewhere": Choice.NEW_ELSEWHERE}
    return choices.get(name, Choice.QUIT)


def pick_backup(backups: Path, parent: QWidget | None = None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "Open a Runlift backup", str(backups), "Runlift databases (*.sqlite);;All files (*)"
    )
    return Path(chosen) if chosen else None


def pick_folder(parent: QWidget | None = None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Folder for a new Runlift database")
    return Path(chosen) if chosen else None
