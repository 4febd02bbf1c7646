"""Plan my runs (issue 18): the usual week to race day, a taper in the last two weeks, the race on its day.

The example week is a common half-marathon build (intervals Tuesday, easy Thursday, long run Saturday, as in the
issue's set-up example); the taper caps come from DESIGN R8 (Bosquet et al., MSSE 2007: volume down 41-60 %
over about two weeks): the week before the race at most 85 % of the biggest week, race week at most 65 %.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.enums import RacePriority, RunType, TimeOfDay
from planner.domain.profile import Race
from planner.domain.usual_week import UsualRun, UsualWeek
from planner.domain.week import week_start
from planner.engine.run_plan import goal_race, plan_runs, week_distances

SUNDAY = date(2026, 12, 6)  # the new user: Sunday 6 December
HALF = Race(day=date(2027, 2, 28), name="Spring Half", distance_m=21_100, priority=RacePriority.A)
USUAL = UsualWeek(
    {
        1: UsualRun(RunType.INTERVALS, 10_000, TimeOfDay.AM),
        3: UsualRun(RunType.EASY, 8_000),
        5: UsualRun(RunType.LONG, 18_000),
    }
)


def test_every_week_to_race_day_has_its_runs_and_the_race_is_a_session_on_race_day() -> None:
    plan = plan_runs(USUAL, SUNDAY, 0, race=HALF)
    weeks = week_distances(plan.runs, 0)
    first_full = week_start(SUNDAY, 0) + timedelta(weeks=1)
    mondays = [first_full + timedelta(weeks=n) for n in range((week_start(HALF.day, 0) - first_full).days // 7 + 1)]
    assert all(weeks.get(monday, 0) > 0 for monday in mondays), "a week without runs before the race"
    on_race_day = [s for s in plan.runs if s.day == HALF.day]
    assert len(on_race_day) == 1
    assert on_race_day[0].run is not None
    assert on_race_day[0].run.run_type is RunType.RACE
    assert plan.race_session is on_race_day[0]
    assert max(s.day for s in plan.runs) == HALF.day


def test_the_last_two_weeks_taper_to_85_and_65_percent_of_the_biggest_week() -> None:
    plan = plan_runs(USUAL, SUNDAY, 0, race=HALF)
    weeks = week_distances(plan.runs, 0)  # the race itself left out
    biggest = max(weeks.values())
    assert biggest == USUAL.weekly_distance_m == 36_000
    race_week = week_start(HALF.day, 0)
    assert weeks[race_week - timedelta(weeks=1)] <= 0.85 * biggest
    assert weeks[race_week] <= 0.65 * biggest
    assert weeks[race_week - timedelta(weeks=2)] == biggest  # the taper is two weeks, not three
    intervals = [
        s for s in plan.runs if s.day >= race_week - timedelta(weeks=1) and s.run.run_type is RunType.INTERVALS
    ]  # type: ignore[union-attr]
    assert intervals, "the taper keeps the quality sessions (intensity kept, Bosquet 2007)"


def test_times_and_days_already_taken_are_respected() -> None:
    tuesday = SUNDAY + timedelta(days=2)
    plan = plan_runs(USUAL, SUNDAY, 0, race=HALF, busy={tuesday}, unavailable={SUNDAY + timedelta(days=4)})
    assert tuesday not in {s.day for s in plan.runs}
    assert SUNDAY + timedelta(days=4) not in {s.day for s in plan.runs}
    assert all(s.time_of_day is TimeOfDay.AM for s in plan.runs if s.run and s.run.run_type is RunType.INTERVALS)


def test_with_no_race_it_plans_the_weeks_asked_for() -> None:
    plan = plan_runs(USUAL, SUNDAY, 0, weeks=4)
    assert plan.last == week_start(SUNDAY, 0) + timedelta(weeks=4, days=-1)
    assert plan.race_session is None


def test_only_an_a_race_ahead_is_the_goal() -> None:
    b_race = Race(day=SUNDAY + timedelta(days=20), name="Parkrun", distance_m=5000, priority=RacePriority.C)
    past = Race(day=SUNDAY - timedelta(days=1), name="Gone", distance_m=5000)
    assert goal_race([b_race, past, HALF], SUNDAY) == HALF
    assert goal_race([b_race, past], SUNDAY) is None


@settings(max_examples=60, deadline=None)
@given(
    long_km=st.integers(min_value=8, max_value=35),
    weeks_out=st.integers(min_value=2, max_value=30),
    first_weekday=st.sampled_from([0, 5, 6]),
)
def test_the_taper_caps_hold_for_any_plan(long_km: int, weeks_out: int, first_weekday: int) -> None:
    usual = UsualWeek({2: UsualRun(RunType.TEMPO, 9_000), 6: UsualRun(RunType.LONG, long_km * 1000.0)})
    race = Race(day=SUNDAY + timedelta(weeks=weeks_out), name="Goal", distance_m=42_195)
    plan = plan_runs(usual, SUNDAY, first_weekday, race=race)
    weeks = week_distances(plan.runs, first_weekday)
    biggest = usual.weekly_distance_m
    race_week = week_start(race.day, first_weekday)
    assert weeks.get(race_week, 0) <= 0.65 * biggest + 1e-6
    assert weeks.get(race_week - timedelta(weeks=1), 0) <= 0.85 * biggest + 1e-6
    assert [s.day for s in plan.runs].count(race.day) == 1


def test_a_new_users_first_full_week_gets_no_volume_alarm() -> None:
    """Issue 18 / DESIGN R13: the set-up on Thursday makes last week partial; it is no baseline."""
    from planner.engine.volume import weekly_jump
    from tests.helpers import run

    thursday = date(2026, 12, 3)
    monday = date(2026, 12, 7)
    plan = plan_runs(USUAL, thursday, 0, race=HALF)
    assert weekly_jump(plan.runs, monday) == (None, None)
    two_weeks_on = monday + timedelta(weeks=2)
    jump, _ = weekly_jump(plan.runs, two_weeks_on)
    assert jump == 0.0  # a full week against a full week: the usual week, unchanged
    earlier = [run(monday - timedelta(days=14), RunType.EASY, 5.0), *plan.runs]  # records began two weeks back
    last, before = weekly_jump(earlier, monday)
    assert last is not None  # last week is fully inside the records now
    assert before is not None


def test_the_race_is_no_single_run_spike() -> None:
    from planner.engine.volume import single_run_spikes
    from tests.helpers import run

    history = [run(HALF.day - timedelta(days=n), RunType.LONG, 12.0) for n in range(7, 60, 7)]
    plan = plan_runs(USUAL, SUNDAY, 0, race=HALF)
    race_week = [HALF.day - timedelta(days=n) for n in range(6, -1, -1)]
    assert single_run_spikes([*history, *plan.runs], race_week) == []
