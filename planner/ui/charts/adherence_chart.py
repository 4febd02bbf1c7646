"""Plan adherence: per week, sessions done, skipped and not marked, lifts moved off their day, and the rate."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.figure import Figure

from planner.engine.progress import WeekAdherence
from planner.services.progress import ProgressData
from planner.ui.charts.axes_reuse import chart_axes, twin_of
from planner.ui.charts.chart_panel import HoverSeries
from planner.ui.charts.chart_parts import date_axis, day_numbers, empty_note, legend_below, span_limits, stacked_bars
from planner.ui.charts.chart_theme import ChartTheme


def _text(weeks: tuple[WeekAdherence, ...]) -> Callable[[int], str]:
    def describe(i: int) -> str:
        w = weeks[i]
        rate = f"; {w.rate:.0%} done" if w.rate is not None else ""
        moved = f"; {w.moved_lifts} lift{'s' if w.moved_lifts != 1 else ''} moved off its day" if w.moved_lifts else ""
        return (
            f"Week of {w.start:%a %d %b %Y}: {w.planned} planned, {w.done} done, {w.skipped} skipped, "
            f"{w.unmarked} not marked{moved}{rate}"
        )

    return describe


def draw_adherence(figure: Figure, theme: ChartTheme, data: ProgressData) -> list[HoverSeries]:
    weeks = data.adherence
    (ax,) = chart_axes(figure)
    ax.set_title("Plan adherence", loc="left")
    date_axis(ax)
    span_limits(ax, data.span.start, data.span.end)
    if not any(w.planned for w in weeks):
        empty_note(ax, "Nothing was planned in this range yet.\nPlan sessions in the calendar.", theme)
        return []
    starts = day_numbers([w.start for w in weeks])
    tops = stacked_bars(
        ax,
        starts,
        7,
        [
            (np.array([w.done for w in weeks], dtype=float), {"color": theme.done, "label": "Done"}),
            (np.array([w.skipped for w in weeks], dtype=float), {"color": theme.skipped, "label": "Skipped"}),
            (
                np.array([w.unmarked for w in weeks], dtype=float),
                {"color": theme.unmarked, "alpha": 0.6, "hatch": "..", "label": "Not marked"},
            ),
        ],
    )
    centres = starts + 3.5
    moved = np.array([w.moved_lifts for w in weeks], dtype=float)
    if moved.any():
        shown = moved > 0
        ax.scatter(
            centres[shown],
            tops[shown] + 0.4,
            marker="v",
            s=22,
            color=theme.lift,
            zorder=4,
            label="Lifts moved (count in read-out)",
        )
    ax.set_ylabel("Sessions / week")
    ax.set_ylim(0, max(float(tops.max(initial=0)), 1.0) * 1.15)
    rate_ax = twin_of(ax)
    rate_ax.spines["right"].set_visible(True)
    rate = np.array([w.rate * 100 if w.rate is not None else np.nan for w in weeks])
    rate_ax.plot(
        centres,
        rate,
        color=theme.text,
        linewidth=1.3,
        marker="o" if len(weeks) <= 60 else None,
        markersize=3,
        label="Done (%)",
    )
    rate_ax.set_ylim(0, 115)
    rate_ax.set_yticks([0, 25, 50, 75, 100])
    rate_ax.set_ylabel("Done (%)")
    legend_below(figure, [ax, rate_ax])
    describe = _text(weeks)
    return [HoverSeries(ax, centres, tops, describe), HoverSeries(rate_ax, centres, np.nan_to_num(rate), describe)]
