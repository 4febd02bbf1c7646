"""chart_parts.day_numbers: matplotlib's own date numbers, worked out by whole days from the first."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib.dates as mdates
import numpy as np

from planner.ui.charts.chart_parts import day_numbers


def test_day_numbers_are_matplotlibs_date_numbers() -> None:
    days = [date(2016, 2, 29) + timedelta(days=3 * i) for i in range(1500)]
    days += [date(1969, 12, 31), date(2100, 3, 1), date(2016, 2, 29)]  # before the epoch, far ahead, repeated
    assert np.array_equal(day_numbers(days), np.asarray(mdates.date2num(days), dtype=float))
    assert day_numbers([]).shape == (0,)
