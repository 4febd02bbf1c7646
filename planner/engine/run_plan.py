"""The usual running week laid out to race day, shaped toward the race: a two-week taper and the race itself.

Taper (DESIGN R8; Bosquet et al., MSSE 2007: volume down 41-60 % over about two weeks, intensity kept): the
week before the race runs at most 85 % of the plan's biggest week, race week at most 65 % (the race itself not
counted). Each run of a taper week is shortened by the same share, so the quality sessions stay and only get
shorter; distances are rounded down to 0.5 km so the cap holds after rounding. Race day holds the race alone.
Nothing already on the calendar is moved or doubled: only empty, available days get a run.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from planner.domain.dates import LATEST_DAY
from planner.domain.enums import RacePriority, RunType, SessionKind, Source
from planner.domain.profile import Race
from planner.domain.session import RunDetails, Session
from planner.domain.usual_week import UsualWeek, planned_runs
from planner.domain.week import week_start

PRE_RACE_WEEK_SHARE = 0.85  # the week before race week, of the biggest week's distance
RACE_WEEK_SHARE = 0.65  # race week without the race
ROUND_TO_M = 500.0
DEFAULT_WEEKS = 4  # with no race: four weeks, one training block (R12 deloads every 4-6 weeks)
MAX_WEEKS = 52


@dataclass(frozen=True, slots=True)
class RunPlan:
    first: date
    last: date
    runs: tuple[Session, ...]  # the usual runs to add (taper applied), and the race when it is new
    race: Race | None = None
    weeks: int = 0

    @property
    def race_session(self) -> Session | None:
        return next((s for s in self.runs if s.run is not None and s.run.run_type is RunType.RACE), None)


def goal_race(races: Iterable[Race], today: date) -> Race | None:
    """The next A race from today (the one the season is shaped toward), or None."""
    ahead = sorted((r for r in races if r.priority is RacePriority.A and r.day >= today), key=lambda r: r.day)
    return ahead[0] if ahead else None


def plan_span(today: date, first_weekday: int, race: Race | None, weeks: int = DEFAULT_WEEKS) -> tuple[date, date]:
    """From today to race day, or to the end of the ``weeks``-th calendar week (this week counts as the first)."""
    if race is not None:
        return today, min(race.day, LATEST_DAY)
    weeks = max(1, min(weeks, MAX_WEEKS))
    # never past the last day Runlift keeps: a plan made in late 2199 stops at its end (a restore refuses later days)
    return today, min(week_start(today, first_weekday) + timedelta(weeks=weeks, days=-1), LATEST_DAY)


def plan_runs(
    usual: UsualWeek,
    today: date,
    first_weekday: int,
    *,
    race: Race | None = None,
    weeks: int = DEFAULT_WEEKS,
    busy: Iterable[date] = (),
    unavailable: Iterable[date] = (),
    other_races: Iterable[Race] = (),
) -> RunPlan:
    """The runs to add from today to race day (or ``weeks`` weeks), on days that are neither ``busy`` (they hold
    a session already) nor ``unavailable``. Every race in the span (``race``, the goal, and ``other_races``) is a
    session on its day in place of the usual run; only the goal race shapes a taper."""
    first, last = plan_span(today, first_weekday, race, weeks)
    taken = set(busy)
    in_span = {r.day: r for r in (*other_races, *([race] if race else [])) if first <= r.day <= last}
    runs = planned_runs(usual, first, last, taken | set(unavailable) | set(in_span))
    if race is not None:
        runs = _tapered(runs, usual, race.day, first_weekday)
    runs += [race_run(r) for day, r in in_span.items() if day not in taken]  # a day already holding one keeps it
    weeks_spanned = (week_start(last, first_weekday) - week_start(first, first_weekday)).days // 7 + 1
    return RunPlan(first, last, tuple(sorted(runs, key=lambda s: s.day)), race, weeks_spanned)


def race_run(race: Race) -> Session:
    return Session(
        day=race.day,
        kind=SessionKind.RUN,
        run=RunDetails(run_type=RunType.RACE, distance_m=race.distance_m),
        planned_day=race.day,
        notes=race.name,
        source=Source.MANUAL,
    )


def _tapered(runs: list[Session], usual: UsualWeek, race_day: date, first_weekday: int) -> list[Session]:
    """Shorten the runs of race week and the week before to their shares of the biggest week."""
    biggest = usual.weekly_distance_m
    if biggest <= 0:
        return runs
    race_week = week_start(race_day, first_weekday)
    caps = {race_week: RACE_WEEK_SHARE * biggest, race_week - timedelta(weeks=1): PRE_RACE_WEEK_SHARE * biggest}
    shaped = []
    for run in runs:
        cap = caps.get(week_start(run.day, first_weekday))
        if cap is None or run.run is None or run.run.distance_m is None:
            shaped.append(run)
            continue
        share = min(1.0, cap / biggest)
        metres = math.floor(run.run.distance_m * share / ROUND_TO_M) * ROUND_TO_M
        shaped.append(replace(run, run=replace(run.run, distance_m=max(metres, ROUND_TO_M))))
    return shaped


def week_distances(runs: Iterable[Session], first_weekday: int, *, with_races: bool = False) -> dict[date, float]:
    """Planned running distance per calendar week (race sessions left out unless asked)."""
    totals: dict[date, float] = {}
    for s in runs:
        if s.run is None or s.run.distance_m is None:
            continue
        if s.run.run_type is RunType.RACE and not with_races:
            continue
        start = week_start(s.day, first_weekday)
        totals[start] = totals.get(start, 0.0) + s.run.distance_m
    return totals
