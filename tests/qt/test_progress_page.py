"""The Progress page offscreen: what each chart plots, read back from the figures' data (not pixels),
for a small history worked by hand (tests/qt/progress_helpers.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import matplotlib.dates as mdates
import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.backend_bases import LocationEvent, MouseButton, MouseEvent
from matplotlib.colors import to_hex
from matplotlib.image import imread
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip
from pytestqt.qtbot import QtBot

from planner.domain.enums import DistanceUnit, MassUnit, Status
from planner.domain.profile import Profile
from planner.domain.units import KG_PER_LB, METRES_PER_MILE
from planner.engine.chart_range import ChartRange
from planner.engine.fitness import fitness_series, weekly_strain
from planner.engine.phases import Phase
from planner.engine.progress import E1rmMethod
from planner.services import sessions
from planner.services.progress import ProgressData
from planner.services.workspace import Workspace
from planner.store.profile_rows import save_profile
from planner.ui.charts.chart_panel import ChartPanel
from planner.ui.charts.chart_theme import theme_for
from planner.ui.charts.progress_page import NO_HISTORY, ProgressPage
from planner.ui.charts.strength_chart import EMPTY
from planner.ui.shell.main_window import MainWindow
from planner.ui.undo_commands import UpdateSession
from tests.qt.progress_helpers import (
    DEADLIFT,
    LOADS,
    PRESS,
    SQUAT,
    TODAY,
    WEEK_STARTS,
    add_history,
    bar_heights,
    bar_lefts,
    labelled,
    xdata,
    ydata,
)
from tests.qt.window_helpers import main_window

EPLEY_SQUAT = [100 * (1 + 5 / 30), 110 * (1 + 3 / 30), 105 * (1 + 5 / 30)]  # 9, 16 and 23 Nov
BRZYCKI_SQUAT = [36 * 100 / 32, 36 * 110 / 34, 120.0]  # on the 23rd the single at 120 kg now wins
SQUAT_TARGETS = [100 * (1 + 5 / 30), 105 * (1 + 5 / 30), 110 * (1 + 5 / 30)]  # 9 and 23 Nov, 1 Dec (planned)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_page(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> Iterator[Callable[..., ProgressPage]]:
    made: list[ProgressPage] = []

    def make(
        choice: ChartRange | None = ChartRange.WEEKS_4, show: bool = True, method: E1rmMethod | None = E1rmMethod.EPLEY
    ) -> ProgressPage:
        page = ProgressPage(settings)
        qtbot.addWidget(page)
        page.today = TODAY
        if method is not None:
            page.method = method  # the hand-worked values below are Epley's
        page.resize(1000, 700)
        if choice is not None:
            page.set_range(choice)
        if show:
            page.show()
            qtbot.waitExposed(page)
        made.append(page)
        return page

    yield make
    for page in made:
        page.close()


@pytest.fixture
def history(workspace: Workspace) -> dict[str, int]:
    return add_history()


def shown(page: ProgressPage, panel: ChartPanel) -> list[Axes]:
    """The axes of ``panel`` once its tab is showing (a chart off screen may wait to be drawn)."""
    page.tabs.setCurrentIndex(page.panels.index(panel))
    assert panel.isVisible()
    return panel.figure.axes


def data(page: ProgressPage) -> ProgressData:
    assert page.data is not None
    return page.data


def strength_axes(page: ProgressPage) -> Axes:
    return shown(page, page.strength)[0]


def series_lines(page: ProgressPage) -> dict[str, list[float]]:
    """The e1RM lines of the strength chart by lift name (the legend label up to its " (best ...)")."""
    ax = strength_axes(page)
    return {
        str(line.get_label()).split(" (best")[0]: ydata(line)
        for line in ax.get_lines()
        if not str(line.get_label()).startswith("_")
    }


# ---- strength


def test_the_strength_chart_plots_the_epley_e1rm_of_each_days_best_set(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    assert page.chosen_lifts() == (SQUAT, DEADLIFT, PRESS)  # most logged sets first, then by name
    lines = series_lines(page)
    assert set(lines) == {"Back squat", "Deadlift", "Overhead press"}
    assert lines["Back squat"] == pytest.approx(EPLEY_SQUAT)
    assert lines["Deadlift"] == pytest.approx([140 * (1 + 5 / 30)])
    assert lines["Overhead press"] == pytest.approx([40 * (1 + 5 / 30)])
    ax = strength_axes(page)
    squat = labelled(ax, "Back squat (best 122.5 kg)")
    assert xdata(squat) == [mdates.date2num(d) for d in (WEEK_STARTS[1], WEEK_STARTS[2], WEEK_STARTS[3])]
    assert ax.get_ylabel() == "e1RM (kg)"
    assert "Epley" in ax.get_title(loc="left")
    # the plan's targets: one dashed line, in the squat's colour
    dashed = [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    assert len(dashed) == 1
    assert ydata(dashed[0]) == pytest.approx(SQUAT_TARGETS)
    assert dashed[0].get_color() == squat.get_color()
    legend = page.strength.figure.legends[0]
    assert {t.get_text() for t in legend.get_texts()} >= {"Back squat (best 122.5 kg)", "plan's target"}


def test_brzycki_changes_the_values_and_the_best_set(
    make_page: Callable[..., ProgressPage], history: dict[str, int], settings: QSettings
) -> None:
    page = make_page()
    page.method_box.setCurrentIndex(list(E1rmMethod).index(E1rmMethod.BRZYCKI))
    assert page.method is E1rmMethod.BRZYCKI
    assert series_lines(page)["Back squat"] == pytest.approx(BRZYCKI_SQUAT)
    assert "Brzycki" in strength_axes(page).get_title(loc="left")
    assert settings.value("progress/method") == E1rmMethod.BRZYCKI.value


def test_a_pound_profile_plots_pounds(make_page: Callable[..., ProgressPage], history: dict[str, int]) -> None:
    save_profile(Profile(mass_unit=MassUnit.LB))
    page = make_page()
    assert series_lines(page)["Back squat"] == pytest.approx([v / KG_PER_LB for v in EPLEY_SQUAT])
    assert strength_axes(page).get_ylabel() == "e1RM (lb)"


# ---- running and lifting volume


def test_the_volume_chart_shows_weekly_km_hard_sets_races_and_phases(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    assert [w.start for w in data(page).volume.weeks] == list(WEEK_STARTS)
    ax, lift_ax = shown(page, page.volume)
    assert bar_heights(ax, "Running (km)") == pytest.approx([10, 12, 0, 5, 0])  # the skipped 8 km not counted
    assert bar_heights(ax, "Running planned") == pytest.approx([0, 0, 0, 8, 0])
    centres = [mdates.date2num(d) + 3.5 for d in WEEK_STARTS]
    hard = labelled(lift_ax, "Hard sets")
    assert ydata(hard) == pytest.approx([0, 2, 1, 3])  # RIR 5 is not a hard set
    assert xdata(hard) == pytest.approx(centres[:4])
    planned = labelled(lift_ax, "Lifting planned")
    assert planned.get_linestyle() == "--"
    assert ydata(planned) == pytest.approx([1])
    assert xdata(planned) == pytest.approx(centres[4:])

    race_x = mdates.date2num(date(2026, 12, 6))
    theme = theme_for(page.palette())
    race_lines = [line for line in ax.get_lines() if xdata(line) == [race_x, race_x]]
    assert len(race_lines) == 1
    assert to_hex(race_lines[0].get_color()) == theme.race
    assert "City 10K (A)" in [t.get_text() for t in ax.texts]

    # phases towards the A race: peak, taper, race week, each shaded in its own colour
    phase_colours = {to_hex(c): p for p, c in theme.phases.items()}
    shaded = [
        phase_colours[to_hex(p.get_facecolor())] for p in ax.patches if to_hex(p.get_facecolor()) in phase_colours
    ]
    assert shaded == [Phase.PEAK, Phase.TAPER, Phase.RACE_WEEK]
    legend = {t.get_text() for t in page.volume.figure.legends[0].get_texts()}
    assert {Phase.PEAK.label, Phase.TAPER.label, Phase.RACE_WEEK.label} <= legend


def test_tonnage_replaces_hard_sets(
    make_page: Callable[..., ProgressPage], history: dict[str, int], settings: QSettings
) -> None:
    page = make_page()
    page.measure_box.setCurrentIndex(1)
    _, lift_ax = shown(page, page.volume)
    assert ydata(labelled(lift_ax, "Tonnage (kg)")) == pytest.approx([0, 500 + 200, 330 + 330, 525 + 120 + 700])
    assert ydata(labelled(lift_ax, "Lifting planned")) == pytest.approx([550])
    assert not [line for line in lift_ax.get_lines() if line.get_label() == "Hard sets"]
    assert settings.value("progress/measure") == "tonnage"


def test_a_miles_and_pounds_profile_charts_miles_and_pounds(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    save_profile(Profile(mass_unit=MassUnit.LB, distance_unit=DistanceUnit.MI))
    page = make_page()
    page.measure_box.setCurrentIndex(1)
    ax, lift_ax = shown(page, page.volume)
    miles = [km * 1000 / METRES_PER_MILE for km in (10, 12, 0, 5, 0)]
    assert bar_heights(ax, "Running (mi)") == pytest.approx(miles)
    assert ydata(labelled(lift_ax, "Tonnage (lb)"))[-1] == pytest.approx(1345 / KG_PER_LB)


# ---- training load


def test_the_load_chart_follows_the_fitness_model_and_dashes_the_planned_days(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    loads_ax, form_ax, week_ax, monotony_ax = shown(page, page.load)
    start, end = WEEK_STARTS[0], date(2026, 12, 6)
    expected = fitness_series(LOADS, start, end)
    today_centre = mdates.date2num(TODAY) + 0.5

    for label, values in (("Fitness (CTL 42 d)", expected.ctl), ("Fatigue (ATL 7 d)", expected.atl)):
        past = labelled(loads_ax, label)
        future = [
            line
            for line in loads_ax.get_lines()
            if line.get_linestyle() == "--" and line.get_color() == past.get_color()
        ]
        assert len(future) == 1
        assert xdata(future[0])[0] == pytest.approx(today_centre)  # dashed from today on
        assert xdata(future[0])[-1] == pytest.approx(mdates.date2num(end) + 0.5)
        # the two parts meet: the solid line runs up to where the dashed one starts
        assert xdata(past)[-1] == pytest.approx(xdata(future[0])[0])
        joined = ydata(past) + ydata(future[0])[1:]
        assert joined == pytest.approx(list(values))

    form = labelled(form_ax, "Form (TSB)")
    assert ydata(form) == pytest.approx(list(expected.tsb[: len(ydata(form))]))

    strain = weekly_strain(LOADS, start, WEEK_STARTS[-1])
    monotony = labelled(monotony_ax, "Monotony")
    assert ydata(monotony) == pytest.approx([w.monotony for w in strain])
    assert bar_heights(week_ax, "Strain") == pytest.approx([w.strain for w in strain])
    # the daily bars: what was done by kind, and what is planned (each a day wide, from its day)
    day_zero = mdates.date2num(start)
    run_days = {
        round(x - day_zero): h
        for x, h in zip(bar_lefts(loads_ax, "Running"), bar_heights(loads_ax, "Running"), strict=True)
    }
    assert {d: h for d, h in run_days.items() if h} == {1: 240, 9: 210, 22: 150}
    lift_days = dict(zip(bar_lefts(loads_ax, "Lifting"), bar_heights(loads_ax, "Lifting"), strict=True))
    assert sorted(h for h in lift_days.values() if h) == [150, 270, 350, 480]
    planned = bar_heights(loads_ax, "Planned")
    assert (planned[25], planned[29]) == (135, 315)
    assert sum(planned) == 135 + 315


# ---- adherence


def test_adherence_counts_done_skipped_and_unmarked_per_week(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    ax, rate_ax = shown(page, page.adherence)
    assert bar_heights(ax, "Done") == [1, 3, 1, 2]  # up to this week; the planned week is not due
    assert bar_heights(ax, "Skipped") == [0, 0, 1, 0]
    assert bar_heights(ax, "Not marked") == [0, 0, 1, 0]
    rate = labelled(rate_ax, "Done (%)")
    assert ydata(rate) == pytest.approx([100, 100, 100 / 3, 100])


# ---- hover and export


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip at the pointer, offscreen
def test_pointing_at_a_dot_reads_out_its_value(
    qtbot: QtBot, make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    panel = page.strength
    panel.canvas.draw()
    series = panel.hover[0]
    x, y = series.axes.transData.transform((series.x[2], series.y[2]))
    assert panel.point_near(x, y) == (0, 2)
    assert panel.point_near(x + 3, y - 4) == (0, 2)
    assert panel.point_near(x, y + 200) is None

    # a real mouse move over the canvas (Qt's y runs down, matplotlib's up)
    ratio = panel.canvas.device_pixel_ratio
    height = panel.figure.bbox.height
    qtbot.mouseMove(panel.canvas, QPoint(round(x / ratio), round((height - y) / ratio)))
    qtbot.waitUntil(lambda: "122.5 kg" in panel.readout.text())
    text = panel.readout.text()
    assert text.startswith("Back squat, Mon 23 Nov 2026: e1RM 122.5 kg from 5 × 105 kg @ 2 RIR")
    assert panel._marker is not None
    assert QToolTip.text() == text  # the value at the pointer too, not only in the line below

    qtbot.mouseMove(panel.canvas, QPoint(5, 5))
    qtbot.waitUntil(lambda: panel.readout.text() == panel.hint)
    assert panel._marker is None


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip at the pointer, offscreen
def test_the_hover_ring_moves_without_drawing_the_figure_again(
    make_page: Callable[..., ProgressPage], history: dict[str, int], tmp_path: Path
) -> None:
    page = make_page()
    panel = page.strength
    panel.canvas.draw()
    QApplication.processEvents()  # the drawing asked for when the chart was built
    drawn = []
    panel.canvas.mpl_connect("draw_event", drawn.append)
    before = np.asarray(panel.canvas.buffer_rgba()).copy()
    series = panel.hover[0]
    x, y = series.axes.transData.transform((series.x[2], series.y[2]))

    def move(to_x: float, to_y: float, **buttons: object) -> None:
        event = MouseEvent("motion_notify_event", panel.canvas, to_x, to_y, **buttons)  # type: ignore[arg-type]
        panel.canvas.callbacks.process("motion_notify_event", event)
        QApplication.processEvents()  # any idle draw asked for runs

    move(x, y)
    assert panel._marker is not None
    ringed = np.asarray(panel.canvas.buffer_rgba()).copy()
    changed = np.argwhere((ringed != before).any(axis=2))
    assert len(changed) > 20  # the ring is on the canvas
    rows, columns = changed[:, 0], changed[:, 1]
    height = ringed.shape[0]
    assert abs(columns.mean() - x) < 4  # round the point (rows run down, matplotlib's y up)
    assert abs(rows.mean() - (height - y)) < 4
    move(2, 2)
    assert panel._marker is None
    assert drawn == []  # moved by copying the kept figure back, not by drawing it again
    assert np.array_equal(np.asarray(panel.canvas.buffer_rgba()), before)

    move(x, y)
    assert panel._background is not None
    panel.canvas.callbacks.process("figure_leave_event", LocationEvent("figure_leave_event", panel.canvas, 0, 0))
    assert panel._marker is None  # leaving the chart takes the ring and the read-out away
    assert panel.readout.text() == panel.hint
    assert np.array_equal(np.asarray(panel.canvas.buffer_rgba()), before)
    assert panel._background is None  # and lets the kept copy of the figure go
    assert drawn == []

    plain = imread(panel.export(tmp_path / "plain.png"))
    move(x, y)
    assert panel._marker is not None
    pointing = imread(panel.export(tmp_path / "pointing.png"))
    assert np.array_equal(plain, pointing)  # the ring is the pointer's, not the chart's: never exported
    panel.canvas.draw()  # back at the screen's dpi, the ring on
    screen = (panel.canvas.renderer.width, panel.canvas.renderer.height)
    panel.export(tmp_path / "pointing.svg")  # through matplotlib's own SVG canvas, which draws the figure too
    assert (panel.canvas.renderer.width, panel.canvas.renderer.height) == screen
    assert "<svg" in (tmp_path / "pointing.svg").read_text()

    move(2, 2)
    panel.toolbar.pan()
    move(x, y, buttons={MouseButton.LEFT})  # dragging to pan (Qt's moves name the buttons held, not one)
    assert panel._marker is None  # the toolbar moves the chart: no read-out to chase
    panel.toolbar.pan()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip at the pointer, offscreen
def test_a_week_on_the_lifting_axis_reads_out_its_totals(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    _, lift_ax = shown(page, page.volume)
    panel = page.volume
    panel.canvas.draw()
    hard_sets = next(i for i, series in enumerate(panel.hover) if series.axes is lift_ax)
    x, y = lift_ax.transData.transform((mdates.date2num(WEEK_STARTS[1]) + 3.5, 2))
    assert panel.point_near(x, y) == (hard_sets, 1)
    # a motion event as matplotlib delivers it, on the twin axis' point
    panel.canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", panel.canvas, x, y))
    assert panel.readout.text() == "Week of Mon 09 Nov 2026 (peak): 12.0 km run; 2 hard sets, 700 kg lifted"
    panel.canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", panel.canvas, 2, 2))
    assert panel.readout.text() == panel.hint


def test_each_chart_exports_png_and_svg(
    make_page: Callable[..., ProgressPage], history: dict[str, int], tmp_path: Path
) -> None:
    page = make_page()
    png = page.volume.export(tmp_path / "volume.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = page.strength.export(tmp_path / "strength.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text
    assert page.strength.export(tmp_path / "odd.jpeg") == tmp_path / "odd.png"
    assert (tmp_path / "odd.png").read_bytes()[:4] == b"\x89PNG"


def test_a_chart_exported_from_a_hidden_tab_is_drawn_first(
    make_page: Callable[..., ProgressPage], history: dict[str, int], tmp_path: Path
) -> None:
    page = make_page()
    assert page.tabs.currentIndex() == 0
    svg = page.adherence.export(tmp_path / "adherence.svg").read_text(encoding="utf-8")
    assert "Plan adherence" in svg  # matplotlib keeps each text as a comment beside its glyphs


# ---- choices


def test_range_buttons_change_the_span_and_redraw(
    qtbot: QtBot, make_page: Callable[..., ProgressPage], history: dict[str, int], settings: QSettings
) -> None:
    page = make_page()
    assert data(page).span.weeks == 5
    before = shown(page, page.volume)[0]
    button = next(b for b in page.range_buttons.buttons() if b.text() == "12 weeks")
    button.click()
    assert page.range is ChartRange.WEEKS_12
    assert data(page).span.weeks == 13
    assert data(page).span.start == date(2026, 9, 7)
    ax = shown(page, page.volume)[0]
    assert ax is before  # the same axes, emptied and drawn on again (axes_reuse): a switch builds no new ones
    assert len(bar_heights(ax, "Running (km)")) == 13
    assert bar_heights(ax, "Running (km)")[-5:] == pytest.approx([10, 12, 0, 5, 0])
    assert ax.get_xlim()[0] == mdates.date2num(date(2026, 9, 7))
    assert button.isChecked()
    assert page.span_label.text() == "7 Sep 2026 – 6 Dec 2026 (12 weeks + 1 planned)"  # 12 to today, 1 ahead
    assert settings.value("progress/range") == "12w"


def test_the_lifts_menu_chooses_the_series_and_choices_persist(
    qtbot: QtBot, make_page: Callable[..., ProgressPage], history: dict[str, int], settings: QSettings
) -> None:
    page = make_page()
    assert page.lifts_button.text() == "Lifts (3)"
    actions = {a.text(): a for a in page.lifts_menu.actions()}
    assert set(actions) == {"Back squat (5 sets)", "Deadlift (1 sets)", "Overhead press (1 sets)"}
    actions["Deadlift (1 sets)"].trigger()
    assert page.chosen_lifts() == (SQUAT, PRESS)
    assert set(series_lines(page)) == {"Back squat", "Overhead press"}
    assert page.lifts_button.text() == "Lifts (2)"
    assert settings.value("progress/lifts") == f"{SQUAT},{PRESS}"
    page.method_box.setCurrentIndex(list(E1rmMethod).index(E1rmMethod.BRZYCKI))

    again = make_page(choice=None, method=None)
    assert again.range is ChartRange.WEEKS_4
    assert again.method is E1rmMethod.BRZYCKI
    assert again.method_box.currentData() == E1rmMethod.BRZYCKI.value
    assert again.chosen_lifts() == (SQUAT, PRESS)
    assert series_lines(again)["Back squat"] == pytest.approx(BRZYCKI_SQUAT)


def test_a_range_switch_shown_on_another_chart_leaves_the_lifts_unread_until_the_strength_chart_shows(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    shown(page, page.recovery)
    page.set_range(ChartRange.YEAR)
    assert "choices" not in vars(data(page))  # the span's lifts are an aggregate of every set: not for Recovery
    shown(page, page.strength)
    assert page.lifts_button.text() == "Lifts (3)"
    assert {a.text() for a in page.lifts_menu.actions()} == {
        "Back squat (5 sets)",
        "Deadlift (1 sets)",
        "Overhead press (1 sets)",
    }


def plotted(panel: ChartPanel) -> list[object]:
    """What a chart shows and reads out: each axes' lines and bars, and each hover series' points and sentences."""

    def values(v: object) -> list[float]:
        return np.nan_to_num(np.asarray(v, dtype=float), nan=-1.0).tolist()  # a gap reads as a gap again

    drawn: list[object] = []
    for ax in panel.figure.axes:
        drawn.append([(values(line.get_xdata()), values(line.get_ydata())) for line in ax.get_lines()])
        drawn.append([(str(c.get_label()), values(getattr(c, "bar_heights", []))) for c in ax.collections])
    drawn.append([(values(s.x), values(s.y), [s.describe(i) for i in range(len(s.x))]) for s in panel.hover])
    return drawn


def test_twelve_weeks_then_all_then_twelve_weeks_again_shows_each_ranges_data(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page(ChartRange.WEEKS_12)
    first = {panel.name: (shown(page, panel), plotted(panel))[1] for panel in page.panels}
    done = [c for c in page.recovery.figure.axes[1].collections if c.get_label() == "Daily load (RPE × min)"]
    assert sum(len(c.bar_heights) for c in done) == 13 * 7  # a bar a day (what is still planned apart)
    page.set_range(ChartRange.ALL)
    start = mdates.date2num(data(page).span.start)
    for panel in page.panels:
        shown(page, panel)
        assert plotted(panel) != first[panel.name] or panel is page.strength  # the lifts are the same days
        assert panel.figure.axes[0].get_xlim()[0] == start
    page.set_range(ChartRange.WEEKS_12)
    for panel in page.panels:
        shown(page, panel)
        assert plotted(panel) == first[panel.name]
        assert panel.figure.axes[0].get_xlim()[0] == mdates.date2num(date(2026, 9, 7))


def test_the_season_range_runs_to_the_a_races_recovery_week(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page(ChartRange.SEASON)
    weeks = data(page).volume.weeks
    assert weeks[-1].start == date(2026, 12, 7)
    assert [w.phase for w in weeks[-3:]] == [Phase.TAPER, Phase.RACE_WEEK, Phase.RECOVERY]
    ax = shown(page, page.volume)[0]
    assert "City 10K (A)" in [t.get_text() for t in ax.texts]
    assert ax.get_xlim()[1] == mdates.date2num(date(2026, 12, 14))


# ---- following the data


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, history: dict[str, int]) -> Iterator[MainWindow]:
    with main_window(qtbot, workspace) as shown:
        yield shown


def running(page: ProgressPage) -> list[float]:
    return bar_heights(shown(page, page.volume)[0], "Running (km)")


def _progress_shown(window: MainWindow) -> ProgressPage:
    """The window's Progress page on the four weeks of the test history, shown."""
    page = window.page("progress")
    assert isinstance(page, ProgressPage)
    page.today = TODAY
    page.set_range(ChartRange.WEEKS_4)
    window.show_page("progress")
    return page


