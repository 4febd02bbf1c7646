"""Recovery beside training: hours slept against the 7-9 h band, the readiness score, and the daily load
on one shared x axis, so a runner sees load and recovery move together."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import numpy as np
from matplotlib.figure import Figure

from planner.engine.readiness import SLEEP_BAND_H, RecoveryDay, RecoveryWeek, recovery_weeks
from planner.services.progress import ProgressData
from planner.ui.charts.axes_reuse import chart_axes, twin_of
from planner.ui.charts.chart_panel import HoverSeries
from planner.ui.charts.chart_parts import (
    DAILY_UP_TO,
    bar_collection,
    date_axis,
    day_numbers,
    empty_note,
    legend_below,
    mark_today,
    span_limits,
)
from planner.ui.charts.chart_theme import ChartTheme

NO_CHECKINS = "No check-ins in this range yet.\nPlan > Today's check-in… (Ctrl+Shift+K) takes ten seconds a day."
MARKERS_UP_TO = 100  # points (12 weeks of days, a year of weeks); past it the markers run into one black line


class _Series(NamedTuple):
    """What the chart draws, day by day or, on a long span, week by week."""

    x: np.ndarray  # bar lefts, as date numbers
    step: float  # days per bar
    loads: np.ndarray  # done and planned
    planned: np.ndarray  # the part of each load still planned (from today on)
    hours: np.ndarray  # nan without a check-in
    caution: np.ndarray  # the bar is marked "heavy legs wait"
    scores: np.ndarray
    describe: Callable[[int], str]
    title: str
    load_label: str
    caution_label: str


def _or_nan(values: Iterable[float | None]) -> np.ndarray:
    """Missing values as gaps: no bar and a break in the line, never a zero."""
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _load_text(load: float, planned: float, unit: str = "") -> str:
    if not planned:
        return f"load {load:.0f}{unit}"
    if planned == load:
        return f"load {load:.0f}{unit} planned"
    return f"load {load:.0f}{unit}, {planned:.0f} of it planned"


def _days(days: tuple[RecoveryDay, ...], loads: list[float], planned: list[float]) -> _Series:
    def describe(i: int) -> str:
        d = days[i]
        load = _load_text(loads[i], planned[i])
        if d.sleep_hours is None:
            return f"{d.day:%a %d %b %Y}: no check-in; {load}"
        flag = " (heavy legs wait)" if d.caution else ""
        return f"{d.day:%a %d %b %Y}: slept {d.sleep_hours:g} h, readiness {d.score:.0f}/100{flag}; {load}"

    return _Series(
        day_numbers([d.day for d in days]),
        1.0,
        np.array(loads),
        np.array(planned),
        _or_nan(d.sleep_hours for d in days),
        np.array([d.caution for d in days], dtype=bool),
        _or_nan(d.score for d in days),
        describe,
        "Sleep and readiness (from check-ins)",
        "Daily load (RPE × min)",
        "Slept (h), heavy legs wait",
    )


def _weeks(weeks: Sequence[RecoveryWeek], planned: Sequence[float]) -> _Series:
    """``planned``: each week's planned part of its mean daily load."""

    def describe(i: int) -> str:
        w = weeks[i]
        load = _load_text(w.load, planned[i], " a day")
        if w.sleep_hours is None:
            return f"Week of {w.start:%a %d %b %Y}: no check-in; {load}"
        score = f", readiness {w.score:.0f}/100" if w.score is not None else ""
        legs = f", heavy legs wait on {w.caution_days} of them" if w.caution_days else ""
        return (
            f"Week of {w.start:%a %d %b %Y}: slept {w.sleep_hours:.1f} h on average over {w.checkins} "
            f"check-in{'s' if w.checkins != 1 else ''}{score}{legs}; {load}"
        )

    return _Series(
        day_numbers([w.start for w in weeks]),
        7.0,
        np.array([w.load for w in weeks]),
        np.array(planned, dtype=float),
        _or_nan(w.sleep_hours for w in weeks),
        np.array([w.mostly_caution for w in weeks], dtype=bool),
        _or_nan(w.score for w in weeks),
        describe,
        "Sleep and readiness (from check-ins; weekly means)",
        "Load (weekly mean per day, RPE × min)",
        "Slept (h), heavy legs wait most days",
    )


