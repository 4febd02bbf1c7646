"""Exercise look-ups the calendar needs (the library issue adds the rest)."""

from __future__ import annotations

from collections.abc import Iterable

from planner.store import models as m


def exercise_names(exercise_ids: Iterable[int]) -> dict[int, str]:
    ids = list(set(exercise_ids))
    if not ids:
        return {}
    return {row.id: row.name for row in m.Exercise.select(m.Exercise.id, m.Exercise.name).where(m.Exercise.id.in_(ids))}
