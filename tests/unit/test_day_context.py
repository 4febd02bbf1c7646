"""The drag hint: the day's runs and the key runs around it, in words (DESIGN R5/R6 distances)."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.enums import Intensity, LiftFocus, RacePriority, RunType, Status
from planner.domain.profile import Race
from planner.engine.day_context import drop_hint
from tests.helpers import MONDAY, lift, rest, run

WEDNESDAY = MONDAY + timedelta(days=2)


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def test_an_easy_day_two_days_before_intervals() -> None:
    week = [run(WEDNESDAY, RunType.EASY), run(day(4), RunType.INTERVALS)]
    assert drop_hint(WEDNESDAY, week) == "Drop on Wednesday: easy-run day, 48 h before intervals"


def test_the_day_before_a_long_run_says_24_h() -> None:
    week = [run(day(6), RunType.LONG)]
    assert drop_hint(day(5), week) == "Drop on Saturday: no run planned, 24 h before long run"


def test_a_key_run_three_days_away_is_not_mentioned() -> None:
    assert drop_hint(MONDAY, [run(day(3), RunType.TEMPO)]) == "Drop on Monday: no run planned"


def test_the_day_after_a_key_run_and_a_heavy_lift_nearby() -> None:
    week = [
        run(day(1), RunType.TEMPO),
        lift(day(3), LiftFocus.LOWER, Intensity.HEAVY),
        rest(day(2)),
    ]
    assert drop_hint(day(2), week) == (
        "Drop on Wednesday: rest day, the day after tempo run, heavy lower body on Thursday"
    )


def test_key_run_day_and_skipped_runs() -> None:
    week = [run(MONDAY, RunType.INTERVALS), run(day(1), RunType.LONG, status=Status.SKIPPED)]
    assert drop_hint(MONDAY, week) == "Drop on Monday: intervals day"


def test_a_race_from_the_race_list_counts_even_without_a_race_session() -> None:
    races = [Race(day=day(6), name="City 10K", distance_m=10_000, priority=RacePriority.A)]
    assert drop_hint(day(4), [], races) == "Drop on Friday: no run planned, 48 h before the race (City 10K)"
    assert drop_hint(day(6), [], races) == "Drop on Sunday: race day: City 10K"
