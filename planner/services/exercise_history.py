"""What the lifter has done with an exercise: its history and records, and the sets of last time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from planner.domain.session import LiftSet, Session
from planner.engine.exercise_history import ExerciseHistory, exercise_history
from planner.store import exercise_rows, history_rows


def history(exercise_id: int) -> ExerciseHistory:
    """Past sessions (newest first) and records of one exercise, from the sessions marked done."""
    return exercise_history(history_rows.done_sets_of(exercise_id))


LastTime = dict[int, tuple[date, tuple[LiftSet, ...]]]  # exercise id -> (day, its sets that day)


def last_time(session: Session, exercise_ids: Iterable[int] | None = None) -> LastTime:
    """Per exercise of ``session`` (or the ids given), the day and sets of the last done session before it."""
    ids = list(exercise_ids) if exercise_ids is not None else [s.exercise_id for s in session.sets]
    return history_rows.last_sets(ids, session.day, session.position, session.id)


def names(exercise_ids: Iterable[int]) -> dict[int, str]:
    """Exercise names by id, for labels."""
    return exercise_rows.exercise_names(exercise_ids)
