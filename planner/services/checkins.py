"""Daily check-ins: save (create or edit), read, delete; each change one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from planner.domain.checkin import CheckIn
from planner.domain.dates import day_problem
from planner.store import checkin_rows
from planner.store.errors import NotFoundError
from planner.store.transaction import transaction


def save(checkin: CheckIn) -> CheckIn:
    """The day's check-in, created or replaced in one transaction; returns what was stored."""
    problem = day_problem(checkin.day)
    if problem:  # a check-in past 2199 would make every later backup one a restore refuses
        raise ValueError(problem)
    with transaction():
        return checkin_rows.upsert(checkin)


def on(day: date) -> CheckIn | None:
    return checkin_rows.checkin_on(day)


def between(start: date, end: date) -> list[CheckIn]:
    return checkin_rows.checkins_between(start, end)


def defaults_for(day: date) -> CheckIn:
    """What the check-in dialog starts from: the day's own check-in, else the last one moved to ``day``
    (answers change little from one morning to the next), else a neutral 8 h night."""
    own = checkin_rows.checkin_on(day)
    if own is not None:
        return own
    last = checkin_rows.latest_before(day)
    if last is None:
        return CheckIn(day=day, sleep_hours=8.0)
    return replace(last, day=day, note="", id=None)  # the last answers, as a new day's starting point


def delete(day: date) -> None:
    with transaction():
        if not checkin_rows.delete_on(day):
            raise NotFoundError("check-in for", day.isoformat())


def recent(day: date, days_before: int = 7) -> list[CheckIn]:
    """Check-ins from ``days_before`` days before ``day`` up to ``day``."""
    return checkin_rows.checkins_between(day - timedelta(days=days_before), day)
