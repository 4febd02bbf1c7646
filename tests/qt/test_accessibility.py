"""Every control on every page and in every dialog has a name a screen reader can say (a walk of the tree)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from planner.ui.shell.main_window import MainWindow
from tests.qt.accessibility import unnamed_controls, untipped_choices
from tests.qt.window_helpers import open_every_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stacking


@pytest.fixture
def window(example_window: MainWindow) -> MainWindow:
    return example_window


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Every modal dialog the app runs is walked (a wizard page by page) instead of run, then cancelled."""
    found: dict[str, list[str]] = {}

    def walk(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        problems = unnamed_controls(dialog)
        if isinstance(dialog, QWizard):
            while dialog.nextId() != -1:
                dialog.next()
                QApplication.processEvents()
                problems += unnamed_controls(dialog)
        found[type(dialog).__name__] = problems
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", walk)
    return found


@pytest.mark.parametrize("page", ["calendar", "library", "progress"])
def test_every_control_on_each_page_is_named(qtbot: QtBot, window: MainWindow, page: str) -> None:
    window.show_page(page)
    qtbot.wait(10)
    assert unnamed_controls(window) == []


@pytest.mark.parametrize("page", ["calendar", "library", "progress"])
def test_every_button_and_choice_on_each_page_says_what_it_does(qtbot: QtBot, window: MainWindow, page: str) -> None:
    window.show_page(page)
    qtbot.wait(10)
    assert untipped_choices(window) == []


def test_day_lists_are_named_by_their_date(window: MainWindow) -> None:
    first = window.calendar.week_view.views[0]
    day = window.calendar.week.start  # type: ignore[union-attr]
    assert first.accessibleName() == f"{day:%A} {day.day} {day:%B}"


def test_every_control_in_each_dialog_is_named(qtbot: QtBot, window: MainWindow, walked: dict[str, list[str]]) -> None:
    open_every_dialog(window)
    QDialog.exec(window.preferences.start_setup())  # the wizard opens with open(): walk it the same way
    window.help_action.trigger()
    assert window.help_page is not None
    walked["HelpPage"] = unnamed_controls(window.help_page)

    expected = {"SessionEditor", "SeasonDialog", "CheckInDialog", "SettingsDialog", "CalendarExportDialog",
                "AboutDialog", "ShortcutsDialog", "ExerciseEditor", "FirstRunWizard", "HelpPage"}  # fmt: skip
    assert expected <= set(walked)
    assert {name: problems for name, problems in walked.items() if problems} == {}
