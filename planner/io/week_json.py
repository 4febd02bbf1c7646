"""The `runlift suggest` JSON contract: a week in, suggestions and warnings out (README, "Suggest").

Parsing is strict: every problem is a WeekInputError naming the field, so a script gets one clear line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from planner.domain.dates import day_problem
from planner.domain.enums import (
    DistanceUnit,
    Experience,
    Intensity,
    LiftFocus,
    MassUnit,
    RacePriority,
    RunType,
    SessionKind,
    Source,
    Status,
    Strategy,
    TimeOfDay,
)
from planner.domain.exercise import Exercise
from planner.domain.profile import Profile, Race
from planner.domain.session import LiftDetails, LiftSet, RunDetails, Session
from planner.domain.units import MAX_LOAD_KG
from planner.engine.plates import to_unit
from planner.engine.suggestion import HISTORY_WEEKS, WeekInput, WeekSuggestion

STRATEGIES = {"easy_days": Strategy.EASY_DAYS, "hard_days": Strategy.HARD_DAYS_HARD}
MAX_DISTANCE_KM = 500.0
MAX_MINUTES = 24 * 60
MAX_REPS = 1000
STATUSES = {s.value: s for s in Status}
HISTORY_KINDS = {"run": SessionKind.RUN, "lift": SessionKind.LIFT, "cross": SessionKind.CROSS, "rest": SessionKind.REST}

# every key each object may hold: anything else is a mistake worth an exit 2 (a typo would be ignored)
KEYS: dict[str, set[str]] = {
    "input": {"week_start", "today", "profile", "races", "days", "existing_lifts", "history"},
    "profile": {"experience", "lift_sessions_per_week", "strategy", "units", "already_trained"},
    "race": {"date", "distance_km", "priority", "name"},
    "day": {"date", "runs", "unavailable"},
    "run": {"type", "distance_km", "minutes", "time"},
    "lift": {"date", "focus", "intensity"},
    "set": {"exercise", "reps", "load_kg", "rir"},
}
HISTORY_KEYS: dict[str, set[str]] = {
    "run": {"date", "kind", "type", "distance_km", "minutes", "time", "rpe", "status"},
    "lift": {"date", "kind", "focus", "intensity", "minutes", "time", "rpe", "status", "sets"},
    "cross": {"date", "kind", "minutes", "time", "rpe", "status"},
    "rest": {"date", "kind", "status"},
}


class WeekInputError(ValueError):
    """The input week is not valid; the message names the problem."""


def _get(raw: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
    if key not in raw:
        if default is ...:
            raise WeekInputError(f"{where}: missing '{key}'")
        return default
    value = raw[key]
    if kind in (int, float, (int, float)) and isinstance(value, bool):
        raise WeekInputError(f"{where}.{key}: expected a number, got {value!r}")
    if not isinstance(value, kind):
        raise WeekInputError(f"{where}.{key}: expected {_kind_name(kind)}, got {value!r}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "an object",
    }
    if isinstance(kind, tuple):
        return "a number"
    return names.get(kind, kind.__name__)


def _only(raw: dict[str, Any], allowed: set[str], where: str) -> None:
    """Unknown keys are refused, naming the first one (sorted, so the message does not vary)."""
    unknown = sorted(k for k in raw if k not in allowed)
    if unknown:
        raise WeekInputError(f"{where}: unknown key {unknown[0]!r} (expected one of {', '.join(sorted(allowed))})")


def _date(raw: dict[str, Any], key: str, where: str) -> date:
    text = _get(raw, key, where, str)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise WeekInputError(f"{where}.{key}: expected a date as YYYY-MM-DD, got {text!r}") from None
    problem = day_problem(day)
    if problem:
        raise WeekInputError(f"{where}.{key}: {problem}")
    return day


def _choice(raw: dict[str, Any], key: str, where: str, allowed: dict[str, Any], default: Any = ...) -> Any:
    value = _get(raw, key, where, str, default)
    if value is default and default is not ...:
        return default
    if value not in allowed:
        raise WeekInputError(f"{where}.{key}: unknown value {value!r} (expected one of {', '.join(allowed)})")
    return allowed[value]


def _number(raw: dict[str, Any], key: str, where: str, low: float, high: float, nullable: bool = False) -> float | None:
    """An optional number; ``nullable``: null is the same as leaving it out (a bodyweight set's ``load_kg``)."""
    if nullable and raw.get(key) is None:
        return None
    value = _get(raw, key, where, (int, float), None)
    if value is None:
        return None
    if not low <= value <= high:
        raise WeekInputError(f"{where}.{key}: {value} is outside {low:g}-{high:g}")
    return float(value)


def _objects(
    raw: dict[str, Any], key: str, allowed: set[str] | None = None, where: str = "input", prefix: str = ""
) -> list[tuple[str, dict[str, Any]]]:
    """The objects of a list, each with the name an error message gives it ("days[2]"), keys checked."""
    found = []
    for i, item in enumerate(_get(raw, key, where, list, [])):
        name = f"{prefix}{key}[{i}]"
        if not isinstance(item, dict):
            raise WeekInputError(f"{name}: expected an object")
        if allowed is not None:
            _only(item, allowed, name)
        found.append((name, item))
    return found


def _day_in(item: dict[str, Any], where: str, days: tuple[date, ...]) -> date:
    day = _date(item, "date", where)
    if day not in days:
        raise WeekInputError(f"{where}.date: {day} is outside the week {days[0]} to {days[-1]}")
    return day


def parse_week(raw: object, library: Sequence[Exercise]) -> WeekInput:
    if not isinstance(raw, dict):
        raise WeekInputError("the input must be a JSON object")
    _only(raw, KEYS["input"], "input")
    start = _date(raw, "week_start", "input")
    days = tuple(start + timedelta(days=i) for i in range(7))
    today = _date(raw, "today", "input") if "today" in raw else None
    profile_raw = _get(raw, "profile", "input", dict, {})
    _only(profile_raw, KEYS["profile"], "profile")
    sessions_per_week = _get(profile_raw, "lift_sessions_per_week", "profile", int, 2)
    if not 1 <= sessions_per_week <= 3:
        raise WeekInputError(f"profile.lift_sessions_per_week: {sessions_per_week} is outside 1-3 (DESIGN R1)")
    units = _choice(profile_raw, "units", "profile", {"kg": MassUnit.KG, "lb": MassUnit.LB}, MassUnit.KG)
    profile = Profile(
        mass_unit=units,
        distance_unit=DistanceUnit.KM if units is MassUnit.KG else DistanceUnit.MI,
        experience=_choice(profile_raw, "experience", "profile", {e.value: e for e in Experience}, Experience.NOVICE),
        sessions_per_week=sessions_per_week,
        strategy=_choice(profile_raw, "strategy", "profile", STRATEGIES, Strategy.EASY_DAYS),
        first_weekday=start.weekday(),
    )
    races = []
    for where, item in _objects(raw, "races", KEYS["race"]):
        km = _number(item, "distance_km", where, 0.1, MAX_DISTANCE_KM)
        races.append(
            Race(
                day=_date(item, "date", where),
                name=_get(item, "name", where, str, "") or "race",
                distance_m=(km or 0.0) * 1000,
                priority=_choice(item, "priority", where, {p.value: p for p in RacePriority}, RacePriority.A),
            )
        )
    sessions: list[Session] = []
    unavailable: set[date] = set()
    seen: set[date] = set()
    for where, item in _objects(raw, "days", KEYS["day"]):
        day = _day_in(item, where, days)
        if day in seen:
            raise WeekInputError(f"{where}.date: {day} is listed twice")
        seen.add(day)
        if _get(item, "unavailable", where, bool, False):
            unavailable.add(day)
        for j, run in enumerate(_get(item, "runs", where, list, [])):
            sessions.append(_run(run, f"{where}.runs[{j}]", day, len(sessions), position=j))
    for where, item in _objects(raw, "existing_lifts", KEYS["lift"]):
        day = _day_in(item, where, days)
        sessions.append(
            Session(
                day=day,
                kind=SessionKind.LIFT,
                position=sum(1 for s in sessions if s.day == day),
                lift=LiftDetails(
                    focus=_choice(item, "focus", where, {f.value: f for f in LiftFocus}),
                    intensity=_choice(item, "intensity", where, {x.value: x for x in Intensity}),
                ),
                id=len(sessions) + 1,
            )
        )
    # the engine reads the same weeks of history as the app does from its database, so both agree
    oldest = start - timedelta(weeks=HISTORY_WEEKS)
    history = [s for s in _history(raw, start, library, first_id=len(sessions) + 1) if s.day >= oldest]
    return WeekInput(
        days=days,
        profile=profile,
        sessions=tuple(sessions),
        races=tuple(races),
        history=tuple(history),
        library=tuple(library),
        unavailable=frozenset(unavailable),
        today=today,
        trained=_get(profile_raw, "already_trained", "profile", bool, False),
    )


def _history(raw: dict[str, Any], start: date, library: Sequence[Exercise], first_id: int) -> list[Session]:
    """The sessions before the week, as the app's database would hold them: status, RPE, minutes and,
    for lifts, the logged sets (the sets' reps, load and RIR are what was done)."""
    by_slug = {e.slug: e for e in library}
    out: list[Session] = []
    for where, item in _objects(raw, "history"):
        kind_name = _get(item, "kind", where, str)
        if kind_name not in HISTORY_KINDS:
            raise WeekInputError(f"{where}.kind: unknown value {kind_name!r} (expected one of run, lift, cross, rest)")
        _only(item, HISTORY_KEYS[kind_name], where)
        day = _date(item, "date", where)
        if day >= start:
            raise WeekInputError(f"{where}.date: {day} is not before week_start {start} (history is the past)")
        kind = HISTORY_KINDS[kind_name]
        minutes = _number(item, "minutes", where, 0.0, MAX_MINUTES) if kind is not SessionKind.REST else None
        rpe = _number(item, "rpe", where, 0.0, 10.0) if kind is not SessionKind.REST else None
        time = _choice(item, "time", where, {"am": TimeOfDay.AM, "pm": TimeOfDay.PM}, None)
        run = lift = None
        sets: list[LiftSet] = []
        if kind is SessionKind.RUN:
            km = _number(item, "distance_km", where, 0.0, MAX_DISTANCE_KM)
            run = RunDetails(
                run_type=_choice(item, "type", where, {t.value: t for t in RunType}),
                distance_m=km * 1000 if km is not None else None,
            )
        elif kind is SessionKind.LIFT:
            lift = LiftDetails(
                focus=_choice(item, "focus", where, {f.value: f for f in LiftFocus}),
                intensity=_choice(item, "intensity", where, {x.value: x for x in Intensity}),
            )
            sets = _sets(item, where, by_slug)
        out.append(
            Session(
                day=day,
                kind=kind,
                status=_choice(item, "status", where, STATUSES, Status.DONE),
                position=sum(1 for s in out if s.day == day),
                time_of_day=time,
                duration_s=int(minutes * 60) if minutes is not None else None,
                rpe=rpe,
                run=run,
                lift=lift,
                sets=tuple(sets),
                id=first_id + len(out),
            )
        )
    return out


def _sets(item: dict[str, Any], where: str, by_slug: dict[str, Exercise]) -> list[LiftSet]:
    sets: list[LiftSet] = []
    numbers: dict[int, int] = {}
    for name, raw_set in _objects(item, "sets", KEYS["set"], where, f"{where}."):
        slug = _get(raw_set, "exercise", name, str)
        exercise = by_slug.get(slug)
        if exercise is None or exercise.id is None:
            raise WeekInputError(f"{name}.exercise: unknown exercise {slug!r} (a slug of the built-in library)")
        reps = _get(raw_set, "reps", name, int)
        if isinstance(reps, bool) or not 0 <= reps <= MAX_REPS:
            raise WeekInputError(f"{name}.reps: {reps} is outside 0-{MAX_REPS}")
        load = _number(raw_set, "load_kg", name, 0.0, MAX_LOAD_KG, nullable=True)
        rir = _number(raw_set, "rir", name, 0.0, 10.0, nullable=True)
        numbers[exercise.id] = numbers.get(exercise.id, 0) + 1
        sets.append(
            LiftSet(
                exercise_id=exercise.id,
                set_number=numbers[exercise.id],
                position=len(sets),
                actual_reps=reps,
                actual_load_kg=load or None,
                actual_rir=rir,
            )
        )
    return sets


def _run(raw: object, where: str, day: date, index: int, position: int = 0) -> Session:
    if not isinstance(raw, dict):
        raise WeekInputError(f"{where}: expected an object")
    _only(raw, KEYS["run"], where)
    run_type = _choice(raw, "type", where, {t.value: t for t in RunType})
    km = _number(raw, "distance_km", where, 0.0, MAX_DISTANCE_KM)
    minutes = _number(raw, "minutes", where, 0.0, MAX_MINUTES)
    time = _choice(raw, "time", where, {"am": TimeOfDay.AM, "pm": TimeOfDay.PM}, None)
    return Session(
        day=day,
        kind=SessionKind.RUN,
        position=position,
        time_of_day=time,
        duration_s=int(minutes * 60) if minutes is not None else None,
        source=Source.MANUAL,
        run=RunDetails(run_type=run_type, distance_m=km * 1000 if km is not None else None),
        id=index + 1,
    )


def suggestion_to_json(result: WeekSuggestion, units: MassUnit) -> dict[str, Any]:
    """The output contract; loads in the profile's unit, rounded to what loads (None: bodyweight or no
    history to base a load on)."""
    return {
        "week_start": result.start.isoformat(),
        "phase": result.phase.phase.value,
        "lift_sessions_target": result.target,
        "notes": list(result.notes),
        "suggestions": [
            {
                "date": s.day.isoformat(),
                "focus": s.focus.value,
                "intensity": s.intensity.value,
                "timing": s.timing.value,
                "time": s.time_of_day.value if s.time_of_day else None,
                "minutes": s.duration_min,
                "exercises": [
                    {
                        "name": d.exercise.name,
                        "slug": d.exercise.slug,
                        "sets": d.sets,
                        "reps": d.reps,
                        "rep_range": [d.reps_low, d.reps_high],
                        "unit": d.unit,
                        "rir": None if d.unit == "contacts" else d.rir,
                        "load": round(to_unit(d.load_kg, units), 2) if d.load_kg is not None else None,
                        "load_unit": units.value,
                        "note": d.note,
                    }
                    for d in s.exercises
                ],
                "reasons": list(s.reasons),
                "alternatives": [d.isoformat() for d in s.alternatives],
            }
            for s in result.suggestions
        ],
        "warnings": [
            {"date": w.day.isoformat() if w.day else None, "rule": w.rule, "message": w.message}
            for w in result.warnings
        ],
    }


def suggestion_as_text(result: WeekSuggestion, units: MassUnit) -> str:
    lines = [f"Week of {result.start:%a %d %b %Y}: {result.phase.phase.label} phase"]
    lines += [f"  {note}" for note in result.notes]
    for s in result.suggestions:
        lines.append("")
        lines.append(f"{s.day:%a %d %b}  {s.intensity.value} {s.focus.value} ({s.timing.label}, ~{s.duration_min} min)")
        for d in s.exercises:
            load = f" @ {to_unit(d.load_kg, units):g} {units.value}" if d.load_kg is not None else ""
            unit = {"seconds": " s", "contacts": " contacts"}.get(d.unit, "")
            effort = {
                "seconds": "stop before form fades",
                "contacts": "every contact quick and light",
            }.get(d.unit, f"{d.rir} in reserve")
            lines.append(f"    {d.exercise.name}: {d.sets} x {d.reps}{unit}{load}, {effort}")
        lines += [f"  - {reason}" for reason in s.reasons]
    if not result.suggestions:
        lines.append("")
        lines.append("No lift sessions to add this week.")
    for w in result.warnings:
        when = f"{w.day:%a %d %b}: " if w.day else ""
        lines.append(f"! {w.rule} {when}{w.message}")
    return "\n".join(lines)
