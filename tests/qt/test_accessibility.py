"""Every control on every page and in every dialog has a name a screen reader can say (a walk of the tree)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from planner.services import example_week
from planner.services.workspace import Workspace
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY
from tests.qt.accessibility import unnamed_controls, untipped_choices
from tests.qt.window_helpers import main_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stacking


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    example_week.add_example_week(MONDAY, 0)
    with main_window(qtbot, workspace) as shown:
        yield shown


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
    calendar = window.calendar
    first_day = calendar.week_view.views[0]  # the example week has a session on its first day
    first_day.setCurrentIndex(first_day.model().index(0, 0, first_day.rootIndex()))
    first_day.setFocus()
    for name in ("edit", "season", "checkin"):
        calendar.actions_by_name[name].trigger()
    window.preferences.open_settings()
    window.transfer.actions["calendar"].trigger()
    window.about_action.trigger()
    window.shortcuts_action.trigger()
    window.show_page("library")
    window.library.new_exercise()  # type: ignore[attr-defined]
    QDialog.exec(window.preferences.start_setup())  # the wizard opens with open(): walk it the same way
    window.help_action.trigger()
    assert window.help_page is not None
    walked["HelpPage"] = unnamed_controls(window.help_page)

    expected = {"SessionEditor", "SeasonDialog", "CheckInDialog", "SettingsDialog", "CalendarExportDialog",
                "AboutDialog", "ShortcutsDialog", "ExerciseEditor", "FirstRunWizard", "HelpPage"}  # fmt: skip
    assert expected <= set(walked)
    assert {name: problems for name, problems in walked.items() if problems} == {}
