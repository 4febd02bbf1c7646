from __future__ import annotations

from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase

from planner.domain.dates import EARLIEST_DAY, LATEST_DAY
from planner.domain.enums import RunType, SessionKind, Source
from planner.services import example_week, sessions
from tests.helpers import MONDAY, db_fingerprint, run


def test_the_example_week_has_what_the_issue_promises(db: SqliteDatabase) -> None:
    added = example_week.add_example_week(MONDAY + timedelta(days=3))
    assert {s.day for s in added} == {MONDAY + timedelta(days=i) for i in range(7)}
    runs = [s.run.run_type for s in added if s.run]
    assert RunType.LONG in runs
    assert RunType.INTERVALS in runs
    assert runs.count(RunType.EASY) >= 2
    assert sum(1 for s in added if s.kind is SessionKind.LIFT) == 2
    assert all(s.source is Source.EXAMPLE for s in added)


def test_the_example_respects_its_own_rules(db: SqliteDatabase) -> None:
    """No heavy legs the day before a key run (DESIGN R5): the example should teach good habits."""
    added = example_week.add_example_week(MONDAY)
    heavy_legs = [s.day for s in added if s.lift and s.lift.focus.value == "lower"]
    key_days = {s.day for s in added if s.run and s.run.run_type.is_key}
    assert heavy_legs
    for day in heavy_legs:
        assert day + timedelta(days=1) not in key_days


def test_remove_takes_only_example_sessions_wherever_they_went(db: SqliteDatabase) -> None:
    mine = sessions.create(run(MONDAY))
    added = example_week.add_example_week(MONDAY)
    sessions.move(added[0].id, date(2027, 1, 4))
    removed = example_week.remove_example_sessions()
    assert len(removed) == len(added)
    assert not example_week.has_example_sessions()
    assert [s.id for s in sessions.sessions_between(date(2020, 1, 1), date(2030, 1, 1))] == [mine.id]


def test_offer_only_to_a_new_user_and_only_once(db: SqliteDatabase) -> None:
    assert example_week.should_offer_example()
    example_week.dismiss_example_offer()
    assert not example_week.should_offer_example()


def test_no_offer_when_the_calendar_already_has_sessions(db: SqliteDatabase) -> None:
    sessions.create(run(MONDAY))
    assert not example_week.should_offer_example()


def test_removing_then_restoring_the_example_is_exact(db: SqliteDatabase) -> None:
    example_week.add_example_week(MONDAY)
    before = db_fingerprint()
    removed = example_week.remove_example_sessions()
    sessions.restore_many(removed)
    assert db_fingerprint() == before


def test_the_example_week_at_the_end_of_the_calendar_stops_at_its_last_day(db: SqliteDatabase) -> None:
    """The week of 31 Dec 2199 runs into 2200, which a restore refuses: a backup made then could never come back."""
    added = example_week.add_example_week(LATEST_DAY)
    assert added
    assert {s.day for s in added} == {LATEST_DAY - timedelta(days=1), LATEST_DAY}
    assert max(s.day for s in sessions.sessions_between(LATEST_DAY, LATEST_DAY + timedelta(days=7))) == LATEST_DAY


def test_the_example_week_at_the_start_of_the_calendar_starts_at_its_first_day(db: SqliteDatabase) -> None:
    """With Sunday-first weeks the week of 1 Jan 1900 (a Monday) starts on 31 Dec 1899."""
    added = example_week.add_example_week(EARLIEST_DAY, first_weekday=6)
    assert added
    assert min(s.day for s in added) == EARLIEST_DAY


def test_a_session_is_never_saved_or_moved_outside_the_dates_runlift_keeps(db: SqliteDatabase) -> None:
    before = db_fingerprint()
    for day in (LATEST_DAY + timedelta(days=1), EARLIEST_DAY - timedelta(days=1)):
        with pytest.raises(ValueError, match="outside the dates Runlift keeps"):
            sessions.create(run(day))
    assert db_fingerprint() == before
    kept = sessions.create(run(LATEST_DAY))
    with pytest.raises(ValueError, match="outside the dates Runlift keeps"):
        sessions.move(kept.id, LATEST_DAY + timedelta(days=1))
    with pytest.raises(ValueError, match="outside the dates Runlift keeps"):
        sessions.copy(kept.id, LATEST_DAY + timedelta(days=1))
    assert [s.day for s in sessions.sessions_between(LATEST_DAY, LATEST_DAY + timedelta(days=7))] == [LATEST_DAY]
