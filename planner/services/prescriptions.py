"""Putting exercises into a lift session with their default dose."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from planner.domain.enums import Experience
from planner.domain.exercise import Exercise, Prescription
from planner.domain.session import LiftSet, Session

FALLBACK = Prescription(sets=3, reps_low=8, reps_high=10, rir=2)


def dose_for(exercise: Exercise, experience: Experience) -> Prescription:
    """Novices get the novice dose (R9: light, form first); everyone else the experienced one (R10)."""
    chosen = exercise.novice if experience is Experience.NOVICE else exercise.experienced
    return chosen or exercise.novice or exercise.experienced or FALLBACK


def with_exercises(session: Session, exercises: Iterable[Exercise], experience: Experience) -> Session:
    """The lift with each exercise appended as its planned sets, starting at the bottom of the rep range
    (R11 adds load only once every set reaches the top)."""
    sets = list(session.sets)
    position = max((s.position for s in sets), default=-1) + 1
    for exercise in exercises:
        if exercise.id is None:
            continue
        dose = dose_for(exercise, experience)
        for number in range(1, dose.sets + 1):
            sets.append(
                LiftSet(
                    exercise_id=exercise.id,
                    set_number=number,
                    position=position,
                    target_reps=dose.reps_low,
                    target_rir=float(dose.rir),
                )
            )
            position += 1
    return replace(session, sets=tuple(sets))
