"""Exercises between rows and domain objects."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from planner.domain.enums import LiftFocus, MovementPattern
from planner.domain.image_refs import reference_problem
from planner.store import models as m
from planner.store.errors import NotFoundError
from planner.store.transaction import tuples

if TYPE_CHECKING:
    from planner.domain.exercise import Exercise, Prescription


def all_exercises() -> list[Exercise]:
    """The whole library with its images: two queries (a library is hundreds of rows, not millions)."""
    images: dict[int, list[str]] = defaultdict(list)
    for exercise_id, path in tuples(
        m.ExerciseImage.select(m.ExerciseImage.exercise, m.ExerciseImage.path).order_by(
            m.ExerciseImage.position, m.ExerciseImage.id
        )
    ):
        images[exercise_id].append(path)
    return [_to_domain(row, images.get(row.id, [])) for row in m.Exercise.select().order_by(m.Exercise.name)]


def get_exercise(exercise_id: int) -> Exercise:
    row = m.Exercise.get_or_none(m.Exercise.id == exercise_id)
    if row is None:
        raise NotFoundError("exercise", exercise_id)
    paths = [
        str(p)
        for (p,) in tuples(
            m.ExerciseImage.select(m.ExerciseImage.path)
            .where(m.ExerciseImage.exercise == exercise_id)
            .order_by(m.ExerciseImage.position, m.ExerciseImage.id)
        )
    ]
    return _to_domain(row, paths)


def id_by_slug() -> dict[str, int]:
    return {str(slug): int(i) for slug, i in tuples(m.Exercise.select(m.Exercise.slug, m.Exercise.id))}


def insert_exercise(exercise: Exercise, content_version: int = 0) -> int:
    return m.Exercise.insert(**_fields(exercise), content_version=content_version).execute()


def update_exercise(exercise_id: int, exercise: Exercise, **extra: object) -> None:
    fields = _fields(exercise)
    fields.pop("slug")  # a slug is an identity, never edited
    if not m.Exercise.update(**fields, **extra).where(m.Exercise.id == exercise_id).execute():
        raise NotFoundError("exercise", exercise_id)


def add_image(exercise_id: int, path: str, kind: str) -> None:
    """Raises ValueError for a reference that would leave its folder: none is ever stored."""
    problem = reference_problem(path)
    if problem:
        raise ValueError(problem)
    position = m.ExerciseImage.select().where(m.ExerciseImage.exercise == exercise_id).count()
    m.ExerciseImage.insert(exercise=exercise_id, path=path, kind=kind, position=position).execute()


def has_image(exercise_id: int, path: str) -> bool:
    return (
        m.ExerciseImage.select()
        .where((m.ExerciseImage.exercise == exercise_id) & (m.ExerciseImage.path == path))
        .exists()
    )


def _fields(exercise: Exercise) -> dict[str, object]:
    defaults = {
        level: {"sets": p.sets, "reps": [p.reps_low, p.reps_high], "rir": p.rir, "unit": p.unit}
        for level, p in (("novice", exercise.novice), ("experienced", exercise.experienced))
        if p is not None
    }
    return {
        "slug": exercise.slug,
        "name": exercise.name,
        "pattern": exercise.pattern.value,
        "focus": exercise.focus.value,
        "equipment": json.dumps(list(exercise.equipment)),
        "unilateral": exercise.unilateral,
        "primary_muscles": json.dumps(list(exercise.primary_muscles)),
        "secondary_muscles": json.dumps(list(exercise.secondary_muscles)),
        "cues": json.dumps(list(exercise.cues)),
        "mistakes": json.dumps(list(exercise.mistakes)),
        "why": exercise.why,
        "rep_min": exercise.novice.reps_low if exercise.novice else 8,
        "rep_max": exercise.novice.reps_high if exercise.novice else 12,
        "builtin": exercise.builtin,
        "hidden": exercise.hidden,
        "defaults": json.dumps(defaults),
        "easier": json.dumps(list(exercise.easier)),
        "harder": json.dumps(list(exercise.harder)),
        "edited": exercise.edited,
    }


def _prescription(raw: object) -> Prescription | None:
    from planner.domain.exercise import Prescription

    if not isinstance(raw, dict):
        return None
    low, high = raw["reps"]
    return Prescription(
        sets=int(raw["sets"]),
        reps_low=int(low),
        reps_high=int(high),
        rir=int(raw["rir"]),
        unit=str(raw.get("unit", "reps")),
    )


def _equipment(text: str) -> tuple[str, ...]:
    # rows written before migration 3 may hold a bare word rather than a JSON list
    try:
        value = json.loads(text)
    except ValueError:
        return (text,) if text else ("none",)
    return tuple(value) if isinstance(value, list) else (str(value),)


def _to_domain(row: m.Exercise, images: list[str]) -> Exercise:
    # the domain class loads with the first exercise read, not at start: a start reads only ids (issue 21)
    from planner.domain.exercise import Exercise

    defaults = json.loads(row.defaults or "{}")
    return Exercise(
        id=row.id,
        slug=row.slug,
        name=row.name,
        pattern=MovementPattern(row.pattern),
        focus=LiftFocus(row.focus),
        equipment=_equipment(row.equipment),
        unilateral=bool(row.unilateral),
        primary_muscles=tuple(json.loads(row.primary_muscles)),
        secondary_muscles=tuple(json.loads(row.secondary_muscles)),
        cues=tuple(json.loads(row.cues)),
        mistakes=tuple(json.loads(row.mistakes)),
        why=row.why,
        novice=_prescription(defaults.get("novice")),
        experienced=_prescription(defaults.get("experienced")),
        easier=tuple(json.loads(row.easier or "[]")),
        harder=tuple(json.loads(row.harder or "[]")),
        builtin=bool(row.builtin),
        hidden=bool(row.hidden),
        edited=bool(row.edited),
        images=tuple(images),
    )


def exercise_names(exercise_ids: Iterable[int]) -> dict[int, str]:
    """Names by id, for labels (charts, records) that need no more of the exercise."""
    ids = list(dict.fromkeys(exercise_ids))[:500]
    if not ids:
        return {}
    query = f"SELECT id, name FROM exercise WHERE id IN ({', '.join('?' * len(ids))})"
    return dict(m.database.execute_sql(query, ids).fetchall())


def set_hidden(exercise_id: int, hidden: bool) -> None:
    m.Exercise.update(hidden=hidden).where(m.Exercise.id == exercise_id).execute()
