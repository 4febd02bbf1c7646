"""A small known history for the Progress charts, and ways to read the figures' data back.

Today is pinned to Wednesday 25 November 2026; the four-week range then covers the weeks of 2, 9, 16
and 23 November and the planned week of 30 November (5 weeks, 2 Nov - 6 Dec). The numbers below are
worked by hand in the tests.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import Collection
from matplotlib.container import BarContainer
from matplotlib.lines import Line2D
from matplotlib.patches import StepPatch

from planner.domain.enums import RacePriority, RunType, Status
from planner.domain.profile import Race
from planner.domain.session import LiftSet
from planner.services import sessions
from planner.store.race_rows import add_race
from tests.helpers import lift, run

TODAY = date(2026, 11, 25)
WEEK_STARTS = (date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 30))
SQUAT, DEADLIFT, PRESS = 1, 7, 47  # ids in the shipped library: Back squat, Deadlift, Overhead press
RACE = Race(date(2026, 12, 6), "City 10K", 10_000, RacePriority.A)

# (day, load) of every session that counts on the load chart: done ones, and planned ones from today on
LOADS = {
    date(2026, 11, 3): 60 * 4,  # 60 min at RPE 4
    date(2026, 11, 9): 45 * 6,
    date(2026, 11, 10): 30 * 5,
    date(2026, 11, 11): 70 * 3,
    date(2026, 11, 16): 50 * 7,
    date(2026, 11, 23): 60 * 8,
    date(2026, 11, 24): 30 * 5,
    date(2026, 11, 27): 45 * 3.0,  # planned easy run: typical 45 min at RPE 3
    date(2026, 12, 1): 45 * 7.0,  # planned heavy lift: typical 45 min at RPE 7
}


def s(exercise_id: int, reps: int, load: float, rir: float | None, n: int = 1, **target: object) -> LiftSet:
    """A logged set (and its target, if given)."""
    return LiftSet(exercise_id, n, n - 1, actual_reps=reps, actual_load_kg=load, actual_rir=rir, **target)  # type: ignore[arg-type]


def add_history() -> dict[str, int]:
    """The history the tests work from; returns the ids of the sessions a test edits."""
    done = Status.DONE
    sessions.create(run(date(2026, 11, 3), km=10, status=done, duration_s=3600, rpe=4))
    sessions.create(
        lift(
            date(2026, 11, 9),
            sets=(s(SQUAT, 5, 100, 2, target_reps=5, target_load_kg=100, target_rir=2),),
            status=done,
            duration_s=2700,
            rpe=6,
        )
    )
    sessions.create(lift(date(2026, 11, 10), sets=(s(PRESS, 5, 40, 1),), status=done, duration_s=1800, rpe=5))
    sessions.create(run(date(2026, 11, 11), RunType.LONG, km=12, status=done, duration_s=4200, rpe=3))
    sessions.create(
        lift(
            date(2026, 11, 16),
            sets=(s(SQUAT, 3, 110, 1), s(SQUAT, 3, 110, 5, n=2)),  # the second set is not a hard set
            status=done,
            duration_s=3000,
            rpe=7,
        )
    )
    sessions.create(run(date(2026, 11, 18), km=8, status=Status.SKIPPED))
    unmarked = sessions.create(run(date(2026, 11, 19), km=6))  # still planned, its day passed
    sessions.create(
        lift(
            date(2026, 11, 23),
            sets=(
                s(SQUAT, 5, 105, 2, target_reps=5, target_load_kg=105, target_rir=2),
                s(SQUAT, 1, 120, 0, n=2),
                s(DEADLIFT, 5, 140, 3, n=3),
            ),
            status=done,
            duration_s=3600,
            rpe=8,
        )
    )
    sessions.create(run(date(2026, 11, 24), km=5, status=done, duration_s=1800, rpe=5))
    sessions.create(run(date(2026, 11, 27), km=8))
    sessions.create(lift(date(2026, 12, 1), sets=(LiftSet(SQUAT, 1, 0, 5, 110, 2),)))
    add_race(RACE)
    return {"unmarked": unmarked.id or 0}


# ---- reading figures back


def labelled(ax: Axes, label: str) -> Line2D:
    found = [line for line in ax.get_lines() if line.get_label() == label]
    assert len(found) == 1, [line.get_label() for line in ax.get_lines()]
    return found[0]


def ydata(line: Line2D) -> list[float]:
    return [float(v) for v in np.asarray(line.get_ydata(), dtype=float)]


def xdata(line: Line2D) -> list[float]:
    return [float(v) for v in np.asarray(line.get_xdata(), dtype=float)]


def _bar_layer(ax: Axes, label: str) -> object:
    found = [a for a in (*ax.containers, *ax.collections, *ax.patches) if a.get_label() == label]
    assert len(found) == 1, [a.get_label() for a in (*ax.containers, *ax.collections, *ax.patches)]
    return found[0]


def bar_lefts(ax: Axes, label: str) -> list[float]:
    """Where each bar of the layer ``label`` starts (matplotlib date numbers)."""
    layer = _bar_layer(ax, label)
    if isinstance(layer, BarContainer):
        return [float(p.get_x()) for p in layer.patches]
    if isinstance(layer, StepPatch):
        return [float(x) for x in layer.get_data().edges[:-1]]
    assert isinstance(layer, Collection)
    if hasattr(layer, "bar_lefts"):  # chart_parts.bar_collection keeps its values (long series are one path)
        return [float(x) for x in layer.bar_lefts]
    return [float(path.vertices[:, 0].min()) for path in layer.get_paths()]


def bar_heights(ax: Axes, label: str) -> list[float]:
    """The heights of the layer ``label`` of a bar chart, however it is drawn: bars, a collection of bar
    polygons, or filled steps (each measured from its own baseline, so stacked layers read their own values)."""
    layer = _bar_layer(ax, label)
    if isinstance(layer, BarContainer):
        return [float(p.get_height()) for p in layer.patches]
    if isinstance(layer, StepPatch):
        data = layer.get_data()
        return [float(v) for v in np.asarray(data.values) - np.asarray(data.baseline)]
    assert isinstance(layer, Collection)
    if hasattr(layer, "bar_heights"):
        return [float(h) for h in layer.bar_heights]
    return [float(np.ptp(path.vertices[:, 1])) for path in layer.get_paths()]
