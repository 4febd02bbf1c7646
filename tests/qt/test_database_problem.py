"""A damaged or newer database in the GUI: a clear dialog, and each way forward keeps the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.config import Paths
from planner.exit_codes import EXIT_DATABASE
from planner.services import sessions
from planner.services.workspace import Workspace
from planner.store import models as m
from planner.store.backups import backup_file
from planner.store.database import close_db, open_db
from planner.store.errors import CorruptDatabaseError, NewerSchemaError
from planner.ui.app import open_with_recovery
from planner.ui.dialogs import database_problem as problem
from tests.helpers import MONDAY, run

DAMAGED = b"this is not a database " * 40


@pytest.fixture
def damaged_with_backup(paths: Paths) -> Path:
    open_db(paths.database, paths.backups)
    sessions.create(run(MONDAY))
    good = backup_file(m.database.connection(), paths.backups, "daily")
    close_db()
    for companion in paths.data_dir.glob("runlift.sqlite*"):
        companion.unlink()
    paths.database.write_bytes(DAMAGED)
    return good


def test_the_dialog_explains_and_offers_three_ways(qtbot: QtBot, paths: Paths) -> None:
    box = problem.problem_box(CorruptDatabaseError(paths.database, "file is not a database"))
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"Open a backup…", "New database elsewhere…", "Quit"}
    assert "has not been changed" in box.informativeText()
    newer = problem.problem_box(NewerSchemaError(paths.database, 9, 2))
    qtbot.addWidget(newer)
    assert "newer version" in newer.text()


def test_quit_leaves_the_file_alone(
    qtbot: QtBot, paths: Paths, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(problem, "ask_what_to_do", lambda error, parent=None, newest=None: problem.Choice.QUIT)
    assert open_with_recovery(paths) == EXIT_DATABASE
    assert paths.database.read_bytes() == DAMAGED


def test_opening_a_backup_sets_the_damaged_file_aside(
    qtbot: QtBot, paths: Paths, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(problem, "ask_what_to_do", lambda error, parent=None, newest=None: problem.Choice.OPEN_BACKUP)
    monkeypatch.setattr(problem, "pick_backup", lambda folder, parent=None: damaged_with_backup)
    opened = open_with_recovery(paths)
    assert isinstance(opened, Workspace)
    try:
        assert [s.title for s in sessions.sessions_between(MONDAY, MONDAY)] == ["Easy run"]
    finally:
        opened.close()
    kept = list(paths.data_dir.glob("runlift.sqlite.set-aside-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == DAMAGED


def test_a_new_database_elsewhere(
    qtbot: QtBot, paths: Paths, tmp_path: Path, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    monkeypatch.setattr(problem, "ask_what_to_do", lambda error, parent=None, newest=None: problem.Choice.NEW_ELSEWHERE)
    monkeypatch.setattr(problem, "pick_folder", lambda parent=None: elsewhere)
    opened = open_with_recovery(paths)
    assert isinstance(opened, Workspace)
    opened.close()
    assert (elsewhere / "runlift.sqlite").exists()
    assert paths.database.read_bytes() == DAMAGED


def test_the_newest_good_backup_is_offered_by_name_and_opens_in_one_click(
    qtbot: QtBot, paths: Paths, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[Path | None] = []

    def choose_newest(error: object, parent: object = None, newest: Path | None = None) -> problem.Choice:
        offered.append(newest)
        box = problem.problem_box(CorruptDatabaseError(paths.database, "x"), None, newest)
        qtbot.addWidget(box)
        assert box.defaultButton().objectName() == "openNewest"
        assert newest is not None
        assert newest.name in box.informativeText()
        return problem.Choice.OPEN_NEWEST

    monkeypatch.setattr(problem, "ask_what_to_do", choose_newest)
    opened = open_with_recovery(paths)
    assert isinstance(opened, Workspace)
    try:
        assert [s.title for s in sessions.sessions_between(MONDAY, MONDAY)] == ["Easy run"]
    finally:
        opened.close()
    assert offered == [damaged_with_backup]


def test_a_full_disk_is_not_called_damage(qtbot: QtBot, paths: Paths) -> None:
    from planner.services.errors import StorageError

    box = problem.problem_box(StorageError(paths.database, "the disk is full"))
    qtbot.addWidget(box)
    assert "cannot write" in box.text()
    assert "the disk is full" in box.informativeText()


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("Open a backup…", problem.Choice.OPEN_BACKUP),
        ("New database elsewhere…", problem.Choice.NEW_ELSEWHERE),
        ("Quit", problem.Choice.QUIT),
    ],
)
def test_the_button_clicked_is_the_choice(
    qtbot: QtBot, paths: Paths, monkeypatch: pytest.MonkeyPatch, button: str, choice: problem.Choice
) -> None:
    """Read from the box as run_modal returns, before anything deletes it."""

    def click(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    assert problem.ask_what_to_do(CorruptDatabaseError(paths.database, "file is not a database")) is choice
