"""Pieces every chart uses: date axes, bars that stay fast over years, today's line, empty notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import matplotlib
import matplotlib.dates as mdates
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axes._base import _AxesBase
from matplotlib.collections import Collection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.path import Path

from planner.ui.charts.chart_theme import ChartTheme

# past this many bars a series is drawn as one filled step outline: thousands of Rectangle patches make
# a ten-year chart slow to draw and impossible to read
MAX_BARS = 130
DAILY_UP_TO = 26 * 7  # days; longer spans show weeks (the Training load and Recovery charts)
MARGIN_PX = {"left": 64, "right": 18, "right_twin": 60, "top": 26, "bottom": 26}
LEGEND_ROW_PX = 17
LEGEND_COLUMN_PX = 165
BASE_POINTS = 9.0  # the font size the pixel sizes above were measured with


def day_numbers(days: Sequence[date]) -> np.ndarray:
    """Matplotlib's date numbers of ``days``: the first converted by matplotlib, the rest by whole days from it
    (the same numbers; ``date2num`` on ten years of dates went through numpy datetimes at 1-2 ms a series)."""
    if not days:
        return np.zeros(0)
    first = days[0]
    return float(mdates.date2num(first)) + np.fromiter(((d - first).days for d in days), float, len(days))


def date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    ax.yaxis.set_major_formatter(thousands)
    ax.grid(True, axis="y", linewidth=0.6)
    ax.set_axisbelow(True)


def stacked_bars(
    ax: Axes,
    starts: np.ndarray,
    width_days: float,
    layers: Sequence[tuple[np.ndarray, dict[str, object]]],
) -> np.ndarray:
    """Stack ``layers`` of heights over periods starting at ``starts``; returns the stack's tops.

    Each layer comes with its matplotlib style (color, label, alpha, hatch) and is drawn as one collection
    of rectangles: ``Axes.bar`` makes a patch per bar and ``Axes.stairs`` walks every step to update the
    data limits, which cost up to half a second on ten years here.
    """
    bottom = np.zeros(len(starts))
    if not len(starts):
        return bottom
    # many periods: bars without gaps, which read as a filled step outline
    gap = 0.0 if len(starts) > MAX_BARS else width_days * 0.1
    for heights, style in layers:
        if np.any(heights):
            bar_collection(ax, starts + gap, width_days - 2 * gap, bottom, heights, style)
        bottom = bottom + heights
    return bottom


def bar_collection(
    ax: Axes, lefts: np.ndarray, width: float, bottom: np.ndarray, heights: np.ndarray, style: Mapping[str, Any]
) -> PolyCollection:
    """Bars from ``lefts`` (``width`` wide, on ``bottom``) as one collection: a patch per bar cost 1.2 s for
    ten years of days (DESIGN §7).

    Past ``MAX_BARS`` the bars become one compound path: Agg then draws (and hatches) the series once instead
    of thousands of times, 0.3-0.5 s less for ten years of daily sleep and load bars. Standing on zero and
    not overlapping, they are ``DenseBars``, drawn per pixel column when there are more bars than pixels. The
    values stay on the collection as ``bar_lefts`` and ``bar_heights`` (for read-outs and tests).
    """
    lefts = np.asarray(lefts, dtype=float)
    rights = lefts + width
    tops = bottom + heights
    options = dict(style)
    color = options.pop("color", None)
    bars: PolyCollection
    steps = np.diff(lefts)
    if len(lefts) > MAX_BARS and not np.any(bottom) and steps.min() > 0 and width <= steps.min() * (1 + 1e-9):
        bars = DenseBars(lefts, width, np.asarray(heights, dtype=float), facecolors=color, **options)
    else:
        corners = np.stack(
            [np.column_stack(c) for c in ((lefts, bottom), (lefts, tops), (rights, tops), (rights, bottom))], axis=1
        )
        if len(lefts) > MAX_BARS:
            bars = PolyCollection([], facecolors=color, edgecolors="none", linewidths=0, **options)
            Collection.set_paths(bars, [_compound(corners)])  # PolyCollection's own takes vertices, not a path
        else:
            bars = PolyCollection(list(corners), facecolors=color, edgecolors="none", linewidths=0, **options)
    bars.bar_lefts = lefts  # type: ignore[attr-defined]
    bars.bar_heights = heights  # type: ignore[attr-defined]
    ax.add_collection(bars, autolim=False)
    if len(lefts):
        ax.update_datalim(np.column_stack([np.concatenate([lefts, rights]), np.concatenate([bottom, tops])]))
        ax.autoscale_view()
    return bars


class DenseBars(PolyCollection):
    """Bars standing on zero, side by side (daily load, nightly sleep), drawn at the screen's resolution: ten
    years of days are three or four bars to a pixel, and Agg's cost grows with every edge crossing a pixel row
    (about 60 ms a series here, twice that hatched).

    When the bars are closer than a pixel, the bars in each pixel column are drawn sorted by height and side by
    side, each as wide as it is, one staircase per column: each pixel covers the same area of colour (and of
    hatching) as the bars themselves, so the picture is the same up to the bars that straddle a pixel edge
    (measured on ten years of random heights, with and without gaps and hatching: the same mean colour, a mean
    difference under 2 levels in 255; issue 21). Zoomed in, or on a short range, the bars are drawn exactly;
    the values (``bar_lefts``, ``bar_heights``) and the read-outs stay exact.
    """

    def __init__(self, lefts: np.ndarray, width: float, heights: np.ndarray, **kwargs: Any) -> None:
        super().__init__([], edgecolors="none", linewidths=0, **kwargs)
        self._lefts, self._width, self._heights = lefts, width, heights
        self._period = float(np.diff(lefts).min()) if len(lefts) > 1 else width  # the closest bars' spacing
        zero = np.zeros(len(lefts))
        rights = lefts + width
        corners = np.stack(
            [np.column_stack(c) for c in ((lefts, zero), (lefts, heights), (rights, heights), (rights, zero))], axis=1
        )
        self._exact = _compound(corners)
        self._shown_for: tuple[float, float, float, float] | None = None

    def draw(self, renderer: Any) -> None:
        ax = self.axes
        if ax is not None:
            low, high = ax.get_xlim()
            key = (low, high, ax.bbox.x0, ax.bbox.width)
            if key != self._shown_for:
                self._shown_for = key
                per_pixel = (high - low) / max(ax.bbox.width, 1.0)
                dense = self._period < per_pixel and len(self._lefts) > 1
                Collection.set_paths(self, [self._columns(ax) if dense else self._exact])
        super().draw(renderer)

    def _columns(self, ax: _AxesBase) -> Path:
        """One staircase per pixel column: its bars sorted by height, side by side, each as wide as it is."""
        lefts, heights, width = self._lefts, self._heights, self._width
        centres = np.column_stack([lefts + self._width / 2, np.zeros(len(lefts))])
        column = np.floor(ax.transData.transform(centres)[:, 0]).astype(np.int64)
        order = np.lexsort((-heights, column))
        column, lefts, heights = column[order], lefts[order], heights[order]
        starts = np.flatnonzero(np.r_[True, column[1:] != column[:-1]])
        counts = np.diff(np.r_[starts, len(column)])
        begin = np.minimum.reduceat(lefts, starts)  # where the column's first bar starts
        rank = np.arange(len(column)) - np.repeat(starts, counts)
        left = np.repeat(begin, counts) + rank * width
        offsets = 2 * starts + 3 * np.arange(len(starts))  # each column: move, 2 per bar, down, close
        vertices = np.zeros((2 * len(column) + 3 * len(starts), 2))
        codes = np.full(len(vertices), Path.LINETO, dtype=Path.code_type)
        vertices[offsets, 0] = begin
        codes[offsets] = Path.MOVETO
        slot = np.repeat(offsets, counts) + 1 + 2 * rank
        vertices[slot] = np.column_stack([left, heights])
        vertices[slot + 1] = np.column_stack([left + width, heights])
        ends = offsets + 1 + 2 * counts
        vertices[ends, 0] = begin + counts * width
        vertices[ends + 1, 0] = begin
        codes[ends + 1] = Path.CLOSEPOLY
        return Path(vertices, codes)


def _compound(corners: np.ndarray) -> Path:
    """One path of closed rectangles from an (n, 4, 2) array of their corners."""
    count = len(corners)
    vertices = np.concatenate([corners, corners[:, :1]], axis=1).reshape(-1, 2)
    codes = np.tile([Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY], count)
    return Path(vertices, codes.astype(Path.code_type))


def mark_today(ax: Axes, today: date, theme: ChartTheme, label: bool = True) -> None:
    x = mdates.date2num(today)
    ax.axvline(x, color=theme.muted, linestyle=":", linewidth=1.2, zorder=1)
    if label:
        ax.annotate(  # left of the line: the past is always drawn there, the right edge may be today itself
            "today",
            xy=(x, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(-3, -3),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize="small",
            color=theme.muted,
        )


def span_limits(ax: Axes, start: date, end: date) -> None:
    ax.set_xlim(mdates.date2num(start), mdates.date2num(end + timedelta(days=1)))


def empty_note(ax: Axes, text: str, theme: ChartTheme) -> None:
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        wrap=True,
        fontsize="large",
        color=theme.muted,
    )


def legend_below(figure: Figure, axes: Sequence[Axes], extra: Sequence[Artist] = ()) -> None:
    """One legend under the plot for every series of ``axes``: nothing in the plot area is hidden by it."""
    handles: list[Artist] = []
    for ax in axes:
        handles.extend(ax.get_legend_handles_labels()[0])
    handles.extend(extra)
    if handles:
        width_px = figure.get_size_inches()[0] * figure.dpi
        column_px = LEGEND_COLUMN_PX * float(matplotlib.rcParams["font.size"]) / BASE_POINTS
        columns = max(2, min(len(handles), int(width_px // column_px)))
        figure.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 0.0), ncols=columns, frameon=False)


def fit_layout(figure: Figure, text_points: float = BASE_POINTS) -> None:
    """Margins in pixels for the ticks, labels and the legend below, whatever the window size.

    Fixed pixel margins instead of matplotlib's constrained layout: that measured every text on every
    draw and added 40-100 ms a chart here, which a range switch cannot afford. They grow with the text
    (``text_points``), so a larger system font does not push tick labels off the figure.
    """
    scale = max(1.0, text_points / BASE_POINTS)
    width, height = figure.get_size_inches() * figure.dpi
    if width < 50 or height < 50:
        return
    twin = any(ax.yaxis.get_label_position() == "right" for ax in figure.axes)
    rows = 0
    for legend in figure.legends:
        shown = len(legend.legend_handles)
        rows += -(-shown // max(1, legend._ncols))  # type: ignore[attr-defined]  # the columns asked for; no public getter
    bottom = (MARGIN_PX["bottom"] + (rows * LEGEND_ROW_PX + 4 if rows else 0)) * scale
    figure.subplots_adjust(
        left=min(MARGIN_PX["left"] * scale / width, 0.3),
        right=1 - min(MARGIN_PX["right_twin" if twin else "right"] * scale / width, 0.3),
        top=1 - min(MARGIN_PX["top"] * scale / height, 0.3),
        bottom=min(bottom / height, 0.45),
        hspace=0.2,
    )


def thousands(value: float, _position: float = 0) -> str:
    """Axis numbers stay narrow: 12500 reads 12.5k."""
    return f"{value / 1000:g}k" if abs(value) >= 10000 else f"{value:g}"


Points = tuple[np.ndarray, np.ndarray]


def split_at(x: np.ndarray, y: np.ndarray, cut: float) -> tuple[Points, Points]:
    """The series up to ``cut`` and from ``cut`` on; both keep the point at ``cut`` so the lines join."""
    past = x <= cut
    future = x >= cut
    return (x[past], y[past]), (x[future], y[future])
