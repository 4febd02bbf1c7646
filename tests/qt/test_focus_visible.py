"""Keyboard focus is always visible: a ring in the highlight colour on controls, a highlighted day header."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.services.app_settings import Theme
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.look.focus_ring import RING_WIDTH, FocusFollower, follow_focus
from planner.ui.look.theme import apply_theme
from planner.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 24


@pytest.fixture
def follower(qtbot: QtBot) -> FocusFollower:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return follow_focus(app)


def shown(qtbot: QtBot, *controls: QWidget) -> QWidget:
    """The controls side by side in an active window, spaced so a ring fits between them."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    layout.setSpacing(12)
    for control in controls:
        layout.addWidget(control)
    box.show()
    box.activateWindow()
    QTest.qWaitForWindowActive(box)
    return box


def ring_pixels(box: QWidget, control: QWidget) -> int:
    """Highlight-coloured pixels in the ring's band: the control's rectangle grown by the ring, less its inside."""
    image = box.grab().toImage()
    outer = control.geometry().adjusted(-3, -3, 3, 3)
    inner = control.geometry().adjusted(3, 3, -3, -3)
    wanted = box.palette().color(QPalette.ColorRole.Highlight)
    return sum(
        1
        for y in range(outer.top(), outer.bottom() + 1)
        for x in range(outer.left(), outer.right() + 1)
        if not inner.contains(x, y) and _close(QColor(image.pixel(x, y)), wanted)
    )


def ringed_control(follower: FocusFollower) -> QWidget | None:
    """The control the ring marks, round it or laid inside it."""
    return follower.inner.control if follower.inner is not None else follower.ring.widget()


def full_ring(control: QWidget) -> float:
    return 2 * (control.width() + control.height()) * RING_WIDTH


def focus_and_see_the_ring(qtbot: QtBot, follower: FocusFollower, box: QWidget, control: QWidget) -> None:
    """Tab to ``control``: the frame moves there and draws most of a 2 px ring all round it."""
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: follower.ring.widget() is control)
    assert ring_pixels(box, control) > full_ring(control) * 0.6


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_focused_button_gets_a_ring_an_unfocused_one_does_not(
    qtbot: QtBot, follower: FocusFollower, dark: bool
) -> None:
    apply_theme(Theme.DARK if dark else Theme.LIGHT)
    try:
        first, second = QPushButton("Suggest lifts"), QPushButton("Season…")
        box = shown(qtbot, first, second)
        focus_and_see_the_ring(qtbot, follower, box, first)
        assert ring_pixels(box, second) < full_ring(second) * 0.1
        focus_and_see_the_ring(qtbot, follower, box, second)
        assert ring_pixels(box, first) < full_ring(first) * 0.1
    finally:
        apply_theme(Theme.LIGHT)


def test_a_check_box_is_ringed_whole(qtbot: QtBot, follower: FocusFollower) -> None:
    check = QCheckBox("Unavailable")
    box = shown(qtbot, check, QPushButton("OK"))
    focus_and_see_the_ring(qtbot, follower, box, check)


def test_a_tab_bar_rings_its_current_tab_and_a_list_its_inside(qtbot: QtBot, follower: FocusFollower) -> None:
    """A bar or a list sits on its page's edge, where a ring outside it would be cut off: the ring goes inside."""
    tabs = QTabBar()
    tabs.addTab("Strength")
    tabs.addTab("Volume")
    plain = QListWidget()
    plain.addItems(["Easy run", "Long run"])
    box = shown(qtbot, tabs, plain)
    tabs.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: follower.inner is not None and follower.inner.control is tabs)
    assert follower.ring.widget() is None
    assert follower.inner is not None
    assert follower.inner.geometry() == tabs.tabRect(0).adjusted(1, 1, -1, 0)
    tabs.setCurrentIndex(1)
    assert follower.inner.geometry() == tabs.tabRect(1).adjusted(1, 1, -1, 0)
    image = tabs.grab().toImage()
    wanted = box.palette().color(QPalette.ColorRole.Highlight)
    edge = tabs.tabRect(1).adjusted(1, 1, -1, 0)
    assert all(_close(QColor(image.pixel(x, edge.top() + 1)), wanted) for x in range(edge.left() + 6, edge.right() - 6))
    on_tabs = follower.inner
    plain.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: follower.inner is not None and follower.inner.control is plain)
    assert not on_tabs.isVisible()  # gone at once, not when the event loop next deletes it
    assert follower.inner.geometry() == plain.rect()
    image = plain.grab().toImage()
    assert all(_close(QColor(image.pixel(x, 1)), wanted) for x in range(6, plain.width() - 6))
    assert all(_close(QColor(image.pixel(1, y)), wanted) for y in range(6, plain.height() - 6))


