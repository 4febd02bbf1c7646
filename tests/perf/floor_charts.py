"""The floor of the Progress benchmarks: the page's five charts' points drawn by plain matplotlib.

``floor_points`` turns the page's data into plain arrays (what any script drawing these charts starts from);
``draw_floor`` draws them with nothing but numpy and matplotlib, one artist per series (DESIGN §7: never a patch
per bar), with what any chart of these points has: date ticks, a title, axis labels and a legend. It imports no
Qt, no database and nothing of Runlift, so bench_memory can run it in a process of its own.
"""

from __future__ import annotations

from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path

MANY_BARS = 130  # the page's chart_parts.MAX_BARS: past it a layer is one compound path
DAILY_UP_TO = 26 * 7  # the page's chart_parts.DAILY_UP_TO: past it daily bars and points become weekly

Points = dict[str, Any]


def floor_points(data: Any) -> Points:
    """The numbers the page draws, as arrays, from a ``planner.services.progress.ProgressData``."""
    days = data.load.days
    weeks = data.volume.weeks
    load_weeks = data.load.weeks
    by_day = {d.day: d.total for d in days}
    if len(days) > DAILY_UP_TO:  # the page's weekly means of daily load
        whole = len(days) // 7 * 7
        load_x = mdates.date2num([d.day for d in days[:whole:7]])
        load_width = 7.0
        load_layers = [
            np.array([getattr(d, k) for d in days[:whole]]).reshape(-1, 7).mean(axis=1)
            for k in ("run", "lift", "other", "planned")
        ]
    else:
        load_x, load_width = mdates.date2num([d.day for d in days]), 1.0
        load_layers = [np.array([getattr(d, k) for d in days]) for k in ("run", "lift", "other", "planned")]
    recovery = data.recovery
    return {
        "strength": [
            (
                mdates.date2num([p.day for p in s.points]),
                np.array([p.value for p in s.points]),
                mdates.date2num([p.day for p in s.targets]),
                np.array([p.value for p in s.targets]),
            )
            for s in data.strength
        ],
        "week_x": mdates.date2num([w.start for w in weeks]),
        "run": np.array([w.run_m for w in weeks]),
        "planned_run": np.array([w.planned_run_m for w in weeks]),
        "hard_sets": np.array([w.hard_sets for w in weeks], dtype=float),
        "day_x": mdates.date2num([d.day for d in days]),
        "load_x": load_x,
        "load_width": load_width,
        "load_layers": load_layers,
        "ctl": np.array(data.load.fitness.ctl),
        "atl": np.array(data.load.fitness.atl),
        "tsb": np.array(data.load.fitness.tsb),
        "strain_x": mdates.date2num([w.start for w in load_weeks]),
        "strain": np.array([w.strain or 0.0 for w in load_weeks]),
        "monotony": np.array([w.monotony if w.monotony is not None else np.nan for w in load_weeks]),
        "adherence_x": mdates.date2num([w.start for w in data.adherence]),
        "adherence": [
            np.array([getattr(w, k) for w in data.adherence], dtype=float) for k in ("done", "skipped", "unmarked")
        ],
        "rate": np.array([w.rate or 0.0 for w in data.adherence]),
        **_recovery_points(recovery, by_day),
    }


def _recovery_points(recovery: Any, by_day: dict) -> Points:
    """The Recovery chart's days, or past DAILY_UP_TO its whole weeks' means, as the page draws them."""
    x = mdates.date2num([d.day for d in recovery])
    load = np.array([by_day.get(d.day, 0.0) for d in recovery])
    sleep = np.array([d.sleep_hours if d.sleep_hours is not None else np.nan for d in recovery])
    caution = np.array([d.caution for d in recovery], dtype=bool)
    score = np.array([d.score if d.score is not None else np.nan for d in recovery])
    if len(recovery) <= DAILY_UP_TO:
        return {
            "recovery_x": x,
            "recovery_step": 1.0,
            "recovery_load": load,
            "sleep": sleep,
            "caution": caution,
            "score": score,
        }
    whole = len(recovery) // 7 * 7

    def weeks(values: np.ndarray) -> np.ndarray:
        return values[:whole].reshape(-1, 7)

    checked = ~np.isnan(weeks(sleep))
    counts = checked.sum(axis=1)
    scored = ~np.isnan(weeks(score))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_sleep = np.where(checked, weeks(sleep), 0).sum(axis=1) / counts
        mean_score = np.where(scored, weeks(score), 0).sum(axis=1) / scored.sum(axis=1)
    return {
        "recovery_x": x[:whole:7],
        "recovery_step": 7.0,
        "recovery_load": weeks(load).mean(axis=1),
        "sleep": np.where(counts > 0, mean_sleep, np.nan),
        "caution": 2 * (weeks(caution) & checked).sum(axis=1) > counts,
        "score": mean_score,
    }


