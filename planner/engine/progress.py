"""What the Progress charts show, computed from sessions and sets; the UI only draws it.

Past days count what was done; from today on, what is planned (drawn dashed or pale), so the coming
weeks — a taper, a race — are visible before they happen. Loads are kilograms and distances metres.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple, TypeVar

from planner.domain.enums import Intensity, RunType, SessionKind, Status
from planner.domain.profile import Race
from planner.domain.session import Session
from planner.domain.week import week_start
from planner.engine.chart_range import Span
from planner.engine.fitness import CTL_DAYS, FitnessSeries, WeekStrain, fitness_series, weekly_strain
from planner.engine.load import load_of, session_load
from planner.engine.phases import Phase, week_phases
from planner.engine.strength import MAX_TABLE_REPS, Formula, best_e1rm, e1rm

K = TypeVar("K", bound=Hashable)  # what names a set's session: its id, or its (day, status)

WARM_UP = timedelta(days=6 * CTL_DAYS)  # history read before a span so its first CTL is already settled


class E1rmMethod(StrEnum):
    """The e1RM estimators of DESIGN §4, plus the reps x RPE table for sets logged with their RIR."""

    EPLEY = Formula.EPLEY.value
    BRZYCKI = Formula.BRZYCKI.value
    LANDER = Formula.LANDER.value
    LOMBARDI = Formula.LOMBARDI.value
    MAYHEW = Formula.MAYHEW.value
    OCONNER = Formula.OCONNER.value
    WATHEN = Formula.WATHEN.value
    RPE_TABLE = "rpe_table"

    @classmethod
    def _missing_(cls, value: object) -> E1rmMethod | None:
        # the estimator's author is Wathen; a setting saved before the spelling was fixed still reads
        return cls.WATHEN if value == "wathan" else None

    @property
    def label(self) -> str:
        return (
            "RPE table (uses logged RIR)" if self is E1rmMethod.RPE_TABLE else self.value.replace("oc", "O'C").title()
        )


class SetRow(NamedTuple):
    """One set of one exercise, with the status of its session (a tuple: years of sets are read at once)."""

    exercise_id: int
    day: date
    status: Status
    reps: int | None = None
    load_kg: float | None = None
    rir: float | None = None
    target_reps: int | None = None
    target_load_kg: float | None = None
    target_rir: float | None = None


@dataclass(frozen=True, slots=True)
class SetTotals:
    """A lift session's sets summed, each as logged or, not logged, as planned (so a lift marked done
    with nothing logged counts its targets: marking it done says it went as planned)."""

    hard_sets: int = 0
    tonnage_kg: float = 0.0


@lru_cache(maxsize=4096)  # sets repeat (same load, reps and RIR week after week): years are read at once
def set_estimate(load_kg: float | None, reps: int | None, rir: float | None, method: E1rmMethod) -> float | None:
    """The e1RM of one set, or None when a set says nothing about strength (no load, no reps, too many reps)."""
    if not load_kg or not reps or reps < 1 or reps > MAX_TABLE_REPS:
        return None
    if method is E1rmMethod.RPE_TABLE:  # DESIGN §4's default: the table when RIR is logged, else Epley
        return best_e1rm(load_kg, reps, rir)
    return e1rm(load_kg, reps, Formula(method.value))


class E1rmPoint(NamedTuple):
    """A day's best set: a tuple, as ten years of three lifts are 6,000 points, and a frozen dataclass costs an
    ``object.__setattr__`` call per field (2.5 of the 12.6 ms of turning their sets into series)."""

    day: date
    value: float
    reps: int
    load_kg: float
    rir: float | None


@dataclass(frozen=True, slots=True)
class E1rmSeries:
    """One exercise: the best set of each day it was done, and the e1RM the plan's targets asked for."""

    exercise_id: int
    points: tuple[E1rmPoint, ...]
    targets: tuple[E1rmPoint, ...]

    @property
    def best(self) -> E1rmPoint | None:
        return max(self.points, key=lambda p: p.value, default=None)


