"""The readiness rule (engine/readiness) at its boundaries, the score, and the recovery tips."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.checkin import CheckIn
from planner.domain.enums import LiftFocus, RunType, Status
from planner.engine.readiness import (
    LEG_SORENESS_LIMIT,
    POOR_STREAK,
    SLEEP_ENOUGH_H,
    RecoveryDay,
    RecoveryWeek,
    is_poor,
    lower_body_causes,
    poor_streaks,
    readiness_of,
    readiness_score,
    recovery_weeks,
)
from planner.engine.readiness_tips import recovery_tips, rest_day_missing
from tests.helpers import WEEK, day, lift, rest, run


def good(n: int, **changes: object) -> CheckIn:
    values: dict[str, object] = {"sleep_hours": 8.0, "sleep_quality": 4, "energy": 4}
    values.update(changes)
    return CheckIn(day=day(n), **values)  # type: ignore[arg-type]


def test_the_sources_thresholds_are_what_the_docs_say() -> None:
    assert SLEEP_ENOUGH_H == 7.0
    assert LEG_SORENESS_LIMIT == 6
    assert POOR_STREAK == 3


@pytest.mark.parametrize(("hours", "caution"), [(6.99, True), (7.0, False), (5.5, True), (9.5, False)])
def test_sleep_under_seven_hours_is_a_caution(hours: float, caution: bool) -> None:
    causes = lower_body_causes(good(0, sleep_hours=hours))
    assert bool(causes) is caution
    if caution:
        assert causes == (f"slept {hours:g} h",)


@pytest.mark.parametrize(("legs", "caution"), [(5, False), (6, True), (10, True), (0, False)])
def test_leg_soreness_at_the_limit_is_a_caution(legs: int, caution: bool) -> None:
    assert bool(lower_body_causes(good(0, soreness_legs=legs))) is caution


def test_both_causes_are_named() -> None:
    assert lower_body_causes(good(0, sleep_hours=6, soreness_legs=7)) == ("slept 6 h", "legs sore (7/10)")


@pytest.mark.parametrize(
    ("changes", "poor"),
    [({}, False), ({"energy": 2}, True), ({"energy": 3}, False), ({"soreness_upper": 6}, True),
     ({"soreness_upper": 5}, False), ({"sleep_hours": 6.5}, True)],
)  # fmt: skip
def test_a_poor_day(changes: dict[str, object], poor: bool) -> None:
    assert is_poor(good(0, **changes)) is poor


def test_two_poor_days_are_no_streak_three_are() -> None:
    two = [good(0, energy=1), good(1, energy=1), good(2)]
    assert poor_streaks(two) == []
    three = [good(0, energy=1), good(1, energy=1), good(2, energy=1)]
    (streak,) = poor_streaks(three)
    assert (streak.first, streak.last, streak.days, streak.recovery_day) == (day(0), day(2), 3, day(3))


def test_a_missing_check_in_breaks_a_streak() -> None:
    assert poor_streaks([good(0, energy=1), good(1, energy=1), good(3, energy=1)]) == []


def test_a_streak_makes_the_next_day_a_caution_day() -> None:
    found = readiness_of([good(-2, energy=1), good(-1, energy=2), good(0, sleep_hours=6)], WEEK)
    assert found.caution[day(0)] == "slept 6 h"
    assert found.caution[day(1)] == "3 poor days in a row (Sat-Mon)"
    assert len(found.streaks) == 1


def test_no_check_ins_no_readiness() -> None:
    assert not readiness_of([], WEEK)
    assert not readiness_of([good(0), good(1)], WEEK)


def test_check_ins_outside_the_week_mark_no_day() -> None:
    assert readiness_of([good(-1, sleep_hours=4)], WEEK).caution == {}


def test_the_score_runs_from_0_to_100() -> None:
    best = CheckIn(day=day(0), sleep_hours=9, sleep_quality=5, energy=5)
    worst = CheckIn(day=day(0), sleep_hours=3, sleep_quality=1, energy=1, soreness_legs=10, soreness_upper=10)
    assert readiness_score(best) == 100.0
    assert readiness_score(worst) == 0.0
    # five equal parts: 5.5 h is half the sleep part (4 h -> 0, 7 h -> 1), the rest full
    assert readiness_score(CheckIn(day=day(0), sleep_hours=5.5, sleep_quality=5, energy=5)) == 90.0


@pytest.mark.parametrize(
    "changes",
    [{"sleep_hours": -1}, {"sleep_hours": 25}, {"sleep_quality": 0}, {"energy": 6}, {"soreness_legs": 11},
     {"soreness_upper": -1}, {"body_mass_kg": 5.0}, {"resting_hr": 300}, {"energy": 3.5}],
)  # fmt: skip
def test_a_check_in_out_of_range_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="must be"):
        good(0, **changes)


def test_the_summary_line_says_it_in_words() -> None:
    assert good(0, sleep_hours=6.5, soreness_legs=6).summary == "Slept 6.5 h · legs 6/10 · energy 4/5"
    assert "upper 3/10" in good(0, soreness_upper=3).summary


# --- tips ----------------------------------------------------------------------------------------


def test_no_rest_day_in_seven_days_is_said_first() -> None:
    busy = [run(d) for d in WEEK]
    assert rest_day_missing(WEEK, busy)
    tips = recovery_tips(WEEK, busy)
    assert len(tips) == 1
    assert tips[0].startswith("No rest day from Mon 23 Nov to Sun 29 Nov")


@pytest.mark.parametrize("free", [rest(day(3)), run(day(3), status=Status.SKIPPED)])
def test_a_rest_or_skipped_day_counts_as_rest(free: object) -> None:
    sessions = [run(d) for d in WEEK if d != day(3)] + [free]
    assert not rest_day_missing(WEEK, sessions)  # type: ignore[arg-type]


def test_protein_is_scaled_to_the_latest_body_mass() -> None:
    sessions = [lift(day(1), LiftFocus.UPPER)]
    (tip,) = recovery_tips(WEEK, sessions, [good(-3, body_mass_kg=60.0), good(-1, body_mass_kg=70.0)], 55.0)
    assert "1.2-2 g per kg a day (84-140 g)" in tip
    assert "ACSM/AND/DC 2016" in tip
    (no_mass,) = recovery_tips(WEEK, sessions)
    assert "g per kg a day," in no_mass


def test_at_most_two_tips_most_important_first() -> None:
    sessions = [run(d) for d in WEEK[:6]] + [run(day(6), RunType.LONG, 25), lift(day(2))]
    tips = recovery_tips(WEEK, sessions, body_mass_kg=68.0)
    assert len(tips) == 2
    assert tips[0].startswith("No rest day")
    assert tips[1].startswith("Long run on Sunday: 1-4 g per kg (68-272 g)")


def test_a_quiet_week_gets_no_tips() -> None:
    assert recovery_tips(WEEK, [run(day(0)), run(day(2) + timedelta(days=0))]) == ()


# ---- the Recovery chart's weeks on a long span (worked by hand)


def _day(day: date, hours: float | None = None, score: float | None = None, caution: bool = False) -> RecoveryDay:
    return RecoveryDay(day, hours, score, caution)


def test_a_long_spans_weeks_are_the_means_of_their_check_in_days() -> None:
    monday = date(2026, 11, 2)
    first = [_day(monday + timedelta(days=i)) for i in range(7)]
    first[0] = _day(monday, 8.0, 80.0)
    first[2] = _day(monday + timedelta(days=2), 6.0, 50.0, caution=True)
    first[4] = _day(monday + timedelta(days=4), 7.0, 65.0)
    second = [_day(monday + timedelta(days=7 + i)) for i in range(7)]  # no check-in all week
    third = [_day(monday + timedelta(days=14 + i)) for i in range(3)]  # a part-week: left out
    loads = [70.0] * 7 + [0.0] * 6 + [140.0] + [10.0] * 3
    weeks = recovery_weeks(first + second + third, loads)
    assert [w.start for w in weeks] == [monday, monday + timedelta(days=7)]
    assert weeks[0] == RecoveryWeek(monday, checkins=3, sleep_hours=7.0, score=65.0, caution_days=1, load=70.0)
    assert not weeks[0].mostly_caution  # one day of three
    assert weeks[1] == RecoveryWeek(monday + timedelta(days=7), 0, None, None, 0, 20.0)
    assert not weeks[1].mostly_caution


def test_a_week_is_marked_heavy_legs_wait_when_most_of_its_check_ins_say_so() -> None:
    monday = date(2026, 11, 2)
    days = [_day(monday + timedelta(days=i), 6.0, 40.0, caution=i < 2) for i in range(3)]
    days += [_day(monday + timedelta(days=i)) for i in range(3, 7)]
    week = recovery_weeks(days, [0.0] * 7)[0]
    assert (week.checkins, week.caution_days) == (3, 2)
    assert week.mostly_caution
    half = recovery_weeks(
        [*days[:2], _day(monday + timedelta(days=2), 8.0, 90.0), _day(days[3].day, 8.0, 90.0), *days[4:]], [0.0] * 7
    )[0]
    assert (half.checkins, half.caution_days) == (4, 2)
    assert not half.mostly_caution  # two of four is not most
