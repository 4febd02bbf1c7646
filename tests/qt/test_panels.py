"""The painted panels that replaced the app's style sheet (issue 21): each state's look, and its text."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from planner.ui.calendar.palette import TrashTarget
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.look import panels

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
    assert column.header.foregroundRole() == Role.Mid
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
    assert columns[0].header.foregroundRole() == Role.Mid
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
