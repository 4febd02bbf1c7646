"""The Progress page's data: the span's history, read chart by chart and handed to the engine's chart maths."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from planner.domain.profile import Profile, Race
from planner.engine.chart_range import ChartRange, Span, chart_span
from planner.engine.load import CROSS_RPE, TYPICAL_LIFT_RPE, TYPICAL_MINUTES, TYPICAL_RUN_RPE
from planner.engine.phases import BUILD_WEEKS, PEAK_WEEKS, TAPER_WEEKS
from planner.engine.progress import (
    WARM_UP,
    ChartSession,
    DailyLoads,
    E1rmMethod,
    E1rmSeries,
    SetTotals,
    TrainingLoad,
    Volume,
    WeekAdherence,
    adherence,
    daily_loads,
    e1rm_series_of_sessions,
    load_of_days,
    weekly_volume,
)
from planner.engine.readiness import RecoveryDay, SleepAndSoreness, recovery_days
from planner.engine.week_totals import HARD_SET_MAX_RIR
from planner.store import checkin_rows, exercise_rows, progress_rows, race_rows
from planner.store.profile_rows import get_profile

DEFAULT_LIFTS = 3
# phases count towards the next A race, which may lie beyond the span's end
RACES_AHEAD = timedelta(weeks=TAPER_WEEKS + PEAK_WEEKS + BUILD_WEEKS + 2)


@dataclass(frozen=True)
class LiftChoice:
    exercise_id: int
    name: str
    logged_sets: int
    last_done: date


class ProgressData:
    """What the charts draw for one span. Each chart's part is read the first time it is asked for and kept:
    a range switch draws only the chart on screen, so it reads only what that chart needs (issue 21: a switch to
    All read ten years for five charts to draw one). The span and profile are read at once."""

    def __init__(
        self,
        *,
        span: Span,
        today: date,
        profile: Profile,
        races: Sequence[Race] = (),
        lifts: Sequence[int] | None = None,
        method: E1rmMethod = E1rmMethod.RPE_TABLE,
    ) -> None:
        self.span = span
        self.today = today
        self.profile = profile
        self.races = tuple(races)
        self.lifts = None if lifts is None else tuple(lifts)  # the lifts asked for; None: the most logged
        self.method = method

    @cached_property
    def choices(self) -> tuple[LiftChoice, ...]:
        """The lifts logged with a load in the span, most logged first: read when the strength chart or its
        menu needs them, not on a switch shown on another chart (it aggregates every set of the span)."""
        return tuple(lift_choices(self.span.start, self.span.end))

    @cached_property
    def lift_ids(self) -> tuple[int, ...]:
        """The lifts charted: those asked for that the span logged, or its most logged ones."""
        if self.lifts is None:
            return default_lifts(self.choices)
        logged = {c.exercise_id for c in self.choices}
        return tuple(i for i in self.lifts if i in logged)

    @cached_property
    def sessions(self) -> list[ChartSession]:
        """The span's sessions and the fitness warm-up before it, as the charts need them (day, kind, status,
        load, distance): not as domain sessions, which cost a quarter of reading ten years (issue 21)."""
        rows = progress_rows.chart_sessions_between(self.span.start - WARM_UP, self.span.end)
        return ChartSession.of_rows(rows)

    @cached_property
    def daily(self) -> DailyLoads:
        """Each day's load, from the span's sessions when another chart has read them, else summed in SQL: a
        switch shown on the load or recovery chart turns no sessions into objects (issue 21)."""
        if "sessions" in self.__dict__:
            return daily_loads(self.sessions, self.span, self.today)
        rows = progress_rows.daily_loads_between(
            self.span.start - WARM_UP,
            self.span.end,
            self.today,
            {k.value: v for k, v in TYPICAL_RUN_RPE.items()},
            {k.value: v for k, v in TYPICAL_LIFT_RPE.items()},
            {k.value: v for k, v in TYPICAL_MINUTES.items()},
            CROSS_RPE,
        )
        return DailyLoads.of_rows(rows, self.span)

    @cached_property
    def load(self) -> TrainingLoad:
        return load_of_days(self.daily, self.span, self.today)

    @cached_property
    def daily_load(self) -> dict[date, float]:
        """Each day's total load in the span (days with none left out): all the Recovery chart draws of it."""
        return self.daily.day_totals(self.span)

    @cached_property
    def daily_planned_load(self) -> dict[date, float]:
        """The part of ``daily_load`` that is planned, not done (today and later)."""
        return self.daily.day_planned(self.span)

    @cached_property
    def volume(self) -> Volume:
        span = self.span
        totals = {
            row[0]: SetTotals(int(row[1] or 0), float(row[2] or 0))
            for row in progress_rows.set_totals_between(span.start, span.end, HARD_SET_MAX_RIR)
        }
        in_span = [s for s in self.sessions if s.day >= span.start]
        return weekly_volume(in_span, totals, span, self.today, self.races, self.profile.first_weekday)

    @cached_property
    def adherence(self) -> tuple[WeekAdherence, ...]:
        # by planned day: a session planned in the span may have been done just before it
        return tuple(adherence(self.sessions, self.span, self.today, self.profile.first_weekday))

    @cached_property
    def strength(self) -> tuple[E1rmSeries, ...]:
        """One series per charted lift: their sets read by session, each session's day and status once."""
        start, end = self.span.start, self.span.end
        if not self.lift_ids:
            return ()
        rows = progress_rows.exercise_sets_between(self.lift_ids, start, end)
        return e1rm_series_of_sessions(rows, progress_rows.lift_session_days(start, end), self.lift_ids, self.method)

    @cached_property
    def names(self) -> dict[int, str]:
        return exercise_rows.exercise_names(self.lift_ids)

    @cached_property
    def recovery(self) -> tuple[RecoveryDay, ...]:
        """Sleep and readiness per day, beside the daily load."""
        span = self.span
        answers = [SleepAndSoreness(*row) for row in checkin_rows.answers_between(span.start, span.end)]
        return recovery_days(answers, span.start, span.end)

    @cached_property
    def has_history(self) -> bool:
        """Whether anything with a load was done in the span (else the page says how to get charts)."""
        if "load" in self.__dict__:  # already read: no query
            return any(d.run or d.lift or d.other for d in self.load.days)
        return progress_rows.done_with_load_between(self.span.start, self.span.end)

    def read_all(self) -> ProgressData:
        """Read every chart's part now (exports, tests); returns itself."""
        for part in (
            "choices",
            "sessions",
            "load",
            "daily_load",
            "daily_planned_load",
            "volume",
            "adherence",
            "strength",
            "names",
            "recovery",
        ):
            getattr(self, part)
        return self