# a set as the store reads it, ``SetRow``'s fields in its order: years of sets need not become SetRows
SetTuple = tuple[int, date, Status, int | None, float | None, float | None, int | None, float | None, float | None]
# a set as the strength chart reads it (store.progress_rows.exercise_sets_between): its session, whose day and
# status are read once per session, then its exercise, reps, load, RIR and the targets' three
SessionSetTuple = tuple[K, int, int | None, float | None, float | None, int | None, float | None, float | None]
_Best = dict[date, tuple[float, int, float, float | None]]  # per day: the best e1RM, its reps, load and RIR
_UNKNOWN = math.nan  # an estimate not worked out yet: one look-up finds either (compared by identity)


def _heavier(load: float, reps: int, held: tuple[float, int, float, float | None]) -> bool:
    """Of two sets with the same estimate on one day, the heavier, then the one with more reps, is the day's best
    (the RPE table gives 100 kg x 5 @ 2 and x 4 @ 3 one value): the same set whatever order the store reads them."""
    return (load, reps) > (held[2], held[1])


def e1rm_series(rows: Iterable[SetTuple], exercise_id: int, method: E1rmMethod = E1rmMethod.RPE_TABLE) -> E1rmSeries:
    """The best set of each day for ``exercise_id``, from sets that carry their day and status."""
    by_session: list[SessionSetTuple[tuple[date, Status]]] = [
        ((day, status), exercise, reps, load, rir, target_reps, target_load, target_rir)
        for exercise, day, status, reps, load, rir, target_reps, target_load, target_rir in rows
    ]
    sessions = {row[0]: row[0] for row in by_session}
    return e1rm_series_of_sessions(by_session, sessions, (exercise_id,), method)[0]


def e1rm_series_of_sessions(
    rows: Iterable[SessionSetTuple[K]],
    sessions: Mapping[K, tuple[date, Status]],
    exercise_ids: Sequence[int],
    method: E1rmMethod = E1rmMethod.RPE_TABLE,
) -> tuple[E1rmSeries, ...]:
    """One ``E1rmSeries`` per exercise of ``exercise_ids``, in that order, from sets that name their session
    (``sessions`` gives its day and status): ten years of sets in one pass, each session's day read once."""
    best: dict[int, tuple[_Best, _Best]] = {i: ({}, {}) for i in exercise_ids}  # done, planned
    # estimates by (load, reps, RIR): looked up without hashing the method, an Enum whose hash is Python code,
    # twice for each of ten years of sets
    known: dict[tuple[float | None, int | None, float | None], float | None] = {}
    skipped, done_status, unknown = Status.SKIPPED, Status.DONE, _UNKNOWN
    for session, exercise, reps, load, rir, target_reps, target_load, target_rir in rows:  # hot: years of sets
        days = best.get(exercise)
        if days is None:
            continue
        day, status = sessions[session]
        if status is skipped:
            continue
        if status is done_status and reps is not None:
            done_key = (load, reps, rir)
            value = known.get(done_key, unknown)
            if value is unknown:
                value = known[done_key] = set_estimate(load, reps, rir, method)
            if value is not None:
                held = days[0].get(day)
                if held is None or value > held[0] or (value == held[0] and _heavier(load or 0.0, reps, held)):
                    days[0][day] = (value, reps, load or 0.0, rir)
        key = (target_load, target_reps, target_rir)
        value = known.get(key, unknown)
        if value is unknown:
            value = known[key] = set_estimate(target_load, target_reps, target_rir, method)
        if value is not None:
            held = days[1].get(day)
            if (
                held is None
                or value > held[0]
                or (value == held[0] and _heavier(target_load or 0.0, target_reps or 0, held))
            ):
                days[1][day] = (value, target_reps or 0, target_load or 0.0, target_rir)
    return tuple(
        E1rmSeries(
            i,
            tuple([E1rmPoint._make((d, *done[d])) for d in sorted(done)]),
            tuple([E1rmPoint._make((d, *planned[d])) for d in sorted(planned)]),
        )
        for i in exercise_ids
        for done, planned in (best[i],)
    )


# a session's columns as the store reads them for the charts (store.progress_rows.chart_sessions_between): id, day,
# planned day, kind, status, duration s, RPE, run type, lift intensity, run distance m
SessionColumns = tuple[
    int | None,
    date,
    date | None,
    SessionKind,
    Status,
    int | None,
    float | None,
    RunType | None,
    Intensity | None,
    float | None,
]