def draw_recovery(figure: Figure, theme: ChartTheme, data: ProgressData) -> list[HoverSeries]:
    days = data.recovery
    sleep_ax, load_ax = chart_axes(figure, 2, height_ratios=[2, 1.2])
    for ax in (sleep_ax, load_ax):
        date_axis(ax)
        mark_today(ax, data.today, theme, label=ax is sleep_ax)
    span_limits(load_ax, data.span.start, data.span.end)
    by_day, planned_by_day = data.daily_load, data.daily_planned_load
    loads = [by_day.get(d.day, 0.0) for d in days]
    planned = [planned_by_day.get(d.day, 0.0) for d in days]
    # past half a year a day is a few pixels wide: weeks, as the Training load chart's bars
    if len(days) > DAILY_UP_TO:
        weeks = recovery_weeks(days, loads)
        series = _weeks(weeks, [sum(planned[i : i + 7]) / 7 for i in range(0, 7 * len(weeks), 7)])
    else:
        series = _days(days, loads, planned)
    sleep_ax.set_title(series.title, loc="left")
    x, step = series.x, series.step
    # one collection per series, never a patch per day: 3,655 patches took 1.2 s to draw (issue 21)
    done = series.loads - series.planned
    bar_collection(load_ax, x, step, np.zeros(len(x)), done, {"color": theme.run, "label": series.load_label})
    ahead = series.planned > 0
    if ahead.any():  # what is only planned looks planned, as on the Training load chart
        style = {"color": theme.muted, "alpha": 0.45, "hatch": "//", "label": "Planned load"}
        bar_collection(load_ax, x[ahead], step, done[ahead], series.planned[ahead], style)
    load_ax.set_ylabel("Load")
    load_ax.set_ylim(bottom=0)
    hours, caution = series.hours, series.caution
    if np.isnan(hours).all():
        empty_note(sleep_ax, NO_CHECKINS, theme)
        return []
    low, high = SLEEP_BAND_H
    sleep_ax.axhspan(low, high, color=theme.done, alpha=0.15, label=f"{low:g}-{high:g} h aim")
    rested = ~np.isnan(hours) & ~caution  # days without a check-in get no bar, not a zero one
    width = 0.8 * step
    slept = {"color": theme.fitness, "label": "Slept (h)"}
    bar_collection(sleep_ax, x[rested], width, np.zeros(int(rested.sum())), hours[rested], slept)
    if caution.any():  # hatched as well as coloured: readable without colour
        wait = {"color": theme.fatigue, "hatch": "//", "label": series.caution_label}
        bar_collection(sleep_ax, x[caution], width, np.zeros(int(caution.sum())), hours[caution], wait)
    sleep_ax.set_ylabel("Hours slept")
    sleep_ax.set_ylim(0, max(float(np.nanmax(hours)), high) + 1)
    score_ax = twin_of(sleep_ax)
    score_ax.spines["right"].set_visible(True)
    centre = x + step / 2
    score_ax.plot(
        centre,
        series.scores,
        color=theme.text,
        linewidth=1.3,
        marker="o" if len(x) <= MARKERS_UP_TO else None,
        markersize=3,
        label="Readiness (0-100)",
    )
    score_ax.set_ylim(0, 110)
    score_ax.set_ylabel("Readiness")
    legend_below(figure, [sleep_ax, score_ax, load_ax])
    return [
        HoverSeries(sleep_ax, centre, np.nan_to_num(hours), series.describe),
        HoverSeries(load_ax, centre, series.loads, series.describe),
    ]
