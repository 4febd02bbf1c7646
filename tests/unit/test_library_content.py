"""The shipped library is complete and consistent (resources/exercises/library.json)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from planner.domain.enums import MovementPattern
from planner.domain.exercise import EQUIPMENT, MUSCLES
from planner.resource_files import resource_path
from planner.services.library import builtin_content

RAW = json.loads(resource_path("exercises", "library.json").read_text(encoding="utf-8"))
VERSION, SHIPPED = builtin_content()
SLUGS = {e.slug for e in SHIPPED}


def test_enough_exercises_for_every_need() -> None:
    assert len(SHIPPED) >= 45
    patterns = Counter(e.pattern for e in SHIPPED)
    for pattern in MovementPattern:
        assert patterns[pattern] >= 1, pattern
    bodyweight = [e for e in SHIPPED if e.bodyweight]
    assert len(bodyweight) >= 15  # a runner without a gym still has a full programme


def test_names_and_slugs_are_unique() -> None:
    assert len(SLUGS) == len(SHIPPED)
    assert len({e.name.lower() for e in SHIPPED}) == len(SHIPPED)


@pytest.mark.parametrize("exercise", SHIPPED, ids=lambda e: e.slug)
def test_every_exercise_is_complete(exercise) -> None:  # type: ignore[no-untyped-def]
    assert exercise.name.strip() == exercise.name
    assert 3 <= len(exercise.cues) <= 5
    assert 1 <= len(exercise.mistakes) <= 4
    assert len(exercise.why) > 20
    assert exercise.primary_muscles
    assert set(exercise.primary_muscles) <= set(MUSCLES)
    assert set(exercise.secondary_muscles) <= set(MUSCLES)
    assert not set(exercise.primary_muscles) & set(exercise.secondary_muscles)
    assert set(exercise.equipment) <= set(EQUIPMENT)
    for dose in (exercise.novice, exercise.experienced):
        assert dose is not None
        assert 1 <= dose.sets <= 5
        assert 0 < dose.reps_low <= dose.reps_high
        assert 0 <= dose.rir <= 4
    assert exercise.novice.rir >= exercise.experienced.rir  # novices stay further from failure (R9)
    assert set(exercise.easier) | set(exercise.harder) <= SLUGS, "variants must name exercises in the library"
    assert exercise.slug not in exercise.easier + exercise.harder
    assert resource_path("exercises", "images", f"{exercise.slug}.svg").is_file()


def test_the_runner_staples_are_there() -> None:
    for slug in (
        "back-squat",
        "romanian-deadlift",
        "hip-thrust",
        "bulgarian-split-squat",
        "step-up",
        "single-leg-rdl",
        "straight-knee-calf-raise",
        "bent-knee-calf-raise",
        "tibialis-raise",
        "pogo-hops",
        "box-jump",
        "pallof-press",
        "dead-bug",
        "copenhagen-plank",
        "push-up",
        "pull-up",
    ):
        assert slug in SLUGS


def test_the_content_is_versioned() -> None:
    assert VERSION == RAW["content_version"] >= 1


def test_holds_count_seconds_and_plyometrics_count_contacts() -> None:
    by_slug = {e.slug: e for e in SHIPPED}
    assert str(by_slug["front-plank"].novice).startswith(f"{by_slug['front-plank'].novice.sets} x ")
    assert " s, " in str(by_slug["front-plank"].novice)
    assert "contacts" in str(by_slug["pogo-hops"].experienced)
    assert str(by_slug["back-squat"].experienced) == "4 x 4-6 reps, 2 in reserve"