class ChartSession(NamedTuple):
    """What the charts need of a session: a tuple, because ten years are thousands of sessions and the charts
    never need their notes, laps or sets (building full ``Session`` objects was a quarter of reading All)."""

    id: int | None
    day: date
    planned_day: date | None
    kind: SessionKind
    status: Status
    load: float  # engine.load's session-RPE load: 0 for rest and skipped sessions
    distance_m: float | None  # a run's distance

    @property
    def moved(self) -> bool:
        """Done on another day than the one it was planned for (``Session.moved``)."""
        return self.planned_day is not None and self.planned_day != self.day

    @classmethod
    def of_row(
        cls,
        id: int | None,
        day: date,
        planned_day: date | None,
        kind: SessionKind,
        status: Status,
        duration_s: int | None,
        rpe: float | None,
        run_type: RunType | None,
        intensity: Intensity | None,
        distance_m: float | None,
    ) -> ChartSession:
        """From a session's columns (``store.progress_rows.chart_sessions_between``)."""
        load = load_of(kind, status, duration_s, rpe, run_type, intensity)
        return cls(id, day, planned_day, kind, status, load, distance_m)

    @classmethod
    def of_rows(cls, rows: Iterable[SessionColumns]) -> list[ChartSession]:
        """``of_row`` of each row, in one comprehension: ten years are 4,300 sessions, and a call per row
        through the classmethod and the tuple's ``__new__`` cost a third of building them."""
        new = tuple.__new__
        return [
            new(cls, (i, day, planned, kind, status, load_of(kind, status, seconds, rpe, run, lift), metres))
            for i, day, planned, kind, status, seconds, rpe, run, lift, metres in rows
        ]

    @classmethod
    def of(cls, session: Session | ChartSession) -> ChartSession:
        if isinstance(session, ChartSession):
            return session
        return cls(
            session.id,
            session.day,
            session.planned_day,
            session.kind,
            session.status,
            session_load(session),
            session.distance_m,
        )


def counts(session: Session | ChartSession, today: date) -> bool:
    """Whether a session's load counts: done ones always, planned ones from today on."""
    if session.status is Status.DONE:
        return True
    return session.status is Status.PLANNED and session.day >= today


class DayLoad(NamedTuple):
    """One day's load by kind: a tuple, as ten years are 3,650 of them (a frozen dataclass's ``__init__`` is an
    ``object.__setattr__`` call per field: 1 us a day against 0.35 us for a tuple)."""

    day: date
    run: float = 0.0
    lift: float = 0.0
    other: float = 0.0
    planned: float = 0.0  # from sessions still planned (today and later)

    @property
    def total(self) -> float:
        return self.run + self.lift + self.other + self.planned


def weekly_means(days: tuple[DayLoad, ...]) -> list[DayLoad]:
    """Each whole week's mean daily load by kind (dated on its first day): years of daily bars are noise."""
    # by kind, then seven days at a time: the same sums in the same order as day by day, without a generator
    # per kind and week (ten years are 520 weeks)
    _, run, lift, other, planned = zip(*days, strict=True) if days else ((), (), (), (), ())
    return [
        DayLoad(
            days[i].day,
            sum(run[i : i + 7]) / 7,
            sum(lift[i : i + 7]) / 7,
            sum(other[i : i + 7]) / 7,
            sum(planned[i : i + 7]) / 7,
        )
        for i in range(0, len(days) - 6, 7)
    ]


@dataclass(frozen=True, slots=True)
class TrainingLoad:
    span: Span
    today: date
    days: tuple[DayLoad, ...]
    fitness: FitnessSeries
    weeks: tuple[WeekStrain, ...]


_LOAD_PART = {SessionKind.RUN: 0, SessionKind.LIFT: 1}  # DayLoad's run and lift; any other kind is "other"


