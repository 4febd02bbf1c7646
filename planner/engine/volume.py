"""Running volume across weeks: R13's warnings, R11's "hold when running jumps", R12's recovery week."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from planner.domain.enums import Intensity, RunType, Status
from planner.domain.session import Session

SINGLE_RUN_LIMIT = 1.10  # a run over 110 % of the longest of the last 30 days (Frandsen et al. 2025)
WEEK_SOFT = 0.10  # +10 % on last week
TWO_WEEK_HARD = 0.30  # +30 % over two weeks (Nielsen et al. 2014)
LOOKBACK = timedelta(days=30)


def _counted(sessions: Iterable[Session]) -> Iterable[Session]:
    return (s for s in sessions if s.run is not None and s.status is not Status.SKIPPED)


def run_distance(sessions: Iterable[Session], start: date, end: date) -> float:
    """Metres run (planned or done) from ``start`` to ``end`` inclusive."""
    return sum(s.run.distance_m or 0.0 for s in _counted(sessions) if start <= s.day <= end and s.run)


def weekly_jump(sessions: Sequence[Session], start: date) -> tuple[float | None, float | None]:
    """This week's running distance against last week's and against the week before (+0.12 = +12 %).

    A week before the records (or the plan) begin is unknown, not zero, and a week they begin in part-way
    is no baseline either (DESIGN R13): a new user's first full week is compared with nothing.
    """
    begun = min((s.day for s in sessions), default=None)

    def baseline(first: date) -> float | None:
        if begun is None or begun > first:
            return None
        return run_distance(sessions, first, first + timedelta(days=6)) or None

    week = run_distance(sessions, start, start + timedelta(days=6))
    last, before = baseline(start - timedelta(days=7)), baseline(start - timedelta(days=14))
    return (week / last - 1 if last else None, week / before - 1 if before else None)


def single_run_spikes(sessions: Sequence[Session], days: Sequence[date]) -> list[tuple[Session, float]]:
    """Runs in ``days`` longer than 110 % of the longest run of the 30 days before them."""
    runs = sorted(_counted(sessions), key=lambda s: s.day)
    spikes = []
    for run in runs:
        if run.day not in days or run.run is None or not run.run.distance_m or run.run.run_type is RunType.RACE:
            continue  # a race is the goal, not a training spike
        window = [r.run.distance_m or 0.0 for r in runs if r.run is not None and run.day - LOOKBACK <= r.day < run.day]
        longest = max(window, default=0.0)
        known = any(r.day < days[0] - timedelta(days=7) for r in runs)  # a spike needs a month to compare with
        if known and longest and run.run.distance_m > SINGLE_RUN_LIMIT * longest:
            spikes.append((run, longest))
    return spikes


def loading_streak(history: Sequence[Session], start: date, weeks: int = 8) -> int:
    """Consecutive weeks just before ``start`` that had a heavy lift: how long since a lighter week."""
    streak = 0
    for k in range(1, weeks + 1):
        lo, hi = start - timedelta(days=7 * k), start - timedelta(days=7 * k - 6)
        heavy = any(
            s.lift is not None and s.status is not Status.SKIPPED and s.lift.intensity is Intensity.HEAVY
            for s in history
            if lo <= s.day <= hi
        )
        if not heavy:
            break
        streak += 1
    return streak


def running_recovery_week(sessions: Sequence[Session], start: date) -> bool:
    """This week runs at most 85 % of the average of the three before: the runner's lighter week."""
    week = run_distance(sessions, start, start + timedelta(days=6))
    before = [
        run_distance(sessions, start - timedelta(days=7 * k), start - timedelta(days=7 * k - 6)) for k in (1, 2, 3)
    ]
    known = [b for b in before if b]
    return len(known) == 3 and week <= 0.85 * (sum(known) / 3)
