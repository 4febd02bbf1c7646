"""The single profile row as a domain Profile."""

from __future__ import annotations

from planner.domain.enums import DistanceUnit, Experience, MassUnit, Strategy
from planner.domain.profile import Profile
from planner.store import models as m

_PROFILE = (
    'SELECT "mass_unit", "distance_unit", "experience", "sessions_per_week", "strategy", "body_mass_kg", '
    '"first_weekday" FROM "profile" WHERE "id" = 1'
)


def get_profile() -> Profile:
    # plain SQL, as settings_rows.get_flag: read twice before the window's first paint (issue 21)
    row = m.database.execute_sql(_PROFILE).fetchone()
    if row is None:
        return Profile()
    mass, distance, experience, per_week, strategy, body_mass, first_weekday = row
    defaults = Profile()
    return Profile(
        mass_unit=MassUnit(mass),
        distance_unit=DistanceUnit(distance),
        experience=Experience(experience),
        sessions_per_week=_whole(per_week, defaults.sessions_per_week),
        strategy=Strategy(strategy),
        body_mass_kg=float(body_mass) if isinstance(body_mass, int | float) else None,
        first_weekday=_whole(first_weekday, defaults.first_weekday),
    )


def _whole(value: object, default: int) -> int:
    """A stored whole number, or the default when another program left something else in the column."""
    return value if isinstance(value, int) else default


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
