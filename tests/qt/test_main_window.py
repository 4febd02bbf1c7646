"""The main window offscreen: pages, the week read from the database, the example week, settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.config import Paths
from planner.domain.enums import RunType
from planner.services import example_week, sessions
from planner.services.workspace import Workspace, open_workspace
from planner.ui.calendar.week_model import Role
from planner.ui.shell.main_window import MainWindow
from tests.helpers import run


def cards(window: MainWindow) -> dict[date, list[str]]:
    """What each day column shows, read through the views (the model rows under each view's root)."""
    model = window.calendar.model
    shown = {}
    for view in window.calendar.week_view.views:
        root = view.rootIndex()
        day = root.data(Role.DAY)
        shown[day] = [model.index(r, 0, root).data() for r in range(model.rowCount(root))]
    return shown


def test_the_calendar_shows_the_current_week_from_the_database(qtbot: QtBot, workspace: Workspace) -> None:
    today = date.today()
    sessions.create(run(today, RunType.TEMPO))
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    assert next(iter(cards(main))).weekday() == 0  # Monday first
    assert today in cards(main)
    assert cards(main)[today] == ["Tempo run"]
    assert main.current_page == "calendar"


def test_pages_switch_from_the_toolbar_and_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.page_actions["library"].trigger()
    assert window.current_page == "library"
    assert window.pages.currentWidget() is window.library
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == "progress"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == "calendar"
    assert window.page_actions["calendar"].isChecked()


def test_a_new_user_is_offered_the_example_week(qtbot: QtBot, window: MainWindow) -> None:
    page = window.calendar
    assert page.banner.isVisible()
    assert page.add_example_button.isVisible()
    qtbot.mouseClick(page.add_example_button, Qt.MouseButton.LeftButton)
    shown = cards(window)
    assert sum(len(v) for v in shown.values()) == 8
    assert "Long run" in shown[page.week.days[6]]
    assert page.remove_example_button.isVisible()
    assert not page.add_example_button.isVisible()
    assert "<b>Running</b> 53.0 km" in page.footer.text()
    assert "2 sessions" in page.footer.text()


def test_the_example_goes_in_one_step_and_undo_brings_it_back(qtbot: QtBot, window: MainWindow) -> None:
    window.add_example_week()
    assert window.undo_action.text() == "Undo add example week"
    qtbot.mouseClick(window.calendar.remove_example_button, Qt.MouseButton.LeftButton)
    assert sum(len(v) for v in cards(window).values()) == 0
    assert not window.calendar.banner.isVisible()
    assert window.undo_action.text() == "Undo remove example sessions"
    window.undo_action.trigger()
    assert sum(len(v) for v in cards(window).values()) == 8
    window.undo_action.trigger()
    assert sum(len(v) for v in cards(window).values()) == 0
    assert window.redo_action.text() == "Redo add example week"
    window.redo_action.trigger()
    assert sum(len(v) for v in cards(window).values()) == 8


def test_no_thanks_hides_the_offer_for_good(qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    qtbot.mouseClick(window.calendar.dismiss_example_button, Qt.MouseButton.LeftButton)
    assert not window.calendar.banner.isVisible()
    assert not example_week.should_offer_example()


def test_week_navigation(qtbot: QtBot, window: MainWindow) -> None:
    page = window.calendar
    this_monday = page.week.start
    qtbot.mouseClick(page.navigation.next_button, Qt.MouseButton.LeftButton)
    assert page.week.start == this_monday + timedelta(days=7)
    window.previous_week_action.trigger()
    window.previous_week_action.trigger()
    assert page.week.start == this_monday - timedelta(days=7)
    qtbot.mouseClick(page.navigation.today_button, Qt.MouseButton.LeftButton)
    assert page.week.start == this_monday


def test_geometry_and_last_page_are_remembered(qtbot: QtBot, paths: Paths) -> None:
    first_workspace = open_workspace(paths)
    first = MainWindow(first_workspace)
    qtbot.addWidget(first)
    first.show()
    first.resize(781, 655)
    first.show_page("progress")
    first.close()
    first_workspace.close()

    second_workspace = open_workspace(paths)
    second = MainWindow(second_workspace)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page == "progress"
    assert (second.width(), second.height()) == (781, 655)
    second.close()
    second_workspace.close()


def test_menus_hold_what_the_issue_names(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Plan", "&View", "&Help"]
    edit = window.menuBar().actions()[1].menu()
    assert [a.text() for a in edit.actions()][:2] == ["Undo", "Redo"]
    assert "Copy this week to next week" in [a.text() for a in edit.actions()]
    assert not window.undo_action.isEnabled()
    plan = window.menuBar().actions()[2].menu()
    assert [a.text() for a in plan.actions()] == [
        "Plan my runs…",
        "Suggest lifts for this week",
        "Accept all suggestions",
        "Dismiss all suggestions",
        "Season and races…",
        "",
        "Today's check-in…",
    ]
    assert window.about_action.text() == "About Runlift"
    assert window.data_label.path == str(window.workspace.paths.data_dir)  # elided in the middle when long
    assert str(window.workspace.paths.data_dir) in window.data_label.toolTip()


def test_sigterm_closes_the_window_and_saves_settings(qtbot: QtBot, window: MainWindow) -> None:
    import os
    import signal

    from planner.ui.shell.crash_guard import close_on_stop_signals

    previous = {n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM)}
    try:
        window.show_page("library")
        close_on_stop_signals(window)
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    assert window.settings.value("window/page") == "library"


def test_the_week_can_start_on_sunday_and_it_is_remembered(qtbot: QtBot, window: MainWindow, paths: Paths) -> None:
    sunday = next(a for a in window.first_weekday_actions if a.text() == "Sunday")
    sunday.trigger()
    assert window.calendar.week.start.weekday() == 6
    assert next(iter(cards(window))).weekday() == 6
    from planner.store.profile_rows import get_profile

    assert get_profile().first_weekday == 6


def test_right_click_menu_offers_the_card_actions(window: MainWindow) -> None:
    view = window.calendar.week_view.views[0]
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in view.actions()][:4] == ["Edit session…", "Mark done", "Mark skipped", "Mark planned"]


def test_a_closed_window_reads_nothing_more(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deferred read of records must not fire after close: by then the database may be closed or replaced."""
    from planner.ui.calendar import calendar_controller

    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    main.close()
    reads: list[date] = []
    monkeypatch.setattr(calendar_controller.calendar, "week_plan", lambda day, *a, **k: reads.append(day))
    qtbot.wait(calendar_controller.RECORDS_DELAY_MS * 2)
    assert reads == []


def test_an_empty_week_says_what_to_do_next(window: MainWindow) -> None:
    from planner.ui.calendar.week_page import EMPTY_WEEK_TEXT

    window.calendar.step_weeks(5)
    assert window.calendar.footer.text() == EMPTY_WEEK_TEXT
    assert "Suggest lifts" in EMPTY_WEEK_TEXT
    sessions.create(run(window.calendar.week.start, RunType.EASY))  # type: ignore[union-attr]
    window.calendar.refresh()
    assert window.calendar.footer.text().startswith("<b>Running</b>")
