"""Training load: daily session-RPE load by kind, fitness/fatigue/form, and weekly monotony and strain.

From today on the lines are dashed: they follow the planned sessions, so a taper shows before it starts.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
from matplotlib import patheffects
from matplotlib.figure import Figure

from planner.engine.progress import TrainingLoad, weekly_means
from planner.services.progress import ProgressData
from planner.ui.charts.axes_reuse import chart_axes, twin_of
from planner.ui.charts.chart_panel import HoverSeries
from planner.ui.charts.chart_parts import (
    DAILY_UP_TO,
    date_axis,
    day_numbers,
    legend_below,
    mark_today,
    span_limits,
    split_at,
    stacked_bars,
)
from planner.ui.charts.chart_theme import ChartTheme

MONOTONY_WARNING = 2.0  # Foster 1998: weeks above 2 went with most of the illnesses recorded


def _day_text(load: TrainingLoad):
    def describe(i: int) -> str:
        d = load.days[i]
        ctl, atl, tsb = load.fitness.ctl[i], load.fitness.atl[i], load.fitness.tsb[i]
        parts = [f"run {d.run:.0f}", f"lift {d.lift:.0f}"]
        if d.other:
            parts.append(f"other {d.other:.0f}")
        if d.planned:
            parts.append(f"planned {d.planned:.0f}")
        return (
            f"{d.day:%a %d %b %Y}: load {d.total:.0f} ({', '.join(parts)}); "
            f"fitness {ctl:.0f}, fatigue {atl:.0f}, form {tsb:+.0f}"
        )

    return describe


def _week_text(load: TrainingLoad):
    def describe(i: int) -> str:
        w = load.weeks[i]
        monotony = f"{w.monotony:.2f}" if w.monotony is not None else "—"
        strain = f"{w.strain:,.0f}" if w.strain is not None else "—"
        return f"Week of {w.start:%a %d %b %Y}: load {w.load:,.0f}, monotony {monotony}, strain {strain}"

    return describe


def _line(ax, x, y, today: float, **style) -> None:
    (past, future) = split_at(x, y, today)
    label = style.pop("label", None)
    ax.plot(*past, label=label, **style)
    if len(future[0]) > 1:
        ax.plot(*future, linestyle="--", **style)


def draw_load(figure: Figure, theme: ChartTheme, data: ProgressData) -> list[HoverSeries]:
    load = data.load
    loads_ax, form_ax, week_ax = chart_axes(figure, 3, height_ratios=[3, 1.4, 1.6])
    for ax in (loads_ax, form_ax, week_ax):
        date_axis(ax)
        mark_today(ax, data.today, theme, label=ax is loads_ax)
    span_limits(week_ax, data.span.start, data.span.end)
    today = mdates.date2num(data.today) + 0.5  # today's point (lines sit mid-day): solid and dashed meet there

    x = day_numbers([d.day for d in load.days])
    long_span = len(x) > DAILY_UP_TO
    bars = weekly_means(load.days) if long_span else list(load.days)
    layers = {kind: np.array([getattr(d, kind) for d in bars]) for kind in ("run", "lift", "other", "planned")}
    bar_x, width = day_numbers([d.day for d in bars]), (7 if long_span else 1)
    tops = stacked_bars(
        loads_ax,
        bar_x,
        width,
        [
            (layers["run"], {"color": theme.run, "label": "Running"}),
            (layers["lift"], {"color": theme.lift, "label": "Lifting"}),
            (layers["other"], {"color": theme.other, "label": "Other"}),
            (layers["planned"], {"color": theme.muted, "alpha": 0.45, "hatch": "//", "label": "Planned"}),
        ],
    )
    centre = x + 0.5
    ctl, atl, tsb = (np.array(v) for v in (load.fitness.ctl, load.fitness.atl, load.fitness.tsb))
    # haloed in the plot's colour: the line stays readable where it crosses the bars
    halo = [patheffects.Stroke(linewidth=4.5, foreground=theme.axes), patheffects.Normal()]
    _line(loads_ax, centre, ctl, today, color=theme.fitness, linewidth=2, label="Fitness (CTL 42 d)", path_effects=halo)
    thin = 0.8 if long_span else 1.4
    _line(loads_ax, centre, atl, today, color=theme.fatigue, linewidth=thin, label="Fatigue (ATL 7 d)")
    title = "Training load (session RPE × minutes" + ("; bars: weekly mean per day)" if long_span else ")")
    loads_ax.set_title(title, loc="left")
    loads_ax.set_ylabel("Load (RPE × min)")
    loads_ax.set_ylim(bottom=0, top=max(float(tops.max(initial=0)), float(atl.max(initial=0)), 1.0) * 1.08)

    form_ax.axhline(0, color=theme.muted, linewidth=0.8)
    # clipped copies rather than ``where=``: masked arrays cost 0.3 s over ten years of days
    form_ax.fill_between(centre, np.maximum(tsb, 0), 0, color=theme.form_up, alpha=0.3, linewidth=0)
    form_ax.fill_between(centre, np.minimum(tsb, 0), 0, color=theme.form_down, alpha=0.3, linewidth=0)
    _line(form_ax, centre, tsb, today, color=theme.text, linewidth=thin * 0.85, label="Form (TSB)")
    form_ax.set_ylabel("Form")

    weeks = load.weeks
    starts = day_numbers([w.start for w in weeks])
    strain = np.array([w.strain or 0.0 for w in weeks])
    stacked_bars(week_ax, starts, 7, [(strain, {"color": theme.muted, "alpha": 0.6, "label": "Strain"})])
    week_ax.set_ylabel("Strain")
    week_ax.set_ylim(bottom=0)
    monotony_ax = twin_of(week_ax)
    monotony_ax.spines["right"].set_visible(True)
    monotony = np.array([w.monotony if w.monotony is not None else np.nan for w in weeks])
    monotony_ax.plot(
        starts + 3.5,
        monotony,
        color=theme.lift,
        marker="o" if len(weeks) <= 60 else None,
        markersize=3,
        linewidth=1.4,
        label="Monotony",
    )
    high = f"High monotony ({MONOTONY_WARNING:g})"
    monotony_ax.axhline(MONOTONY_WARNING, color=theme.form_down, linestyle=":", linewidth=1, label=high)
    monotony_ax.set_ylabel("Monotony", color=theme.lift)
    monotony_ax.set_ylim(0, max(float(np.nanmax(monotony, initial=0)), MONOTONY_WARNING) * 1.2)
    legend_below(figure, [loads_ax, form_ax, week_ax, monotony_ax])

    day_text = _day_text(load)
    week_text = _week_text(load)
    return [
        HoverSeries(loads_ax, centre, tops if not long_span else np.repeat(tops, 7)[: len(centre)], day_text),
        HoverSeries(loads_ax, centre, ctl, day_text),
        HoverSeries(loads_ax, centre, atl, day_text),
        HoverSeries(form_ax, centre, tsb, day_text),
        HoverSeries(week_ax, starts + 3.5, strain, week_text),
        HoverSeries(monotony_ax, starts + 3.5, np.nan_to_num(monotony), week_text),
    ]
