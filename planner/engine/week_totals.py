"""The numbers in the calendar footer: running volume and lifting work for a set of sessions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from planner.domain.enums import SessionKind, Status
from planner.domain.session import LiftSet, Session

# A "hard set" is a working set taken close to failure; 0-4 reps in reserve is the usual cut-off
# (Baz-Valle et al., J Hum Kinet 2022 count sets to or near failure). Sets with no RIR are counted.
HARD_SET_MAX_RIR = 4.0


class WeekTotals(NamedTuple):
    """A week's running and lifting sums, shown under the week and compared between weeks.
    A named tuple: made on every start, where a frozen dataclass costs 0.7 ms (issue 21)."""

    run_distance_m: float = 0.0
    run_duration_s: int = 0
    runs: int = 0
    lift_sessions: int = 0
    hard_sets: int = 0


def is_hard_set(lift_set: LiftSet) -> bool:
    """A working set near failure; a warm-up never is, whatever its RIR."""
    if lift_set.warmup:
        return False
    rir = lift_set.actual_rir if lift_set.logged else lift_set.target_rir
    return rir is None or rir <= HARD_SET_MAX_RIR


def week_totals(sessions: Iterable[Session]) -> WeekTotals:
    """Totals over the sessions that are planned or done; skipped ones do not count."""
    distance = 0.0
    duration = runs = lifts = hard = 0
    for session in sessions:
        if session.status is Status.SKIPPED:
            continue
        if session.kind is SessionKind.RUN:
            runs += 1
            distance += session.distance_m or 0.0
            duration += session.duration_s or 0
        elif session.kind is SessionKind.LIFT:
            lifts += 1
            hard += sum(1 for s in session.sets if is_hard_set(s))
    return WeekTotals(distance, duration, runs, lifts, hard)
