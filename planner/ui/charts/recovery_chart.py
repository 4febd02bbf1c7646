"""Recovery beside training: hours slept against the 7-9 h band, the readiness score, and the daily load
on one shared x axis, so a runner sees load and recovery move together."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.figure import Figure

from planner.engine.readiness import SLEEP_BAND_H, RecoveryDay
from planner.services.progress import ProgressData
from planner.ui.charts.axes_reuse import chart_axes, twin_of
from planner.ui.charts.chart_panel import HoverSeries
from planner.ui.charts.chart_parts import (
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


def _text(days: tuple[RecoveryDay, ...], loads: list[float]) -> Callable[[int], str]:
    def describe(i: int) -> str:
        d = days[i]
        load = f"load {loads[i]:.0f}"
        if d.sleep_hours is None:
            return f"{d.day:%a %d %b %Y}: no check-in; {load}"
        flag = " (heavy legs wait)" if d.caution else ""
        return f"{d.day:%a %d %b %Y}: slept {d.sleep_hours:g} h, readiness {d.score:.0f}/100{flag}; {load}"

    return describe


def draw_recovery(figure: Figure, theme: ChartTheme, data: ProgressData) -> list[HoverSeries]:
    days = data.recovery
    sleep_ax, load_ax = chart_axes(figure, 2, height_ratios=[2, 1.2])
    for ax in (sleep_ax, load_ax):
        date_axis(ax)
        mark_today(ax, data.today, theme, label=ax is sleep_ax)
    span_limits(load_ax, data.span.start, data.span.end)
    sleep_ax.set_title("Sleep and readiness (from check-ins)", loc="left")
    x = day_numbers([d.day for d in days])
    by_day = data.daily_load
    loads = [by_day.get(d.day, 0.0) for d in days]
    # one collection per series, never a patch per day: 3,655 patches took 1.2 s to draw (issue 21)
    bar_collection(
        load_ax, x, 1.0, np.zeros(len(x)), np.array(loads), {"color": theme.run, "label": "Daily load (RPE × min)"}
    )
    load_ax.set_ylabel("Load")
    load_ax.set_ylim(bottom=0)
    if not any(d.sleep_hours is not None for d in days):
        empty_note(sleep_ax, NO_CHECKINS, theme)
        return []
    low, high = SLEEP_BAND_H
    sleep_ax.axhspan(low, high, color=theme.done, alpha=0.15, label=f"{low:g}-{high:g} h aim")
    hours = np.array([d.sleep_hours if d.sleep_hours is not None else np.nan for d in days])
    caution = np.array([d.caution for d in days])
    rested = ~np.isnan(hours) & ~caution  # days without a check-in get no bar, not a zero one
    slept = {"color": theme.fitness, "label": "Slept (h)"}
    bar_collection(sleep_ax, x[rested], 0.8, np.zeros(int(rested.sum())), hours[rested], slept)
    if caution.any():  # hatched as well as coloured: readable without colour
        wait = {"color": theme.fatigue, "hatch": "//", "label": "Slept (h), heavy legs wait"}
        bar_collection(sleep_ax, x[caution], 0.8, np.zeros(int(caution.sum())), hours[caution], wait)
    sleep_ax.set_ylabel("Hours slept")
    sleep_ax.set_ylim(0, max(float(np.nanmax(hours)), high) + 1)
    score_ax = twin_of(sleep_ax)
    score_ax.spines["right"].set_visible(True)
    scores = np.array([d.score if d.score is not None else np.nan for d in days])
    centre = x + 0.5
    score_ax.plot(centre, scores, color=theme.text, linewidth=1.3, marker="o", markersize=3, label="Readiness (0-100)")
    score_ax.set_ylim(0, 110)
    score_ax.set_ylabel("Readiness")
    legend_below(figure, [sleep_ax, score_ax, load_ax])
    describe = _text(days, loads)
    return [
        HoverSeries(sleep_ax, centre, np.nan_to_num(hours), describe),
        HoverSeries(load_ax, centre, np.array(loads), describe),
    ]
