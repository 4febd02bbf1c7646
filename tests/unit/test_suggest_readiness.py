"""The suggestion engine listens to check-ins: heavy legs move or get lighter, and the reasons say why;
with no check-in (or only good ones) the suggestions are exactly as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from planner.domain.checkin import CheckIn
from planner.domain.enums import Intensity, LiftFocus, RunType
from planner.domain.profile import Profile
from planner.engine.split_rules import check_rules
from planner.engine.suggest import suggest_week
from planner.engine.suggestion import Suggestion, WeekInput, WeekSuggestion
from tests.helpers import day, lift, run, suggested_sessions, week_input
from tests.unit.test_suggest_rules import INTERMEDIATE, easy_every_day, week_a

LOWER = (LiftFocus.LOWER, LiftFocus.FULL)


def legs(result: WeekSuggestion) -> Suggestion:
    (found,) = [s for s in result.suggestions if s.focus in LOWER]
    return found


def with_checkins(data: WeekInput, *checkins: CheckIn) -> WeekInput:
    return replace(data, checkins=checkins)


def slept(n: int, hours: float, **extra: object) -> CheckIn:
    return CheckIn(day=day(n), sleep_hours=hours, **extra)  # type: ignore[arg-type]


@pytest.fixture
def base() -> WeekInput:
    return week_input(*week_a(), profile=INTERMEDIATE)


def test_baseline_heavy_legs_on_wednesday(base: WeekInput) -> None:
    chosen = legs(suggest_week(base))
    assert (chosen.day, chosen.intensity) == (day(2), Intensity.HEAVY)


@pytest.mark.parametrize(
    "checkins",
    [(), (slept(2, 7.0),), (slept(2, 8, soreness_legs=5),), (slept(0, 8), slept(1, 9), slept(2, 7.5))],
)
def test_no_or_good_check_ins_change_nothing(base: WeekInput, checkins: tuple[CheckIn, ...]) -> None:
    assert suggest_week(with_checkins(base, *checkins)) == suggest_week(base)


def test_short_sleep_moves_heavy_legs_to_a_later_day_that_keeps_the_rules(base: WeekInput) -> None:
    data = with_checkins(base, slept(2, 6.99))
    result = suggest_week(data)
    moved = legs(result)
    assert moved.day > day(2)
    assert moved.intensity is Intensity.HEAVY
    assert moved.reasons[0] == f"Slept 6.99 h on Wednesday: heavy lower body moved to {moved.day:%A} (check-in)."
    found = check_rules([*data.history, *data.sessions, *suggested_sessions(data, result)], data.races)
    assert not [w for ws in found.values() for w in ws if w.rule in ("R5", "R6", "R7")]


def test_sore_legs_with_no_later_day_make_it_moderate() -> None:
    # tempo on Saturday and a long run on Sunday: no later day is 24 h clear of a key run for heavy legs
    sessions = [run(day(n)) for n in range(5)] + [run(day(5), RunType.TEMPO), run(day(6), RunType.LONG, 20)]
    data = week_input(*sessions, profile=INTERMEDIATE)
    before = legs(suggest_week(data))
    assert before.intensity is Intensity.HEAVY
    sore = CheckIn(day=before.day, sleep_hours=8, soreness_legs=7)
    # every later day is blocked too, so the session stays and gets lighter
    after = legs(suggest_week(with_checkins(data, sore, *[replace(sore, day=d) for d in data.days if d > before.day])))
    assert after.day == before.day
    assert after.intensity is Intensity.MODERATE
    assert after.reasons[0] == "Legs sore (7/10): heavy lower body made moderate (check-in)."
    assert not any("no free day this week allows heavy legs" in r for r in after.reasons)


def test_three_poor_days_make_the_next_a_caution_day_two_do_not() -> None:
    data = week_input(*easy_every_day(key_day=6, key=RunType.LONG), profile=INTERMEDIATE)
    first = legs(suggest_week(data)).day
    two = [CheckIn(day=first - timedelta(days=k), sleep_hours=8, energy=1) for k in (1, 2)]
    assert suggest_week(with_checkins(data, *two)) == suggest_week(data)
    three = [*two, CheckIn(day=first - timedelta(days=3), sleep_hours=8, energy=1)]
    result = suggest_week(with_checkins(data, *three))
    streak_warnings = [w for w in result.warnings if w.rule == "readiness"]
    assert len(streak_warnings) == 1
    assert "3 poor days in a row" in streak_warnings[0].message
    assert f"make {first:%A} a recovery day" in streak_warnings[0].message
    moved = legs(result)
    assert moved.day != first or moved.intensity is not Intensity.HEAVY
    assert "3 poor days in a row" in moved.reasons[0]


def test_the_runners_own_heavy_lift_on_a_caution_day_gets_a_warning(base: WeekInput) -> None:
    data = week_input(*week_a(), lift(day(2)), profile=INTERMEDIATE)
    plain = suggest_week(data)
    told = suggest_week(with_checkins(data, slept(2, 5.5)))
    extra = [w for w in told.warnings if w not in plain.warnings]
    assert [w.message for w in extra] == [
        "Slept 5.5 h: make Wednesday's heavy lower-body lift moderate, or move it to a later day (check-in)."
    ]
    assert extra[0].day == day(2)


def test_upper_body_suggestions_ignore_leg_readiness(base: WeekInput) -> None:
    plain = suggest_week(base)
    upper = next(s for s in plain.suggestions if s.focus is LiftFocus.UPPER)
    told = suggest_week(with_checkins(base, slept(upper.day.weekday(), 5)))
    assert next(s for s in told.suggestions if s.focus is LiftFocus.UPPER) == upper


def test_novice_moderate_legs_are_not_touched() -> None:
    data = week_input(*week_a(), profile=Profile())
    plain = suggest_week(data)
    chosen = legs(plain)
    assert chosen.intensity is not Intensity.HEAVY
    assert suggest_week(with_checkins(data, slept((chosen.day - day(0)).days, 4))).suggestions == plain.suggestions


def test_tips_come_with_the_week(base: WeekInput) -> None:
    result = suggest_week(base)
    assert len(result.tips) == 2
    assert result.tips[0].startswith("No rest day")
