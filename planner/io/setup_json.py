"""The ``runlift setup --input`` document: the set-up window's answers as JSON, checked strictly.

Every key is known or refused by name (a typo must not pass silently), every value is checked against the
domain, and the first problem is reported as one sentence naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from planner.domain.dates import LATEST_DAY, day_problem
from planner.domain.enums import DistanceUnit, Experience, MassUnit, RacePriority, RunType, Strategy, TimeOfDay
from planner.domain.profile import Profile, Race
from planner.domain.usual_week import USUAL_RUN_TYPES, UsualRun, UsualWeek

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TOP_KEYS = {"profile", "usual_week", "race", "weeks", "unavailable"}
PROFILE_KEYS = {"experience", "lift_sessions_per_week", "strategy", "units", "distance_unit", "first_weekday",
                "body_mass_kg"}  # fmt: skip
RUN_KEYS = {"weekday", "type", "distance_km", "time"}
RACE_KEYS = {"name", "date", "distance_km", "priority"}
MAX_WEEKS = 52
E = TypeVar("E", bound=StrEnum)


class SetupInputError(ValueError):
    """A one-sentence problem with the document, naming the field."""


@dataclass(frozen=True, slots=True)
class SetupDocument:
    profile: Profile
    usual_week: UsualWeek
    race: Race | None
    weeks: int


def parse_setup(raw: object, base: Profile | None = None) -> SetupDocument:
    """The checked answers; ``base`` gives the profile values the document leaves out."""
    top = _object(raw, "the input")
    _known(top, TOP_KEYS, "the input")
    profile = _profile(top.get("profile", {}), base or Profile())
    runs = _list(top.get("usual_week", []), "usual_week")
    usual: dict[int, UsualRun] = {}
    for n, item in enumerate(runs):
        where = f"usual_week[{n}]"
        entry = _object(item, where)
        _known(entry, RUN_KEYS, where)
        weekday = _weekday(entry.get("weekday"), f"{where}.weekday")
        if weekday in usual:
            raise SetupInputError(f"{where}.weekday: {WEEKDAYS[weekday]} has a run already (one per day)")
        kind = _choice(entry.get("type"), f"{where}.type", RunType, allowed=USUAL_RUN_TYPES)
        km = entry.get("distance_km")
        metres = None if km is None else _number(km, f"{where}.distance_km", 0.1, 200.0) * 1000
        when = entry.get("time")
        usual[weekday] = UsualRun(kind, metres, None if when is None else _choice(when, f"{where}.time", TimeOfDay))
    off = frozenset(
        _weekday(d, f"unavailable[{n}]") for n, d in enumerate(_list(top.get("unavailable", []), "unavailable"))
    )
    if off & set(usual):
        day = WEEKDAYS[min(off & set(usual))]
        raise SetupInputError(f"unavailable: {day} has a usual run")
    race = None if top.get("race") is None else _race(top["race"])
    weeks = top.get("weeks", 4)
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= MAX_WEEKS:
        raise SetupInputError(f"weeks: expected a whole number from 1 to {MAX_WEEKS}")
    return SetupDocument(profile, UsualWeek(usual, off), race, weeks)


def _profile(raw: object, base: Profile) -> Profile:
    given = _object(raw, "profile")
    _known(given, PROFILE_KEYS, "profile")
    sessions = given.get("lift_sessions_per_week", base.sessions_per_week)
    if not isinstance(sessions, int) or isinstance(sessions, bool) or not 1 <= sessions <= 3:
        raise SetupInputError("profile.lift_sessions_per_week: expected 1, 2 or 3 (DESIGN R1)")
    mass = given.get("body_mass_kg", base.body_mass_kg)
    return Profile(
        mass_unit=_choice(given.get("units", base.mass_unit.value), "profile.units", MassUnit),
        distance_unit=_choice(
            given.get("distance_unit", base.distance_unit.value), "profile.distance_unit", DistanceUnit
        ),
        experience=_choice(given.get("experience", base.experience.value), "profile.experience", Experience),
        sessions_per_week=sessions,
        strategy=_choice(given.get("strategy", base.strategy.value), "profile.strategy", Strategy),
        body_mass_kg=None if mass is None else _number(mass, "profile.body_mass_kg", 25.0, 300.0),
        first_weekday=_weekday(given["first_weekday"], "profile.first_weekday")
        if "first_weekday" in given
        else base.first_weekday,
    )


def _race(raw: object) -> Race:
    given = _object(raw, "race")
    _known(given, RACE_KEYS, "race")
    name = given.get("name", "")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise SetupInputError("race.name: expected a name of 1 to 200 characters")
    text = given.get("date")
    try:
        day = date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        day = None
    if day is None or not day.year >= 1990 or day_problem(day):  # 2200 is past the last day Runlift keeps
        raise SetupInputError(f"race.date: expected a date as YYYY-MM-DD between 1990 and {LATEST_DAY.year}")
    metres = _number(given.get("distance_km"), "race.distance_km", 0.1, 500.0) * 1000
    priority = _choice(given.get("priority", "A"), "race.priority", RacePriority)
    return Race(day=day, name=name.strip(), distance_m=metres, priority=priority)


# ---- checks that name the field
def _object(raw: object, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise SetupInputError(f"{where}: expected an object")
    return raw


def _list(raw: object, where: str) -> list[Any]:
    if not isinstance(raw, list):
        raise SetupInputError(f"{where}: expected a list")
    return raw


def _known(given: dict[str, Any], keys: set[str], where: str) -> None:
    unknown = sorted(set(given) - keys)
    if unknown:
        raise SetupInputError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(keys))})")


def _weekday(raw: object, where: str) -> int:
    if not isinstance(raw, str) or raw.lower() not in WEEKDAYS:
        raise SetupInputError(f"{where}: expected one of {', '.join(WEEKDAYS)}")
    return WEEKDAYS.index(raw.lower())


def _number(raw: object, where: str, low: float, high: float) -> float:
    if not isinstance(raw, int | float) or isinstance(raw, bool) or not low <= raw <= high:
        raise SetupInputError(f"{where}: expected a number from {low:g} to {high:g}")
    return float(raw)


def _choice(raw: object, where: str, kind: type[E], allowed: tuple[E, ...] | None = None) -> E:
    options = allowed if allowed is not None else tuple(kind)
    for option in options:
        if raw == option.value:
            return option
    raise SetupInputError(f"{where}: expected one of {', '.join(o.value for o in options)}")
