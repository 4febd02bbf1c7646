"""A chart drawn again on its kept axes (axes_reuse) looks exactly as if drawn on new ones."""

from __future__ import annotations

import gc
import weakref

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from planner.ui.charts import axes_reuse
from planner.ui.charts.axes_reuse import chart_axes, twin_of


def _draw(figure: Figure, days: int, twin: bool, scale: float) -> None:
    """A chart shaped like the load chart: two stacked axes, bars, a line, limits, labels, a twin."""
    top, bottom = chart_axes(figure, 2, height_ratios=[2, 1])
    x = np.arange(days, dtype=float)
    top.set_title(f"{days} days", loc="left")
    top.bar(x, np.sin(x / 5) * scale + scale, label="bars")
    top.set_ylim(bottom=0)
    top.set_ylabel("load")
    bottom.plot(x, np.cos(x / 7) * scale, label="line")
    bottom.axhline(0)
    bottom.set_xlim(-1, days)
    if twin:
        right = twin_of(top)
        right.plot(x, x * 2, color="k", label="twin")
        right.set_ylabel("twin")
    else:
        bottom.text(0.5, 0.5, "no twin", transform=bottom.transAxes)
    figure.legend(loc="lower center")


def _pixels(figure: Figure) -> np.ndarray:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def _drawn(figure: Figure, days: int, twin: bool, scale: float, reuse: bool) -> np.ndarray:
    axes_reuse.begin(figure, reuse)
    _draw(figure, days, twin, scale)
    axes_reuse.end(figure)
    return _pixels(figure)


def test_kept_axes_draw_the_next_data_exactly_as_new_axes_do() -> None:
    kept = Figure(figsize=(6, 4), dpi=80)
    for days, twin, scale in ((400, True, 50.0), (30, False, 2.0), (90, True, 7.0), (12, True, 0.5)):
        again = _drawn(kept, days, twin, scale, reuse=True)
        new = _drawn(Figure(figsize=(6, 4), dpi=80), days, twin, scale, reuse=False)
        assert np.array_equal(again, new), (days, twin)
        kept.axes[0].set_ylim(5, 6)  # zoomed in before the next switch: the next drawing forgets it
        kept.axes[1].set_xlim(3, 4)


def test_the_same_axes_come_back_and_a_twin_not_asked_for_goes() -> None:
    figure = Figure()
    _drawn(figure, 30, True, 1.0, reuse=True)
    top, bottom, right = figure.axes
    _drawn(figure, 60, False, 1.0, reuse=True)
    assert figure.axes == [top, bottom]  # the grid kept, the twin gone
    assert not right.lines
    _drawn(figure, 60, True, 1.0, reuse=True)
    assert figure.axes[:2] == [top, bottom]
    assert len(figure.axes) == 3
    assert figure.axes[2] is not right


def test_a_new_theme_or_another_grid_gets_new_axes() -> None:
    figure = Figure()
    _drawn(figure, 30, True, 1.0, reuse=True)
    first = list(figure.axes)
    _drawn(figure, 30, True, 1.0, reuse=False)  # ChartPanel: the theme changed
    assert not set(figure.axes) & set(first)
    axes_reuse.begin(figure, True)
    (single,) = chart_axes(figure)
    axes_reuse.end(figure)
    assert figure.axes == [single]


def test_a_figure_drawn_on_kept_axes_is_freed_with_its_axes() -> None:
    figure = Figure()
    _drawn(figure, 30, True, 1.0, reuse=True)
    _drawn(figure, 40, True, 1.0, reuse=True)
    gone = weakref.ref(figure)
    axes = weakref.ref(figure.axes[0])
    del figure
    gc.collect()
    assert gone() is None
    assert axes() is None
