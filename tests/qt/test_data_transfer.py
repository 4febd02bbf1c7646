"""File > Export and File > Restore from JSON backup, with the file dialogs and message boxes mocked."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.services import example_week, full_backup
from planner.services import profile as profile_service
from planner.services.workspace import Workspace
from planner.store.backups import list_backups
from planner.ui.dialogs.calendar_export_dialog import CalendarExportDialog
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY, db_fingerprint
from tests.qt.window_helpers import main_window


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    example_week.add_example_week(MONDAY, 0)
    with main_window(qtbot, workspace) as shown:
        yield shown


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """Every save dialog answers ``path`` (None: cancelled); returns the suggested names it was shown."""
    shown: list[str] = []

    def answer(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        shown.append(suggested)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return shown


def open_from(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))


def answer_question(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def record_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_: warned.append(f"{title}: {text}"))
    return warned


def accept_dialog(monkeypatch: pytest.MonkeyPatch, include_done: bool = False) -> list[CalendarExportDialog]:
    seen: list[CalendarExportDialog] = []

    def exec_(dialog: CalendarExportDialog) -> int:
        seen.append(dialog)
        dialog.include_done.setChecked(include_done)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CalendarExportDialog, "exec", exec_)
    return seen


def test_the_file_menu_holds_export_and_restore(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Export" in texts
    assert "Restore from JSON backup…" in texts
    export = next(a.menu() for a in file_menu.actions() if a.text() == "Export")
    assert [a.text() for a in export.actions()] == [
        "Calendar (.ics)…",
        "Sessions (CSV)…",
        "Sets (CSV)…",
        "Full backup (JSON)…",
    ]


def test_calendar_export_of_the_shown_weeks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialogs = accept_dialog(monkeypatch)
    target = tmp_path / "plan.ics"
    save_to(monkeypatch, target)
    window.transfer.actions["calendar"].trigger()
    assert dialogs[0].start == window.calendar.week.start
    assert dialogs[0].end == window.calendar.week.start + timedelta(days=27)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 8
    assert "Exported 8 sessions" in window.statusBar().currentMessage()


def test_a_cancelled_dialog_writes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(CalendarExportDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    asked = save_to(monkeypatch, tmp_path / "never.ics")
    assert window.transfer.export_calendar() is None
    assert asked == []
    save_to(monkeypatch, None)
    assert window.transfer.export_csv("sessions") is None
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # only the data folder


def test_the_range_must_run_forwards(qtbot: QtBot) -> None:
    dialog = CalendarExportDialog(date(2026, 11, 23), date(2026, 11, 29))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    assert not ok.isEnabled()


@pytest.mark.parametrize(("what", "rows"), [("sessions", 8), ("sets", 0)])
def test_csv_exports(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, what: str, rows: int) -> None:
    target = tmp_path / f"{what}.csv"
    suggested = save_to(monkeypatch, target)
    window.transfer.actions[what].trigger()
    assert suggested[0].endswith(f"runlift-{what}.csv")
    assert len(list(csv.DictReader(io.StringIO(target.read_text(), newline="")))) == rows


def test_an_export_that_cannot_be_written_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    warned = record_warnings(monkeypatch)
    save_to(monkeypatch, tmp_path / "missing-folder" / "x.json")
    assert window.transfer.export_backup() is None
    assert len(warned) == 1
    assert "could not be written" in warned[0]


def test_saving_an_export_over_the_database_is_refused(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A save dialog pointed at runlift.sqlite would otherwise replace the user's data with the export."""
    warned = record_warnings(monkeypatch)
    database = window.context.paths.database
    before = db_fingerprint()
    save_to(monkeypatch, database)
    assert window.transfer.export_csv("sessions") is None
    assert len(warned) == 1
    assert "Runlift keeps" in warned[0]
    assert db_fingerprint() == before


def backup_file(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "backup.json"
    save_to(monkeypatch, target)
    window.transfer.actions["backup"].trigger()
    assert json.loads(target.read_text())["format"] == "runlift-backup"
    return target


def test_restore_into_an_empty_database_asks_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    backup = backup_file(window, monkeypatch, tmp_path)
    saved = db_fingerprint()
    window.remove_example_sessions()
    assert window.calendar.week is not None
    assert not window.calendar.week.sessions
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    open_from(monkeypatch, backup)
    assert window.transfer.restore_from_file()
    assert asked == []
    assert db_fingerprint() == saved
    assert len(window.calendar.week.sessions) == 8  # the calendar was refreshed
    assert window.undo_stack.count() == 0
    assert "Restored" in window.statusBar().currentMessage()


def test_restore_over_data_asks_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, workspace: Workspace
) -> None:
    backup = backup_file(window, monkeypatch, tmp_path)
    saved = db_fingerprint()
    window.add_example_week()  # another copy of the week, on the undo stack
    window.show_page("library")
    changed = db_fingerprint()
    open_from(monkeypatch, backup)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.transfer.restore_from_file()
    assert asked == ["Replace all your data?"]
    assert db_fingerprint() == changed
    assert window.undo_stack.count() == 1
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    reloaded: list[bool] = []
    monkeypatch.setattr(type(window.library), "reload", lambda _self, keep=None: reloaded.append(True))
    assert window.transfer.restore_from_file()
    assert db_fingerprint() == saved
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    assert reloaded == [True]
    assert len(list_backups(workspace.paths.backups, "before-restore")) == 1


def test_a_bad_backup_changes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "runlift-backup", "format_version": 1, "schema_version": 999}')
    before = db_fingerprint()
    warned = record_warnings(monkeypatch)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    open_from(monkeypatch, bad)
    assert not window.transfer.restore_from_file()
    assert asked == []
    assert len(warned) == 1
    assert "cannot be restored" in warned[0]
    assert "not changed" in warned[0]
    assert db_fingerprint() == before


def test_a_restored_profile_is_shown(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    backup = tmp_path / "miles.json"
    document: dict[str, Any] = json.loads(full_backup.backup_text())
    profile = document["tables"]["profile"]
    profile["rows"][0][profile["columns"].index("distance_unit")] = "mi"
    backup.write_text(json.dumps(document))
    open_from(monkeypatch, backup)
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.transfer.restore_from_file()
    assert profile_service.current().distance_unit.value == "mi"
    assert window.calendar.unit.value == "mi"


def test_the_export_reads_its_dialog_before_the_save_dialog_s_own_loop(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With no loop running yet, the save dialog's loop is the first, and it deletes the closed export dialog
    (run_modal): the export must have read its answers already."""
    accept_dialog(monkeypatch, include_done=True)
    target = tmp_path / "plan.ics"

    def answer_after_a_loop(*_args: object) -> tuple[str, str]:
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()  # as the real save dialog does
        return (str(target), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer_after_a_loop)
    assert window.transfer.export_calendar() == target
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 8
