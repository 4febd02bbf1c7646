"""The main window as the tests open it: shown at its remembered size, closed (settings saved) afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from pytestqt.qtbot import QtBot

from planner.services.workspace import Workspace
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY


@contextmanager
def main_window(qtbot: QtBot, workspace: Workspace, today: date | None = MONDAY) -> Iterator[MainWindow]:
    """``today`` pins the window's clock (None: the system's): Monday 23 November 2026 unless a test says."""
    main = MainWindow(workspace, today=today)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        main.close()


def open_every_dialog(window: MainWindow) -> None:
    """Open each modal dialog the window offers once, with the first card of the example week chosen (tests replace
    ``QDialog.exec`` first, so each returns at once): session editor, season, check-in, settings, calendar export,
    about, shortcuts, and the library's new exercise."""
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
    window.show_page("calendar")
