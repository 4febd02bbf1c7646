"""A drag shows where it will land (the day tinted, a line between the cards) and, before release, the rule
the drop would break: the day outlined in amber and the reason in the status bar."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.services import sessions
from planner.ui.calendar.day_view import DayListView
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, lift, run


def drag_over(view: DayListView, data: QMimeData, at: QPoint, action: Qt.DropAction = Qt.DropAction.MoveAction) -> None:
    viewport = view.viewport()
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    # the proposed action follows the keys as in a real drag: Shift moves, Ctrl copies
    copy = action == Qt.DropAction.CopyAction
    keys = Qt.KeyboardModifier.ControlModifier if copy else Qt.KeyboardModifier.ShiftModifier
    buttons = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(at, actions, data, buttons, keys)
    enter.setDropAction(action)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(at, actions, data, buttons, keys)
    move.setDropAction(action)
    QApplication.sendEvent(viewport, move)


def leave(view: DayListView) -> None:
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())


def test_a_drag_over_a_day_tints_it_and_draws_a_line_after_its_cards(qtbot: QtBot, page: CalendarPage) -> None:
    sessions.create(run(MONDAY + timedelta(days=2)))
    page.refresh()
    wednesday = page.week_view.views[2]
    card = page.model.index(0, 0, page.model.index(2, 0))
    palette = page.session_palette.model()
    data = palette.mimeData([palette.index(0, 0)])  # a new session from the palette
    bottom = wednesday.visualRect(card).bottom()
    drag_over(wednesday, data, QPoint(20, bottom + 30))
    line = wednesday.drop_line()
    assert line is not None
    assert bottom < line < bottom + 10  # after the day's card, where the drop lands
    drag_over(wednesday, data, QPoint(20, wednesday.visualRect(card).top() + 3))
    line = wednesday.drop_line()
    assert line is not None
    assert line <= wednesday.visualRect(card).top()  # near a card's top edge: before it (kept in view)
    # the day is tinted: its free space no longer has the plain base colour
    middle = wednesday.viewport().rect().center()
    tinted = wednesday.viewport().grab().toImage().pixelColor(middle.x(), wednesday.viewport().height() - 20)
    leave(wednesday)
    plain = wednesday.viewport().grab().toImage().pixelColor(middle.x(), wednesday.viewport().height() - 20)
    assert tinted != plain
    assert wednesday.drop_line() is None


def test_before_release_a_drop_that_breaks_a_rule_says_why(qtbot: QtBot, page: CalendarPage) -> None:
    # R6: two heavy lower-body sessions need 48 h between them (DESIGN §3)
    sessions.create(lift(MONDAY))
    thursday = sessions.create(lift(MONDAY + timedelta(days=3)))
    page.refresh()
    assert thursday.id is not None
    data = page.model.mimeData([page.model.session_index(thursday.id)])
    messages: list[str] = []
    page.status_message.connect(messages.append)

    tuesday, wednesday = page.week_view.views[1], page.week_view.views[2]
    drag_over(tuesday, data, QPoint(20, 20))
    assert "48 h" in tuesday.drop_warning
    assert messages[-1].startswith("⚠ Drop on Tuesday: Two heavy lower-body sessions within 48 h")
    leave(tuesday)
    assert tuesday.drop_warning == ""

    drag_over(wednesday, data, QPoint(20, 20))
    assert wednesday.drop_warning == ""
    assert messages[-1].startswith("Drop on Wednesday")  # the day described, nothing broken
    assert not messages[-1].startswith("⚠")
    # Ctrl (a copy) keeps Thursday's lift where it is: a copy on Wednesday is within 48 h of it
    drag_over(wednesday, data, QPoint(20, 20), Qt.DropAction.CopyAction)
    assert "48 h" in wednesday.drop_warning
    leave(wednesday)
    assert sessions.get(thursday.id).day == thursday.day  # nothing moved: it was only a look


def test_each_day_takes_drops_on_its_own_viewport_filled_like_qts(page: CalendarPage) -> None:
    """The day lists make their viewport themselves (issue 21): it must still take drops and paint the base."""
    from PySide6.QtGui import QPalette

    for view in page.week_view.views:
        viewport = view.viewport()
        assert viewport.acceptDrops()
        assert viewport.autoFillBackground()
        assert viewport.backgroundRole() == QPalette.ColorRole.Base
        assert viewport.parent() is view
        assert viewport.hasMouseTracking()
        assert viewport.objectName() == "qt_scrollarea_viewport"