@dataclass(frozen=True, slots=True)
class DailyLoads:
    """Per day up to a span's end, the days with any load counted: the load of runs, lifts, other kinds and
    planned sessions (``DayLoad``'s order) and the day's total as summed session by session (the fitness
    model's input); and the first such day, if before the span (where the fitness model starts)."""

    parts: dict[date, list[float]]
    totals: dict[date, float]
    first: date

    def day_totals(self, span: Span) -> dict[date, float]:
        """Each day's total in ``span``, exactly ``DayLoad.total`` of ``training_load``'s days (days without
        load left out): what the Recovery chart draws, without the fitness model and weekly strain."""
        start = span.start
        # DayLoad.total's sum, in its order, without building the days
        return {
            day: run + lift + other + planned for day, (run, lift, other, planned) in self.parts.items() if start <= day
        }

    def day_planned(self, span: Span) -> dict[date, float]:
        """The part of each day's total in ``span`` still planned (from today on), days without any left out:
        the Recovery chart draws it apart from what was done, as the Training load chart does."""
        start = span.start
        return {day: parts[3] for day, parts in self.parts.items() if start <= day and parts[3]}

    @classmethod
    def of_rows(cls, rows: Iterable[tuple[date, float, float, float, float, float]], span: Span) -> DailyLoads:
        """From ``(day, run, lift, other, planned, total)`` rows summed in SQL (``progress_rows.
        daily_loads_between``), as ``daily_loads`` sums them from sessions."""
        parts: dict[date, list[float]] = {}
        totals: dict[date, float] = {}
        first = span.start
        for day, run, lift, other, planned, total in rows:
            parts[day] = [run, lift, other, planned]
            totals[day] = total
            if day < first:
                first = day
        return cls(parts, totals, first)


def daily_loads(sessions: Iterable[Session | ChartSession], span: Span, today: date) -> DailyLoads:
    """Each day's load up to the span's end from ``sessions``: done ones, and planned ones from ``today``.
    Ten years are 4,000 sessions over 3,650 days: plain lists, not dictionaries of them."""
    parts_of: dict[date, list[float]] = {}
    totals: dict[date, float] = {}
    first, end = span.start, span.end
    done, planned = Status.DONE, Status.PLANNED
    for _, day, _, kind, status, load, _ in map(ChartSession.of, sessions):  # hot: years of sessions
        if day > end or not load:
            continue
        # counts(): done ones, and planned ones from today on
        if status is done:
            part = _LOAD_PART.get(kind, 2)
        elif status is planned and day >= today:
            part = 3
        else:
            continue
        if day < first:
            first = day
        totals[day] = totals.get(day, 0.0) + load
        parts = parts_of.get(day)
        if parts is None:
            parts = parts_of[day] = [0.0, 0.0, 0.0, 0.0]
        parts[part] += load
    return DailyLoads(parts_of, totals, first)


def training_load(sessions: Iterable[Session | ChartSession], span: Span, today: date) -> TrainingLoad:
    """Daily session-RPE load in ``span`` split by kind, with CTL/ATL/TSB and weekly monotony and strain.

    ``sessions`` should reach ``WARM_UP`` before the span, so fitness on its first day is not counted
    from zero.
    """
    return load_of_days(daily_loads(sessions, span, today), span, today)


def load_of_days(daily: DailyLoads, span: Span, today: date) -> TrainingLoad:
    """``training_load`` from each day's load (``daily_loads``, or ``DailyLoads.of_rows`` summed in SQL)."""
    parts_of, totals, first = daily.parts, daily.totals, daily.first
    whole = fitness_series(totals, first, span.end)
    offset = (span.start - first).days
    fitness = FitnessSeries(span.start, whole.ctl[offset:], whole.atl[offset:], whole.tsb[offset:])
    days = [span.start + timedelta(days=i) for i in range((span.end - span.start).days + 1)]
    loads = tuple(DayLoad(day, *parts_of[day]) if day in parts_of else DayLoad(day) for day in days)
    weeks = weekly_strain(totals, span.start, span.end - timedelta(days=6))
    return TrainingLoad(span, today, loads, fitness, tuple(weeks))


@dataclass(frozen=True, slots=True)
class WeekVolume:
    start: date
    run_m: float = 0.0
    planned_run_m: float = 0.0
    hard_sets: int = 0
    planned_hard_sets: int = 0
    tonnage_kg: float = 0.0
    planned_tonnage_kg: float = 0.0
    phase: Phase = Phase.BASE


@dataclass(frozen=True, slots=True)
class Volume:
    weeks: tuple[WeekVolume, ...]
    races: tuple[Race, ...] = field(default=())


