"""A small plan with every kind of session, for the export tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from planner.domain.enums import RunType, Status, TimeOfDay
from planner.domain.session import LiftSet, Session
from planner.services import sessions
from planner.store import models as m
from tests.helpers import MONDAY, exercise, lift, rest, run


def sample_plan() -> list[Session]:
    """Six sessions over a week: timed and all-day, planned, done and skipped, with logged sets."""
    # own slugs: the built-in library may be loaded beside them
    squat = exercise(slug="test-back-squat", name="Back squat")
    row = m.Exercise.insert(slug="test-one-arm-row", name="One-arm row", pattern="pull", focus="upper").execute()
    sets = (
        LiftSet(squat, 1, 0, target_reps=5, target_load_kg=100.0, target_rir=2),
        LiftSet(squat, 2, 0, target_reps=5, target_load_kg=100.0, target_rir=2),
        LiftSet(squat, 3, 0, target_reps=5, target_load_kg=102.5, target_rir=2),
        LiftSet(row, 1, 1, target_reps=10, target_load_kg=22.0, target_rir=3),
    )
    done_sets = (
        LiftSet(squat, 1, 0, target_reps=5, target_load_kg=61.235, target_rir=2, actual_reps=6,
                actual_load_kg=61.235, actual_rir=1.5),
    )  # fmt: skip
    plan = [
        replace(run(MONDAY, km=8.0), time_of_day=TimeOfDay.AM, duration_s=48 * 60, rpe=3),
        lift(MONDAY, sets=sets, time_of_day=TimeOfDay.PM, notes="Squats first, then rows"),
        run(MONDAY + timedelta(days=1), RunType.INTERVALS, km=10.5),
        replace(lift(MONDAY + timedelta(days=2), sets=done_sets), status=Status.DONE, duration_s=2700, rpe=7),
        replace(run(MONDAY + timedelta(days=3), RunType.LONG, km=21.1), status=Status.SKIPPED),
        rest(MONDAY + timedelta(days=4)),
    ]
    return [sessions.create(s) for s in plan]
