"""Weeks as seven consecutive days starting on the user's chosen first weekday."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from planner.domain.record import Record, record
from planner.domain.session import Session

MONDAY = 0


def week_start(day: date, first_weekday: int = MONDAY) -> date:
    """The first day of the week holding ``day``; ``first_weekday`` uses date.weekday() numbers."""
    if not 0 <= first_weekday <= 6:
        raise ValueError("first_weekday must be 0 (Monday) to 6 (Sunday)")
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_days(day: date, first_weekday: int = MONDAY) -> tuple[date, ...]:
    start = week_start(day, first_weekday)
    return tuple(start + timedelta(days=i) for i in range(7))


@record
class Week(Record):
    """Seven days and their sessions, each day's list in its planned order."""

    days: tuple[date, ...]
    sessions: tuple[Session, ...]

    def __init__(self, days: tuple[date, ...], sessions: tuple[Session, ...]) -> None:
        init = object.__setattr__  # written out, not generated: see planner.domain.record
        init(self, "days", days)
        init(self, "sessions", sessions)

    @classmethod
    def of(cls, days: tuple[date, ...], sessions: Iterable[Session]) -> Week:
        ordered = sorted(sessions, key=lambda s: (s.day, s.position, s.id or 0))
        return cls(days=days, sessions=tuple(ordered))

    @property
    def start(self) -> date:
        return self.days[0]

    @property
    def end(self) -> date:
        return self.days[-1]

    def on(self, day: date) -> tuple[Session, ...]:
        return tuple(s for s in self.sessions if s.day == day)
