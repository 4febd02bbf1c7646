"""One exercise's logged history in a lifter's terms: each past session's best set and e1RM, and the records.

Only what was lifted counts: sets of sessions marked done, logged with reps and a load. Warm-ups are
left out of the bests and the records (they prepare the working sets). The e1RM is Epley's, for sets of
1-10 reps, the same estimate the personal-record badges use (engine/records.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.domain.session import LiftSet
from planner.engine.records import load_key, set_e1rm


@dataclass(frozen=True, slots=True)
class PastSession:
    """One day's work on the exercise: working sets and their best (by e1RM, else the heaviest)."""

    day: date
    session_id: int
    sets: tuple[LiftSet, ...]  # the working sets as logged, in order (warm-ups left out)
    best: LiftSet | None
    e1rm_kg: float | None


@dataclass(frozen=True, slots=True)
class ExerciseRecords:
    heaviest_kg: float | None = None
    heaviest_day: date | None = None
    best_e1rm_kg: float | None = None
    best_e1rm_day: date | None = None
    reps_at_load: tuple[tuple[float, int], ...] = ()  # (load kg, most reps), heaviest loads first


@dataclass(frozen=True, slots=True)
class ExerciseHistory:
    sessions: tuple[PastSession, ...]  # newest first
    records: ExerciseRecords

    @property
    def e1rm_points(self) -> list[tuple[date, float]]:
        """(day, e1RM kg) oldest first, for the chart."""
        return [(s.day, s.e1rm_kg) for s in reversed(self.sessions) if s.e1rm_kg is not None]


def _lifted(s: LiftSet) -> bool:
    return not s.warmup and s.actual_reps is not None and s.actual_reps > 0


def best_set(sets: Iterable[LiftSet]) -> LiftSet | None:
    """The set with the highest e1RM; with none (bodyweight, > 10 reps) the heaviest, then most reps."""
    lifted = [s for s in sets if _lifted(s)]
    if not lifted:
        return None
    return max(lifted, key=lambda s: (set_e1rm(s) or 0.0, s.actual_load_kg or 0.0, s.actual_reps or 0))


def exercise_history(days: Iterable[tuple[date, int, tuple[LiftSet, ...]]], loads_shown: int = 5) -> ExerciseHistory:
    """The history from ``(day, session id, the exercise's sets that day)`` of done sessions, any order."""
    past: list[PastSession] = []
    heaviest: tuple[float, date] | None = None
    top: tuple[float, date] | None = None
    reps: dict[int, tuple[float, int]] = {}
    for day, session_id, sets in days:
        working = tuple(s for s in sets if _lifted(s))
        if not working:
            continue
        best = best_set(working)
        estimates = [e for e in (set_e1rm(s) for s in working) if e is not None]
        e1rm = max(estimates) if estimates else None
        past.append(PastSession(day, session_id, working, best, e1rm))
        for s in working:
            load = s.actual_load_kg
            if not load or load <= 0:
                continue
            if heaviest is None or (load, -day.toordinal()) > (heaviest[0], -heaviest[1].toordinal()):
                heaviest = (load, day)
            key = load_key(load)
            if s.actual_reps and s.actual_reps > reps.get(key, (load, 0))[1]:
                reps[key] = (load, s.actual_reps)
        if e1rm is not None and (top is None or e1rm > top[0] or (e1rm == top[0] and day < top[1])):
            top = (e1rm, day)
    past.sort(key=lambda p: (p.day, p.session_id), reverse=True)
    shown = tuple(reps[k] for k in sorted(reps, reverse=True)[:loads_shown])
    records = ExerciseRecords(
        heaviest_kg=heaviest[0] if heaviest else None,
        heaviest_day=heaviest[1] if heaviest else None,
        best_e1rm_kg=top[0] if top else None,
        best_e1rm_day=top[1] if top else None,
        reps_at_load=shown,
    )
    return ExerciseHistory(tuple(past), records)