def lift_choices(start: date = date.min, end: date = date.max) -> list[LiftChoice]:
    """Every exercise logged with a load from ``start`` to ``end`` (by default ever), most logged first: the
    lifts worth charting."""
    rows = progress_rows.logged_exercises(start, end)
    names = exercise_rows.exercise_names(r[0] for r in rows)
    choices = [LiftChoice(i, names.get(i, "?"), n, last) for i, n, last in rows]
    return sorted(choices, key=lambda c: (-c.logged_sets, c.name.lower()))


def default_lifts(choices: Sequence[LiftChoice], wanted: int = DEFAULT_LIFTS) -> tuple[int, ...]:
    return tuple(c.exercise_id for c in choices[:wanted])


def progress(
    choice: ChartRange,
    exercise_ids: Sequence[int] | None = (),
    method: E1rmMethod = E1rmMethod.RPE_TABLE,
    today: date | None = None,
) -> ProgressData:
    """Everything the charts draw for ``choice``: the span now, each chart's part (and the lift choices) when it is
    first drawn (a fixed handful of queries whatever the span, each reading only the span and the fitness
    warm-up before it).

    ``exercise_ids`` are the lifts to chart, kept when the span logged them; None charts the span's most
    logged lifts.
    """
    today = today or date.today()
    profile = get_profile()
    bounds = progress_rows.session_day_bounds()
    first, last = bounds if bounds else (None, None)
    races = race_rows.races_between((first or today) - timedelta(weeks=60), max(last or today, today) + RACES_AHEAD)
    span = chart_span(
        choice, today, first_day=first, last_planned=last, races=races, first_weekday=profile.first_weekday
    )
    return ProgressData(
        span=span,
        today=today,
        profile=profile,
        races=races,
        lifts=exercise_ids,
        method=method,
    )
