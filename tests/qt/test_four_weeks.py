"""View > Four weeks: the shown week and the three after it, each day a cell with the week's cards, and a
card dragged from one week to another moves there as one undo step."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.enums import RunType
from planner.services import sessions
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY, run


def test_four_weeks_show_each_weeks_sessions_and_take_a_drag_between_weeks(
    qtbot: QtBot, page: CalendarPage, undo_stack: QUndoStack
) -> None:
    first = sessions.create(run(MONDAY + timedelta(days=1), RunType.TEMPO))
    later = sessions.create(run(MONDAY + timedelta(weeks=3, days=6), RunType.LONG, km=30.0))
    page.show_four_weeks(True)
    overview = page.four_weeks
    assert overview.isVisible()
    assert [label.text() for label in overview.week_labels[: overview.weeks]] == ["23 Nov", "30 Nov", "7 Dec", "14 Dec"]
    assert overview.models[3].session_index(later.id).isValid()  # type: ignore[arg-type]
    assert overview.cells[3][6].day == MONDAY + timedelta(weeks=3, days=6)
    assert overview.delegate.compact  # no footer line: a card is its title and its numbers

    # drop week 1's Tuesday card on week 3's Thursday, as a drag's drop does
    source = overview.models[0]
    data = source.mimeData([source.session_index(first.id)])  # type: ignore[arg-type]
    target = overview.models[2]
    assert target.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target.index(3, 0))
    QApplication.processEvents()  # the controller takes drops queued
    moved_to = MONDAY + timedelta(weeks=2, days=3)
    assert sessions.get(first.id).day == moved_to  # type: ignore[arg-type]
    assert overview.models[2].session_index(first.id).isValid()  # type: ignore[arg-type]
    assert not overview.models[0].session_index(first.id).isValid()  # type: ignore[arg-type]
    undo_stack.undo()
    assert sessions.get(first.id).day == first.day  # type: ignore[arg-type]
    assert overview.models[0].session_index(first.id).isValid()  # type: ignore[arg-type]

    page.show_four_weeks(False)
    assert page.week_view.isVisible()
    assert not overview.isVisible()


def test_the_month_shows_every_week_it_touches(qtbot: QtBot, page: CalendarPage) -> None:
    from datetime import date

    page.show_week(date(2026, 12, 9))
    page.show_month(True)
    overview = page.four_weeks
    # December 2026: Tuesday 1st to Thursday 31st, five Monday weeks from 30 November
    assert overview.weeks == 5
    assert overview.cells[0][0].day == date(2026, 11, 30)
    assert overview.cells[4][3].day == date(2026, 12, 31)
    # where a month starts, its 1st says which: December's in the first row, January's in the last
    assert overview.cells[0][1].header.text() == "Tue 1 Dec"
    assert overview.cells[4][4].header.text().startswith("Fri 1 Jan")
    assert overview.cells[4][3].header.text() == "Thu 31"
    assert overview.week_labels[4].isVisible()
    assert not overview.week_labels[5].isVisible()
    page.step_weeks(4)  # into January 2027: Friday 1st to Sunday 31st, five weeks from 28 December
    assert overview.cells[0][0].day == date(2026, 12, 28)
    assert overview.weeks == 5
    page.show_month(False)
    assert page.week_view.isVisible()


def test_the_title_names_what_is_shown_and_the_footer_its_week(qtbot: QtBot, page: CalendarPage) -> None:
    """The week's dates over the week, the four weeks' over four weeks, the month's name over a month; over an
    overview the footer's totals say which week they are (the shown week: Previous and Next step it)."""
    from datetime import date

    sessions.create(run(date(2026, 12, 8), RunType.EASY, km=8.0))
    page.show_week(date(2026, 12, 9))
    assert page.navigation.title.text() == "7 – 13 December 2026"
    assert page.footer.text().startswith("<b>Running</b> 8.0 km")
    page.show_four_weeks(True)
    assert page.navigation.title.text() == "7 Dec 2026 – 3 Jan 2027"
    assert page.footer.text().startswith("<b>Week of 7 Dec</b>")
    page.show_month(True)
    assert page.navigation.title.text() == "December 2026"
    page.step_weeks(1)  # still December: the title stays, the footer follows the week (empty: what to do next)
    assert page.navigation.title.text() == "December 2026"
    assert page.footer.text().startswith("<b>Week of 14 Dec</b>")
    assert "This week is empty" in page.footer.text()
    page.step_weeks(3)  # the week of 4 January
    assert page.navigation.title.text() == "January 2027"
    page.show_month(False)
    assert page.navigation.title.text() == "4 – 10 January 2027"


