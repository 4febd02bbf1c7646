"""The Progress page's date spans, at hand-picked dates (Wednesday 25 Nov 2026 is "today")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.engine.chart_range import AHEAD_WEEKS, SEASON_WEEKS, ChartRange, Span, chart_span

TODAY = date(2026, 11, 25)  # a Wednesday; its Monday-week is 23-29 Nov, its Sunday-week 22-28 Nov


def a_race(day: date, priority: RacePriority = RacePriority.A) -> Race:
    return Race(day=day, name="Marathon", distance_m=42195, priority=priority)


def test_constants() -> None:
    # taper 2 + peak 2 + build 8 + 4 weeks of base
    assert SEASON_WEEKS == 16
    assert AHEAD_WEEKS == 3


@pytest.mark.parametrize(
    ("choice", "start"),
    [
        (ChartRange.WEEKS_4, date(2026, 11, 2)),  # this week and the three before it
        (ChartRange.WEEKS_12, date(2026, 9, 7)),  # 23 Nov - 11 weeks
        (ChartRange.YEAR, date(2025, 12, 1)),  # 23 Nov - 51 weeks: a Monday, 357 days back
    ],
)
def test_back_weeks_end_with_the_current_week_when_nothing_is_planned(choice: ChartRange, start: date) -> None:
    span = chart_span(choice, TODAY)
    assert span == Span(start, date(2026, 11, 29))
    assert span.start.weekday() == 0
    assert span.end.weekday() == 6
    assert span.weeks == {ChartRange.WEEKS_4: 4, ChartRange.WEEKS_12: 12, ChartRange.YEAR: 52}[choice]


def test_sunday_first_weeks() -> None:
    span = chart_span(ChartRange.WEEKS_4, TODAY, first_weekday=6)
    assert span == Span(date(2026, 11, 1), date(2026, 11, 28))  # Sunday 1 Nov to Saturday 28 Nov
    assert span.start.weekday() == 6
    assert span.weeks == 4
    # on a Sunday the week has just begun: it is the first day of the span's last week
    sunday = date(2026, 11, 29)
    assert chart_span(ChartRange.WEEKS_4, sunday, first_weekday=6) == Span(date(2026, 11, 8), date(2026, 12, 5))
    # with Monday weeks the same Sunday ends its week
    assert chart_span(ChartRange.WEEKS_4, sunday) == Span(date(2026, 11, 2), date(2026, 11, 29))


def test_planned_weeks_ahead_are_shown_up_to_three() -> None:
    # planned up to Friday 4 Dec: the span reaches the end of that week
    assert chart_span(ChartRange.WEEKS_4, TODAY, last_planned=date(2026, 12, 4)).end == date(2026, 12, 6)
    # planned far ahead: today + 3 weeks = Wed 16 Dec, so the week of 14-20 Dec ends the span
    span = chart_span(ChartRange.WEEKS_4, TODAY, last_planned=date(2027, 3, 1))
    assert span == Span(date(2026, 11, 2), date(2026, 12, 20))
    assert span.weeks == 7
    # the last session in the past changes nothing
    assert chart_span(ChartRange.WEEKS_4, TODAY, last_planned=date(2026, 10, 1)).end == date(2026, 11, 29)
    # Sunday weeks: Wed 16 Dec lies in Sun 13 - Sat 19 Dec
    assert chart_span(ChartRange.WEEKS_4, TODAY, last_planned=date(2027, 3, 1), first_weekday=6).end == date(
        2026, 12, 19
    )


def test_a_span_across_the_new_year() -> None:
    today = date(2027, 1, 2)  # a Saturday
    span = chart_span(ChartRange.WEEKS_4, today, last_planned=date(2027, 1, 5))
    assert span == Span(date(2026, 12, 7), date(2027, 1, 10))
    assert date(2026, 12, 31) in span
    assert date(2027, 1, 10) in span
    assert date(2027, 1, 11) not in span
    assert "2027-01-01" not in span  # only dates belong


def test_all_starts_with_the_week_of_the_first_session() -> None:
    span = chart_span(ChartRange.ALL, TODAY, first_day=date(2025, 3, 5))  # a Wednesday
    assert span == Span(date(2025, 3, 3), date(2026, 11, 29))
    span = chart_span(ChartRange.ALL, TODAY, first_day=date(2025, 3, 5), first_weekday=6)
    assert span == Span(date(2025, 3, 2), date(2026, 11, 28))
    # nothing on record, or only later sessions: just this week
    assert chart_span(ChartRange.ALL, TODAY) == Span(date(2026, 11, 23), date(2026, 11, 29))
    assert chart_span(ChartRange.ALL, TODAY, first_day=date(2026, 12, 10)).start == date(2026, 11, 23)


def test_all_reaches_the_last_planned_week_up_to_half_a_year() -> None:
    # planned to Wed 3 Feb 2027 (10 weeks): the whole plan is shown, to Sunday 7 Feb
    span = chart_span(ChartRange.ALL, TODAY, first_day=date(2026, 1, 7), last_planned=date(2027, 2, 3))
    assert span == Span(date(2026, 1, 5), date(2027, 2, 7))
    # planned two years ahead: capped at today + 26 weeks = Wed 26 May 2027, week ending Sun 30 May
    span = chart_span(ChartRange.ALL, TODAY, first_day=date(2026, 1, 7), last_planned=date(2028, 11, 1))
    assert span.end == date(2027, 5, 30)


def test_season_builds_up_to_the_next_a_race() -> None:
    # A race Sunday 10 Jan 2027: race week 4-10 Jan; 16 weeks before it starts Mon 14 Sep 2026;
    # the span ends with the recovery week, 11-17 Jan
    races = [a_race(date(2027, 1, 10)), a_race(date(2026, 12, 13), RacePriority.B)]
    span = chart_span(ChartRange.SEASON, TODAY, races=races)
    assert span == Span(date(2026, 9, 14), date(2027, 1, 17))
    assert span.weeks == 18  # 16 weeks of build-up, race week and recovery week


def test_season_with_sunday_weeks() -> None:
    # race week Sun 10 - Sat 16 Jan 2027; 16 weeks earlier is Sun 20 Sep 2026; recovery week to Sat 23 Jan
    span = chart_span(ChartRange.SEASON, TODAY, races=[a_race(date(2027, 1, 10))], first_weekday=6)
    assert span == Span(date(2026, 9, 20), date(2027, 1, 23))


def test_season_starts_after_the_previous_a_race() -> None:
    # previous A race Sun 18 Oct 2026 (week 12-18 Oct); its recovery week 19-25 Oct is part of its season,
    # so the new season starts no earlier than Mon 26 Oct
    races = [a_race(date(2026, 10, 18)), a_race(date(2027, 1, 10))]
    assert chart_span(ChartRange.SEASON, TODAY, races=races) == Span(date(2026, 10, 26), date(2027, 1, 17))


def test_season_of_a_race_this_week_or_soon_still_shows_this_week() -> None:
    # race on Saturday 28 Nov (this week): 16 weeks back from 23 Nov, recovery week to Sun 6 Dec
    span = chart_span(ChartRange.SEASON, TODAY, races=[a_race(date(2026, 11, 28))])
    assert span == Span(date(2026, 8, 3), date(2026, 12, 6))
    # a race on today's date counts as ahead
    assert chart_span(ChartRange.SEASON, TODAY, races=[a_race(TODAY)]).end == date(2026, 12, 6)


def test_season_without_an_a_race_ahead() -> None:
    # none: the last 16 weeks and this one (3 Aug to 29 Nov)
    assert chart_span(ChartRange.SEASON, TODAY) == Span(date(2026, 8, 3), date(2026, 11, 29))
    # a B race ahead does not make a season
    b_only = [a_race(date(2027, 1, 10), RacePriority.B)]
    assert chart_span(ChartRange.SEASON, TODAY, races=b_only) == Span(date(2026, 8, 3), date(2026, 11, 29))
    # an A race more than 30 weeks away (today + 30 weeks = 23 Jun 2027) does not either
    far = [a_race(date(2027, 6, 27))]
    assert chart_span(ChartRange.SEASON, TODAY, races=far) == Span(date(2026, 8, 3), date(2026, 11, 29))
    # the race just behind: since its recovery week (week after Sun 8 Nov = Mon 9 Nov)
    behind = [a_race(date(2026, 11, 8))]
    span = chart_span(ChartRange.SEASON, TODAY, races=behind, last_planned=date(2026, 12, 1))
    assert span == Span(date(2026, 11, 9), date(2026, 12, 6))


@pytest.mark.parametrize("choice", list(ChartRange))
@pytest.mark.parametrize("first_weekday", range(7))
def test_every_span_is_whole_weeks_holding_today(choice: ChartRange, first_weekday: int) -> None:
    races = [a_race(date(2027, 2, 14))]
    span = chart_span(
        choice,
        TODAY,
        first_day=date(2024, 6, 1),
        last_planned=date(2027, 1, 1),
        races=races,
        first_weekday=first_weekday,
    )
    assert span.start.weekday() == first_weekday
    assert (span.end + timedelta(days=1)).weekday() == first_weekday
    assert ((span.end - span.start).days + 1) % 7 == 0
    assert TODAY in span


def test_labels() -> None:
    assert [c.label for c in ChartRange] == ["4 weeks", "12 weeks", "Season", "Year", "All"]
    assert ChartRange("12w") is ChartRange.WEEKS_12