def test_a_control_flush_with_its_parent_s_edge_is_ringed_inside(qtbot: QtBot, follower: FocusFollower) -> None:
    """No room round it for the ring (a date box at the end of the week's tool row): the ring goes inside."""
    dates = QDateEdit()
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(dates)
    box = shown(qtbot, row)
    assert box.isVisible()
    dates.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: follower.inner is not None and follower.inner.control is dates)
    assert follower.ring.widget() is None
    assert follower.inner.geometry() == dates.rect()
    image = dates.grab().toImage()
    wanted = dates.palette().color(QPalette.ColorRole.Highlight)
    right = dates.width() - 2
    assert all(_close(QColor(image.pixel(right, y)), wanted) for y in range(6, dates.height() - 6))


def test_the_ring_goes_round_a_drop_down_or_date_box_not_the_text_field_inside(
    qtbot: QtBot, follower: FocusFollower
) -> None:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(["kg", "lb"])
    dates = QDateEdit()
    box = shown(qtbot, combo, dates)
    for control in (combo, dates):
        focus_and_see_the_ring(qtbot, follower, box, control)


def test_a_ring_closed_with_its_dialog_is_made_again(qtbot: QtBot, follower: FocusFollower) -> None:
    """The ring lives beside the control it marks: a dialog deleted with the ring in it takes the ring along."""
    dialog = QDialog()
    button = QPushButton("OK")
    QHBoxLayout(dialog).addWidget(button)  # room round it: the frame, not a ring inside
    dialog.show()
    QTest.qWaitForWindowActive(dialog)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: follower.ring.widget() is button)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(button))
    again = QPushButton("Suggest lifts")
    box = shown(qtbot, again, QPushButton("Season…"))
    focus_and_see_the_ring(qtbot, follower, box, again)


def test_a_control_deleted_while_ringed_inside_lets_the_focus_move_on(qtbot: QtBot, follower: FocusFollower) -> None:
    """Qt moves the focus on from inside a focused control's deletion (a sets row's button removed as it is
    used): the ring laid inside goes with the control, and nothing is asked of the half-deleted control."""
    flush = QPushButton("Log as planned")
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(flush)
    other = QPushButton("Suggest lifts")
    box = shown(qtbot, row, other)
    flush.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: follower.inner is not None and follower.inner.control is flush)
    flush.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(flush))
    focus_and_see_the_ring(qtbot, follower, box, other)


def test_the_week_s_day_lists_show_focus_their_own_way(
    qtbot: QtBot, follower: FocusFollower, page: CalendarPage
) -> None:
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    page.navigation.today_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ringed_control(follower) is page.navigation.today_button)
    page.week_view.columns[2].view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: page.week_view.columns[2].focused)
    assert follower.ring.widget() is None  # the focused card and the day header show it
    assert follower.inner is None
    page.navigation.today_button.setFocus(Qt.FocusReason.TabFocusReason)  # and the header lets go of it
    qtbot.waitUntil(lambda: not page.week_view.columns[2].focused)


def test_the_started_app_rings_the_focused_button_in_a_real_window(qtbot: QtBot) -> None:
    from planner.ui.app import make_application

    app = make_application([])
    follower = follow_focus(app)
    assert follow_focus(app) is follower  # one ring per application
    assert len([c for c in app.children() if isinstance(c, FocusFollower)]) == 1
    first, second = QPushButton("Suggest lifts"), QPushButton("Season…")
    box = shown(qtbot, first, second)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    assert ring_pixels(box, first) > full_ring(first) * 0.6
    assert QRect(follower.ring.geometry()).contains(first.geometry())


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
