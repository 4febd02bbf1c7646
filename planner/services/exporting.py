"""Exports of the plan and history: an iCalendar file and CSV files, in the user's units."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from planner import __version__
from planner.domain.enums import Status
from planner.domain.session import Session
from planner.io import csv_export, ics_export
from planner.store import session_rows
from planner.store.exercise_rows import exercise_names
from planner.store.profile_rows import get_profile
from planner.store.settings_rows import get_flag, set_flag_once

DATABASE_ID_KEY = "database_id"


def database_id() -> str:
    """A random id made once per database and kept in it; calendar UIDs carry it (see ics_export)."""
    found = get_flag(DATABASE_ID_KEY)
    if found is not None:
        return found
    return set_flag_once(DATABASE_ID_KEY, uuid.uuid4().hex)


def session_span() -> tuple[date, date] | None:
    """The first and last day holding a session, or None for an empty calendar."""
    return session_rows.day_span()


def calendar_file(start: date, end: date, *, include_done: bool = False, now: datetime | None = None) -> bytes:
    """The sessions from ``start`` to ``end`` as .ics bytes: planned ones, or all with ``include_done``."""
    chosen = [s for s in session_rows.sessions_between(start, end) if include_done or s.status is Status.PLANNED]
    profile = get_profile()
    return ics_export.calendar_bytes(
        chosen,
        names=_names(chosen),
        distance_unit=profile.distance_unit,
        mass_unit=profile.mass_unit,
        database_id=database_id(),
        stamp=(now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
        app_version=__version__,
    )


def sessions_csv(start: date | None = None, end: date | None = None) -> str:
    """Every session of the span (default: all of them) as CSV."""
    return csv_export.sessions_csv(_sessions(start, end, with_sets=False), get_profile().distance_unit)


def sets_csv(start: date | None = None, end: date | None = None) -> str:
    """Every lift set of the span (default: all of them) as CSV."""
    lifts = [s for s in _sessions(start, end, with_sets=True) if s.sets]
    return csv_export.sets_csv(lifts, _names(lifts), get_profile().mass_unit)


def _sessions(start: date | None, end: date | None, *, with_sets: bool) -> list[Session]:
    span = session_span()
    if span is None:
        return []
    return session_rows.sessions_between(start or span[0], end or span[1], with_sets=with_sets)


def _names(sessions: list[Session]) -> dict[int, str]:
    ids = list(dict.fromkeys(one.exercise_id for s in sessions for one in s.sets))
    names: dict[int, str] = {}
    for i in range(0, len(ids), 500):  # exercise_names reads at most 500 at a time
        names.update(exercise_names(ids[i : i + 500]))
    return names
