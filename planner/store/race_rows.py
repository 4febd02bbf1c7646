"""Races as domain objects."""

from __future__ import annotations

from datetime import date

from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.store import models as m
from planner.store.errors import NotFoundError


def races_between(start: date, end: date) -> list[Race]:
    query = m.Race.select().where(m.Race.day.between(start, end)).order_by(m.Race.day)
    return [
        Race(id=r.id, day=r.day, name=r.name, distance_m=r.distance_m, priority=RacePriority(r.priority)) for r in query
    ]


def add_race(race: Race) -> Race:
    """Insert ``race``; one with an id (a deleted race brought back by Undo) keeps it."""
    with m.database.atomic():
        fields = {"day": race.day, "name": race.name, "distance_m": race.distance_m, "priority": race.priority.value}
        new_id = m.Race.insert(**fields, **({"id": race.id} if race.id is not None else {})).execute()
    return Race(id=new_id, day=race.day, name=race.name, distance_m=race.distance_m, priority=race.priority)


def delete_race(race_id: int) -> None:
    with m.database.atomic():
        m.Race.delete().where(m.Race.id == race_id).execute()


def update_race(race: Race) -> Race:
    """Save ``race`` over the row with its id; a race deleted meanwhile is an error, not a silent no-op."""
    if race.id is None:
        raise ValueError("only a saved race can be changed")
    with m.database.atomic():
        changed = (
            m.Race.update(day=race.day, name=race.name, distance_m=race.distance_m, priority=race.priority.value)
            .where(m.Race.id == race.id)
            .execute()
        )
    if not changed:
        raise NotFoundError("race", race.id)
    return race


def get_race(race_id: int) -> Race | None:
    row = m.Race.get_or_none(m.Race.id == race_id)
    if row is None:
        return None
    return Race(id=row.id, day=row.day, name=row.name, distance_m=row.distance_m, priority=RacePriority(row.priority))
