"""The .ics export parses back, carries every required property, and keeps UIDs stable."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar
from peewee import SqliteDatabase

from planner.domain.enums import DistanceUnit, MassUnit
from planner.domain.profile import Profile
from planner.services import exporting
from planner.store import models as m
from planner.store.profile_rows import save_profile
from tests.helpers import MONDAY
from tests.unit.export_data import sample_plan

WEEK_END = MONDAY + timedelta(days=6)
STAMP = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def events(data: bytes) -> list:  # type: ignore[type-arg]
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Runlift//")
    return list(calendar.walk("VEVENT"))


def test_planned_sessions_by_default_each_with_the_required_properties(db: SqliteDatabase) -> None:
    sample_plan()
    found = events(exporting.calendar_file(MONDAY, WEEK_END, now=STAMP))
    assert [str(e["SUMMARY"]) for e in found] == [
        "Easy run 8 km",
        "Heavy lower-body lift",
        "Intervals 10.5 km",
        "Rest",
    ]
    for event in found:
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert name in event, name
        assert event.decoded("DTSTAMP") == STAMP


def test_include_done_marks_done_and_skipped(db: SqliteDatabase) -> None:
    sample_plan()
    found = events(exporting.calendar_file(MONDAY, WEEK_END, include_done=True, now=STAMP))
    summaries = {str(e["SUMMARY"]): e for e in found}
    assert len(found) == 6
    assert str(summaries["Long run 21.1 km (skipped)"]["STATUS"]) == "CANCELLED"
    assert str(summaries["Heavy lower-body lift (done)"]["STATUS"]) == "CONFIRMED"


def test_uids_are_stable_across_exports_and_distinct_across_sessions(db: SqliteDatabase) -> None:
    plan = sample_plan()
    first = [str(e["UID"]) for e in events(exporting.calendar_file(MONDAY, WEEK_END, include_done=True))]
    second = [str(e["UID"]) for e in events(exporting.calendar_file(MONDAY, WEEK_END, include_done=True))]
    assert first == second
    assert len(set(first)) == len(plan)
    database_id = exporting.database_id()
    assert all(uid.endswith(f"-{database_id}@runlift") for uid in first)
    assert m.Setting.get_by_id(exporting.DATABASE_ID_KEY).value == database_id


def test_another_database_gives_other_uids(db: SqliteDatabase) -> None:
    sample_plan()
    first = {str(e["UID"]) for e in events(exporting.calendar_file(MONDAY, WEEK_END))}
    m.Setting.delete().where(m.Setting.key == exporting.DATABASE_ID_KEY).execute()
    second = {str(e["UID"]) for e in events(exporting.calendar_file(MONDAY, WEEK_END))}
    assert first.isdisjoint(second)


def test_all_day_without_a_time_of_day_and_timed_with_one(db: SqliteDatabase) -> None:
    sample_plan()
    found = {str(e["SUMMARY"]): e for e in events(exporting.calendar_file(MONDAY, WEEK_END, now=STAMP))}
    intervals = found["Intervals 10.5 km"]
    assert intervals.decoded("DTSTART") == MONDAY + timedelta(days=1)
    assert not isinstance(intervals.decoded("DTSTART"), datetime)
    assert intervals.decoded("DTEND") == MONDAY + timedelta(days=2)
    easy = found["Easy run 8 km"]
    assert easy.decoded("DTSTART") == datetime.combine(MONDAY, time(7, 0))
    assert easy.decoded("DTEND") == datetime.combine(MONDAY, time(7, 48))  # its 48 minutes
    lifting = found["Heavy lower-body lift"]
    assert lifting.decoded("DTSTART") == datetime.combine(MONDAY, time(18, 0))
    assert lifting.decoded("DTEND") == datetime.combine(MONDAY, time(19, 0))  # no duration: one hour


def test_descriptions_in_the_users_units(db: SqliteDatabase) -> None:
    sample_plan()
    save_profile(Profile(mass_unit=MassUnit.LB, distance_unit=DistanceUnit.MI))
    found = {str(e["SUMMARY"]): e for e in events(exporting.calendar_file(MONDAY, WEEK_END, include_done=True))}
    assert "Easy run 5 mi" in found
    lifting = str(found["Heavy lower-body lift"]["DESCRIPTION"])
    assert "Back squat: 2 x 5 x 220.5 lb @ RIR 2, 1 x 5 x 226 lb @ RIR 2" in lifting
    assert "One-arm row: 1 x 10 x 48.5 lb @ RIR 3" in lifting
    assert "Squats first, then rows" in lifting
    done = str(found["Heavy lower-body lift (done)"]["DESCRIPTION"])
    assert "Back squat: 1 x 6 x 135 lb @ RIR 1.5" in done  # what was done, not the target
    assert "Effort (session RPE): 7/10" in done
    easy = str(found["Easy run 5 mi"]["DESCRIPTION"])
    assert "Distance: 4.97 mi" in easy
    assert "Duration: 48 min" in easy


def test_an_empty_range_is_a_valid_calendar(db: SqliteDatabase) -> None:
    assert events(exporting.calendar_file(date(2000, 1, 1), date(2000, 1, 31))) == []
