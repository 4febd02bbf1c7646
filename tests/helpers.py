"""Builders for domain objects and a whole-database fingerprint for "exactly as before" checks."""

from __future__ import annotations

import sqlite3
from datetime import date

from planner.domain.enums import Intensity, LiftFocus, RunType, SessionKind, Status
from planner.domain.session import LiftDetails, LiftSet, RunDetails, Session
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
