"""Fitness (CTL), fatigue (ATL), form (TSB), monotony and strain, worked by hand (DESIGN §4)."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.engine.fitness import ATL_DAYS, CTL_DAYS, fitness_series, week_strain, weekly_strain

START = date(2026, 11, 23)  # a Monday


def days(n: int, start: date = START) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


def constant(load: float, n: int, start: date = START) -> dict[date, float]:
    return dict.fromkeys(days(n, start), load)


# --- the recurrence X_t = X_(t-1) + (L_t - X_(t-1)) / k ---


def test_time_constants_are_42_and_7_days() -> None:
    assert (CTL_DAYS, ATL_DAYS) == (42, 7)


def test_constant_load_from_zero_first_two_days() -> None:
    series = fitness_series(constant(100.0, 2), START, START + timedelta(days=1))
    # day 1: CTL = 0 + (100 - 0)/42 = 2.381, ATL = 0 + (100 - 0)/7 = 14.286; the form that morning is 0 - 0
    assert series.ctl[0] == pytest.approx(2.381, abs=5e-4)
    assert series.atl[0] == pytest.approx(14.286, abs=5e-4)
    assert series.tsb[0] == 0.0
    # day 2: CTL = 2.381 + (100 - 2.381)/42 = 4.705, ATL = 14.286 + (100 - 14.286)/7 = 26.531
    assert series.ctl[1] == pytest.approx(4.705, abs=5e-4)
    assert series.atl[1] == pytest.approx(26.531, abs=5e-4)
    # form on day 2 is yesterday's CTL minus yesterday's ATL: 2.381 - 14.286 = -11.905
    assert series.tsb[1] == pytest.approx(-11.905, abs=5e-4)
    assert series.on(START + timedelta(days=1)) == (series.ctl[1], series.atl[1], series.tsb[1])


def test_constant_load_closed_form() -> None:
    # from zero under a constant L: X_n = L (1 - (1 - 1/k)^n) after n days
    series = fitness_series(constant(100.0, 30), START, START + timedelta(days=29))
    for n in (1, 5, 10, 30):
        assert series.ctl[n - 1] == pytest.approx(100 * (1 - (41 / 42) ** n), rel=1e-12)
        assert series.atl[n - 1] == pytest.approx(100 * (1 - (6 / 7) ** n), rel=1e-12)


def test_a_single_spike_decays_by_41_42_and_6_7_a_day() -> None:
    end = START + timedelta(days=20)
    series = fitness_series({START: 420.0}, START, end)
    # spike day: CTL = 420/42 = 10, ATL = 420/7 = 60
    assert series.ctl[0] == pytest.approx(10.0)
    assert series.atl[0] == pytest.approx(60.0)
    # then nothing: each day keeps 41/42 of fitness and 6/7 of fatigue
    for n in (1, 2, 7, 20):
        assert series.ctl[n] == pytest.approx(10 * (41 / 42) ** n, rel=1e-12)
        assert series.atl[n] == pytest.approx(60 * (6 / 7) ** n, rel=1e-12)
    # the morning after the spike: 10 - 60 = -50; a week later fatigue has mostly gone
    assert series.tsb[1] == pytest.approx(-50.0)
    assert series.tsb[8] == pytest.approx(10 * (41 / 42) ** 7 - 60 * (6 / 7) ** 7)  # 8.45 - 20.40 = -11.95
    assert series.tsb[8] == pytest.approx(-11.95, abs=0.01)
    # fatigue falls below fitness on day 14 of the decay, so form turns positive the morning after
    crossing = next(n for n in range(21) if series.ctl[n] > series.atl[n])
    assert crossing == 14  # 10 (41/42)^14 = 7.14 > 60 (6/7)^14 = 6.93; on day 13: 7.31 < 8.09
    assert series.tsb[crossing] < 0 < series.tsb[crossing + 1]


def test_steady_state_settles_on_the_load() -> None:
    n = 600  # 14 CTL time constants: (41/42)^600 ~ 5e-7
    series = fitness_series(constant(80.0, n), START, START + timedelta(days=n - 1))
    assert series.ctl[-1] == pytest.approx(80.0, abs=1e-3)
    assert series.atl[-1] == pytest.approx(80.0, abs=1e-9)
    assert series.tsb[-1] == pytest.approx(0.0, abs=1e-3)
    # CTL only approaches from below, never overshoots
    assert all(a < b for a, b in zip(series.ctl, series.ctl[1:], strict=False))
    assert max(series.ctl) < 80.0


def test_days_without_a_load_count_as_zero_and_the_seeds_are_yesterday() -> None:
    series = fitness_series({}, START, START + timedelta(days=2), ctl0=50.0, atl0=80.0)
    assert series.tsb[0] == pytest.approx(50.0 - 80.0)
    assert series.ctl == pytest.approx((50 * 41 / 42, 50 * (41 / 42) ** 2, 50 * (41 / 42) ** 3))
    assert series.atl == pytest.approx((80 * 6 / 7, 80 * (6 / 7) ** 2, 80 * (6 / 7) ** 3))


def test_loads_outside_the_range_are_ignored() -> None:
    loads = {START - timedelta(days=1): 1000.0, START: 42.0, START + timedelta(days=5): 1000.0}
    series = fitness_series(loads, START, START + timedelta(days=1))
    assert series.ctl == pytest.approx((1.0, 41 / 42))
    assert series.days == (START, START + timedelta(days=1))


def test_custom_time_constants() -> None:
    # k = 1: the average is the day's load itself
    series = fitness_series(
        {START: 30.0, START + timedelta(days=1): 70.0}, START, START + timedelta(days=1), ctl_days=1
    )
    assert series.ctl == (30.0, 70.0)


def test_empty_and_out_of_range_lookups() -> None:
    empty = fitness_series({START: 10.0}, START, START - timedelta(days=1))
    assert empty.ctl == empty.atl == empty.tsb == empty.days == ()
    series = fitness_series({}, START, START)
    with pytest.raises(KeyError):
        series.on(START + timedelta(days=1))
    with pytest.raises(KeyError):
        series.on(START - timedelta(days=1))


loads_lists = st.lists(st.floats(min_value=0, max_value=2000, allow_nan=False), min_size=1, max_size=120)


@given(loads_lists, st.floats(min_value=0, max_value=2000))
def test_fitness_and_fatigue_stay_between_the_extreme_loads(values: list[float], seed: float) -> None:
    loads = dict(zip(days(len(values)), values, strict=True))
    series = fitness_series(loads, START, START + timedelta(days=len(values) - 1), ctl0=seed, atl0=seed)
    low, high = min(*values, seed), max(*values, seed)
    for x in (*series.ctl, *series.atl):
        assert low - 1e-9 <= x <= high + 1e-9
    # form is always yesterday's fitness minus yesterday's fatigue
    for i in range(1, len(values)):
        assert series.tsb[i] == pytest.approx(series.ctl[i - 1] - series.atl[i - 1], abs=1e-9)


@given(loads_lists, st.floats(min_value=0.1, max_value=10))
def test_the_averages_scale_with_the_load(values: list[float], k: float) -> None:
    end = START + timedelta(days=len(values) - 1)
    base = fitness_series(dict(zip(days(len(values)), values, strict=True)), START, end)
    scaled = fitness_series(dict(zip(days(len(values)), [k * v for v in values], strict=True)), START, end)
    assert scaled.ctl == pytest.approx([k * x for x in base.ctl], rel=1e-9, abs=1e-9)
    assert scaled.tsb == pytest.approx([k * x for x in base.tsb], rel=1e-9, abs=1e-9)


# --- monotony and strain (Foster 1998): population SD of the seven days ---


def test_monotony_and_strain_of_a_hand_worked_week() -> None:
    # 100 200 300 100 200 300 200: weekly load 1400, mean 200
    # deviations -100 0 100 -100 0 100 0: variance 4 x 100^2 / 7 = 5714.29, SD = 75.59
    # monotony = 200 / 75.59 = 2.6458 (= sqrt 7); strain = 1400 x 2.6458 = 3704.1
    week = week_strain(START, [100, 200, 300, 100, 200, 300, 200])
    assert week.start == START
    assert week.load == 1400.0
    assert week.monotony == pytest.approx(2.6458, abs=1e-4)
    assert week.monotony == pytest.approx(math.sqrt(7))
    assert week.strain == pytest.approx(3704.05, abs=0.01)


def test_one_big_day_is_a_low_monotony() -> None:
    # 0 0 0 0 0 0 700: mean 100, SD = sqrt((6 x 100^2 + 600^2) / 7) = sqrt(60000) = 244.95
    # monotony = 100 / 244.95 = 0.408 (= 1/sqrt 6), strain = 700 x 0.408 = 285.8
    week = week_strain(START, [0, 0, 0, 0, 0, 0, 700])
    assert week.monotony == pytest.approx(0.40825, abs=1e-5)
    assert week.strain == pytest.approx(285.77, abs=0.01)


def test_population_not_sample_sd() -> None:
    # 0 x 6 and 70: mean 10, population SD = sqrt((6 x 100 + 3600)/7) = 24.49 -> monotony 0.408;
    # the sample SD (n - 1 = 6) would give 26.46 -> 0.378
    assert week_strain(START, [0, 0, 0, 70, 0, 0, 0]).monotony == pytest.approx(0.408, abs=1e-3)


@pytest.mark.parametrize("value", [0.0, 100.0, 135.0, 42.3, 0.1, 292.5 / 7])
def test_equal_days_have_no_monotony(value: float) -> None:
    # SD 0: monotony undefined, whatever the floating-point noise of the mean of seven equal numbers
    week = week_strain(START, [value] * 7)
    assert week.monotony is None
    assert week.strain is None
    assert week.load == pytest.approx(7 * value)


def test_a_week_has_seven_days() -> None:
    with pytest.raises(ValueError, match="seven"):
        week_strain(START, [100.0] * 6)


@given(
    st.lists(st.floats(min_value=0, max_value=3000, allow_nan=False), min_size=7, max_size=7),
    st.floats(min_value=0.5, max_value=20),
)
def test_monotony_has_no_unit_and_strain_scales(daily: list[float], k: float) -> None:
    base = week_strain(START, daily)
    scaled = week_strain(START, [k * x for x in daily])
    if base.monotony is None or max(daily) - min(daily) < 1e-3:
        return
    assert scaled.monotony == pytest.approx(base.monotony, rel=1e-6)
    assert scaled.strain == pytest.approx(k * base.strain, rel=1e-6)
    # strain = weekly load x mean / SD
    assert base.strain == pytest.approx(sum(daily) * base.monotony, rel=1e-9)


@given(st.floats(min_value=0, max_value=1e5, allow_nan=False, allow_infinity=False))
def test_any_constant_week_has_no_monotony(value: float) -> None:
    assert week_strain(START, [value] * 7).monotony is None


def test_weekly_strain_groups_seven_days_from_each_week_start() -> None:
    sunday = START + timedelta(days=6)
    loads = {
        START: 100.0,
        sunday: 600.0,  # the last day of the first week
        sunday + timedelta(days=1): 50.0,  # Monday of the second week
        sunday + timedelta(days=8): 999.0,  # after the last week: ignored
    }
    weeks = weekly_strain(loads, START, START + timedelta(days=7))
    assert [w.start for w in weeks] == [START, START + timedelta(days=7)]
    assert [w.load for w in weeks] == [700.0, 50.0]
    # week 1: 100 0 0 0 0 0 600, mean 100, SD = sqrt((0 + 5 x 100^2 + 500^2)/7) = sqrt(42857) = 207.0
    assert weeks[0].monotony == pytest.approx(100 / math.sqrt(300000 / 7))
    assert weeks[0].monotony == pytest.approx(0.483, abs=1e-3)


def test_weekly_strain_across_a_year_boundary() -> None:
    monday = date(2026, 12, 28)
    loads = {date(2026, 12, 31): 300.0, date(2027, 1, 3): 400.0, date(2027, 1, 4): 200.0}
    weeks = weekly_strain(loads, monday, date(2027, 1, 4))
    assert [(w.start, w.load) for w in weeks] == [(monday, 700.0), (date(2027, 1, 4), 200.0)]


def test_weekly_strain_with_nothing_to_show() -> None:
    assert weekly_strain({START: 1.0}, START, START - timedelta(days=7)) == []
    (week,) = weekly_strain({}, START, START)
    assert (week.load, week.monotony, week.strain) == (0.0, None, None)
