"""Weekly running distance (bars) against lifting volume (line), with races and season phases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import matplotlib.dates as mdates
import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from planner.domain.enums import DistanceUnit, MassUnit
from planner.domain.units import metres_per
from planner.engine.phases import Phase
from planner.engine.plates import to_unit
from planner.engine.progress import WeekVolume
from planner.services.progress import ProgressData
from planner.ui.charts.axes_reuse import chart_axes, twin_of
from planner.ui.charts.chart_panel import HoverSeries
from planner.ui.charts.chart_parts import (
    date_axis,
    day_numbers,
    legend_below,
    mark_today,
    span_limits,
    stacked_bars,
    thousands,
)
from planner.ui.charts.chart_theme import ChartTheme

TONNAGE = "tonnage"
HARD_SETS = "hard_sets"


def per_unit(unit: DistanceUnit) -> float:
    return metres_per(unit)


def _lifting(week: WeekVolume, measure: str, unit: MassUnit) -> tuple[float, float]:
    if measure == TONNAGE:
        return to_unit(week.tonnage_kg, unit), to_unit(week.planned_tonnage_kg, unit)
    return float(week.hard_sets), float(week.planned_hard_sets)


def _phase_runs(weeks: tuple[WeekVolume, ...]) -> list[tuple[Phase, int, int]]:
    """Consecutive weeks of one phase as (phase, first index, last index)."""
    runs: list[tuple[Phase, int, int]] = []
    for i, week in enumerate(weeks):
        if runs and runs[-1][0] is week.phase:
            runs[-1] = (week.phase, runs[-1][1], i)
        else:
            runs.append((week.phase, i, i))
    return runs


def draw_volume(figure: Figure, theme: ChartTheme, data: ProgressData, measure: str) -> list[HoverSeries]:
    distance_unit = data.profile.distance_unit
    mass_unit = data.profile.mass_unit
    weeks = data.volume.weeks
    (ax,) = chart_axes(figure)
    ax.set_title("Weekly running against lifting volume", loc="left")
    date_axis(ax)
    span_limits(ax, data.span.start, data.span.end)
    starts = day_numbers([w.start for w in weeks])
    div = per_unit(distance_unit)
    done = np.array([w.run_m / div for w in weeks])
    planned = np.array([w.planned_run_m / div for w in weeks])

    phase_handles = []
    for phase, first, last in _phase_runs(weeks):
        ax.axvspan(starts[first], starts[last] + 7, color=theme.phases[phase], linewidth=0, zorder=0)
    for phase in dict.fromkeys(w.phase for w in weeks):
        # outlined: a pale swatch on a pale legend still shows as a box
        phase_handles.append(Patch(facecolor=theme.phases[phase], edgecolor=theme.muted, label=phase.label))

    tops = stacked_bars(
        ax,
        starts,
        7,
        [
            (done, {"color": theme.run, "label": f"Running ({distance_unit.value})", "zorder": 2}),
            (planned, {"color": theme.run, "alpha": 0.35, "hatch": "//", "label": "Running planned", "zorder": 2}),
        ],
    )
    ax.set_ylabel(f"Running ({distance_unit.value}/week)", color=theme.run)
    mark_today(ax, data.today, theme, label=False)

    lift = twin_of(ax)
    lift.spines["right"].set_visible(True)
    values = [_lifting(w, measure, mass_unit) for w in weeks]
    lifted = np.array([v[0] for v in values])
    lifted_planned = np.array([v[1] for v in values])
    centres = starts + 3.5
    future = np.array([w.start + timedelta(days=6) >= data.today for w in weeks])
    past_x, past_y = centres[~future | (lifted > 0)], lifted[~future | (lifted > 0)]
    marker = "o" if len(weeks) <= 60 else None
    lift.plot(
        past_x,
        past_y,
        color=theme.lift,
        linewidth=1.8,
        marker=marker,
        markersize=3.5,
        zorder=4,
        label="Hard sets" if measure == HARD_SETS else f"Tonnage ({mass_unit.value})",
    )
    if lifted_planned.any():
        shown = future & (lifted_planned > 0)
        lift.plot(
            centres[shown],
            lifted_planned[shown] + lifted[shown],
            color=theme.lift,
            linestyle="--",
            linewidth=1.4,
            marker=marker,
            markersize=3,
            zorder=4,
            label="Lifting planned",
        )
    lift.set_ylabel("Hard sets/week" if measure == HARD_SETS else f"Tonnage ({mass_unit.value}/week)", color=theme.lift)
    lift.set_ylim(bottom=0)
    lift.yaxis.set_major_formatter(thousands)
    ax.set_ylim(bottom=0)

    for race in data.volume.races:
        x = mdates.date2num(race.day)
        ax.axvline(x, color=theme.race, linewidth=2, zorder=5)
        ax.annotate(
            f"{race.name} ({race.priority.value})",
            xy=(x, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(-3, -4),
            textcoords="offset points",
            rotation=90,
            ha="right",
            va="top",
            fontsize="small",
            color=theme.text,
            zorder=6,
        )

    legend_below(figure, [ax, lift], phase_handles)
    ax.set_ylim(top=max(float(tops.max(initial=0)), 1.0) * 1.12)
    lift.set_ylim(top=max(float((lifted + lifted_planned).max(initial=0)), 1.0) * 1.12)

    describe = _week_text(weeks, distance_unit, mass_unit)
    return [HoverSeries(ax, centres, tops, describe), HoverSeries(lift, centres, lifted + lifted_planned, describe)]


def _week_text(weeks: tuple[WeekVolume, ...], distance: DistanceUnit, mass: MassUnit) -> Callable[[int], str]:
    div = per_unit(distance)

    def describe(i: int) -> str:
        w = weeks[i]
        text = f"Week of {w.start:%a %d %b %Y} ({w.phase.label.lower()}): {w.run_m / div:.1f} {distance.value} run"
        if w.planned_run_m:
            text += f" + {w.planned_run_m / div:.1f} planned"
        text += f"; {w.hard_sets} hard sets, {to_unit(w.tonnage_kg, mass):,.0f} {mass.value} lifted"
        if w.planned_hard_sets:
            text += f" (+{w.planned_hard_sets} sets planned)"
        return text

    return describe
