"""The date spans the Progress page offers: the last 4 or 12 weeks, the season, the last year, everything.

Every span starts on the first day of a week (weekly bars never show half weeks) and reaches a few weeks
past today when sessions are planned there, so fitness and fatigue show the taper coming.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.domain.week import week_start
from planner.engine.phases import BUILD_WEEKS, PEAK_WEEKS, TAPER_WEEKS

AHEAD_WEEKS = 3  # planned weeks shown after the current one
SEASON_WEEKS = TAPER_WEEKS + PEAK_WEEKS + BUILD_WEEKS + 4  # build-up to an A race, with some base before it
SEASON_LOOKAHEAD = timedelta(weeks=30)
ALL_AHEAD_LIMIT = timedelta(weeks=26)


class ChartRange(StrEnum):
    WEEKS_4 = "4w"
    WEEKS_12 = "12w"
    SEASON = "season"
    YEAR = "year"
    ALL = "all"

    @property
    def label(self) -> str:
        return RANGE_LABELS[self]


RANGE_LABELS = {
    ChartRange.WEEKS_4: "4 weeks",
    ChartRange.WEEKS_12: "12 weeks",
    ChartRange.SEASON: "Season",
    ChartRange.YEAR: "Year",
    ChartRange.ALL: "All",
}
BACK_WEEKS = {ChartRange.WEEKS_4: 4, ChartRange.WEEKS_12: 12, ChartRange.YEAR: 52}


@dataclass(frozen=True, slots=True)
class Span:
    start: date  # first day of a week
    end: date  # last day of a week

    @property
    def weeks(self) -> int:
        return ((self.end - self.start).days + 1) // 7

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def chart_span(
    choice: ChartRange,
    today: date,
    *,
    first_day: date | None = None,
    last_planned: date | None = None,
    races: Iterable[Race] = (),
    first_weekday: int = 0,
) -> Span:
    """The span ``choice`` covers. ``first_day`` is the earliest session on record, ``last_planned`` the
    latest day with a session (planned ones included)."""
    this_week = week_start(today, first_weekday)
    ahead = min(last_planned, today + timedelta(weeks=AHEAD_WEEKS)) if last_planned else today
    end = week_start(max(ahead, today), first_weekday) + timedelta(days=6)
    if choice in BACK_WEEKS:
        return Span(this_week - timedelta(weeks=BACK_WEEKS[choice] - 1), end)
    if choice is ChartRange.ALL:
        start = week_start(first_day, first_weekday) if first_day and first_day < this_week else this_week
        if last_planned is not None and last_planned > end:
            end = week_start(min(last_planned, today + ALL_AHEAD_LIMIT), first_weekday) + timedelta(days=6)
        return Span(start, end)
    return _season(today, this_week, end, list(races), first_weekday)


def _season(today: date, this_week: date, end: date, races: list[Race], first_weekday: int) -> Span:
    """The build-up to the next A race and its recovery week; with none ahead, since the last one."""
    a_races = sorted(r.day for r in races if r.priority is RacePriority.A)
    ahead = [d for d in a_races if today <= d <= today + SEASON_LOOKAHEAD]
    behind = [d for d in a_races if d < today]
    if ahead:
        race_week = week_start(ahead[0], first_weekday)
        start = race_week - timedelta(weeks=SEASON_WEEKS)
        if behind:  # the previous A race's recovery week belongs to its own season, not this one
            start = max(start, week_start(behind[-1], first_weekday) + timedelta(weeks=2))
        return Span(min(start, this_week), race_week + timedelta(weeks=1, days=6))
    start = this_week - timedelta(weeks=SEASON_WEEKS)
    if behind:  # no A race ahead: from the last one's recovery week, so the way back from it shows
        start = max(start, week_start(behind[-1], first_weekday) + timedelta(weeks=1))
    return Span(min(start, this_week), end)
