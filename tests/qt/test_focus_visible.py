"""Keyboard focus is always visible: a ring in the highlight colour on controls, a highlighted day header."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStyleOptionTab,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.services.app_settings import Theme
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.look.focus_style import RING_WIDTH, FocusRingStyle
from planner.ui.look.theme import apply_theme, palette_for
from planner.ui.shell.main_window import MainWindow

SIZE = QRect(0, 0, 120, 32)
Opt = TypeVar("Opt", QStyleOptionButton, QStyleOptionTab)


def highlight_pixels(draw: object, option: object, palette: QPalette) -> int:
    """How many pixels of the highlight colour ``draw(option, painter)`` leaves on a blank image."""
    image = QImage(SIZE.size(), QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    draw(option, painter)  # type: ignore[operator]
    painter.end()
    return _count_highlight(image, palette)


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 24


@pytest.fixture
def style(qtbot: QtBot) -> FocusRingStyle:
    return FocusRingStyle()


def styled(option: Opt, palette: QPalette, text: str, focused: bool, state: QStyle.StateFlag) -> Opt:
    """``option`` filled in to draw ``text`` in ``palette``, with keyboard focus or without."""
    option.rect = SIZE
    option.palette = palette
    option.text = text
    option.state = QStyle.StateFlag.State_Enabled | state
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    return option


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_focused_button_gets_a_ring_an_unfocused_one_does_not(style: FocusRingStyle, dark: bool) -> None:
    palette = palette_for(dark)

    def button(focused: bool) -> QStyleOptionButton:
        return styled(QStyleOptionButton(), palette, "Suggest lifts", focused, QStyle.StateFlag.State_Active)

    def draw(option: QStyleOptionButton, painter: QPainter) -> None:
        style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter)

    ring = 2 * (SIZE.width() + SIZE.height()) * RING_WIDTH
    focused = highlight_pixels(draw, button(True), palette)
    plain = highlight_pixels(draw, button(False), palette)
    assert plain < ring * 0.2
    assert focused - plain > ring * 0.6  # most of a 2 px ring all round


def test_focus_frames_of_check_boxes_and_list_items_are_rings(style: FocusRingStyle) -> None:
    palette = palette_for(False)
    option = QStyleOptionFocusRect()
    option.rect = SIZE
    option.palette = palette
    option.state = QStyle.StateFlag.State_HasFocus

    def draw(option: QStyleOptionFocusRect, painter: QPainter) -> None:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter)

    assert highlight_pixels(draw, option, palette) > 2 * (SIZE.width() + SIZE.height()) * RING_WIDTH * 0.6


def test_the_focused_tab_is_ringed(style: FocusRingStyle) -> None:
    palette = palette_for(False)

    def tab(focused: bool) -> QStyleOptionTab:
        return styled(QStyleOptionTab(), palette, "Strength", focused, QStyle.StateFlag.State_Selected)

    def draw(option: QStyleOptionTab, painter: QPainter) -> None:
        style.drawControl(QStyle.ControlElement.CE_TabBarTabLabel, option, painter)

    assert highlight_pixels(draw, tab(True), palette) > highlight_pixels(draw, tab(False), palette) + 150


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_app_style_rings_the_focused_button_in_a_real_window(qtbot: QtBot) -> None:
    apply_theme(Theme.DARK)
    apply_theme(Theme.LIGHT)  # switching themes keeps the ring style
    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    first, second = QPushButton("Suggest lifts"), QPushButton("Season…")
    layout.addWidget(first)
    layout.addWidget(second)
    box.show()
    box.activateWindow()
    QTest.qWaitForWindowActive(box)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    palette = box.palette()
    counts = [_count_highlight(button.grab().toImage(), palette) for button in (first, second)]
    assert counts[0] > 2 * (first.width() + first.height()) * RING_WIDTH * 0.6
    assert counts[1] < counts[0] / 4


def _count_highlight(image: QImage, palette: QPalette) -> int:
    wanted = palette.color(QPalette.ColorRole.Highlight)
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if _close(QColor(image.pixel(x, y)), wanted)
    )


def test_the_focused_day_has_a_highlighted_header_even_when_empty(qtbot: QtBot, page: CalendarPage) -> None:
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    columns = page.week_view.columns
    assert page.model.rowCount(page.model.index(2, 0)) == 0  # an empty day: no card to draw focus on
    columns[2].view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: columns[2].focused, timeout=1000)
    assert [c.focused for c in columns].count(True) == 1
    palette = columns[2].palette()
    header = columns[2].header
    # drawn on the highlight: most of the header's rectangle is the highlight colour
    assert _count_highlight(header.grab().toImage(), palette) > header.width() * header.height() // 2
    page.navigation.today_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not columns[2].focused, timeout=1000)
    assert _count_highlight(header.grab().toImage(), palette) == 0


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_every_day_header_is_plain_when_focus_is_off_the_week(qtbot: QtBot, window: MainWindow) -> None:
    window.raise_()
    window.calendar.focus_today()
    qtbot.waitUntil(lambda: any(c.focused for c in window.calendar.week_view.columns))
    window.show_page("library")
    qtbot.waitUntil(lambda: not any(c.focused for c in window.calendar.week_view.columns))
