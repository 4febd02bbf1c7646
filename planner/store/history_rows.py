"""Reads of one exercise's past: every done session's sets of it, and the last time before a day.

The (exercise, session) index on lift_set serves both: an exercise's whole history is a few hundred rows
even after ten years of weekly squats.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from planner.domain.session import LiftSet
from planner.store import models as m
from planner.store.session_rows import set_to_domain

_COLUMNS = """ls.id, ls.exercise_id, ls.position, ls.set_number, ls.target_reps, ls.target_load_kg, ls.target_rir,
       ls.actual_reps, ls.actual_load_kg, ls.actual_rir, ls.warmup"""
_DONE_SETS = f"""
SELECT s.day, s.id, {_COLUMNS}
FROM lift_set AS ls JOIN session AS s ON s.id = ls.session_id
WHERE ls.exercise_id = ? AND s.status = 'done' AND ls.actual_reps IS NOT NULL
ORDER BY s.day, s.position, s.id, ls.position, ls.id
"""
# the newest done session with a logged set of the exercise, before the day (or earlier that day)
_LAST_SESSION = """
SELECT s.id, s.day FROM lift_set AS ls JOIN session AS s ON s.id = ls.session_id
WHERE ls.exercise_id = ? AND s.status = 'done' AND ls.actual_reps IS NOT NULL AND s.id != ?
  AND (s.day < ? OR (s.day = ? AND s.position < ?))
ORDER BY s.day DESC, s.position DESC, s.id DESC LIMIT 1
"""
_SETS_OF_EXERCISE_IN = f"""
SELECT {_COLUMNS} FROM lift_set AS ls
WHERE ls.session_id = ? AND ls.exercise_id = ? ORDER BY ls.position, ls.id
"""

DaySets = tuple[date, int, tuple[LiftSet, ...]]


def done_sets_of(exercise_id: int) -> list[DaySets]:
    """``(day, session id, logged sets)`` of every done session holding the exercise, oldest first."""
    grouped: dict[tuple[str, int], list[LiftSet]] = defaultdict(list)
    for day, session_id, *values in m.database.execute_sql(_DONE_SETS, (exercise_id,)).fetchall():
        grouped[(day, session_id)].append(set_to_domain(values))
    return [(date.fromisoformat(day), sid, tuple(sets)) for (day, sid), sets in grouped.items()]


def last_sets(
    exercise_ids: Iterable[int], day: date, position: int = 1 << 30, session_id: int | None = None
) -> dict[int, tuple[date, tuple[LiftSet, ...]]]:
    """Per exercise, the day and sets (in order, warm-ups included) of the last done session before
    ``day`` (or before ``position`` on it) that logged it; ``session_id`` itself never counts."""
    found: dict[int, tuple[date, tuple[LiftSet, ...]]] = {}
    for exercise_id in dict.fromkeys(exercise_ids):
        iso = day.isoformat()
        row = m.database.execute_sql(_LAST_SESSION, (exercise_id, session_id or -1, iso, iso, position)).fetchone()
        if row is None:
            continue
        rows = m.database.execute_sql(_SETS_OF_EXERCISE_IN, (row[0], exercise_id)).fetchall()
        found[exercise_id] = (date.fromisoformat(row[1]), tuple(set_to_domain(list(r)) for r in rows))
    return found
