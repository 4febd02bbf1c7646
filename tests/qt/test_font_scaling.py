"""Text scales with the system font size: layouts measured in the font grow with it and clip nothing.

Each test opens the window once at the normal font and once at 150 %, as a user with large text
would see it, and compares the two.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from matplotlib.figure import Figure
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.services import example_week, library
from planner.services.workspace import Workspace
from planner.ui.calendar.session_editor import SessionEditor
from planner.ui.charts.chart_parts import fit_layout
from planner.ui.charts.chart_theme import theme_for
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY
from tests.qt.window_helpers import main_window

LARGE = 1.5


@contextmanager
def app_font_scaled(factor: float) -> Iterator[None]:
    """The whole application's font at ``factor`` times its size, as a system font setting would set it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    larger = app.font()
    larger.setPointSizeF(normal.pointSizeF() * factor)
    app.setFont(larger)
    try:
        yield
    finally:
        app.setFont(normal)


@dataclass
class CalendarSizes:
    card_height: int
    side_width: int
    palette_text_fits: bool
    month_strip_height: int
    palette_icon: int


def calendar_sizes(window: MainWindow) -> CalendarSizes:
    page = window.calendar
    QApplication.processEvents()
    view = next(v for v in page.week_view.views if v.model().rowCount(v.rootIndex()))
    card = view.visualRect(view.model().index(0, 0, view.rootIndex()))
    palette = page.session_palette
    return CalendarSizes(
        card_height=card.height(),
        side_width=page.side_tabs.width(),
        palette_text_fits=palette.sizeHintForColumn(0) <= palette.viewport().width(),
        month_strip_height=page.month_strip.sizeHint().height(),
        palette_icon=palette.iconSize().height(),
    )


@pytest.fixture
def example(workspace: Workspace) -> Workspace:
    example_week.add_example_week(MONDAY)
    return workspace


def test_calendar_cards_panel_and_strip_grow_with_the_font(qtbot: QtBot, example: Workspace) -> None:
    with main_window(qtbot, example) as window:
        normal = calendar_sizes(window)
    with app_font_scaled(LARGE), main_window(qtbot, example) as window:
        large = calendar_sizes(window)

    assert normal.palette_text_fits
    assert large.palette_text_fits
    assert large.card_height >= normal.card_height * 1.3
    assert large.side_width > normal.side_width
    assert large.month_strip_height > normal.month_strip_height
    assert large.palette_icon > normal.palette_icon


def longest_name_lines(window: MainWindow) -> tuple[int, int]:
    """(lines the longest exercise name needs in its grid cell, lines the cell has room for)."""
    window.show_page("library")
    library = window.library
    QApplication.processEvents()
    view = library.view  # type: ignore[attr-defined]
    model = view.model()
    metrics = view.fontMetrics()
    cell = view.visualRect(model.index(0, 0))
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = max(metrics.boundingRect(QRect(0, 0, cell.width() - 8, 10_000), flags, name).height() for name in names)
    room = cell.height() - view.iconSize().height()
    return -(-needed // metrics.height()), room // metrics.height()


def test_exercise_names_fit_their_grid_cells_at_any_font_size(qtbot: QtBot, workspace: Workspace) -> None:
    with main_window(qtbot, workspace) as window:
        needed, room = longest_name_lines(window)
        assert needed <= room, "a long exercise name would be cut short in the library grid"
    with app_font_scaled(LARGE), main_window(qtbot, workspace) as window:
        needed, room = longest_name_lines(window)
        assert needed <= room, "a long exercise name would be cut short at a large font"


def test_every_grid_item_gets_its_whole_cell(qtbot: QtBot, workspace: Workspace) -> None:
    """The view measures only its first item; the delegate must not let a short first name set the width."""
    with main_window(qtbot, workspace) as window:
        window.show_page("library")
        view = window.library.view  # type: ignore[attr-defined]
        QApplication.processEvents()
        widths = {view.visualRect(view.model().index(row, 0)).width() for row in range(view.model().rowCount())}
        assert widths == {view.gridSize().width() - 6}


def test_chart_text_follows_the_interface_font(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = theme_for(app.palette(), app.font())
    with app_font_scaled(LARGE):
        large = theme_for(app.palette(), app.font())
    assert normal.rc()["font.size"] == pytest.approx(app.font().pointSizeF())
    assert large.rc()["font.size"] == pytest.approx(normal.text_points * LARGE)
    assert large.rc()["legend.fontsize"] > normal.rc()["legend.fontsize"]  # type: ignore[operator]


def test_chart_margins_make_room_for_larger_tick_labels() -> None:
    figure = Figure(figsize=(8, 4), dpi=100)
    figure.add_subplot()
    fit_layout(figure, 9.0)
    normal = figure.subplotpars.left, figure.subplotpars.bottom
    fit_layout(figure, 13.5)
    large = figure.subplotpars.left, figure.subplotpars.bottom
    assert large[0] > normal[0]
    assert large[1] > normal[1]


def test_the_progress_page_redraws_its_charts_when_the_font_changes(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("progress")
    progress = window.progress  # type: ignore[attr-defined]
    before = progress.chart_theme().text_points
    with app_font_scaled(LARGE):
        qtbot.waitUntil(lambda: progress.chart_theme().text_points > before, timeout=2000)
        panel = progress.strength
        panel.ensure_drawn()
        ticks = [label.get_fontsize() for ax in panel.figure.axes for label in ax.get_yticklabels()]
        assert ticks
        assert min(ticks) == pytest.approx(before * LARGE)


def test_library_filters_are_whole_at_a_large_font(qtbot: QtBot, workspace: Workspace) -> None:
    with app_font_scaled(LARGE), main_window(qtbot, workspace) as window:
        window.resize(1000, 700)
        window.show_page("library")
        library = window.library
        qtbot.waitUntil(lambda: library.filters.wrapped)  # type: ignore[attr-defined]
        QApplication.processEvents()  # the layout settles after the move
        for box in (library.unilateral, library.plyometric, library.show_hidden):  # type: ignore[attr-defined]
            assert box.width() >= box.sizeHint().width(), f"{box.text()!r} is cut short"


@pytest.mark.parametrize("factor", [1.0, LARGE])
def test_the_sets_editor_shows_whole_exercise_names(qtbot: QtBot, workspace: Workspace, factor: float) -> None:
    added = example_week.add_example_week(MONDAY)
    lift = next(session for session in added if session.lift is not None)
    with app_font_scaled(factor):
        editor = SessionEditor(lift, library.exercises())
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        assert editor.sets_editor is not None
        picker = editor.sets_editor.picker
        assert picker.sizeHintForColumn(0) <= picker.viewport().width(), "the longest exercise name is cut"
