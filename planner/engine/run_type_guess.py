"""A first guess at what kind of run an imported run was; the user corrects it in the session editor.

Only "long" is guessed: a watch file cannot tell tempo from easy without a plan to compare with, and
most runs are easy. A run is long when it reaches LONG_SHARE of the longest run of the previous
HISTORY_DAYS (a long run is, by habit, the week's longest; 85 % leaves room for a shorter long run in
a recovery week) and is at least MIN_LONG_M (no 5 km jog is a long run, whatever the history says).
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.enums import RunType

LONG_SHARE = 0.85
MIN_LONG_M = 10_000.0
HISTORY_DAYS = 42


def guess_run_type(distance_m: float | None, recent_distances_m: Iterable[float | None]) -> RunType:
    """LONG or EASY for a run of ``distance_m``, given the distances of the runs before it."""
    if distance_m is None or distance_m < MIN_LONG_M:
        return RunType.EASY
    longest = max((d for d in recent_distances_m if d), default=0.0)
    return RunType.LONG if distance_m >= LONG_SHARE * longest else RunType.EASY
