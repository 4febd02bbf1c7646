"""Races: the dates the season's phases count towards (DESIGN §3)."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.profile import Race
from planner.store import race_rows

SHOWN_AFTER = timedelta(weeks=60)


def upcoming(since: date) -> list[Race]:
    """Races from a week before ``since`` (a race just run still sets the recovery week) onwards."""
    return race_rows.races_between(since - timedelta(days=7), since + SHOWN_AFTER)


def add(race: Race) -> Race:
    if race.distance_m <= 0:
        raise ValueError("a race needs a distance")
    return race_rows.add_race(race)


def remove(race_id: int) -> None:
    race_rows.delete_race(race_id)
