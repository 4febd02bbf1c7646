"""Races as domain objects."""

from __future__ import annotations

from datetime import date

from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.store import models as m


def races_between(start: date, end: date) -> list[Race]:
    query = m.Race.select().where(m.Race.day.between(start, end)).order_by(m.Race.day)
    return [
        Race(id=r.id, day=r.day, name=r.name, distance_m=r.distance_m, priority=RacePriority(r.priority)) for r in query
    ]


def add_race(race: Race) -> Race:
    with m.database.atomic():
        new_id = m.Race.insert(
            day=race.day, name=race.name, distance_m=race.distance_m, priority=race.priority.value
        ).execute()
    return Race(id=new_id, day=race.day, name=race.name, distance_m=race.distance_m, priority=race.priority)


def delete_race(race_id: int) -> None:
    with m.database.atomic():
        m.Race.delete().where(m.Race.id == race_id).execute()
