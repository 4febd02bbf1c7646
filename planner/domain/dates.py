"""The days Runlift stores and shows: wide enough for any training history and plan, narrow enough that a
week, a season or a chart's range around any of them stays inside Python's dates (year 1 to 9999)."""

from __future__ import annotations

from datetime import date

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)


def day_problem(day: date) -> str | None:
    """None for a day Runlift can keep, else a plain reason."""
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        return f"{day.isoformat()} is outside the dates Runlift keeps ({EARLIEST_DAY.year} to {LATEST_DAY.year})"
    return None
