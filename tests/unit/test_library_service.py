"""The library: built-ins follow the shipped content without touching user edits; search and filters."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import LiftFocus, MovementPattern
from planner.domain.exercise import Exercise, LibraryFilter
from planner.services import library

MINI = Path(__file__).resolve().parents[1] / "data" / "mini_library.json"


def by_slug() -> dict[str, Exercise]:
    return {e.slug: e for e in library.exercises()}


def bumped(tmp_path: Path, edit: dict[str, object]) -> Path:
    """A later version of the mini library: the squat's text changed and one exercise added."""
    raw = json.loads(MINI.read_text())
    raw["content_version"] = 2
    raw["exercises"][0].update(edit)
    new = dict(raw["exercises"][2], slug="test-skip", name="Test skip")
    raw["exercises"].append(new)
    path = tmp_path / "library-v2.json"
    path.write_text(json.dumps(raw))
    return path


def test_sync_loads_every_builtin_once(db: SqliteDatabase) -> None:
    assert library.sync_builtins(MINI) == 3
    assert library.sync_builtins(MINI) == 0  # nothing shipped changed: nothing written
    squat = by_slug()["test-squat"]
    assert squat.builtin
    assert squat.equipment == ("barbell", "rack")
    assert str(squat.experienced) == "3 x 4-6 reps, 2 in reserve"
    assert squat.images == ("builtin:test-squat.svg",)


def test_an_upgrade_adds_and_updates_but_keeps_what_the_user_changed(db: SqliteDatabase, tmp_path: Path) -> None:
    library.sync_builtins(MINI)
    mine = library.update(replace(by_slug()["test-bridge"], cues=("My own cue",)))
    library.set_hidden(by_slug()["test-hop"].id, True)
    assert mine.edited
    library.sync_builtins(bumped(tmp_path, {"why": "Updated reason."}))
    after = by_slug()
    assert after["test-squat"].why == "Updated reason."  # untouched built-in follows the content
    assert after["test-bridge"].cues == ("My own cue",)  # edited one keeps the user's words
    assert after["test-hop"].hidden  # hiding is the user's choice
    assert "test-skip" in after


def test_restore_brings_back_the_shipped_text(db: SqliteDatabase) -> None:
    library.sync_builtins(MINI)
    bridge = by_slug()["test-bridge"]
    library.update(replace(bridge, name="Renamed bridge"))
    library.set_hidden(bridge.id, True)
    restored = library.restore_builtin(bridge.id, MINI)
    assert restored.name == "Test bridge"
    assert not restored.hidden
    assert not restored.edited


def test_user_exercises_get_their_own_slug(db: SqliteDatabase) -> None:
    made = [
        library.create(Exercise(slug="", name="Banded hinge", pattern=MovementPattern.HINGE, focus=LiftFocus.LOWER))
        for _ in range(2)
    ]
    assert [m.slug for m in made] == ["user-banded-hinge", "user-banded-hinge-2"]
    assert not made[0].builtin
    edited = library.update(replace(made[0], why="because"))
    assert not edited.edited  # only built-ins carry the "edited" mark
    with pytest.raises(ValueError, match="not a built-in"):
        library.restore_builtin(made[0].id, MINI)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (LibraryFilter(text="squat"), ["Test squat"]),  # the name (and the pattern)
        (LibraryFilter(text="heels"), ["Test bridge"]),  # a cue
        (LibraryFilter(text="calves"), ["Test hop"]),  # a muscle
        (LibraryFilter(text="GLUTES quads"), []),  # every word must match
        (LibraryFilter(pattern=MovementPattern.HINGE), ["Test bridge"]),
        (LibraryFilter(equipment="barbell"), ["Test squat"]),
        (LibraryFilter(unilateral_only=True), ["Test hop"]),
        (LibraryFilter(plyometric_only=True), ["Test hop"]),
        (LibraryFilter(focus=LiftFocus.LOWER), ["Test bridge", "Test squat"]),
    ],
)
def test_search_and_filters(db: SqliteDatabase, flt: LibraryFilter, expected: list[str]) -> None:
    library.sync_builtins(MINI)
    assert sorted(e.name for e in library.exercises() if flt.accepts(e)) == expected


def test_hidden_exercises_only_when_asked(db: SqliteDatabase) -> None:
    library.sync_builtins(MINI)
    library.set_hidden(by_slug()["test-hop"].id, True)
    assert "Test hop" not in [e.name for e in library.exercises() if LibraryFilter().accepts(e)]
    assert "Test hop" in [e.name for e in library.exercises() if LibraryFilter(show_hidden=True).accepts(e)]
