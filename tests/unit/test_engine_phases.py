"""Season phases from the next A race (DESIGN §3) and the lift sessions each phase gets (R1, R2, R7)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.engine.phases import Phase, phase_of, sessions_for, week_phases
from tests.helpers import MONDAY

WEEK = timedelta(days=7)
# a Saturday race twelve weeks after the week of MONDAY
RACE_DAY = MONDAY + 12 * WEEK + timedelta(days=5)
A_RACE = Race(day=RACE_DAY, name="Spring marathon", distance_m=42195)


def week(n: int) -> date:
    """The Monday ``n`` weeks after MONDAY."""
    return MONDAY + n * WEEK


def test_the_race_is_a_saturday() -> None:
    assert RACE_DAY.weekday() == 5
    assert MONDAY.weekday() == 0


@pytest.mark.parametrize(
    ("weeks_to_race", "phase"),
    [
        (0, Phase.RACE_WEEK),
        (1, Phase.TAPER),
        (2, Phase.TAPER),
        (3, Phase.PEAK),
        (4, Phase.PEAK),
        (5, Phase.BUILD),
        (8, Phase.BUILD),
        (12, Phase.BUILD),
        (13, Phase.BASE),
        (20, Phase.BASE),
    ],
)
def test_phase_by_weeks_to_the_a_race(weeks_to_race: int, phase: Phase) -> None:
    race = Race(day=week(20) + timedelta(days=5), name="Marathon", distance_m=42195)
    info = phase_of(week(20 - weeks_to_race), [race])
    assert info.phase is phase
    assert info.race == race
    assert info.weeks_to_race == weeks_to_race


def test_the_race_day_itself_and_every_day_of_its_week_count_as_race_week() -> None:
    for offset in range(7):
        race = Race(day=week(12) + timedelta(days=offset), name="10K", distance_m=10000)
        assert phase_of(week(12), [race]).phase is Phase.RACE_WEEK
        assert phase_of(week(11), [race]).phase is Phase.TAPER


def test_the_week_after_the_race_is_recovery() -> None:
    info = phase_of(week(13), [A_RACE])
    assert info.phase is Phase.RECOVERY
    assert info.race == A_RACE
    assert info.weeks_to_race == -1
    assert "Recovery week" in info.reason


def test_two_weeks_after_the_race_is_base_with_no_race_ahead() -> None:
    info = phase_of(week(14), [A_RACE])
    assert info.phase is Phase.BASE
    assert info.race is None


def test_no_race_is_base() -> None:
    info = phase_of(MONDAY, [])
    assert info.phase is Phase.BASE
    assert info.race is None
    assert info.weeks_to_race is None
    assert "No A race" in info.reason


@pytest.mark.parametrize("priority", [RacePriority.B, RacePriority.C])
def test_b_and_c_races_set_no_phase(priority: RacePriority) -> None:
    tune_up = Race(day=week(1) + timedelta(days=5), name="Parkrun", distance_m=5000, priority=priority)
    assert phase_of(week(1), [tune_up]).phase is Phase.BASE
    assert phase_of(week(2), [tune_up]).phase is Phase.BASE  # no recovery week after it either


def test_a_b_race_in_race_week_does_not_hide_the_a_race() -> None:
    tune_up = Race(day=week(10) + timedelta(days=6), name="Half", distance_m=21097, priority=RacePriority.B)
    info = phase_of(week(10), [tune_up, A_RACE])
    assert info.phase is Phase.TAPER
    assert info.race == A_RACE
    assert info.weeks_to_race == 2


def test_the_nearest_a_race_ahead_counts() -> None:
    later = Race(day=week(30) + timedelta(days=6), name="Autumn", distance_m=42195)
    info = phase_of(week(9), [later, A_RACE])  # given out of order on purpose
    assert info.race == A_RACE
    assert info.phase is Phase.PEAK
    # after the first race and its recovery week, the later one takes over
    info = phase_of(week(14), [later, A_RACE])
    assert info.race == later
    assert info.weeks_to_race == 16
    assert info.phase is Phase.BASE


def test_recovery_after_one_a_race_wins_over_the_next_one_close_behind() -> None:
    next_one = Race(day=week(16) + timedelta(days=5), name="Another", distance_m=10000)
    info = phase_of(week(13), [A_RACE, next_one])
    assert info.phase is Phase.RECOVERY
    assert info.race == A_RACE


def test_weeks_that_start_on_sunday() -> None:
    sunday_race = Race(day=date(2026, 12, 20), name="Sunday 10K", distance_m=10000)
    assert sunday_race.day.weekday() == 6
    # Sunday-first weeks: the race opens its own week
    assert phase_of(date(2026, 12, 20), [sunday_race], first_weekday=6).phase is Phase.RACE_WEEK
    assert phase_of(date(2026, 12, 13), [sunday_race], first_weekday=6).phase is Phase.TAPER
    assert phase_of(date(2026, 12, 27), [sunday_race], first_weekday=6).phase is Phase.RECOVERY
    # Monday-first weeks: the same race closes the week of Monday 14 December
    assert phase_of(date(2026, 12, 14), [sunday_race]).phase is Phase.RACE_WEEK
    assert phase_of(date(2026, 12, 21), [sunday_race]).phase is Phase.RECOVERY
    assert phase_of(date(2026, 12, 7), [sunday_race]).phase is Phase.TAPER


def test_saturday_first_weeks_count_from_the_saturday() -> None:
    # RACE_DAY is a Saturday: with Saturday-first weeks it opens a week that starts that day
    start = RACE_DAY
    assert phase_of(start, [A_RACE], first_weekday=5).phase is Phase.RACE_WEEK
    assert phase_of(start - timedelta(days=1), [A_RACE], first_weekday=4).phase is Phase.RACE_WEEK
    assert phase_of(start - WEEK, [A_RACE], first_weekday=5).weeks_to_race == 1


@pytest.mark.parametrize(
    ("phase", "wanted", "expected"),
    [
        (Phase.BASE, 2, 2),
        (Phase.BASE, 3, 3),
        (Phase.BUILD, 3, 3),
        (Phase.BUILD, 1, 1),
        (Phase.PEAK, 3, 1),  # R2: one maintenance session
        (Phase.TAPER, 2, 1),
        (Phase.RACE_WEEK, 3, 1),  # R7: a light activation session at most
        (Phase.RECOVERY, 2, 1),
        (Phase.PEAK, 1, 1),
    ],
)
def test_sessions_for(phase: Phase, wanted: int, expected: int) -> None:
    assert sessions_for(phase, wanted) == expected


@pytest.mark.parametrize(
    ("monday", "phase"),
    [
        (week(12), Phase.RACE_WEEK),
        (week(11), Phase.TAPER),
        (week(9), Phase.PEAK),
        (week(5), Phase.BUILD),
        (week(-2), Phase.BASE),
        (week(13), Phase.RECOVERY),
    ],
)
def test_every_phase_names_its_race_in_the_reason(monday: date, phase: Phase) -> None:
    info = phase_of(monday, [A_RACE])
    assert info.phase is phase
    assert phase.label
    assert "Spring marathon" in info.reason


@pytest.mark.parametrize("first_weekday", [0, 5, 6])
@pytest.mark.parametrize("offset", [0, 3])  # weeks counted from a week start, or from the middle of one
def test_week_phases_are_phase_of_each_week(first_weekday: int, offset: int) -> None:
    """Only weeks an A race reaches are worked out; every week still gets phase_of's phase."""
    races = [
        Race(MONDAY + timedelta(days=40), "Spring 10k", 10_000, RacePriority.A),
        Race(MONDAY + timedelta(days=47), "Next week", 5_000, RacePriority.A),  # recovery meets race week
        Race(MONDAY + timedelta(days=150), "Summer half", 21_097.5, RacePriority.B),
        Race(MONDAY + timedelta(days=400), "Autumn marathon", 42_195, RacePriority.A),
        Race(MONDAY + timedelta(days=493), "Far", 42_195, RacePriority.A),  # 13 weeks after: base between
    ]
    starts = [MONDAY - timedelta(days=7 * 28 - offset) + timedelta(days=7 * i) for i in range(120)]
    expected = [phase_of(start, races, first_weekday).phase for start in starts]
    assert week_phases(starts, races, first_weekday) == expected
    # every phase among them, base weeks between; a recovery week only when the weeks are the runner's
    assert set(expected) == set(Phase) - ({Phase.RECOVERY} if offset or first_weekday else set())
    assert week_phases(starts, [], first_weekday) == [Phase.BASE] * len(starts)
