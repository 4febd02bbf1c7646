"""Ten years of daily bars drawn per pixel column (chart_parts.DenseBars): the same picture, exact values."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.path import Path

from planner.ui.charts.chart_parts import DenseBars, bar_collection


def _area(path: Path) -> float:
    """Sum of the closed polygons' areas (shoelace), each drawn counter- or clockwise."""
    total = 0.0
    for polygon in path.to_polygons(closed_only=True):
        x, y = polygon[:, 0], polygon[:, 1]
        total += abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))) / 2
    return total


def test_overlapping_or_stacked_bars_are_drawn_one_by_one() -> None:
    figure = Figure()
    ax = figure.add_subplot()
    days = np.arange(400, dtype=float)
    assert not isinstance(bar_collection(ax, days, 1.5, np.zeros(400), np.ones(400), {}), DenseBars)
    assert not isinstance(bar_collection(ax, days, 1.0, np.ones(400), np.ones(400), {}), DenseBars)


def _drawn(
    width: float, days: int, zoom: tuple[float, float] | None = None, kept: float = 1.0, hatch: str | None = None
) -> tuple[np.ndarray, DenseBars, float]:
    """``days`` bars ``width`` days wide, on a random ``kept`` share of the days (sleep: not every night is
    logged), drawn at a chart's size."""
    rng = np.random.default_rng(7)
    x = np.flatnonzero(rng.uniform(0, 1, days) < kept).astype(float) if kept < 1 else np.arange(days, dtype=float)
    heights = rng.uniform(0, 9, len(x))
    figure = Figure(figsize=(8, 3), dpi=100)
    ax = figure.add_subplot()
    style: dict[str, object] = {"color": "#3070c0"} | ({"hatch": hatch} if hatch else {})
    bars = bar_collection(ax, x, width, np.zeros(len(x)), heights, style)
    if zoom:
        ax.set_xlim(*zoom)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    assert isinstance(bars, DenseBars)
    return np.asarray(canvas.buffer_rgba(), dtype=float)[..., :3], bars, float(heights.sum()) * width


def test_more_bars_than_pixels_keep_their_area_and_their_values() -> None:
    _, bars, total = _drawn(1.0, 3650)
    (path,) = bars.get_paths()
    assert len(path.vertices) < 5 * 3650  # one staircase per pixel column, not a rectangle per day
    assert abs(_area(path) - total) < 1e-6 * total
    assert len(bars.bar_heights) == 3650  # read-outs and tests keep every day


def test_zoomed_in_the_bars_are_drawn_exactly() -> None:
    _, bars, _ = _drawn(1.0, 3650, zoom=(100, 160))
    (path,) = bars.get_paths()
    assert len(path.vertices) == 5 * 3650  # the rectangles themselves: each is several pixels wide


@pytest.mark.parametrize(
    ("width", "kept", "hatch"),
    [
        (1.0, 1.0, None),  # daily load: a bar every day, no gaps
        (0.8, 0.85, None),  # sleep: gaps between the bars, and nights without a check-in
        (0.8, 0.2, "//"),  # sleep with heavy legs: few nights, hatched
    ],
)
def test_the_picture_matches_the_bars_drawn_one_by_one(width: float, kept: float, hatch: str | None) -> None:
    dense, bars, total = _drawn(width, 3650, kept=kept, hatch=hatch)
    assert abs(_area(bars.get_paths()[0]) - total) < 1e-6 * total  # each bar keeps its own width
    bars._shown_for = (0.0, 0.0, 0.0, 0.0)  # force the exact rectangles at the same size
    bars._columns = lambda _ax, exact=bars._exact: exact  # type: ignore[method-assign]
    canvas = bars.figure.canvas  # type: ignore[union-attr]
    canvas.draw()
    exact = np.asarray(canvas.buffer_rgba(), dtype=float)[..., :3]
    assert abs(dense.mean() - exact.mean()) < 0.5  # the same amount of colour, out of 255
    assert np.abs(dense - exact).mean() < 3.0  # only bars straddling a pixel edge land in the next pixel
