"""Estimated 1RM over time for the chosen lifts, with the e1RM the plan's targets asked for (dashed)."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from planner.domain.enums import MassUnit
from planner.engine.plates import to_unit
from planner.engine.progress import E1rmMethod, E1rmPoint
from planner.services.progress import ProgressData
from planner.ui.charts.axes_reuse import chart_axes
from planner.ui.charts.chart_panel import HoverSeries
from planner.ui.charts.chart_parts import date_axis, day_numbers, empty_note, legend_below, mark_today, span_limits
from planner.ui.charts.chart_theme import ChartTheme

MARKERS_UP_TO = 150  # points; more than this and markers hide the line
EMPTY = "No lift logged with a load in this range yet.\nLog a lift's sets in the calendar, or pick other lifts above."


def _describe(name: str, points: tuple[E1rmPoint, ...], unit: MassUnit, what: str):
    def describe(i: int) -> str:
        p = points[i]
        rir = f" @ {p.rir:g} RIR" if p.rir is not None else ""
        return (
            f"{name}, {p.day:%a %d %b %Y}: {what} {to_unit(p.value, unit):.1f} {unit.value} "
            f"from {p.reps} × {to_unit(p.load_kg, unit):g} {unit.value}{rir}"
        )

    return describe


def draw_strength(figure: Figure, theme: ChartTheme, data: ProgressData, method: E1rmMethod) -> list[HoverSeries]:
    unit = data.profile.mass_unit
    (ax,) = chart_axes(figure)
    ax.set_title(f"Estimated 1RM ({method.label})", loc="left")
    ax.set_ylabel(f"e1RM ({unit.value})")
    date_axis(ax)
    span_limits(ax, data.span.start, data.span.end)
    mark_today(ax, data.today, theme)
    hover: list[HoverSeries] = []
    for k, series in enumerate(data.strength):
        name = data.names.get(series.exercise_id, "?")
        color = theme.series[k % len(theme.series)]
        if series.points:
            x = day_numbers([p.day for p in series.points])
            y = np.array([to_unit(p.value, unit) for p in series.points])
            best = series.best
            label = f"{name} (best {to_unit(best.value, unit):.1f} {unit.value})" if best else name
            marker = "o" if len(x) <= MARKERS_UP_TO else None
            ax.plot(x, y, color=color, linewidth=1.8, marker=marker, markersize=4, label=label, zorder=3)
            hover.append(HoverSeries(ax, x, y, _describe(name, series.points, unit, "e1RM")))
        if series.targets:
            tx = day_numbers([p.day for p in series.targets])
            ty = np.array([to_unit(p.value, unit) for p in series.targets])
            ax.plot(tx, ty, color=color, linewidth=1.1, linestyle="--", alpha=0.8, zorder=2)
            hover.append(HoverSeries(ax, tx, ty, _describe(name, series.targets, unit, "target e1RM")))
    if not hover:
        empty_note(ax, EMPTY, theme)
        return hover
    legend_below(
        figure, [ax], [Line2D([], [], color=theme.muted, linestyle="--", linewidth=1.1, label="plan's target")]
    )
    return hover
