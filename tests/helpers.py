"""Builders for domain objects and a whole-database fingerprint for "exactly as before" checks."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from planner.domain.enums import Experience, Intensity, LiftFocus, RunType, SessionKind, Status
from planner.domain.exercise import Exercise
from planner.domain.profile import Profile, Race
from planner.domain.session import LiftDetails, LiftSet, RunDetails, Session
from planner.engine.suggestion import WeekInput, WeekSuggestion
from planner.store import models as m

MONDAY = date(2026, 11, 23)


def run(day: date = MONDAY, run_type: RunType = RunType.EASY, km: float = 8.0, **extra: object) -> Session:
    return Session(day=day, kind=SessionKind.RUN, run=RunDetails(run_type=run_type, distance_m=km * 1000), **extra)


def lift(
    day: date = MONDAY,
    focus: LiftFocus = LiftFocus.LOWER,
    intensity: Intensity = Intensity.HEAVY,
    sets: tuple[LiftSet, ...] = (),
    **extra: object,
) -> Session:
    return Session(
        day=day, kind=SessionKind.LIFT, lift=LiftDetails(focus=focus, intensity=intensity), sets=sets, **extra
    )


def rest(day: date = MONDAY, status: Status = Status.PLANNED) -> Session:
    return Session(day=day, kind=SessionKind.REST, status=status)


def exercise(slug: str = "back-squat", name: str = "Back squat") -> int:
    return m.Exercise.insert(slug=slug, name=name, pattern="squat", focus="lower").execute()


def fingerprint(connection: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted: two equal fingerprints mean the same data."""
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def db_fingerprint() -> dict[str, list[tuple[object, ...]]]:
    return fingerprint(m.database.connection())


# --- the suggestion engine: a week as WeekInput, suggestions as saved sessions for check_rules ---


def day(n: int) -> date:
    """MONDAY + n days: day(0) is Monday 23 Nov 2026, day(6) Sunday, day(-1) the Sunday before."""
    return MONDAY + timedelta(days=n)


WEEK = tuple(day(i) for i in range(7))


@cache
def builtin_library() -> tuple[Exercise, ...]:
    """The shipped exercise library with ids, as the engine sees it from the database."""
    from planner.services.library import builtin_content

    _, exercises = builtin_content()
    return tuple(replace(e, id=i + 1) for i, e in enumerate(exercises))


def week_input(
    *sessions: Session,
    profile: Profile | None = None,
    races: tuple[Race, ...] = (),
    unavailable: tuple[date, ...] = (),
    history: tuple[Session, ...] = (),
    trained: bool = True,
) -> WeekInput:
    """The week of MONDAY. Sessions before Monday go to history; ids and per-day positions are given
    in order (runs first when they are listed first), as the store would. ``trained``: the lifter came in
    already trained (Settings), so a week with no lifting history is not a form-first start (R9)."""
    numbered: list[Session] = []
    per_day: dict[date, int] = {}
    for i, s in enumerate([*history, *sessions], start=1):
        position = per_day.get(s.day, 0)
        per_day[s.day] = position + 1
        numbered.append(replace(s, id=s.id if s.id is not None else 1000 + i, position=position))
    return WeekInput(
        days=WEEK,
        profile=profile or Profile(experience=Experience.INTERMEDIATE),
        sessions=tuple(s for s in numbered if s.day >= MONDAY),
        races=races,
        history=tuple(s for s in numbered if s.day < MONDAY),
        library=builtin_library(),
        unavailable=frozenset(unavailable),
        trained=trained,
    )


def suggested_sessions(data: WeekInput, result: WeekSuggestion, first_id: int = 900_000) -> list[Session]:
    """The suggestions as saved sessions: ids from ``first_id``, each after that day's other sessions."""
    out = []
    for i, suggestion in enumerate(result.suggestions):
        position = sum(1 for s in (*data.history, *data.sessions) if s.day == suggestion.day) + 10
        out.append(replace(suggestion.as_session(), id=first_id + i, position=position))
    return out