def test_the_view_menu_shows_one_overview_at_a_time(window: MainWindow) -> None:
    window.four_weeks_action.setChecked(True)
    assert window.calendar.overview == "four"
    window.month_action.setChecked(True)
    assert not window.four_weeks_action.isChecked()
    assert window.calendar.overview == "month"
    window.month_action.setChecked(False)
    assert window.calendar.overview is None
    assert window.calendar.week_view.isVisible()


def test_a_compact_cards_circle_marks_it_done(qtbot: QtBot, page: CalendarPage) -> None:
    from planner.domain.enums import Status

    later = sessions.create(run(MONDAY + timedelta(weeks=2, days=2)))
    page.show_four_weeks(True)
    overview = page.four_weeks
    index = overview.models[2].session_index(later.id)  # type: ignore[arg-type]
    view = overview.cells[2][2].view
    rect = view.visualRect(index)
    circle = overview.delegate._status_box(rect.adjusted(1, 1, -1, -1)).center()
    assert rect.top() < circle.y() < rect.top() + rect.height() // 2  # beside the title on a compact card
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=circle)
    QApplication.processEvents()
    assert sessions.get(later.id).status is Status.DONE  # type: ignore[arg-type]


def test_the_arrows_walk_from_a_sunday_to_the_next_weeks_monday(qtbot: QtBot, page: CalendarPage) -> None:
    from PySide6.QtTest import QTest

    page.show_four_weeks(True)
    overview = page.four_weeks
    sunday = overview.cells[0][6].view
    sunday.setFocus()
    QTest.keyClick(sunday, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is overview.cells[1][0].view


def test_a_busy_week_gets_the_height_its_cards_need(qtbot: QtBot, window: MainWindow) -> None:
    """A week of two sessions a day beside three empty weeks, in a 1024 x 640 window: the empty rows give
    up room, so the busy days show both cards without scrolling (equal rows hid the second card)."""
    from planner.domain.enums import Intensity, LiftFocus
    from tests.helpers import lift

    for offset in range(7):
        sessions.create(run(MONDAY + timedelta(days=offset), RunType.EASY))
        sessions.create(lift(MONDAY + timedelta(days=offset), LiftFocus.UPPER, Intensity.MODERATE))
    window.resize(1024, 640)
    window.four_weeks_action.setChecked(True)
    qtbot.wait(10)
    overview = window.calendar.four_weeks
    assert overview.height() < 480  # what is left of the window for the four rows
    busy, empty = overview.cells[0][2], overview.cells[1][2]
    assert busy.height() > 1.5 * empty.height()
    view = busy.view
    cards = [view.visualRect(view.model().index(row, 0, view.rootIndex())) for row in range(2)]
    title = view.fontMetrics().height()
    # both cards show, each at least down to its title (equal rows left the second one wholly below)
    assert all(card.top() + title <= view.viewport().height() for card in cards), (cards, view.viewport().rect())
    # an empty day still shows its "Nothing planned" whole (wrapped, 8 px below the header)
    viewport = empty.view.viewport().rect()
    wrap = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    text = empty.view.fontMetrics().boundingRect(viewport.adjusted(2, 8, -2, 0), wrap, "Nothing planned")
    assert text.bottom() <= viewport.bottom()


def two_sessions_a_day(weeks: int) -> None:
    from planner.domain.enums import Intensity, LiftFocus
    from tests.helpers import lift

    for offset in range(7 * weeks):
        sessions.create(run(MONDAY + timedelta(days=offset), RunType.EASY))
        sessions.create(lift(MONDAY + timedelta(days=offset), LiftFocus.UPPER, Intensity.MODERATE))


def test_four_busy_weeks_on_a_short_screen_show_every_card_a_line_each(qtbot: QtBot, window: MainWindow) -> None:
    """1024 x 640, two sessions every day for four weeks: the fuller cards would leave half a card and a scroll
    bar a day, so each card is one line and the month strip gives its height to the rows."""
    two_sessions_a_day(weeks=4)
    window.resize(1024, 640)
    window.calendar.show_week(MONDAY)
    window.four_weeks_action.setChecked(True)
    qtbot.wait(20)
    overview = window.calendar.four_weeks
    assert not window.calendar.month_strip.isVisible()
    views = [cell.view for cell in overview._shown_cells()]
    assert all(view.model().rowCount(view.rootIndex()) == 2 for view in views)
    assert all(view.one_line_cards for view in views)
    # both cards of every day in sight, once the lists have laid the one-line cards out
    qtbot.waitUntil(lambda: all(view.verticalScrollBar().maximum() == 0 for view in views), timeout=2000)
    window.four_weeks_action.setChecked(False)  # the week: its cards and the strip as before
    qtbot.wait(20)
    assert window.calendar.month_strip.isVisible()


def test_a_month_on_a_short_screen_gives_the_strips_height_to_its_rows(qtbot: QtBot, window: MainWindow) -> None:
    two_sessions_a_day(weeks=2)
    window.resize(1024, 640)
    window.calendar.show_week(MONDAY)
    shown = window.calendar.views_stack.height()
    window.month_action.setChecked(True)
    qtbot.wait(20)
    assert not window.calendar.month_strip.isVisible()
    assert window.calendar.views_stack.height() > shown + 40  # the strip's height went to the month's rows
    busy = [
        cell.view
        for cell in window.calendar.four_weeks._shown_cells()
        if cell.view.model().rowCount(cell.view.rootIndex())
    ]
    assert busy
    assert all(view.one_line_cards for view in busy)


def test_a_tall_window_keeps_the_fuller_cards_and_the_strip(qtbot: QtBot, window: MainWindow) -> None:
    two_sessions_a_day(weeks=4)
    window.resize(1600, 1000)
    window.calendar.show_week(MONDAY)
    window.four_weeks_action.setChecked(True)
    qtbot.wait(20)
    views = [cell.view for cell in window.calendar.four_weeks._shown_cells()]
    assert not any(view.one_line_cards for view in views)
    assert window.calendar.month_strip.isVisible()
    window.resize(1024, 640)  # shrunk: the cards fold to a line once the rows are too short for them
    qtbot.wait(20)
    assert all(view.one_line_cards for view in views)


def test_only_the_days_that_need_it_fold_their_cards(qtbot: QtBot, window: MainWindow) -> None:
    """A run every day and a lift on Wednesdays too, at 1024 x 640: Wednesday's two cards are a line each, the
    other days keep their fuller cards (title, distance and time), for which they have the room."""
    from planner.domain.enums import Intensity, LiftFocus
    from tests.helpers import lift

    for offset in range(7 * 4):
        sessions.create(run(MONDAY + timedelta(days=offset), RunType.EASY))
        if offset % 7 == 2:
            sessions.create(lift(MONDAY + timedelta(days=offset), LiftFocus.LOWER, Intensity.HEAVY))
    window.resize(1024, 640)
    window.calendar.show_week(MONDAY)
    window.four_weeks_action.setChecked(True)
    qtbot.wait(20)
    overview = window.calendar.four_weeks
    wednesdays = [row[2].view for row in overview.cells[:4]]
    others = [cell.view for row in overview.cells[:4] for day, cell in enumerate(row) if day != 2]
    assert all(view.one_line_cards for view in wednesdays)
    assert not any(view.one_line_cards for view in others)
    views = wednesdays + others
    qtbot.waitUntil(lambda: all(view.verticalScrollBar().maximum() == 0 for view in views), timeout=2000)


def test_a_one_line_cards_circle_marks_it_done(qtbot: QtBot, page: CalendarPage) -> None:
    from planner.domain.enums import Status

    later = sessions.create(run(MONDAY + timedelta(weeks=1, days=3)))
    page.show_four_weeks(True)
    overview = page.four_weeks
    QApplication.processEvents()  # the fit the showing queued runs first (on this tall page: fuller cards)
    assert not overview._fit_pending
    view = overview.cells[1][3].view
    view.one_line_cards = True
    view.doItemsLayout()
    index = overview.models[1].session_index(later.id)  # type: ignore[arg-type]
    rect = view.visualRect(index)
    assert rect.height() < 2 * view.fontMetrics().height() + 12  # a line, not a card of three
    circle = overview.delegate._status_box(rect.adjusted(1, 1, -1, -1), one_line=True).center()
    assert rect.top() < circle.y() < rect.bottom()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=circle)
    QApplication.processEvents()
    assert sessions.get(later.id).status is Status.DONE  # type: ignore[arg-type]


def test_the_1st_names_its_month_unless_today_or_off_follows(qtbot: QtBot, page: CalendarPage) -> None:
    """The header sets its day's least width: "Tue 1 Dec · today" would widen the 1st past the other days."""
    from datetime import date

    from planner.services import availability

    column = page.week_view.columns[1]
    column.set_day(date(2026, 12, 1), date(2026, 11, 20))
    assert column.header.text() == "Tue 1 Dec"
    column.set_day(date(2026, 12, 1), date(2026, 12, 1))
    assert column.header.text() == "Tue 1 · today"
    column.set_day(date(2026, 12, 1), date(2026, 11, 20), unavailable=True)
    assert column.header.text() == "Tue 1 · off"
    availability.set_unavailable(date(2026, 12, 1), True)
    page.resize(1024, 640)
    page.show_week(date(2026, 12, 1))
    page.show()
    qtbot.waitExposed(page)
    widths = [column.width() for column in page.week_view.columns]
    assert page.week_view.columns[1].header.text() == "Tue 1 · off"
    assert widths[1] <= sorted(widths)[3] + 2, widths  # the 1st no wider than the other days
