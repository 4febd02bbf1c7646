"""The example week a new user is offered: easy runs, a long run, intervals and two lift days.

It follows DESIGN §3 itself: the heavy lower-body day sits after an easy run, three days before the long
run and well clear of the intervals; the upper-body day is on a run-free day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from planner.domain.dates import day_problem
from planner.domain.enums import Intensity, LiftFocus, RunType, SessionKind, Source, TimeOfDay
from planner.domain.session import LiftDetails, RunDetails, Session
from planner.domain.week import week_start
from planner.services import sessions
from planner.store import session_rows, settings_rows
from planner.store.transaction import transaction

OFFER_FLAG = "example_week_offered"


def _run(offset: int, run_type: RunType, km: float, minutes: int, notes: str = "") -> tuple[int, Session]:
    return offset, Session(
        day=date.min,
        kind=SessionKind.RUN,
        run=RunDetails(run_type=run_type, distance_m=km * 1000),
        duration_s=minutes * 60,
        time_of_day=TimeOfDay.AM,
        notes=notes,
        source=Source.EXAMPLE,
    )


def _lift(offset: int, focus: LiftFocus, intensity: Intensity, minutes: int, notes: str) -> tuple[int, Session]:
    return offset, Session(
        day=date.min,
        kind=SessionKind.LIFT,
        lift=LiftDetails(focus=focus, intensity=intensity),
        duration_s=minutes * 60,
        time_of_day=TimeOfDay.PM,
        notes=notes,
        source=Source.EXAMPLE,
    )


EXAMPLE_PLAN: tuple[tuple[int, Session], ...] = (
    _lift(0, LiftFocus.UPPER, Intensity.MODERATE, 40, "Run-free day: upper body and core."),
    _run(1, RunType.INTERVALS, 9.0, 50, "6 x 800 m at 5 km pace, 2 min jog between."),
    _run(2, RunType.EASY, 7.0, 42),
    _lift(
        2,
        LiftFocus.LOWER,
        Intensity.HEAVY,
        45,
        "After the easy run, at least 6 h later: squats, RDLs, split squats.",
    ),
    _run(3, RunType.EASY, 8.0, 48),
    _run(4, RunType.RECOVERY, 5.0, 32, "Very easy; keep it conversational."),
    _run(5, RunType.EASY, 6.0, 36),
    _run(6, RunType.LONG, 18.0, 110, "Steady, with the last 3 km a little quicker."),
)


def add_example_week(day: date, first_weekday: int = 0) -> list[Session]:
    """Add the example sessions to the week holding ``day``, after anything already there.

    A week running past the dates Runlift keeps (late December 2199) gets only its days inside them.
    """
    start = week_start(day, first_weekday)
    days = [(start + timedelta(days=offset), template) for offset, template in EXAMPLE_PLAN]
    with transaction():
        added = [sessions.create(_on(template, on)) for on, template in days if day_problem(on) is None]
        settings_rows.set_flag(OFFER_FLAG, "1")
        return added


def remove_example_sessions() -> list[Session]:
    """Remove every example session wherever it was moved to; sessions the user made stay.

    Returns what was removed, for sessions.restore_many() to undo.
    """
    with transaction():
        settings_rows.set_flag(OFFER_FLAG, "1")
        return sessions.delete_where_source(Source.EXAMPLE)


def has_example_sessions() -> bool:
    return sessions.count_by_source(Source.EXAMPLE) > 0


def should_offer_example() -> bool:
    """Offer the example only to a new user: never offered before and nothing planned yet."""
    return settings_rows.get_flag(OFFER_FLAG) is None and not session_rows.any_sessions()


def dismiss_example_offer() -> None:
    with transaction():
        settings_rows.set_flag(OFFER_FLAG, "1")


def _on(template: Session, day: date) -> Session:
    return replace(template, day=day, planned_day=day)
