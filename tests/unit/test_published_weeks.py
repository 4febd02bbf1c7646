"""Published example weeks (the sources of DESIGN §3's rule table) run through the engine: the placement
each source prescribes is the one the engine suggests.

Every week starts on MONDAY (Mon 23 Nov 2026); day(n) is MONDAY + n days.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.enums import Experience, Intensity, LiftFocus, RunType
from planner.domain.profile import Profile, Race
from planner.domain.session import Session
from planner.engine.phases import Phase
from planner.engine.split_rules import check_rules
from planner.engine.suggest import suggest_week
from planner.engine.suggestion import Suggestion, Timing, WeekInput, WeekSuggestion
from tests.helpers import day, run, suggested_sessions, week_input

PROFILES = [
    pytest.param(Profile(experience=Experience.NOVICE), id="novice"),
    pytest.param(Profile(experience=Experience.INTERMEDIATE), id="intermediate"),
    pytest.param(Profile(experience=Experience.ADVANCED), id="advanced"),
]
LOWER = (LiftFocus.LOWER, LiftFocus.FULL)


def lower_body(result: WeekSuggestion) -> Suggestion:
    (found,) = [s for s in result.suggestions if s.focus in LOWER]
    return found


def key_days(sessions: list[Session]) -> set[date]:
    return {s.day for s in sessions if s.run is not None and s.run.run_type.is_key}


def assert_no_heavy_legs_the_day_before_a_key_run(sessions: list[Session], result: WeekSuggestion) -> None:
    keys = key_days(sessions)
    for s in result.suggestions:
        heavy = s.focus is LiftFocus.PLYOMETRIC or (s.focus in LOWER and s.intensity is Intensity.HEAVY)
        if heavy:
            assert s.day + timedelta(days=1) not in keys, f"heavy legs on {s.day:%A}, the day before a key run"


def assert_clean(data: WeekInput, result: WeekSuggestion) -> None:
    """The calendar's own checker (R5-R7) finds nothing to flag on the suggestions."""
    suggested = suggested_sessions(data, result)
    flagged = check_rules([*data.history, *data.sessions, *suggested], data.races)
    assert not [s.id for s in suggested if s.id in flagged]


# (a) Tuesday speed (intervals), Friday tempo, Sunday long run; Monday off; easy runs Wed, Thu, Sat.
# Source: the R3 row of DESIGN §3 ("the seed articles; Doma & Deakin, APNM 2013; McMillan") prescribes
# lower body on an easy-run day, after the run, upper body on the run-free day; the R5 row (Doma et al.,
# Sports Med 2017) never heavy legs within 24 h before a key run and 48 h when the week allows it.
# Here that is Wednesday: an easy day 48 h before Friday's tempo; Monday, Thursday and Saturday are each
# the day before a key run.
def week_a() -> list[Session]:
    return [
        run(day(1), RunType.INTERVALS, 10),
        run(day(2), km=8),
        run(day(3), km=8),
        run(day(4), RunType.TEMPO, 10),
        run(day(5), km=6),
        run(day(6), RunType.LONG, 20),
    ]


@pytest.mark.parametrize("profile", PROFILES)
def test_week_a_legs_on_wednesday_upper_body_on_monday(profile: Profile) -> None:
    sessions = week_a()
    data = week_input(*sessions, profile=profile)
    result = suggest_week(data)
    lower = lower_body(result)
    assert lower.day == day(2)
    assert lower.timing is Timing.AFTER_RUN
    expected = Intensity.MODERATE if profile.experience is Experience.NOVICE else Intensity.HEAVY
    assert lower.intensity is expected
    assert "Friday's tempo run is 2 days away" in lower.reasons[0]
    (upper,) = [s for s in result.suggestions if s.focus not in LOWER]
    assert upper.focus is LiftFocus.UPPER
    assert upper.day == day(0)  # the run-free day; the day before the intervals is fine for upper body
    assert_no_heavy_legs_the_day_before_a_key_run(sessions, result)
    assert_clean(data, result)


# (a') the same week with Wednesday unavailable: no easy day is left 48 h before a key run, and the
# sources still forbid the days before Tuesday, Friday and Sunday; the engine must find another way
# (moderate legs, or legs after a key run) rather than break R5.
def test_week_a_without_wednesday_still_keeps_the_days_before_key_runs_clear() -> None:
    sessions = week_a()
    data = week_input(*sessions, profile=Profile(experience=Experience.INTERMEDIATE), unavailable=(day(2),))
    result = suggest_week(data)
    assert all(s.day != day(2) for s in result.suggestions)
    assert_no_heavy_legs_the_day_before_a_key_run(sessions, result)
    assert_clean(data, result)


# (b) Tuesday speed, Thursday tempo, Sunday long run; Monday off; easy runs Wed and Fri; Saturday off.
# Source: as (a), the R3 row (the seed articles, Doma & Deakin 2013, McMillan) puts lower body after an
# easy run and the R5 row (Doma et al. 2017) keeps 24 h (better 48 h) before key runs: Friday, 48 h before
# Sunday's long run, is the one easy day that qualifies; Wednesday is the day before the tempo.
def week_b() -> list[Session]:
    return [
        run(day(1), RunType.INTERVALS, 10),
        run(day(2), km=8),
        run(day(3), RunType.TEMPO, 10),
        run(day(4), km=6),
        run(day(6), RunType.LONG, 20),
    ]


@pytest.mark.parametrize("profile", PROFILES)
def test_week_b_legs_on_friday_never_the_day_before_tuesday_thursday_or_sunday(profile: Profile) -> None:
    sessions = week_b()
    data = week_input(*sessions, profile=profile)
    result = suggest_week(data)
    lower = lower_body(result)
    assert lower.day == day(4)
    assert lower.timing is Timing.AFTER_RUN
    assert "Sunday's long run is 2 days away" in lower.reasons[0]
    assert all(s.day not in (day(0), day(2), day(5)) for s in result.suggestions if s.focus in LOWER)
    assert_no_heavy_legs_the_day_before_a_key_run(sessions, result)
    assert_clean(data, result)


# (c) A peak-phase week three weeks before an A marathon: Tuesday intervals, Thursday tempo, Sunday 32 km
# long run, easy runs Mon, Wed and Sat, Friday off. Source: the R2 row (Ronnestad, Hansen & Raastad,
# EJAP 2010): one maintenance session in the peak phase keeps the strength gained; the R5 row (Doma et al.
# 2017) still keeps it 24 h (better 48 h) clear of key runs: Friday, 48 h before the long run.
def week_c() -> list[Session]:
    return [
        run(day(0), km=6),
        run(day(1), RunType.INTERVALS, 12),
        run(day(2), km=10),
        run(day(3), RunType.TEMPO, 14),
        run(day(5), km=8),
        run(day(6), RunType.LONG, 32),
    ]


@pytest.mark.parametrize("profile", PROFILES)
def test_week_c_peak_week_gets_one_maintenance_session(profile: Profile) -> None:
    sessions = week_c()
    marathon = Race(day(27), "City Marathon", 42195.0)
    data = week_input(*sessions, profile=Profile(experience=profile.experience, sessions_per_week=3), races=(marathon,))
    result = suggest_week(data)
    assert result.phase.phase is Phase.PEAK
    assert result.phase.weeks_to_race == 3
    (only,) = result.suggestions
    assert only.focus in LOWER
    assert only.day == day(4)
    assert only.timing is Timing.RUN_FREE
    assert "R2" in " ".join(only.reasons)
    assert_no_heavy_legs_the_day_before_a_key_run(sessions, result)
    assert_clean(data, result)
