from __future__ import annotations

from datetime import date

import pytest

from planner.domain.enums import DistanceUnit, Intensity, LiftFocus, RunType, SessionKind
from planner.domain.formatting import format_distance, format_duration
from planner.domain.profile import Profile
from planner.domain.session import LiftDetails, LiftSet, RunDetails, Session
from planner.domain.week import week_days, week_start
from tests.helpers import lift, run

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("first_weekday", "expected"),
    [(0, date(2026, 11, 23)), (6, date(2026, 11, 22)), (2, date(2026, 11, 25)), (3, date(2026, 11, 19))],
)
def test_week_start_honours_the_first_weekday(first_weekday: int, expected: date) -> None:
    assert week_start(WEDNESDAY, first_weekday) == expected
    days = week_days(WEDNESDAY, first_weekday)
    assert len(days) == 7
    assert days[0] == expected
    assert WEDNESDAY in days


def test_week_start_rejects_a_weekday_out_of_range() -> None:
    with pytest.raises(ValueError, match="first_weekday"):
        week_start(WEDNESDAY, 7)


def test_session_refuses_details_that_do_not_match_its_kind() -> None:
    with pytest.raises(ValueError, match="run details"):
        Session(day=WEDNESDAY, kind=SessionKind.RUN)
    with pytest.raises(ValueError, match="lift details"):
        Session(day=WEDNESDAY, kind=SessionKind.LIFT)
    with pytest.raises(ValueError, match="cannot carry run"):
        Session(day=WEDNESDAY, kind=SessionKind.REST, run=RunDetails())
    with pytest.raises(ValueError, match="cannot carry lift"):
        Session(day=WEDNESDAY, kind=SessionKind.RUN, run=RunDetails(), lift=LiftDetails())
    with pytest.raises(ValueError, match="CR-10"):
        run(rpe=11)


def test_titles_name_what_a_runner_calls_the_session() -> None:
    assert run(run_type=RunType.LONG).title == "Long run"
    assert lift(focus=LiftFocus.LOWER, intensity=Intensity.HEAVY).title == "Heavy lower-body lift"
    assert Session(day=WEDNESDAY, kind=SessionKind.REST).title == "Rest"


def test_moved_compares_the_planned_day() -> None:
    assert not run(planned_day=date(2026, 11, 23)).moved
    assert run(planned_day=date(2026, 11, 22)).moved
    assert not run().moved


def test_exercise_count_counts_distinct_exercises() -> None:
    sets = (LiftSet(exercise_id=1), LiftSet(exercise_id=1, set_number=2), LiftSet(exercise_id=2))
    assert lift(sets=sets).exercise_count == 2


def test_as_planned_clears_what_was_logged() -> None:
    done = LiftSet(exercise_id=1, id=9, target_reps=5, actual_reps=5, actual_load_kg=80, actual_rir=2)
    planned = done.as_planned()
    assert planned.id is None
    assert planned.target_reps == 5
    assert not planned.logged


def test_formatting() -> None:
    assert format_distance(18000) == "18.0 km"
    assert format_distance(1609.344, DistanceUnit.MI) == "1.0 mi"
    assert format_distance(None) == ""
    assert format_duration(2520) == "42 min"
    assert format_duration(6600) == "1 h 50"
    assert format_duration(7200) == "2 h"
    assert format_duration(None) == ""


def test_profile_bounds_follow_the_design() -> None:
    with pytest.raises(ValueError, match="1 to 3"):
        Profile(sessions_per_week=4)
    assert Profile().sessions_per_week == 2