def _mark_done(window: MainWindow, session_id: int) -> None:
    before = sessions.get(session_id)
    after = replace(before, status=Status.DONE, duration_s=2400, rpe=4)
    window.undo_stack.push(UpdateSession(before, after, window.hub.publish))


def test_an_edit_while_the_page_shows_redraws_the_charts(
    qtbot: QtBot, window: MainWindow, history: dict[str, int]
) -> None:
    page = _progress_shown(window)
    assert running(page)[2] == 0

    _mark_done(window, history["unmarked"])
    qtbot.waitUntil(lambda: running(page)[2] == 6)
    assert data(page).adherence[2].done == 2
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: running(page)[2] == 0)


def test_an_edit_while_the_page_is_hidden_shows_when_it_is_next_opened(
    qtbot: QtBot, window: MainWindow, history: dict[str, int]
) -> None:
    page = _progress_shown(window)
    window.show_page("calendar")
    drawn = page.data
    _mark_done(window, history["unmarked"])
    qtbot.wait(5)
    assert page.data is drawn  # nothing read while hidden
    window.show_page("progress")
    assert page.data is not drawn
    assert data(page).volume.weeks[2].run_m == 6000
    assert running(page)[2] == 6


def test_a_new_first_weekday_redraws_the_weeks(qtbot: QtBot, window: MainWindow, history: dict[str, int]) -> None:
    page = _progress_shown(window)
    assert data(page).span.start.weekday() == 0
    window.set_first_weekday(6)
    qtbot.waitUntil(lambda: data(page).span.start.weekday() == 6)
    assert data(page).volume.weeks[0].start == date(2026, 11, 1)


