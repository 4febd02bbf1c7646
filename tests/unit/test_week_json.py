"""The `runlift suggest` input contract: a valid week parses; every bad field is a WeekInputError naming it."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from planner.domain.enums import (
    DistanceUnit,
    Experience,
    Intensity,
    LiftFocus,
    MassUnit,
    RacePriority,
    RunType,
    SessionKind,
    Strategy,
    TimeOfDay,
)
from planner.io.week_json import WeekInputError, parse_week
from tests.helpers import MONDAY


def valid() -> dict[str, Any]:
    return {
        "week_start": "2026-11-23",
        "profile": {"units": "kg", "experience": "intermediate", "lift_sessions_per_week": 2, "strategy": "easy_days"},
        "races": [{"date": "2027-03-20", "name": "Spring 10K", "distance_km": 10, "priority": "A"}],
        "days": [
            {"date": "2026-11-23", "runs": [{"type": "easy", "distance_km": 8, "minutes": 45, "time": "am"}]},
            {"date": "2026-11-25", "runs": [{"type": "intervals", "distance_km": 10.5}]},
            {"date": "2026-11-27", "unavailable": True},
            {"date": "2026-11-29", "runs": [{"type": "long", "distance_km": 21, "minutes": 120}]},
        ],
        "existing_lifts": [{"date": "2026-11-24", "focus": "upper", "intensity": "moderate"}],
    }


def test_a_valid_week_parses() -> None:
    week = parse_week(valid(), [])
    assert week.days == tuple(MONDAY + timedelta(days=i) for i in range(7))
    assert week.profile.mass_unit is MassUnit.KG
    assert week.profile.distance_unit is DistanceUnit.KM
    assert week.profile.experience is Experience.INTERMEDIATE
    assert week.profile.strategy is Strategy.EASY_DAYS
    assert week.profile.sessions_per_week == 2
    assert week.profile.first_weekday == 0
    assert week.unavailable == frozenset({date(2026, 11, 27)})
    (race,) = week.races
    assert (race.day, race.name, race.distance_m, race.priority) == (
        date(2027, 3, 20),
        "Spring 10K",
        10000,
        RacePriority.A,
    )
    runs = [s for s in week.sessions if s.kind is SessionKind.RUN]
    assert [(s.day, s.run.run_type) for s in runs if s.run] == [
        (date(2026, 11, 23), RunType.EASY),
        (date(2026, 11, 25), RunType.INTERVALS),
        (date(2026, 11, 29), RunType.LONG),
    ]
    assert runs[0].duration_s == 45 * 60
    assert runs[0].time_of_day is TimeOfDay.AM
    assert runs[1].run is not None
    assert runs[1].run.distance_m == 10500
    assert runs[1].duration_s is None
    assert runs[1].time_of_day is None
    lifts = [s for s in week.sessions if s.kind is SessionKind.LIFT]
    assert len(lifts) == 1
    assert lifts[0].lift is not None
    assert (lifts[0].lift.focus, lifts[0].lift.intensity) == (LiftFocus.UPPER, Intensity.MODERATE)
    ids = [s.id for s in week.sessions]
    assert len(set(ids)) == len(ids)


def test_a_minimal_week_uses_the_defaults() -> None:
    week = parse_week({"week_start": "2026-11-23"}, [])
    assert week.profile.sessions_per_week == 2
    assert week.profile.mass_unit is MassUnit.KG
    assert week.profile.experience is Experience.NOVICE
    assert week.sessions == ()
    assert week.races == ()


def test_pounds_come_with_miles_and_the_week_can_start_on_sunday() -> None:
    raw = {"week_start": "2026-11-29", "profile": {"units": "lb", "strategy": "hard_days"}}
    week = parse_week(raw, [])
    assert week.profile.mass_unit is MassUnit.LB
    assert week.profile.distance_unit is DistanceUnit.MI
    assert week.profile.strategy is Strategy.HARD_DAYS_HARD
    assert week.profile.first_weekday == 6
    assert week.days[-1] == date(2026, 12, 5)


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: object) -> Mutation:
    """Set ``value`` at a dotted path of keys and list indexes ("days.0.runs.0.type")."""

    def apply(raw: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = raw
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return apply


def _delete(path: str) -> Mutation:
    def apply(raw: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = raw
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[last]

    return apply


def _append_day(day: dict[str, Any]) -> Mutation:
    def apply(raw: dict[str, Any]) -> None:
        raw["days"].append(day)

    return apply


BAD_INPUTS: list[tuple[str, Mutation, str]] = [
    # unknown values
    ("unknown run type", _set("days.0.runs.0.type", "jog"), "days[0].runs[0].type: unknown value 'jog'"),
    ("unknown run time", _set("days.0.runs.0.time", "noon"), "days[0].runs[0].time: unknown value 'noon'"),
    ("unknown units", _set("profile.units", "stone"), "profile.units: unknown value 'stone'"),
    ("unknown experience", _set("profile.experience", "elite"), "profile.experience: unknown value 'elite'"),
    ("unknown strategy", _set("profile.strategy", "yolo"), "profile.strategy: unknown value 'yolo'"),
    ("unknown priority", _set("races.0.priority", "D"), "races[0].priority: unknown value 'D'"),
    ("unknown focus", _set("existing_lifts.0.focus", "legs"), "existing_lifts[0].focus: unknown value 'legs'"),
    ("unknown intensity", _set("existing_lifts.0.intensity", "max"), "existing_lifts[0].intensity: unknown value"),
    # dates
    ("missing week_start", _delete("week_start"), "input: missing 'week_start'"),
    ("bad week_start", _set("week_start", "23/11/2026"), "input.week_start: expected a date as YYYY-MM-DD"),
    ("bad day date", _set("days.1.date", "2026-11-31"), "days[1].date: expected a date as YYYY-MM-DD"),
    ("day before the week", _set("days.0.date", "2026-11-22"), "days[0].date: 2026-11-22 is outside the week"),
    ("day after the week", _set("days.3.date", "2026-11-30"), "days[3].date: 2026-11-30 is outside the week"),
    ("lift outside", _set("existing_lifts.0.date", "2026-12-01"), "existing_lifts[0].date: 2026-12-01 is outside"),
    ("missing lift date", _delete("existing_lifts.0.date"), "existing_lifts[0]: missing 'date'"),
    ("missing run type", _delete("days.0.runs.0.type"), "days[0].runs[0]: missing 'type'"),
    ("missing race date", _delete("races.0.date"), "races[0]: missing 'date'"),
    ("duplicate day", _append_day({"date": "2026-11-23"}), "days[4].date: 2026-11-23 is listed twice"),
    # wrong types
    ("days not a list", _set("days", {"date": "2026-11-23"}), "input.days: expected a list"),
    ("races not a list", _set("races", "none"), "input.races: expected a list"),
    ("profile not an object", _set("profile", ["kg"]), "input.profile: expected an object"),
    ("day not an object", _set("days.0", "2026-11-23"), "days[0]: expected an object"),
    ("race not an object", _set("races.0", 5), "races[0]: expected an object"),
    ("run not an object", _set("days.0.runs.0", "easy"), "days[0].runs[0]: expected an object"),
    ("lift not an object", _set("existing_lifts.0", None), "existing_lifts[0]: expected an object"),
    ("runs not a list", _set("days.0.runs", {"type": "easy"}), "days[0].runs: expected a list"),
    ("date not a string", _set("week_start", 20261123), "input.week_start: expected a string"),
    ("distance a string", _set("days.0.runs.0.distance_km", "8"), "days[0].runs[0].distance_km: expected a number"),
    ("minutes null", _set("days.0.runs.0.minutes", None), "days[0].runs[0].minutes: expected a number"),
    ("type not a string", _set("days.0.runs.0.type", 3), "days[0].runs[0].type: expected a string"),
    ("unavailable a string", _set("days.2.unavailable", "yes"), "days[2].unavailable: expected true or false"),
    ("unavailable a number", _set("days.2.unavailable", 1), "days[2].unavailable: expected true or false"),
    ("sessions a float", _set("profile.lift_sessions_per_week", 2.0), "lift_sessions_per_week: expected an integer"),
    ("race name a number", _set("races.0.name", 10), "races[0].name: expected a string"),
    # bools where numbers are expected
    ("distance true", _set("days.0.runs.0.distance_km", True), "days[0].runs[0].distance_km: expected a number"),
    ("minutes false", _set("days.0.runs.0.minutes", False), "days[0].runs[0].minutes: expected a number, got False"),
    ("race km true", _set("races.0.distance_km", True), "races[0].distance_km: expected a number, got True"),
    ("sessions true", _set("profile.lift_sessions_per_week", True), "profile.lift_sessions_per_week: expected a"),
    # out of range
    ("negative distance", _set("days.0.runs.0.distance_km", -1), "days[0].runs[0].distance_km: -1 is outside 0-500"),
    ("huge distance", _set("days.0.runs.0.distance_km", 501), "days[0].runs[0].distance_km: 501 is outside 0-500"),
    ("negative minutes", _set("days.0.runs.0.minutes", -5), "days[0].runs[0].minutes: -5 is outside 0-1440"),
    ("two days running", _set("days.0.runs.0.minutes", 1441), "days[0].runs[0].minutes: 1441 is outside 0-1440"),
    ("zero-km race", _set("races.0.distance_km", 0), "races[0].distance_km: 0 is outside 0.1-500"),
    ("nan distance", _set("days.0.runs.0.distance_km", float("nan")), "days[0].runs[0].distance_km: nan is outside"),
    ("inf minutes", _set("days.0.runs.0.minutes", float("inf")), "days[0].runs[0].minutes: inf is outside"),
    ("no sessions", _set("profile.lift_sessions_per_week", 0), "profile.lift_sessions_per_week: 0 is outside 1-3"),
    ("four sessions", _set("profile.lift_sessions_per_week", 4), "profile.lift_sessions_per_week: 4 is outside 1-3"),
    ("negative sessions", _set("profile.lift_sessions_per_week", -1), "lift_sessions_per_week: -1 is outside 1-3"),
]


@pytest.mark.parametrize(("mutate", "message"), [(m, msg) for _, m, msg in BAD_INPUTS], ids=[n for n, *_ in BAD_INPUTS])
def test_each_bad_field_is_named(mutate: Mutation, message: str) -> None:
    raw = copy.deepcopy(valid())
    parse_week(raw, [])  # the starting point is valid...
    mutate(raw)
    with pytest.raises(WeekInputError, match=re.escape(message)):  # ...and the one change is named
        parse_week(raw, [])


@pytest.mark.parametrize("raw", [None, [], "week", 3, True])
def test_the_input_must_be_an_object(raw: object) -> None:
    with pytest.raises(WeekInputError, match="must be a JSON object"):
        parse_week(raw, [])


def test_week_input_error_is_a_value_error() -> None:
    assert issubclass(WeekInputError, ValueError)


@pytest.mark.parametrize("sessions", [1, 2, 3])
def test_one_to_three_lift_sessions_are_accepted(sessions: int) -> None:
    raw = valid()
    raw["profile"]["lift_sessions_per_week"] = sessions
    assert parse_week(raw, []).profile.sessions_per_week == sessions


@pytest.mark.parametrize(("km", "minutes"), [(0, 0), (500, 1440), (0.0, 30.5)])
def test_range_ends_are_accepted(km: float, minutes: float) -> None:
    raw = valid()
    raw["days"][0]["runs"][0].update(distance_km=km, minutes=minutes)
    (first, *_) = parse_week(raw, []).sessions
    assert first.run is not None
    assert first.run.distance_m == km * 1000
    assert first.duration_s == int(minutes * 60)


def test_a_race_without_a_name_or_distance() -> None:
    raw = valid()
    raw["races"] = [{"date": "2027-03-20"}]
    (race,) = parse_week(raw, []).races
    assert race.name == "race"
    assert race.distance_m == 0
    assert race.priority is RacePriority.A
