"""The exercise library: built-ins kept in step with resources/, the user's own exercises and photos."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.image_refs import BUILTIN_PREFIX, USER_PREFIX, reference_problem
from planner.io.builtin_library import builtin_content, shipped_version
from planner.resource_files import resource_path
from planner.store import exercise_rows as rows
from planner.store import settings_rows
from planner.store.transaction import transaction

if TYPE_CHECKING:  # the image importer loads when a photo is added, the domain class with the first exercise read
    from planner.domain.exercise import Exercise
    from planner.io.images import ImportedImage

__all__ = ["builtin_content"]  # re-exported: callers with a database use the library through this module

CONTENT_FLAG = "library_content_version"
BUILTIN_IMAGE_PREFIX = BUILTIN_PREFIX
USER_IMAGE_PREFIX = USER_PREFIX


def sync_builtins(path: Path | None = None) -> int:
    """Bring the built-ins up to the shipped content in one transaction; returns how many rows changed.

    New built-ins are added; unchanged ones untouched; ones the user edited keep the user's text (and
    whether they are hidden is always the user's). Runs on every start and costs one flag read when
    nothing shipped has changed.
    """
    version, slugs = shipped_version(path)
    known = rows.id_by_slug()
    if settings_rows.get_flag(CONTENT_FLAG) == str(version) and all(slug in known for slug in slugs):
        return 0
    version, shipped = builtin_content(path)
    changed = 0
    with transaction():
        current = {e.slug: e for e in rows.all_exercises()}
        for exercise in shipped:
            existing = current.get(exercise.slug)
            if existing is None:
                new_id = rows.insert_exercise(exercise, content_version=version)
                rows.add_image(new_id, f"{BUILTIN_IMAGE_PREFIX}{exercise.slug}.svg", "illustration")
                changed += 1
            elif existing.builtin and not existing.edited:
                rows.update_exercise(
                    existing.id,  # type: ignore[arg-type]
                    replace(exercise, hidden=existing.hidden),
                    content_version=version,
                )
                changed += 1
        settings_rows.set_flag(CONTENT_FLAG, str(version))
    return changed


def exercises() -> list[Exercise]:
    return rows.all_exercises()


def get(exercise_id: int) -> Exercise:
    return rows.get_exercise(exercise_id)


def create(exercise: Exercise) -> Exercise:
    """A user's own exercise; its slug is made unique from its name."""
    taken = rows.id_by_slug()
    base = "user-" + "-".join(exercise.name.lower().split())[:40]
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    with transaction():
        new_id = rows.insert_exercise(replace(exercise, slug=slug, builtin=False, edited=False))
    return rows.get_exercise(new_id)


def update(exercise: Exercise) -> Exercise:
    """Save an edit; an edited built-in is marked so that later content upgrades leave it alone."""
    if exercise.id is None:
        raise ValueError("update needs a saved exercise")
    with transaction():
        before = rows.get_exercise(exercise.id)
        rows.update_exercise(
            exercise.id, replace(exercise, builtin=before.builtin, edited=before.builtin or exercise.edited)
        )
    return rows.get_exercise(exercise.id)


def set_hidden(exercise_id: int, hidden: bool) -> Exercise:
    """Built-ins are never destroyed, only hidden (DESIGN §2)."""
    with transaction():
        rows.set_hidden(exercise_id, hidden)
    return rows.get_exercise(exercise_id)


def restore_builtin(exercise_id: int, path: Path | None = None) -> Exercise:
    """Undo the user's edits to a built-in: the shipped text comes back, and it is shown again."""
    current = rows.get_exercise(exercise_id)
    if not current.builtin:
        raise ValueError(f"{current.name} is not a built-in exercise")
    version, shipped = builtin_content(path)
    original = next(e for e in shipped if e.slug == current.slug)
    with transaction():
        rows.update_exercise(exercise_id, replace(original, hidden=False, edited=False), content_version=version)
    return rows.get_exercise(exercise_id)


def add_photo(exercise_id: int, source: Path, images_dir: Path) -> ImportedImage:
    """Validate and copy a photo into the data folder, then attach it; a bad file changes nothing."""
    rows.get_exercise(exercise_id)  # fails before any file is written if the exercise is gone
    from planner.io.images import import_image

    imported = import_image(source, images_dir)
    stored = f"{USER_IMAGE_PREFIX}{imported.path.name}"
    with transaction():
        if not rows.has_image(exercise_id, stored):
            rows.add_image(exercise_id, stored, "photo")
    return imported


def image_file(stored: str, images_dir: Path) -> Path | None:
    """Where an image reference points: the shipped illustrations or the user's images folder; None for a
    reference that would leave its folder (from a hostile backup or a damaged file), which is never read."""
    if reference_problem(stored) is not None:
        return None
    if stored.startswith(BUILTIN_IMAGE_PREFIX):
        return resource_path("exercises", "images", stored.removeprefix(BUILTIN_IMAGE_PREFIX))
    return images_dir / stored.removeprefix(USER_IMAGE_PREFIX)
