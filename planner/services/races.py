"""Races: the dates the season's phases count towards (DESIGN §3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from planner.domain.dates import day_problem
from planner.domain.profile import Race
from planner.services.errors import NotFoundError
from planner.store import race_rows
from planner.store.transaction import transaction

SHOWN_AFTER = timedelta(weeks=60)


def upcoming(since: date) -> list[Race]:
    """Races from a week before ``since`` (a race just run still sets the recovery week) onwards."""
    return race_rows.races_between(since - timedelta(days=7), since + SHOWN_AFTER)


def add(race: Race) -> Race:
    if race.distance_m <= 0:
        raise ValueError("a race needs a distance")
    _check_day(race)
    return race_rows.add_race(race)


def update(race: Race) -> Race:
    """Change a race's day, name, distance or priority (the calendar's race flag: edit, move)."""
    _check(race)
    if race.id is None:
        raise ValueError("only a saved race can be changed")
    with transaction():
        if race_rows.get_race(race.id) is None:
            raise NotFoundError("race", race.id)
        return race_rows.update_race(race)


def get(race_id: int) -> Race:
    found = race_rows.get_race(race_id)
    if found is None:
        raise NotFoundError("race", race_id)
    return found


def restore(race: Race) -> Race:
    """Bring back a removed race (Undo of a delete) with its id, or a new one when a race added since has
    taken it: SQLite gives a freed id again, and the insert failed, after which Redo deleted that other race.
    The race as stored is returned, so a Redo removes this one."""
    with transaction():
        if race.id is not None and race_rows.get_race(race.id) is not None:
            race = replace(race, id=None)
        return race_rows.add_race(race)


def remove(race_id: int) -> None:
    race_rows.delete_race(race_id)


def _check(race: Race) -> None:
    if race.distance_m <= 0:
        raise ValueError("a race needs a distance")
    if not race.name.strip():
        raise ValueError("a race needs a name")
    _check_day(race)


def _check_day(race: Race) -> None:
    """A race on a day Runlift does not keep would make every later backup one a restore refuses."""
    problem = day_problem(race.day)
    if problem:
        raise ValueError(problem)
