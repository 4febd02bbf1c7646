"""The Progress page's data: one read of the span's history, handed to the engine's chart maths."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.domain.profile import Profile
from planner.engine.chart_range import ChartRange, Span, chart_span
from planner.engine.phases import BUILD_WEEKS, PEAK_WEEKS, TAPER_WEEKS
from planner.engine.progress import (
    WARM_UP,
    E1rmMethod,
    E1rmSeries,
    SetRow,
    SetTotals,
    TrainingLoad,
    Volume,
    WeekAdherence,
    adherence,
    e1rm_series,
    training_load,
    weekly_volume,
)
from planner.engine.readiness import RecoveryDay, recovery_days
from planner.engine.week_totals import HARD_SET_MAX_RIR
from planner.store import checkin_rows, exercise_rows, progress_rows, race_rows, session_rows
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


@dataclass(frozen=True)
class ProgressData:
    span: Span
    today: date
    profile: Profile
    load: TrainingLoad
    volume: Volume
    adherence: tuple[WeekAdherence, ...]
    strength: tuple[E1rmSeries, ...]
    names: dict[int, str] = field(default_factory=dict)
    recovery: tuple[RecoveryDay, ...] = ()  # sleep and readiness per day, beside the daily load
    choices: tuple[LiftChoice, ...] = ()  # the lifts logged with a load in the span, most logged first
    lift_ids: tuple[int, ...] = ()  # the lifts charted: those asked for that the span logged, or the default

    @property
    def has_history(self) -> bool:
        """Whether anything was done in the span (else the page says how to get charts)."""
        return any(d.run or d.lift or d.other for d in self.load.days)


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
    """Everything the charts draw for ``choice``; a fixed handful of queries whatever the span, each reading
    only the span (and the fitness warm-up before it).

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
    sessions = session_rows.sessions_between(span.start - WARM_UP, span.end, with_sets=False)
    in_span = [s for s in sessions if s.day >= span.start]
    totals = {
        row[0]: SetTotals(int(row[1] or 0), float(row[2] or 0))
        for row in progress_rows.set_totals_between(span.start, span.end, HARD_SET_MAX_RIR)
    }
    choices = tuple(lift_choices(span.start, span.end))
    if exercise_ids is None:
        exercise_ids = default_lifts(choices)
    else:
        logged = {c.exercise_id for c in choices}
        exercise_ids = tuple(i for i in exercise_ids if i in logged)
    by_exercise: dict[int, list[SetRow]] = defaultdict(list)
    for row in progress_rows.exercise_sets_between(exercise_ids, span.start, span.end):
        by_exercise[row[0]].append(SetRow(*row))
    return ProgressData(
        span=span,
        today=today,
        profile=profile,
        load=training_load(sessions, span, today),
        volume=weekly_volume(in_span, totals, span, today, races, profile.first_weekday),
        # by planned day: a session planned in the span may have been done just before it
        adherence=tuple(adherence(sessions, span, today, profile.first_weekday)),
        strength=tuple(e1rm_series(by_exercise[i], i, method) for i in exercise_ids),
        names=exercise_rows.exercise_names(exercise_ids),
        recovery=recovery_days(checkin_rows.checkins_between(span.start, span.end), span.start, span.end),
        choices=choices,
        lift_ids=tuple(exercise_ids),
    )