def _bars(ax, x: np.ndarray, width: float, layers: list[np.ndarray], label: str = "") -> None:
    """Stacked bars, each layer one artist: a PolyCollection of rectangles, or past MANY_BARS one compound path
    of them, the cheapest matplotlib draws."""
    bottom = np.zeros(len(x))
    for n, heights in enumerate(layers):
        left, right, top = x, x + width, bottom + heights
        edges = ((left, bottom), (left, top), (right, top), (right, bottom))
        corners = np.stack([np.column_stack(c) for c in edges], 1)
        if len(x) > MANY_BARS:
            vertices = np.concatenate([corners, corners[:, :1]], axis=1).reshape(-1, 2)
            codes = np.tile([Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY], len(x))
            ax.add_artist(PathPatch(Path(vertices, codes.astype(Path.code_type)), linewidth=0, label=f"{label} {n}"))
        else:
            ax.add_collection(PolyCollection(list(corners), label=f"{label} {n}"), autolim=False)
        if len(x):
            ax.update_datalim(np.column_stack([np.concatenate([left, right]), np.concatenate([bottom, top])]))
            ax.autoscale_view()
        bottom = bottom + heights


def _dressed(figure: Figure, title: str, *axes: Any) -> None:
    for ax in axes:
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_ylabel("value")
    axes[0].set_title(title, loc="left")
    handles = [h for ax in figure.axes for h in ax.get_legend_handles_labels()[0]]
    figure.legend(handles=handles, loc="lower center", ncols=4, frameon=False)


def draw_floor(points: Points, figures: list[Figure]) -> None:
    """Build the five charts on ``figures`` (the caller renders them)."""
    ax = figures[0].add_subplot()
    for x, y, tx, ty in points["strength"]:
        ax.plot(x, y, "o-", label="e1RM")
        ax.plot(tx, ty, "--")
    _dressed(figures[0], "Strength", ax)

    ax = figures[1].add_subplot()
    _bars(ax, points["week_x"], 7, [points["run"], points["planned_run"]], "run")
    ax.twinx().plot(points["week_x"], points["hard_sets"], label="hard sets")
    _dressed(figures[1], "Running and lifting", ax)

    top, middle, bottom = figures[2].subplots(3, 1, sharex=True)
    _bars(top, points["load_x"], points["load_width"], points["load_layers"], "load")
    top.plot(points["day_x"], points["ctl"], label="CTL")
    top.plot(points["day_x"], points["atl"], label="ATL")
    tsb = points["tsb"]
    middle.fill_between(points["day_x"], np.maximum(tsb, 0), 0)
    middle.fill_between(points["day_x"], np.minimum(tsb, 0), 0)
    middle.plot(points["day_x"], tsb, label="TSB")
    _bars(bottom, points["strain_x"], 7, [points["strain"]], "strain")
    bottom.twinx().plot(points["strain_x"], points["monotony"], label="monotony")
    _dressed(figures[2], "Training load", top, middle, bottom)

    ax = figures[3].add_subplot()
    _bars(ax, points["adherence_x"], 7, points["adherence"], "sessions")
    ax.twinx().plot(points["adherence_x"], points["rate"], label="rate")
    _dressed(figures[3], "Adherence", ax)

    sleep_ax, load_ax = figures[4].subplots(2, 1, sharex=True)
    rx, step = points["recovery_x"], points["recovery_step"]
    _bars(load_ax, rx, step, [points["recovery_load"]], "load")
    hours, caution = points["sleep"], points["caution"]
    rested = ~np.isnan(hours) & ~caution
    for name, chosen in (("slept", rested), ("caution", caution)):
        if chosen.any():
            _bars(sleep_ax, rx[chosen], 0.8 * step, [hours[chosen]], name)
    sleep_ax.axhspan(7, 9, alpha=0.15)
    style = "o-" if len(rx) <= 100 else "-"  # the page's recovery_chart.MARKERS_UP_TO
    sleep_ax.twinx().plot(rx + step / 2, points["score"], style, markersize=3, label="readiness")
    _dressed(figures[4], "Recovery", sleep_ax, load_ax)
