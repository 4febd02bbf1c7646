"""The hard timing rules of DESIGN §3 (R5, R6, R7) as the calendar checks them at drop time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from planner.domain.enums import Intensity, LiftFocus, RacePriority, RunType, Status, TimeOfDay
from planner.domain.profile import Race
from planner.domain.session import Session
from planner.engine.split_rules import check_rules, drop_warnings, fine_days
from tests.helpers import MONDAY, lift, run


def saved(*sessions: Session) -> list[Session]:
    """Give sessions ids and dense positions per day, as the store would."""
    out, per_day = [], {}
    for i, s in enumerate(sessions, start=1):
        position = per_day.get(s.day, 0)
        per_day[s.day] = position + 1
        out.append(replace(s, id=i, position=position))
    return out


def day(n: int) -> date:
    return MONDAY + timedelta(days=n)


def rules_hit(plan: list[Session], races: tuple[Race, ...] = ()) -> dict[int, list[str]]:
    return {k: [w.rule for w in v] for k, v in check_rules(plan, races).items()}


@pytest.mark.parametrize("key", [RunType.INTERVALS, RunType.TEMPO, RunType.HILLS, RunType.LONG, RunType.RACE])
def test_heavy_legs_the_day_before_a_key_run(key: RunType) -> None:
    plan = saved(lift(day(0)), run(day(1), key))
    assert rules_hit(plan)[1][0] == "R5"
    assert set(rules_hit(plan)) == {1}


def test_plyometrics_count_as_heavy_legs() -> None:
    plan = saved(lift(day(2), LiftFocus.PLYOMETRIC, Intensity.MODERATE), run(day(3), RunType.TEMPO))
    warnings = check_rules(plan)
    assert [w.rule for w in warnings[1]] == ["R5"]
    assert warnings[1][0].message.startswith("Plyometrics the day before the tempo run on Thursday")


def test_no_warning_for_what_the_rules_allow() -> None:
    plan = saved(
        lift(day(0), LiftFocus.LOWER, Intensity.MODERATE),  # not heavy
        run(day(1), RunType.INTERVALS),
        lift(day(2), LiftFocus.UPPER, Intensity.HEAVY),  # upper body
        run(day(3), RunType.LONG),
        lift(day(4), LiftFocus.LOWER, Intensity.HEAVY),  # before an easy run
        run(day(5), RunType.EASY),
        lift(day(5), status=Status.SKIPPED),  # skipped work breaks nothing
        run(day(6), RunType.LONG),
    )
    assert rules_hit(plan) == {}


def test_same_day_lift_before_the_key_run() -> None:
    morning_lift = lift(day(1), time_of_day=TimeOfDay.AM)
    evening_intervals = run(day(1), RunType.INTERVALS, time_of_day=TimeOfDay.PM)
    assert rules_hit(saved(morning_lift, evening_intervals)) == {1: ["R5"]}
    # run first, lift after: the recommended order
    assert rules_hit(saved(run(day(1), RunType.INTERVALS), lift(day(1)))) == {}


def test_two_heavy_lower_sessions_within_48_hours_flag_both() -> None:
    plan = saved(lift(day(0)), lift(day(1)))
    assert rules_hit(plan) == {1: ["R6"], 2: ["R6"]}
    assert rules_hit(saved(lift(day(0)), lift(day(2)))) == {}


def test_heavy_legs_in_race_week() -> None:
    race = Race(day=day(6), name="City 10K", distance_m=10000)
    hit = check_rules(saved(lift(day(1))), (race,))
    assert [w.rule for w in hit[1]] == ["R7"]
    assert "City 10K" in hit[1][0].message
    assert "not a trial" in hit[1][0].message
    assert rules_hit(saved(lift(day(-2))), (race,)) == {}  # 8 days out
    # a race run with no race entry is a C race: a key run (R5), no race-week window (R7)
    assert rules_hit(saved(lift(day(0)), run(day(5), RunType.RACE))) == {}
    assert rules_hit(saved(lift(day(4)), run(day(5), RunType.RACE)))[1] == ["R5"]


@pytest.mark.parametrize("focus", [LiftFocus.LOWER, LiftFocus.PLYOMETRIC])
def test_heavy_legs_the_day_before_a_race_only_in_the_season_list(focus: LiftFocus) -> None:
    """R5 counts a race as a key run; a race entered in the Season dialog, with no run session for it, was
    not counted, so heavy squats or jumps the day before a C race went without a word."""
    race = Race(day=day(5), name="Parkrun", distance_m=5000, priority=RacePriority.C)
    hit = check_rules(saved(lift(day(4), focus=focus)), (race,))
    assert [w.rule for w in hit[1]] == ["R5"]
    assert "Parkrun" in hit[1][0].message
    assert rules_hit(saved(lift(day(3), focus=focus)), (race,)) == {}  # 48 h is the soft rule, no warning


@pytest.mark.parametrize(
    ("focus", "intensity", "out", "warned"),
    [
        (LiftFocus.LOWER, Intensity.MODERATE, 5, True),  # DESIGN R7: a light activation 2-4 days out at most
        (LiftFocus.FULL, Intensity.MODERATE, 2, True),
        (LiftFocus.LOWER, Intensity.LIGHT, 3, False),  # the activation session itself
        (LiftFocus.LOWER, Intensity.LIGHT, 1, True),  # light, but the day before
        (LiftFocus.UPPER, Intensity.MODERATE, 2, False),  # R7 is about the legs
        (LiftFocus.LOWER, Intensity.MODERATE, 8, False),  # outside race week
    ],
)
def test_lighter_leg_work_in_a_race_week(focus: LiftFocus, intensity: Intensity, out: int, warned: bool) -> None:
    race = Race(day=day(8), name="Spring Half", distance_m=21100, priority=RacePriority.A)
    hit = check_rules(saved(lift(day(8 - out), focus=focus, intensity=intensity)), (race,))
    assert ([w.rule for w in hit.get(1, ())] == ["R7"]) is warned
    if warned:
        assert "light activation session 2-4 days out" in hit[1][0].message


def test_fine_days_are_the_days_that_break_nothing() -> None:
    plan = saved(lift(day(1)), run(day(2), RunType.INTERVALS), run(day(6), RunType.LONG))
    week = [day(i) for i in range(7)]
    assert fine_days(plan[0], plan, week) == [day(0), day(2), day(3), day(4), day(6)]


def test_a_drop_is_checked_before_release_against_the_plan_it_would_make() -> None:
    # R6 (48 h between heavy lower-body sessions, DESIGN §3): Monday's heavy lift makes Tuesday wrong, Wednesday fine
    monday, thursday = saved(lift(day(0)), lift(day(3)))
    assert [w.rule for w in drop_warnings([replace(thursday, day=day(1))], [monday, thursday])] == ["R6"]
    assert drop_warnings([replace(thursday, day=day(2))], [monday, thursday]) == []
    # a new session from the palette has no id yet; a copy leaves the original where it was
    assert [w.rule for w in drop_warnings([lift(day(1))], [monday])] == ["R6"]
    assert [w.rule for w in drop_warnings([replace(monday, day=day(1))], [monday], copies=True)] == ["R6"]
    assert drop_warnings([replace(monday, day=day(1))], [monday]) == []  # moved, not doubled


def test_a_key_run_dropped_after_a_heavy_lift_names_the_lifts_new_fault_once() -> None:
    # R5 (Doma & Deakin: heavy legs the day before a key run spoil it): the fault is the lift's, the drop causes it
    heavy, easy = saved(lift(day(0)), run(day(3), RunType.INTERVALS))
    found = drop_warnings([replace(easy, day=day(1))], [heavy, easy])
    assert [w.rule for w in found] == ["R5"]
    assert found[0].session_id == heavy.id
    assert drop_warnings([replace(easy, day=day(2))], [heavy, easy]) == []
