"""The single profile row as a domain Profile."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from planner.domain.enums import DistanceUnit, Experience, MassUnit, Strategy
from planner.domain.profile import Profile
from planner.store import models as m

_PROFILE = (
    'SELECT "mass_unit", "distance_unit", "experience", "sessions_per_week", "strategy", "body_mass_kg", '
    '"first_weekday" FROM "profile" WHERE "id" = 1'
)


def get_profile() -> Profile:
    """The saved profile. A preference another program left unreadable (a unit the app does not know, a week
    start of 9, text for a number) reads as its default, which Settings shows and saves again; the domain's own
    checks decide what is readable. Training data is stricter: a wrong session row is an UnreadableRowError."""
    # plain SQL, as settings_rows.get_flag: read twice before the window's first paint (issue 21)
    row = m.database.execute_sql(_PROFILE).fetchone()
    profile = Profile()
    if row is None:
        return profile
    for (name, read), value in zip(_FIELDS, row, strict=True):
        with contextlib.suppress(TypeError, ValueError):
            profile = replace(profile, **{name: read(value)})
    return profile


def _whole(value: object) -> int:
    if not isinstance(value, int):
        raise TypeError(f"{value!r} is not a whole number")
    return value


def _mass(value: object) -> float | None:
    if value is not None and not isinstance(value, int | float):
        raise TypeError(f"{value!r} is not a number")
    return None if value is None else float(value)


_FIELDS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("mass_unit", MassUnit),
    ("distance_unit", DistanceUnit),
    ("experience", Experience),
    ("sessions_per_week", _whole),
    ("strategy", Strategy),
    ("body_mass_kg", _mass),
    ("first_weekday", _whole),
)  # in _PROFILE's order


def save_profile(profile: Profile) -> None:
    with m.database.atomic():
        m.Profile.insert(
            id=1,
            mass_unit=profile.mass_unit.value,
            distance_unit=profile.distance_unit.value,
            experience=profile.experience.value,
            sessions_per_week=profile.sessions_per_week,
            strategy=profile.strategy.value,
            body_mass_kg=profile.body_mass_kg,
            first_weekday=profile.first_weekday,
        ).on_conflict_replace().execute()
