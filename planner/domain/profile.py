"""The runner's profile and races: what the planner needs to know about the person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.enums import DistanceUnit, Experience, MassUnit, RacePriority, Strategy


@dataclass(frozen=True, slots=True)
class Profile:
    """The runner's settings that change planning and display (units, experience, strategy)."""

    mass_unit: MassUnit = MassUnit.KG
    distance_unit: DistanceUnit = DistanceUnit.KM
    experience: Experience = Experience.NOVICE
    sessions_per_week: int = 2
    strategy: Strategy = Strategy.EASY_DAYS
    body_mass_kg: float | None = None
    first_weekday: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.sessions_per_week <= 3:
            raise ValueError("lift sessions per week must be 1 to 3 (DESIGN R1)")
        if not 0 <= self.first_weekday <= 6:
            raise ValueError("first weekday must be 0 (Monday) to 6 (Sunday)")


@dataclass(frozen=True, slots=True)
class Race:
    """A race on the calendar: the run plan builds to it and lifting tapers before it (R7, R8)."""

    day: date
    name: str
    distance_m: float
    priority: RacePriority = RacePriority.A
    id: int | None = None
