"""The runner's profile and races: what the planner needs to know about the person."""

from __future__ import annotations

from datetime import date

from planner.domain.enums import DistanceUnit, Experience, MassUnit, RacePriority, Strategy
from planner.domain.record import Record, record


@record
class Profile(Record):
    """The runner's settings that change planning and display (units, experience, strategy)."""

    mass_unit: MassUnit = MassUnit.KG
    distance_unit: DistanceUnit = DistanceUnit.KM
    experience: Experience = Experience.NOVICE
    sessions_per_week: int = 2
    strategy: Strategy = Strategy.EASY_DAYS
    body_mass_kg: float | None = None
    first_weekday: int = 0

    def __init__(
        self,
        mass_unit: MassUnit = MassUnit.KG,
        distance_unit: DistanceUnit = DistanceUnit.KM,
        experience: Experience = Experience.NOVICE,
        sessions_per_week: int = 2,
        strategy: Strategy = Strategy.EASY_DAYS,
        body_mass_kg: float | None = None,
        first_weekday: int = 0,
    ) -> None:
        init = object.__setattr__  # written out, not generated: see planner.domain.record
        init(self, "mass_unit", mass_unit)
        init(self, "distance_unit", distance_unit)
        init(self, "experience", experience)
        init(self, "sessions_per_week", sessions_per_week)
        init(self, "strategy", strategy)
        init(self, "body_mass_kg", body_mass_kg)
        init(self, "first_weekday", first_weekday)
        if not 1 <= self.sessions_per_week <= 3:
            raise ValueError("lift sessions per week must be 1 to 3 (DESIGN R1)")
        if not 0 <= self.first_weekday <= 6:
            raise ValueError("first weekday must be 0 (Monday) to 6 (Sunday)")


@record
class Race(Record):
    """A race on the calendar: the run plan builds to it and lifting tapers before it (R7, R8)."""

    day: date
    name: str
    distance_m: float
    priority: RacePriority = RacePriority.A
    id: int | None = None

    def __init__(
        self, day: date, name: str, distance_m: float, priority: RacePriority = RacePriority.A, id: int | None = None
    ) -> None:
        init = object.__setattr__
        init(self, "day", day)
        init(self, "name", name)
        init(self, "distance_m", distance_m)
        init(self, "priority", priority)
        init(self, "id", id)
