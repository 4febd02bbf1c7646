"""Pieces every chart uses: date axes, bars that stay fast over years, today's line, empty notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import matplotlib.dates as mdates
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from planner.ui.charts.chart_theme import ChartTheme

# past this many bars a series is drawn as one filled step outline: thousands of Rectangle patches make
# a ten-year chart slow to draw and impossible to read
MAX_BARS = 130


def day_numbers(days: Sequence[date]) -> np.ndarray:
    return np.asarray(mdates.date2num(list(days)), dtype=float) if days else np.zeros(0)


def date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    ax.grid(True, axis="y", linewidth=0.6)
    ax.set_axisbelow(True)


def stacked_bars(
    ax: Axes,
    starts: np.ndarray,
    width_days: float,
    layers: Sequence[tuple[np.ndarray, dict[str, object]]],
) -> np.ndarray:
    """Stack ``layers`` of heights over periods starting at ``starts``; returns the stack's tops.

    Each layer comes with its matplotlib style (color, label, alpha, hatch). Few periods are drawn as
    bars with a gap; many as filled steps, which draw in one patch each.
    """
    bottom = np.zeros(len(starts))
    if not len(starts):
        return bottom
    many = len(starts) > MAX_BARS
    edges = np.append(starts, starts[-1] + width_days)
    for heights, style in layers:
        if not np.any(heights):
            bottom = bottom + heights
            continue
        if many:
            ax.stairs(bottom + heights, edges, baseline=bottom, fill=True, linewidth=0, **style)
        else:
            ax.bar(starts + width_days / 2, heights, width=width_days * 0.8, bottom=bottom, linewidth=0, **style)
        bottom = bottom + heights
    return bottom


def mark_today(ax: Axes, today: date, theme: ChartTheme, label: bool = True) -> None:
    x = mdates.date2num(today)
    ax.axvline(x, color=theme.muted, linestyle=":", linewidth=1.2, zorder=1)
    if label:
        ax.annotate(
            "today",
            xy=(x, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -3),
            textcoords="offset points",
            va="top",
            fontsize=7,
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
        fontsize=10,
        color=theme.muted,
    )


def legend_below(figure: Figure, axes: Sequence[Axes], extra: Sequence[Artist] = ()) -> None:
    """One legend under the plot for every series of ``axes``: nothing in the plot area is hidden by it."""
    handles: list[Artist] = []
    for ax in axes:
        handles.extend(ax.get_legend_handles_labels()[0])
    handles.extend(extra)
    if handles:
        figure.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 6), frameon=False)


def split_at(
    x: np.ndarray, y: np.ndarray, cut: float
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """The series up to ``cut`` and from ``cut`` on; both keep the point at ``cut`` so the lines join."""
    past = x <= cut
    future = x >= cut
    return (x[past], y[past]), (x[future], y[future])
