"""A dialog is gone once it is closed: opening one again and again leaves nothing behind (planner/ui/widgets/modal.py).

Season and Settings were kept alive by their connections, as hidden children of the window: each opening stayed
in memory until the window closed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from planner.services import example_week
from planner.services.workspace import Workspace
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY
from tests.qt.window_helpers import main_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stacking


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    example_week.add_example_week(MONDAY, 0)
    with main_window(qtbot, workspace) as shown:
        yield shown


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every modal dialog is shown, then cancelled, instead of waiting for a click."""
    names: list[str] = []

    def cancel(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        names.append(type(dialog).__name__)
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", cancel)
    return names


def test_each_dialog_opened_three_times_leaves_none_behind(window: MainWindow, opened: list[str]) -> None:
    calendar = window.calendar
    first_day = calendar.week_view.views[0]  # the example week has a session on its first day
    first_day.setCurrentIndex(first_day.model().index(0, 0, first_day.rootIndex()))
    first_day.setFocus()
    for _ in range(3):
        for name in ("edit", "season", "checkin"):
            calendar.actions_by_name[name].trigger()
        window.preferences.open_settings()
        window.transfer.actions["calendar"].trigger()
        window.about_action.trigger()
        window.shortcuts_action.trigger()
    window.show_page("library")
    for _ in range(3):
        window.library.new_exercise()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the event loop does next
    expected = {"SessionEditor", "SeasonDialog", "CheckInDialog", "SettingsDialog", "CalendarExportDialog"}
    assert expected | {"AboutDialog", "ShortcutsDialog", "ExerciseEditor"} <= set(opened)
    left = [type(dialog).__name__ for dialog in QApplication.allWidgets() if isinstance(dialog, QDialog)]
    assert left == []


def test_every_dialog_the_app_runs_goes_through_run_modal() -> None:
    """``.exec()`` is called in two places only: the application's event loop and ``run_modal``."""
    root = Path(__file__).resolve().parents[2] / "planner"
    calls = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "exec":
                calls.append(f"{path.relative_to(root.parent)}:{ast.unparse(node)}")
    assert sorted(calls) == ["planner/ui/app.py:app.exec()", "planner/ui/widgets/modal.py:dialog.exec()"]


@pytest.mark.parametrize("finish", ["accept", "reject"])
def test_the_setup_wizard_is_deleted_once_finished(window: MainWindow, finish: str) -> None:
    """Opened with open(), not run: it goes when it finishes, after its answers are taken."""
    for _ in range(2):
        wizard = window.preferences.start_setup()
        getattr(wizard, finish)()
        del wizard
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [w for w in QApplication.allWidgets() if isinstance(w, QDialog)] == []
