"""Fitness, fatigue and form from daily session loads (DESIGN §4), and weekly monotony and strain.

Fitness (CTL) and fatigue (ATL) are exponentially weighted averages of the daily load with time constants
of 42 and 7 days: X_t = X_(t-1) + (L_t - X_(t-1)) / k (Banister's model in the form Coggan popularised).
Form (TSB) is yesterday's fitness minus yesterday's fatigue: how fresh the runner is on the morning of t.
Monotony is the week's mean daily load over its standard deviation, strain the weekly load times
monotony (Foster, Med Sci Sports Exerc 1998); the population SD of the seven days is used, and a week
whose days are all equal has no monotony (the SD is zero).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

CTL_DAYS = 42
ATL_DAYS = 7


@dataclass(frozen=True, slots=True)
class FitnessSeries:
    """Day by day from ``start``: fitness, fatigue and form (all in load units per day)."""

    start: date
    ctl: tuple[float, ...]
    atl: tuple[float, ...]
    tsb: tuple[float, ...]

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=i) for i in range(len(self.ctl)))

    def on(self, day: date) -> tuple[float, float, float]:
        i = (day - self.start).days
        if not 0 <= i < len(self.ctl):
            raise KeyError(day)
        return self.ctl[i], self.atl[i], self.tsb[i]


def fitness_series(
    loads: Mapping[date, float],
    start: date,
    end: date,
    *,
    ctl0: float = 0.0,
    atl0: float = 0.0,
    ctl_days: int = CTL_DAYS,
    atl_days: int = ATL_DAYS,
) -> FitnessSeries:
    """CTL, ATL and TSB for every day from ``start`` to ``end`` inclusive.

    ``ctl0``/``atl0`` are the values on the day before ``start``. Callers that show a range start the
    recurrence well before it (six time constants leave under 1 % of the starting guess) and slice.
    """
    if end < start:
        return FitnessSeries(start, (), (), ())
    ctl, atl, tsb = [], [], []
    c, a = ctl0, atl0
    day = start
    one = timedelta(days=1)
    while day <= end:
        tsb.append(c - a)  # yesterday's values: the form you start the day with
        load = loads.get(day, 0.0)
        c += (load - c) / ctl_days
        a += (load - a) / atl_days
        ctl.append(c)
        atl.append(a)
        day += one
    return FitnessSeries(start, tuple(ctl), tuple(atl), tuple(tsb))


@dataclass(frozen=True, slots=True)
class WeekStrain:
    start: date
    load: float
    monotony: float | None
    strain: float | None


def week_strain(start: date, daily: Sequence[float]) -> WeekStrain:
    """Monotony and strain of the seven daily loads of the week starting ``start``."""
    if len(daily) != 7:
        raise ValueError("a week has seven daily loads")
    total = float(sum(daily))
    mean = total / 7
    spread = math.sqrt(sum((x - mean) ** 2 for x in daily) / 7)  # population SD; statistics.pstdev is 50x slower
    if spread <= 1e-9 * abs(mean):  # equal days: the mean of seven equal floats may be off by one ulp
        return WeekStrain(start, total, None, None)
    monotony = mean / spread
    return WeekStrain(start, total, monotony, total * monotony)


def weekly_strain(loads: Mapping[date, float], first_week: date, last_week: date) -> list[WeekStrain]:
    """One ``WeekStrain`` per week from the week starting ``first_week`` to the one starting ``last_week``."""
    if last_week < first_week:
        return []
    weeks = (last_week - first_week).days // 7 + 1
    # every day's load looked up once, stepping a day at a time: ten years are 520 weeks, and seven date
    # sums a week cost more than the strain itself
    daily = []
    day, one = first_week, timedelta(days=1)
    for _ in range(7 * weeks):
        daily.append(loads.get(day, 0.0))
        day += one
    return [week_strain(first_week + timedelta(days=7 * i), daily[7 * i : 7 * i + 7]) for i in range(weeks)]
