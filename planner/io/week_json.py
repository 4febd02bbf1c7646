"""The `runlift suggest` JSON contract: a week in, suggestions and warnings out (README, "Suggest").

Parsing is strict: every problem is a WeekInputError naming the field, so a script gets one clear line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

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
    Strategy,
    TimeOfDay,
)
from planner.domain.exercise import Exercise
from planner.domain.profile import Profile, Race
from planner.domain.session import LiftDetails, RunDetails, Session
from planner.engine.plates import to_unit
from planner.engine.suggestion import WeekInput, WeekSuggestion

STRATEGIES = {"easy_days": Strategy.EASY_DAYS, "hard_days": Strategy.HARD_DAYS_HARD}
MAX_DISTANCE_KM = 500.0
MAX_MINUTES = 24 * 60


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


def _date(raw: dict[str, Any], key: str, where: str) -> date:
    text = _get(raw, key, where, str)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise WeekInputError(f"{where}.{key}: expected a date as YYYY-MM-DD, got {text!r}") from None


def _choice(raw: dict[str, Any], key: str, where: str, allowed: dict[str, Any], default: Any = ...) -> Any:
    value = _get(raw, key, where, str, default)
    if value is default and default is not ...:
        return default
    if value not in allowed:
        raise WeekInputError(f"{where}.{key}: unknown value {value!r} (expected one of {', '.join(allowed)})")
    return allowed[value]


def _number(raw: dict[str, Any], key: str, where: str, low: float, high: float) -> float | None:
    value = _get(raw, key, where, (int, float), None)
    if value is None:
        return None
    if not low <= value <= high:
        raise WeekInputError(f"{where}.{key}: {value} is outside {low:g}-{high:g}")
    return float(value)


def _objects(raw: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
    """The objects of a top-level list, each with the name an error message gives it ("days[2]")."""
    found = []
    for i, item in enumerate(_get(raw, key, "input", list, [])):
        if not isinstance(item, dict):
            raise WeekInputError(f"{key}[{i}]: expected an object")
        found.append((f"{key}[{i}]", item))
    return found


def _day_in(item: dict[str, Any], where: str, days: tuple[date, ...]) -> date:
    day = _date(item, "date", where)
    if day not in days:
        raise WeekInputError(f"{where}.date: {day} is outside the week {days[0]} to {days[-1]}")
    return day


def parse_week(raw: object, library: Sequence[Exercise]) -> WeekInput:
    if not isinstance(raw, dict):
        raise WeekInputError("the input must be a JSON object")
    start = _date(raw, "week_start", "input")
    days = tuple(start + timedelta(days=i) for i in range(7))
    profile_raw = _get(raw, "profile", "input", dict, {})
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
    for where, item in _objects(raw, "races"):
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
    for where, item in _objects(raw, "days"):
        day = _day_in(item, where, days)
        if day in seen:
            raise WeekInputError(f"{where}.date: {day} is listed twice")
        seen.add(day)
        if _get(item, "unavailable", where, bool, False):
            unavailable.add(day)
        for j, run in enumerate(_get(item, "runs", where, list, [])):
            sessions.append(_run(run, f"{where}.runs[{j}]", day, len(sessions), position=j))
    for where, item in _objects(raw, "existing_lifts"):
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
    return WeekInput(
        days=days,
        profile=profile,
        sessions=tuple(sessions),
        races=tuple(races),
        library=tuple(library),
        unavailable=frozenset(unavailable),
    )


def _run(raw: object, where: str, day: date, index: int, position: int = 0) -> Session:
    if not isinstance(raw, dict):
        raise WeekInputError(f"{where}: expected an object")
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
                        "rir": d.rir,
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
            lines.append(f"    {d.exercise.name}: {d.sets} x {d.reps}{unit}{load}, {d.rir} in reserve")
        lines += [f"  - {reason}" for reason in s.reasons]
    if not result.suggestions:
        lines.append("")
        lines.append("No lift sessions to add this week.")
    for w in result.warnings:
        when = f"{w.day:%a %d %b}: " if w.day else ""
        lines.append(f"! {w.rule} {when}{w.message}")
    return "\n".join(lines)
