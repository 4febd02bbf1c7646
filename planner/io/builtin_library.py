"""The shipped exercise library (resources/exercises/library.json) read into domain objects.

Its own module, with no database or Qt behind it, so `runlift suggest --input` can plan a week from the
built-ins without loading peewee (issue 21); services.library keeps the database in step with it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.enums import LiftFocus, MovementPattern
from planner.resource_files import resource_path

if TYPE_CHECKING:
    from planner.domain.exercise import Exercise, Prescription


def _raw(path: Path | None) -> dict[str, Any]:
    text = (path or resource_path("exercises", "library.json")).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def shipped_version(path: Path | None = None) -> tuple[int, list[str]]:
    """The shipped library's content version and slugs: all a start needs to see that nothing changed
    (building every exercise took 11 ms of each start here)."""
    raw = _raw(path)
    return int(raw["content_version"]), [item["slug"] for item in raw["exercises"]]


def builtin_content(path: Path | None = None) -> tuple[int, list[Exercise]]:
    """The shipped library: its content version and exercises (``path`` overrides the file, for tests)."""
    from planner.domain.exercise import Exercise  # not at start: a start reads only the version (issue 21)

    raw = _raw(path)
    exercises = []
    for item in raw["exercises"]:
        exercises.append(
            Exercise(
                slug=item["slug"],
                name=item["name"],
                pattern=MovementPattern(item["pattern"]),
                focus=LiftFocus(item["focus"]),
                equipment=tuple(item["equipment"]),
                unilateral=bool(item["unilateral"]),
                primary_muscles=tuple(item["primary_muscles"]),
                secondary_muscles=tuple(item["secondary_muscles"]),
                cues=tuple(item["cues"]),
                mistakes=tuple(item["mistakes"]),
                why=item["why"],
                novice=_prescription(item["novice"], item.get("unit", "reps")),
                experienced=_prescription(item["experienced"], item.get("unit", "reps")),
                easier=tuple(item["easier"]),
                harder=tuple(item["harder"]),
                builtin=True,
            )
        )
    return int(raw["content_version"]), exercises


def _prescription(raw: dict[str, Any], unit: str) -> Prescription:
    from planner.domain.exercise import Prescription

    low, high = raw["reps"]
    sets, rir = int(raw["sets"]), int(raw["rir"])
    return Prescription(sets=sets, reps_low=int(low), reps_high=int(high), rir=rir, unit=unit)
