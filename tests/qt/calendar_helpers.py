"""Shared pieces for the calendar tests: a page on a fixed week, and drag events built by hand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.services import sessions
from planner.ui.calendar.week_page import CalendarPage


def titles_by_day(start: date, end: date) -> dict[date, list[str]]:
    shown: dict[date, list[str]] = {}
    for s in sessions.sessions_between(start, end):
        shown.setdefault(s.day, []).append(s.title)
    return shown


def settle(qtbot: QtBot) -> None:
    """Let queued intents (drops are applied after the view's drop handler returns) run."""
    qtbot.wait(1)
    QApplication.processEvents()


def drag_event(kind: type[QDragMoveEvent], pos: QPoint, *rest: object) -> QDragMoveEvent:
    """PySide6 6.12 wants a QPointF here (the QPoint form is deprecated); 6.11 and older only take a QPoint."""
    try:
        return kind(QPointF(pos), *rest)  # type: ignore[arg-type]
    except TypeError:
        return kind(pos, *rest)  # type: ignore[arg-type]


def drop_on(
    qtbot: QtBot,
    target: QWidget,
    data: QMimeData,
    pos: QPoint,
    action: Qt.DropAction = Qt.DropAction.MoveAction,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> QDropEvent:
    """Enter, move and drop, as Qt would deliver a real drag to ``target`` (DESIGN §7)."""
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    point = QPointF(pos)
    buttons = Qt.MouseButton.LeftButton
    enter = drag_event(QDragEnterEvent, pos, actions, data, buttons, modifiers)
    enter.setDropAction(action)
    QApplication.sendEvent(target, enter)
    move = drag_event(QDragMoveEvent, pos, actions, data, buttons, modifiers)
    move.setDropAction(action)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(point, actions, data, buttons, modifiers)
    drop.setDropAction(action)
    # a new event starts out accepted; the platform hands drops over unaccepted, and item views
    # ignore a drop somebody already accepted
    drop.ignore()
    QApplication.sendEvent(target, drop)
    settle(qtbot)
    return drop


def day_view_point(page: CalendarPage, day_row: int, card_row: int | None = None, where: str = "middle") -> QPoint:
    """A point in a day column's viewport: on a card (top/middle/bottom) or in the empty space below."""
    view = page.week_view.views[day_row]
    if card_row is None:
        return QPoint(view.viewport().width() // 2, view.viewport().height() - 5)
    rect = view.visualRect(page.model.index(card_row, 0, view.rootIndex()))
    y = {"top": rect.top() + 2, "middle": rect.center().y(), "bottom": rect.bottom() - 2}[where]
    return QPoint(rect.center().x(), y)
