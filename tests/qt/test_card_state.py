"""A card shows selection and keyboard focus the way Qt's list view decides them, asked of the view (the
delegate reads no style state flags: issue 21)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from planner.domain.session import Session
from planner.services import sessions
from planner.ui.calendar.card_delegate import item_state
from planner.ui.calendar.day_view import DayListView
from planner.ui.calendar.week_model import Role
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, lift, run


def _highlight_on_edge(page: CalendarPage, session_id: int) -> int:
    """Highlight-coloured pixels on the card's outline and just inside it (its outer 5 px)."""
    index = page.model.session_index(session_id)
    view = page.week_view.views[index.parent().row()]
    rect = view.visualRect(index)
    image = view.viewport().grab().toImage()
    wanted = view.palette().color(QPalette.ColorRole.Highlight)
    inner = rect.adjusted(5, 5, -5, -5)

    def close(c: QColor) -> bool:
        return abs(c.red() - wanted.red()) + abs(c.green() - wanted.green()) + abs(c.blue() - wanted.blue()) < 40

    return sum(
        1
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
        if not inner.contains(x, y) and close(QColor(image.pixel(x, y)))
    )


def shown_card(qtbot: QtBot, page: CalendarPage, session: Session) -> tuple[QModelIndex, DayListView]:
    """``session`` saved and drawn on the shown week: its index and its day's list."""
    saved = sessions.create(session)
    page.resize(1180, 720)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    page.refresh()
    assert saved.id is not None
    index = page.model.session_index(saved.id)
    return index, page.week_view.views[index.parent().row()]


def test_a_selected_card_is_outlined_and_the_current_card_of_a_focused_day_is_marked(
    qtbot: QtBot, page: CalendarPage
) -> None:
    index, view = shown_card(qtbot, page, lift(MONDAY))  # orange: nothing on it is the highlight's blue
    easy = index.data(Role.SESSION)
    plain = _highlight_on_edge(page, easy.id)
    assert plain < 10

    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selected = _highlight_on_edge(page, easy.id)
    assert selected > plain + 50  # a 2 px outline in the highlight colour

    view.selectionModel().clearSelection()
    view.setCurrentIndex(index)
    view.selectionModel().clearSelection()
    unfocused = view.viewport().grab().toImage()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex() == index
    focused = view.viewport().grab().toImage()
    # the dotted focus mark, a pixel inside the outline, blended by antialiasing: it changes the card's rim
    rect = view.visualRect(index)
    rim = [
        (x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
        if not rect.adjusted(5, 5, -5, -5).contains(x, y)
    ]
    assert sum(1 for x, y in rim if focused.pixel(x, y) != unfocused.pixel(x, y)) > 2 * rect.height()


def test_the_state_comes_from_the_view_as_qt_lists_decide_it(qtbot: QtBot, page: CalendarPage) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    index, view = shown_card(qtbot, page, run(MONDAY, km=8))
    option = QStyleOptionViewItem()
    assert item_state(option, index) == (False, False)  # no view: nothing to ask
    option.widget = view
    view.clearSelection()
    page.navigation.today_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not view.hasFocus())
    view.setCurrentIndex(index)
    view.clearSelection()
    assert item_state(option, index) == (False, False)  # current, but its list has no focus
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert item_state(option, index) == (True, True)