def weekly_volume(
    sessions: Iterable[Session | ChartSession],
    totals: Mapping[int, SetTotals],
    span: Span,
    today: date,
    races: Iterable[Race] = (),
    first_weekday: int = 0,
) -> Volume:
    """Per week of ``span``: running distance and lifting volume (hard sets and tonnage), done and planned,
    and the season phase of the week (from the A races)."""
    # per week, numbered from the one the span starts: run, planned run, hard sets, planned hard sets, tonnage,
    # planned tonnage; ten years are 4,000 sessions, and a week's number is one subtraction
    origin = week_start(span.start, first_weekday)
    base = origin.toordinal()
    low, high = span.start, span.end
    done, planned = Status.DONE, Status.PLANNED
    sums: dict[int, list[float]] = {}
    for session_id, day, _, kind, status, _, distance_m in map(ChartSession.of, sessions):  # hot: years
        if not low <= day <= high:
            continue
        # counts(): done ones, and planned ones from today on
        if status is done:
            ahead = 0
        elif status is planned and day >= today:
            ahead = 1
        else:
            continue
        number = (day.toordinal() - base) // 7
        week = sums.get(number) or sums.setdefault(number, [0.0] * 6)
        if kind is SessionKind.RUN:
            if distance_m:
                week[ahead] += distance_m
        elif kind is SessionKind.LIFT and session_id is not None and session_id in totals:
            t = totals[session_id]
            week[2 + ahead] += t.hard_sets
            week[4 + ahead] += t.tonnage_kg
    race_list = sorted(races, key=lambda r: r.day)
    starts = [low + timedelta(days=7 * i) for i in range((high - low).days // 7 + 1)]
    nothing = [0.0] * 6
    weeks = []
    for start, phase in zip(starts, week_phases(starts, race_list, first_weekday), strict=True):
        run_m, planned_run_m, hard, planned_hard, tonnage, planned_tonnage = sums.get(
            (start - origin).days // 7, nothing
        )
        weeks.append(
            WeekVolume(
                start,
                run_m=run_m,
                planned_run_m=planned_run_m,
                hard_sets=int(hard),
                planned_hard_sets=int(planned_hard),
                tonnage_kg=tonnage,
                planned_tonnage_kg=planned_tonnage,
                phase=phase,
            )
        )
    return Volume(tuple(weeks), tuple(r for r in race_list if r.day in span))


@dataclass(frozen=True, slots=True)
class WeekAdherence:
    start: date
    planned: int = 0  # sessions on the calendar that week (rest days aside)
    done: int = 0
    skipped: int = 0
    unmarked: int = 0  # still "planned" though their day has passed
    moved_lifts: int = 0  # lifts done on another day than the one they were planned for

    @property
    def rate(self) -> float | None:
        """Done over everything whose day has passed; None for a week with nothing due yet."""
        due = self.done + self.skipped + self.unmarked
        return self.done / due if due else None


def adherence(
    sessions: Iterable[Session | ChartSession], span: Span, today: date, first_weekday: int = 0
) -> list[WeekAdherence]:
    """Planned vs done vs skipped per week of ``span`` up to the current week.

    A session counts in the week of the day it was planned for, so moving a lift within its week is
    not a miss, and one moved into the next week still counts where it was promised.
    """
    last = week_start(today, first_weekday)
    # per week, numbered from the week the span starts in: planned, done, skipped, not marked, lifts moved
    origin = week_start(span.start, first_weekday)
    base = origin.toordinal()
    low, high = span.start.toordinal(), min(last, span.end).toordinal()
    sums: dict[int, list[int]] = {}
    rest, lift, done, skipped = SessionKind.REST, SessionKind.LIFT, Status.DONE, Status.SKIPPED
    for _, day, planned_day, kind, status, _, _ in map(ChartSession.of, sessions):  # hot: years of sessions
        if kind is rest:
            continue
        number = ((planned_day or day).toordinal() - base) // 7
        if not low <= base + 7 * number <= high:
            continue
        counts_ = sums.get(number) or sums.setdefault(number, [0, 0, 0, 0, 0])
        counts_[0] += 1
        if status is done:
            counts_[1] += 1
            if kind is lift and planned_day is not None and planned_day != day:  # ChartSession.moved
                counts_[4] += 1
        elif status is skipped:
            counts_[2] += 1
        elif day < today:
            counts_[3] += 1
    weeks = []
    start = span.start
    while start <= min(last, span.end):
        weeks.append(WeekAdherence(start, *sums.get((start - origin).days // 7, ())))
        start += timedelta(days=7)
    return weeks
