"""What a stored row may hold so that the app can read it back: every column checked against the domain.

SQLite checks types, NOT NULL, UNIQUE and foreign keys; this checks meaning: enum values, ranges, dates
Runlift can show, the JSON inside an exercise's text fields, image references that stay in their folder,
one profile row, and details that match a session's kind. A restore runs it on the scratch copy before
anything is replaced (planner/store/all_rows.py), so a backup the app cannot read is refused whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum

from planner.domain.checkin import CheckIn
from planner.domain.dates import day_problem
from planner.domain.enums import (
    DistanceUnit,
    Experience,
    ImageKind,
    Intensity,
    LiftFocus,
    MassUnit,
    MovementPattern,
    RacePriority,
    RunType,
    SessionKind,
    Source,
    Status,
    Strategy,
    TimeOfDay,
)
from planner.domain.image_refs import reference_problem
from planner.domain.laps import laps_from_json
from planner.domain.session import AVG_HR_RANGE
from planner.domain.units import MAX_LOAD_KG
from planner.domain.workout import Workout

Check = Callable[[object], str | None]

MAX_DISTANCE_M = 1_000_000.0  # 1,000 km: beyond any single session or race
MAX_DURATION_S = 7 * 24 * 3600  # a week
MAX_REPS = 1_000
MAX_POSITION = 10_000
MAX_TEXT = 1_000_000  # characters in one notes or name field


def _one_of(kind: type[StrEnum], optional: bool = False) -> Check:
    allowed = {member.value for member in kind}

    def check(value: object) -> str | None:
        if value is None and optional:
            return None
        if value in allowed:
            return None
        return f"{value!r} is not one of {', '.join(sorted(allowed))}"

    return check


def _number(low: float, high: float, optional: bool = False, whole: bool = False) -> Check:
    def check(value: object) -> str | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or (whole and not isinstance(value, int)):
            return f"{value!r} is not a {'whole ' if whole else ''}number"
        if not low <= value <= high:
            return f"{value!r} is outside {low:g} to {high:g}"
        return None

    return check


def _day(optional: bool = False) -> Check:
    def check(value: object) -> str | None:
        if value is None and optional:
            return None
        try:
            return day_problem(date.fromisoformat(str(value)))
        except ValueError:
            return f"{value!r} is not a date"

    return check


def _moment(value: object) -> str | None:
    if value is None:
        return None
    try:
        return day_problem(datetime.fromisoformat(str(value)).date())
    except ValueError:
        return f"{value!r} is not a date and time"


def _text(required: bool = False) -> Check:
    def check(value: object) -> str | None:
        if not isinstance(value, str):
            return f"{value!r} is not text"
        if required and not value.strip():
            return "is empty"
        if len(value) > MAX_TEXT:
            return f"is {len(value):,} characters, over {MAX_TEXT:,}"
        return None

    return check


def _flag(value: object) -> str | None:
    return None if value in (0, 1) else f"{value!r} is not 0 or 1"


def _json_list(value: object) -> str | None:
    try:
        parsed = json.loads(str(value))
    except ValueError:
        return f"{str(value)[:40]!r} is not a JSON list"
    if not isinstance(parsed, list) or not all(isinstance(item, str) for item in parsed):
        return "is not a JSON list of text"
    return None


def _equipment(value: object) -> str | None:
    # rows written before migration 3 may hold a bare word (planner/store/exercise_rows.py reads both)
    text = str(value)
    return _json_list(text) if text.startswith("[") else None


def _workout(value: object) -> str | None:
    if value == "":
        return None
    try:
        Workout.from_json(str(value))
    except ValueError as exc:
        return str(exc)
    return None


def _laps(value: object) -> str | None:
    try:
        laps_from_json(str(value))
    except ValueError as exc:  # JSONDecodeError included
        return f"is not a list of laps ({exc})"
    return None


def _prescriptions(value: object) -> str | None:
    try:
        parsed = json.loads(str(value))
    except ValueError:
        return f"{str(value)[:40]!r} is not a JSON object"
    if not isinstance(parsed, dict):
        return "is not a JSON object"
    for level, raw in parsed.items():
        if raw is None:
            continue
        try:
            low, high = raw["reps"]
            numbers = (raw["sets"], low, high, raw["rir"])
        except (KeyError, TypeError, ValueError):
            return f"{level} is not a prescription (sets, reps [low, high], rir)"
        if not all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_REPS for n in numbers):
            return f"{level} holds a number outside 0 to {MAX_REPS}"
        if low > high:
            return f"{level}: reps {low} to {high} run backwards"
    return None


def _image(value: object) -> str | None:
    return reference_problem(value) if isinstance(value, str) else f"{value!r} is not text"


COLUMNS: dict[str, dict[str, Check]] = {
    "profile": {
        "id": _number(1, 1, whole=True),
        "mass_unit": _one_of(MassUnit),
        "distance_unit": _one_of(DistanceUnit),
        "experience": _one_of(Experience),
        "sessions_per_week": _number(1, 3, whole=True),
        "strategy": _one_of(Strategy),
        "body_mass_kg": _number(20, 300, optional=True),
        "first_weekday": _number(0, 6, whole=True),
    },
    "session": {
        "day": _day(),
        "position": _number(0, MAX_POSITION, whole=True),
        "kind": _one_of(SessionKind),
        "status": _one_of(Status),
        "time_of_day": _one_of(TimeOfDay, optional=True),
        "duration_s": _number(0, MAX_DURATION_S, optional=True, whole=True),
        "rpe": _number(0, 10, optional=True),
        "notes": _text(),
        "source": _one_of(Source),
        "planned_day": _day(optional=True),
    },
    "run_detail": {
        "run_type": _one_of(RunType),
        "distance_m": _number(0, MAX_DISTANCE_M, optional=True),
        "avg_hr": _number(*AVG_HR_RANGE, optional=True, whole=True),
        "elevation_m": _number(0, 20_000, optional=True),
        "start_time": _moment,
        "workout": _workout,
        "planned_distance_m": _number(0, MAX_DISTANCE_M, optional=True),
        "planned_duration_s": _number(0, MAX_DURATION_S, optional=True, whole=True),
        "laps": _laps,
    },
    "lift_detail": {"focus": _one_of(LiftFocus), "intensity": _one_of(Intensity)},
    "exercise": {
        "slug": _text(required=True),
        "name": _text(required=True),
        "pattern": _one_of(MovementPattern),
        "focus": _one_of(LiftFocus),
        "equipment": _equipment,
        "unilateral": _flag,
        "primary_muscles": _json_list,
        "secondary_muscles": _json_list,
        "cues": _json_list,
        "mistakes": _json_list,
        "why": _text(),
        "rep_min": _number(1, MAX_REPS, whole=True),
        "rep_max": _number(1, MAX_REPS, whole=True),
        "builtin": _flag,
        "hidden": _flag,
        "defaults": _prescriptions,
        "easier": _json_list,
        "harder": _json_list,
        "edited": _flag,
    },
    "exercise_image": {
        "kind": _one_of(ImageKind),
        "path": _image,
        "position": _number(0, MAX_POSITION, whole=True),
    },
    "lift_set": {
        "position": _number(0, MAX_POSITION, whole=True),
        "set_number": _number(1, MAX_REPS, whole=True),
        "target_reps": _number(0, MAX_REPS, optional=True, whole=True),
        "target_load_kg": _number(0, MAX_LOAD_KG, optional=True),
        "target_rir": _number(0, 10, optional=True),
        "actual_reps": _number(0, MAX_REPS, optional=True, whole=True),
        "actual_load_kg": _number(0, MAX_LOAD_KG, optional=True),
        "actual_rir": _number(0, 10, optional=True),
    },
    "race": {
        "day": _day(),
        "name": _text(required=True),
        "distance_m": _number(1, MAX_DISTANCE_M),
        "priority": _one_of(RacePriority),
    },
    "setting": {"key": _text(required=True), "value": _text()},
    "checkin": {"day": _day()},
}

# rows that must exist, or belong together, whatever their values
CONSISTENCY = (
    ("SELECT count(*) FROM profile WHERE id = 1", lambda n: None if n == 1 else "there must be one profile row (id 1)"),
    (
        "SELECT count(*) FROM session s WHERE (s.kind = 'run') != EXISTS (SELECT 1 FROM run_detail r "
        "WHERE r.session_id = s.id)",
        lambda n: n and f"{n} sessions whose run details do not match their kind (a run needs them, others none)",
    ),
    (
        "SELECT count(*) FROM session s WHERE (s.kind = 'lift') != EXISTS (SELECT 1 FROM lift_detail d "
        "WHERE d.session_id = s.id)",
        lambda n: n and f"{n} sessions whose lift details do not match their kind (a lift needs them, others none)",
    ),
    (
        "SELECT count(*) FROM lift_set x JOIN session s ON s.id = x.session_id WHERE s.kind != 'lift'",
        lambda n: n and f"{n} lift sets belong to sessions that are not lifts",
    ),
    (
        "SELECT count(*) FROM exercise WHERE rep_min > rep_max",
        lambda n: n and f"{n} exercises have a rep range that runs backwards",
    ),
)


def first_problem(conn: sqlite3.Connection) -> str | None:
    """The first value or row the app could not read back, as ``table.column (id N): reason``; None if all
    is well. Checks the tables of today's schema (the caller has upgraded the rows to it)."""
    for table, checks in COLUMNS.items():
        columns = list(checks)
        quoted = ", ".join('"' + column + '"' for column in columns)
        query = f'SELECT rowid, {quoted} FROM "{table}"'
        for row in conn.execute(query):
            for column, value in zip(columns, row[1:], strict=True):
                problem = checks[column](value)
                if problem:
                    return f"{table}.{column} (row {row[0]}): {problem}"
    problem = _checkin_problem(conn)
    if problem:
        return problem
    for query, judge in CONSISTENCY:
        verdict = judge(conn.execute(query).fetchone()[0])
        if verdict:
            return str(verdict)
    return None


def _checkin_problem(conn: sqlite3.Connection) -> str | None:
    """Check-ins carry their own rules in the domain: build each one and let it say what is wrong."""
    query = (
        "SELECT rowid, day, sleep_hours, sleep_quality, soreness_legs, soreness_upper, energy, body_mass_kg, "
        "resting_hr, note FROM checkin"
    )
    for rowid, day, *answers in conn.execute(query):
        fields = dict(
            zip(
                ("sleep_hours", "sleep_quality", "soreness_legs", "soreness_upper", "energy", "body_mass_kg",
                 "resting_hr", "note"),
                answers,
                strict=True,
            )
        )  # fmt: skip
        try:
            CheckIn(day=date.fromisoformat(day), **fields)
        except (TypeError, ValueError) as exc:
            return f"checkin (row {rowid}): {exc}"
    return None
