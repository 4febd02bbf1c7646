"""A dialog is gone once it is closed: opening one again and again leaves nothing behind (planner/ui/widgets/modal.py).

Every dialog made with the window or a page as its parent stayed alive, hidden, as that parent's child until the
window closed: three openings of each left three of each.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog

from planner.ui.shell.main_window import MainWindow
from tests.qt.window_helpers import open_every_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stacking


@pytest.fixture
def window(example_window: MainWindow) -> MainWindow:
    return example_window


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
    for _ in range(3):
        open_every_dialog(window)
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