# ---- theme and empty states


def _palette(window: str, base: str, text: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Text, text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_a_dark_palette_redraws_the_charts_dark_and_back(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    page.setPalette(_palette("#202124", "#17181a", "#e8eaed"))
    for panel in page.panels:
        shown(page, panel)
        assert to_hex(panel.figure.get_facecolor()) == "#202124"
    ax = strength_axes(page)
    assert to_hex(ax.get_facecolor()) == "#17181a"
    assert to_hex(ax.title.get_color()) == "#e8eaed"
    page.set_range(ChartRange.WEEKS_12)  # the axes are kept across a switch, their ticks dark still
    assert strength_axes(page) is ax
    assert tick_colours(page.strength) == {"#e8eaed"}
    page.setPalette(_palette("#f4f5f7", "#ffffff", "#1b1f24"))
    for panel in page.panels:
        shown(page, panel)
        assert to_hex(panel.figure.get_facecolor()) == "#f4f5f7"
        assert tick_colours(panel) == {"#1b1f24"}  # new axes for a new theme: ticks keep the colour made with
    assert to_hex(strength_axes(page).get_facecolor()) == "#ffffff"


def tick_colours(panel: ChartPanel) -> set[str]:
    panel.canvas.draw()  # ticks are made as they are drawn
    return {
        to_hex(label.get_color())
        for ax in panel.figure.axes
        for label in (*ax.xaxis.get_ticklabels(), *ax.yaxis.get_ticklabels())
    }


def test_an_empty_database_shows_the_notice_and_empty_charts(make_page: Callable[..., ProgressPage]) -> None:
    page = make_page()
    assert not data(page).has_history
    assert page.notice.isVisible()
    assert page.notice.text() == NO_HISTORY
    assert EMPTY in [t.get_text() for t in strength_axes(page).texts]
    assert page.lifts_button.text() == "Lifts (0)"
    assert [a.isEnabled() for a in page.lifts_menu.actions()] == [False]
    assert any("Nothing was planned" in t.get_text() for t in shown(page, page.adherence)[0].texts)
    for panel in page.panels:  # every chart still draws
        panel.canvas.draw()


def test_the_notice_goes_once_something_is_done(
    make_page: Callable[..., ProgressPage], history: dict[str, int]
) -> None:
    page = make_page()
    assert not page.notice.isVisible()


def test_unticking_every_lift_is_remembered_as_none(qtbot: QtBot, settings: QSettings, workspace: Workspace) -> None:
    page = ProgressPage(settings)
    qtbot.addWidget(page)
    page.set_lifts([])
    again = ProgressPage(settings)
    qtbot.addWidget(again)
    assert again.lift_ids == ()  # not None, which would bring the default lifts back


def test_the_default_e1rm_is_the_rpe_table_where_rir_is_logged(qtbot: QtBot, settings: QSettings) -> None:
    """DESIGN §4: Epley by default, the reps x RPE table for sets logged with their RIR."""
    page = ProgressPage(settings)
    qtbot.addWidget(page)
    assert page.method is E1rmMethod.RPE_TABLE
    assert page.method_box.currentData() == E1rmMethod.RPE_TABLE.value


def test_only_the_chosen_range_takes_the_focus_and_the_arrows_walk_the_ranges(
    qtbot: QtBot, make_page: Callable[..., ProgressPage], history: dict[str, int], settings: QSettings
) -> None:
    page = make_page()
    page.set_range(ChartRange.WEEKS_12)
    buttons = {b.text(): b for b in page.range_buttons.buttons()}
    tab_stops = [text for text, b in buttons.items() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == ["12 weeks"]  # the ring never shows on "4 weeks" while 12 are shown
    QTest.keyClick(buttons["12 weeks"], Qt.Key.Key_Right)
    after = list(ChartRange)[list(ChartRange).index(ChartRange.WEEKS_12) + 1]
    assert page.range is after
    assert buttons[after.label].isChecked()
    assert [t for t, b in buttons.items() if b.focusPolicy() & Qt.FocusPolicy.TabFocus] == [after.label]


def test_a_single_week_span_says_one_week(make_page: Callable[..., ProgressPage]) -> None:
    """A new runner's All is the week holding today: "(1 week)", not "(1 weeks)"."""
    page = make_page(ChartRange.ALL)
    assert data(page).span.weeks == 1
    assert page.span_label.text().endswith("(1 week)")


def test_the_lifts_chooser_is_a_push_button_with_its_menu(make_page: Callable[..., ProgressPage]) -> None:
    """A tool button in instant-popup mode drew its arrow inside its text, over the ")" of "Lifts (2)", whatever
    its size (its size hint already counted the arrow); a push button lays the arrow out beside the text."""
    page = make_page()
    assert isinstance(page.lifts_button, QPushButton)
    assert page.lifts_button.menu() is page.lifts_menu


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)  # WCAG 2.2's contrast ratio


@pytest.mark.parametrize("dark", [False, True])
def test_every_season_phase_shows_on_the_plot_and_in_the_legend(dark: bool) -> None:
    """A phase's shading must stand out on the plot, and its legend box from the figure it sits on (the
    legend has no frame); the grid must still read over every phase. Light base once was 1.10:1 on the plot
    and 1.03:1 beside its legend entry, which looked empty, and the grid vanished over the shading."""
    from planner.ui.look.theme import palette_for

    theme = theme_for(palette_for(dark))
    for phase, colour in theme.phases.items():
        assert _contrast(colour, theme.axes) >= 1.15, (phase, colour, theme.axes)
        assert _contrast(colour, theme.figure) >= 1.05, (phase, colour, theme.figure)
        assert _contrast(theme.grid, colour) >= 1.15, (phase, colour)
    assert _contrast(theme.grid, theme.axes) >= 1.3
