"""The painted panels that replaced the app's style sheet (issue 21): each state's look, and its text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.services.app_settings import Theme
from planner.ui.calendar.palette import TrashTarget
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.look import panels
from planner.ui.look.theme import apply_theme
from tests.qt.test_control_contrast import contrast

Role = QPalette.ColorRole


def _top_edge(widget) -> QColor:
    return widget.grab().toImage().pixelColor(widget.width() // 2, 0)


def test_a_day_marked_off_gets_its_dashed_look_and_a_muted_italic_header(qtbot: QtBot, page: CalendarPage) -> None:
    """Marking a day off restyles its header at once (the style sheet left the header as it was until some
    later re-polish)."""
    page.show()
    qtbot.waitExposed(page)
    column = page.week_view.columns[5]
    assert column.day is not None
    column.set_day(column.day, column.day - timedelta(days=10), unavailable=True)
    assert column.look == panels.OFF
    assert column.header.foregroundRole() == Role.PlaceholderText
    assert column.header.font().italic()
    column.set_day(column.day, column.day - timedelta(days=10))
    assert column.look == panels.DAY
    assert column.header.foregroundRole() == Role.WindowText
    assert not column.header.font().italic()


def test_past_days_are_muted_and_today_is_outlined_twice_as_thick(qtbot: QtBot, page: CalendarPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    today = date(2026, 12, 9)
    monday = today - timedelta(days=today.weekday())
    columns = page.week_view.columns
    for offset, column in enumerate(columns):
        column.set_day(monday + timedelta(days=offset), today)
    assert [c.look for c in columns[:3]] == [panels.PAST, panels.PAST, panels.TODAY]
    assert columns[0].header.foregroundRole() == Role.PlaceholderText
    assert columns[2].contentsMargins().left() == 2
    assert columns[3].contentsMargins().left() == 1
    highlight = columns[2].palette().color(Role.Highlight)
    image = columns[2].grab().toImage()
    assert image.pixelColor(columns[2].width() // 2, 0).name() == highlight.name()
    assert image.pixelColor(columns[2].width() // 2, 1).name() == highlight.name()  # the second pixel too
    tomorrow = columns[3].grab().toImage()
    assert tomorrow.pixelColor(columns[3].width() // 2, 0).name() == columns[3].palette().color(Role.Mid).name()
    assert tomorrow.pixelColor(columns[3].width() // 2, 1).name() != highlight.name()


def test_the_trash_target_arms_in_red_while_cards_are_held_over_it(qtbot: QtBot) -> None:
    trash = TrashTarget()
    qtbot.addWidget(trash)
    trash.resize(200, 44)
    trash.show()
    qtbot.waitExposed(trash)
    assert _top_edge(trash).name() != panels.DANGER.name()
    trash._set_hot(True)
    assert _top_edge(trash).name() == panels.DANGER.name()
    trash._set_hot(False)
    assert trash.look == panels.DROP_TARGET


def test_a_look_in_palette_roles_follows_the_palette(qtbot: QtBot) -> None:
    panel = panels.Panel(panels.BANNER)
    qtbot.addWidget(panel)
    panel.resize(120, 40)
    for border in ("#112233", "#445566"):
        palette = panel.palette()
        palette.setColor(Role.Mid, QColor(border))
        palette.setColor(Role.AlternateBase, QColor("#fafafa"))
        panel.setPalette(palette)
        image = panel.grab().toImage()
        assert image.pixelColor(60, 0).name() == border
        assert image.pixelColor(60, 20).name() == "#fafafa"


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_a_past_days_header_is_muted_but_reads_at_4_5_to_1(qtbot: QtBot, page: CalendarPage, theme: Theme) -> None:
    """WCAG 2.2 (1.4.3) asks 4.5:1 of text this size; the muted headers were drawn in Mid, a border colour, at
    about 2:1. Read off the drawn pixels: the glyphs' darkest (light theme) or lightest (dark) against the fill."""
    apply_theme(theme)
    try:
        page.show()
        qtbot.waitExposed(page)
        today = date(2026, 12, 9)
        monday = today - timedelta(days=today.weekday())
        for offset, column in enumerate(page.week_view.columns):
            column.set_day(monday + timedelta(days=offset), today)
        past, future = page.week_view.columns[0], page.week_view.columns[4]
        QApplication.processEvents()
        muted, normal = _text_contrast(past.header), _text_contrast(future.header)
    finally:
        apply_theme(Theme.LIGHT)
    assert muted >= 4.5
    assert normal > muted * 1.5  # still muted: past days read as past


def _text_contrast(label: QWidget) -> float:
    image = label.grab().toImage()
    fill = image.pixelColor(1, 1)
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return max(contrast(pixel, fill) for pixel in pixels)
