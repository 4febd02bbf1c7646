"""The single profile row as a domain Profile."""

from __future__ import annotations

from planner.domain.enums import DistanceUnit, Experience, MassUnit, Strategy
from planner.domain.profile import Profile
from planner.store import models as m


def get_profile() -> Profile:
    row = m.Profile.get_or_none(m.Profile.id == 1)
    if row is None:
        return Profile()
    return Profile(
        mass_unit=MassUnit(row.mass_unit),
        distance_unit=DistanceUnit(row.distance_unit),
        experience=Experience(row.experience),
        sessions_per_week=row.sessions_per_week,
        strategy=Strategy(row.strategy),
        body_mass_kg=row.body_mass_kg,
        first_weekday=row.first_weekday,
    )


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
