"""The charts' light rows give exactly what full domain objects give: sessions (store.progress_rows.
chart_sessions_between) the same loads, per-day sums, weekly volumes and adherence; check-in answers
(store.checkin_rows.answers_between) the same recovery days (issue 21 replaced the full reads with them)."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, timedelta

import pytest

from planner.domain.enums import Intensity, RunType, SessionKind, Status
from planner.domain.session import LiftSet, Session
from planner.domain.week import week_start
from planner.engine.chart_range import ChartRange, Span
from planner.engine.load import session_load
from planner.engine.progress import (
    WARM_UP,
    ChartSession,
    E1rmMethod,
    SetTotals,
    adherence,
    daily_loads,
    set_estimate,
    training_load,
    weekly_volume,
)
from planner.engine.readiness import SleepAndSoreness, lower_body_causes, recovery_days
from planner.engine.week_totals import HARD_SET_MAX_RIR
from planner.services import progress as service
from planner.services import sessions
from planner.services.workspace import Workspace
from planner.store import checkin_rows, progress_rows, session_rows
from tests.helpers import lift, rest, run
from tests.perf.history import generate


def same_numbers(a: object, b: object) -> bool:
    """Equal, floats to 1e-12: SQLite from 3.43 sums with compensated (Kahan-Babuska-Neumaier) summation,
    Python adds left to right, so a day's sum may differ in its last bit depending on the SQLite underneath."""
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return type(a) is type(b) and all(
            same_numbers(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a)
        )
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_numbers(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_numbers(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b, rel_tol=1e-12)
    return a == b


END = date(2026, 11, 22)  # a Sunday: the generated year ends here
TODAY = END + timedelta(days=1)  # the generator plans nothing: only the session added ahead is planned


def light(start: date, end: date) -> list[ChartSession]:
    return [ChartSession.of_row(*row) for row in progress_rows.chart_sessions_between(start, end)]


def full(start: date, end: date) -> list[Session]:
    return session_rows.sessions_between(start, end, with_sets=False)


def span_days(span: Span) -> tuple[date, date, float]:
    return span.start, span.end, HARD_SET_MAX_RIR


def odd_ones() -> None:
    """Sessions the generator never writes: defaults for RPE and minutes, cross and rest, a moved lift."""
    week = END - timedelta(days=13)
    sessions.create(run(week, RunType.TEMPO, km=10.0, status=Status.DONE))  # no RPE, no duration: typical
    sessions.create(Session(day=week, kind=SessionKind.CROSS, status=Status.DONE, duration_s=1800))
    sessions.create(Session(day=week + timedelta(days=1), kind=SessionKind.CROSS, rpe=4.0))  # planned, past
    sessions.create(rest(week + timedelta(days=2), Status.DONE))
    moved = sessions.create(lift(week + timedelta(days=3), intensity=Intensity.LIGHT, status=Status.DONE))
    sessions.move(moved.id or 0, week + timedelta(days=5))
    sessions.create(run(END + timedelta(days=3), RunType.LONG, km=20.0, duration_s=7200))  # planned ahead


def test_light_rows_are_the_domain_sessions_as_the_charts_see_them(workspace: Workspace) -> None:
    generate(workspace, years=1, end=END)
    odd_ones()
    start, end = END - timedelta(days=400), END + timedelta(days=30)
    rows = light(start, end)
    domain = full(start, end)
    assert len(rows) > 400
    assert rows == [ChartSession.of(s) for s in domain]
    at_once = ChartSession.of_rows(progress_rows.chart_sessions_between(start, end))  # what the service reads
    assert at_once == rows
    assert {type(s) for s in at_once} == {ChartSession}
    kinds = {r.kind for r in rows}
    assert {SessionKind.RUN, SessionKind.LIFT, SessionKind.CROSS, SessionKind.REST} <= kinds
    assert {r.status for r in rows} == set(Status)
    assert any(r.moved for r in rows)


def test_per_day_load_sums_match_the_domain_computation(workspace: Workspace) -> None:
    generate(workspace, years=1, end=END)
    odd_ones()
    span = Span(END - timedelta(days=363), END + timedelta(days=7))  # Monday to Sunday
    read_from = span.start - timedelta(days=252)
    rows = light(read_from, span.end)
    domain = full(read_from, span.end)
    from_rows = training_load(rows, span, TODAY)
    assert from_rows == training_load(domain, span, TODAY)
    # and each day's bars add up to the loads of the sessions that count that day, summed from scratch
    expected: dict[date, float] = {}
    for s in domain:
        if s.day in span and (s.status is Status.DONE or (s.status is Status.PLANNED and s.day >= TODAY)):
            expected[s.day] = expected.get(s.day, 0.0) + session_load(s)
    assert {d.day: d.total for d in from_rows.days if d.total} == {d: v for d, v in expected.items() if v}
    assert sum(expected.values()) > 50_000  # a year of training, not an empty span
    # the Recovery chart's daily totals, without the fitness model: the same numbers to the last bit
    assert daily_loads(rows, span, TODAY).day_totals(span) == {d.day: d.total for d in from_rows.days if d.total}


def test_weekly_volume_and_adherence_match_the_domain_computation(workspace: Workspace) -> None:
    generate(workspace, years=1, end=END)
    odd_ones()
    span = Span(END - timedelta(days=363), END + timedelta(days=7))  # Monday to Sunday
    # lift totals come from their own query; the sessions decide which weeks they count in
    totals = {i: SetTotals(hard, tonnage) for i, hard, tonnage in progress_rows.set_totals_between(*span_days(span))}
    rows, domain = light(span.start, span.end), full(span.start, span.end)
    assert weekly_volume(rows, totals, span, TODAY) == weekly_volume(domain, totals, span, TODAY)
    assert adherence(rows, span, TODAY, 6) == adherence(domain, span, TODAY, 6)
    assert any(w.moved_lifts for w in adherence(rows, span, TODAY))


def test_check_in_answers_give_the_recovery_days_full_check_ins_give(workspace: Workspace) -> None:
    generate(workspace, years=1, end=END)
    start, end = END - timedelta(days=363), END + timedelta(days=7)
    full_checkins = checkin_rows.checkins_between(start, end)
    answers = [SleepAndSoreness(*row) for row in checkin_rows.answers_between(start, end)]
    assert len(answers) > 250
    assert answers == [
        (c.day, c.sleep_hours, c.sleep_quality, c.soreness_legs, c.soreness_upper, c.energy) for c in full_checkins
    ]
    days = recovery_days(answers, start, end)
    assert days == recovery_days(full_checkins, start, end)
    assert {d.caution for d in days} == {True, False}  # both kinds of night in the generated year
    assert [d.caution for d in days if d.sleep_hours is not None] == [bool(lower_body_causes(c)) for c in full_checkins]


@pytest.mark.parametrize("choice", [ChartRange.YEAR, ChartRange.ALL])
def test_daily_loads_summed_in_sql_are_the_sessions_summed_one_by_one(workspace: Workspace, choice: ChartRange) -> None:
    generate(workspace, years=1, end=END)
    odd_ones()
    today = END - timedelta(days=20)  # done days before, and the odd sessions' planned one after
    data = service.progress(choice, None, today=today)
    from_sql = data.daily  # nothing read yet: summed in SQL
    assert "sessions" not in vars(data)
    from_sessions = daily_loads(full(data.span.start - WARM_UP, data.span.end), data.span, today)
    assert same_numbers(from_sql, from_sessions)  # every part of every day, the totals and the first day
    assert len(from_sql.parts) > 300
    assert any(parts[3] for parts in from_sql.parts.values())  # a planned session counted
    assert any(parts[2] for parts in from_sql.parts.values())  # and a cross session
    assert same_numbers(data.load, training_load(full(data.span.start - WARM_UP, data.span.end), data.span, today))


def best_per_day(domain: list[Session], exercise_id: int, method: E1rmMethod) -> tuple[dict, dict]:
    """Each day's best e1RM of ``exercise_id`` worked out set by set from full sessions: (done, planned)."""
    done: dict[date, float] = {}
    planned: dict[date, float] = {}
    for session in domain:
        if session.kind is not SessionKind.LIFT or session.status is Status.SKIPPED:
            continue
        for s in session.sets:
            if s.exercise_id != exercise_id or s.warmup:
                continue
            if session.status is Status.DONE and s.actual_reps is not None:
                value = set_estimate(s.actual_load_kg, s.actual_reps, s.actual_rir, method)
                if value is not None:
                    done[session.day] = max(value, done.get(session.day, value))
            value = set_estimate(s.target_load_kg, s.target_reps, s.target_rir, method)
            if value is not None:
                planned[session.day] = max(value, planned.get(session.day, value))
    return done, planned


@pytest.mark.parametrize("method", [E1rmMethod.RPE_TABLE, E1rmMethod.BRZYCKI])
def test_strength_series_are_each_days_best_set_worked_out_from_full_sessions(
    workspace: Workspace, method: E1rmMethod
) -> None:
    """The sets read by session (their day and status read once per session) give each day's best set."""
    generate(workspace, years=1, end=END)
    data = service.progress(ChartRange.YEAR, None, method, today=TODAY)
    squat = data.lift_ids[0]
    # what the generator never writes: a heavy warm-up, a skipped lift, two lifts on one day, one planned ahead
    saturday = END - timedelta(days=1)  # the generator lifts on Mondays, Wednesdays and Fridays
    work = LiftSet(exercise_id=squat, set_number=2, target_reps=2, target_load_kg=200.0, target_rir=1.0)
    done = dataclasses.replace(work, actual_reps=2, actual_load_kg=210.0, actual_rir=1.0)
    warm_up = dataclasses.replace(done, set_number=1, actual_load_kg=300.0, target_load_kg=300.0, warmup=True)
    sessions.create(lift(saturday, sets=(warm_up, done), status=Status.DONE))
    sessions.create(lift(saturday - timedelta(days=7), sets=(done,), status=Status.SKIPPED))
    sessions.create(lift(saturday - timedelta(days=1), sets=(dataclasses.replace(done, actual_reps=1),)))
    sessions.create(lift(END + timedelta(days=2), sets=(work,)))
    data = service.progress(ChartRange.YEAR, None, method, today=TODAY)
    domain = session_rows.sessions_between(data.span.start, data.span.end, with_sets=True)
    assert len(data.strength) == 3
    for series in data.strength:
        done, planned = best_per_day(domain, series.exercise_id, method)
        assert len(done) > 100
        assert {p.day: p.value for p in series.points} == done
        assert {p.day: p.value for p in series.targets} == planned
        # and each point names a set that gives its value
        for p in (*series.points, *series.targets):
            assert set_estimate(p.load_kg, p.reps, p.rir, method) == p.value
    points = {p.day: p for p in data.strength[0].points}
    assert (points[saturday].reps, points[saturday].load_kg, points[saturday].rir) == (2, 210.0, 1.0)  # no warm-up
    assert saturday - timedelta(days=7) not in {p.day for p in (*data.strength[0].points, *data.strength[0].targets)}
    assert END + timedelta(days=2) in {p.day for p in data.strength[0].targets}


@pytest.mark.parametrize("first_weekday", [0, 6])
def test_weekly_volume_and_adherence_are_the_weeks_summed_one_by_one(workspace: Workspace, first_weekday: int) -> None:
    """Each week's totals, worked out week by week from full sessions: what the one pass over the sessions
    gives (issue 21 made it one pass)."""
    generate(workspace, years=1, end=END)
    odd_ones()
    today = END - timedelta(days=10)  # done weeks, a half-done one, planned ones after
    squat = LiftSet(exercise_id=1, set_number=1, target_reps=5, target_load_kg=100.0, target_rir=2.0)
    sessions.create(run(today, RunType.EASY, km=6.0))  # planned for today: counts as planned
    sessions.create(lift(today, sets=(squat,)))
    span = Span(week_start(END - timedelta(days=360), first_weekday), END + timedelta(days=14))  # as chart_span
    domain = full(span.start, span.end)
    totals = {i: SetTotals(hard, tonnage) for i, hard, tonnage in progress_rows.set_totals_between(*span_days(span))}
    volume = weekly_volume(light(span.start, span.end), totals, span, today, first_weekday=first_weekday)
    assert len(volume.weeks) == (span.end - span.start).days // 7 + 1
    for week in volume.weeks:
        days = [week.start + timedelta(days=i) for i in range(7)]
        counted = [
            s
            for s in domain
            if s.day in days
            and s.day in span
            and (s.status is Status.DONE or (s.status is Status.PLANNED and s.day >= today))
        ]
        done = [s for s in counted if s.status is Status.DONE]
        ahead = [s for s in counted if s.status is Status.PLANNED]
        for kept, run_m, hard, tonnage in (
            (done, week.run_m, week.hard_sets, week.tonnage_kg),
            (ahead, week.planned_run_m, week.planned_hard_sets, week.planned_tonnage_kg),
        ):
            assert run_m == sum(s.distance_m or 0.0 for s in kept if s.kind is SessionKind.RUN)
            lifts = [totals[s.id] for s in kept if s.kind is SessionKind.LIFT and s.id in totals]
            assert hard == sum(t.hard_sets for t in lifts)
            assert tonnage == sum(t.tonnage_kg for t in lifts)
    assert sum(w.hard_sets for w in volume.weeks) > 500
    assert any(w.planned_run_m for w in volume.weeks)

    weeks = adherence(light(span.start - timedelta(days=7), span.end), span, today, first_weekday)
    everything = full(span.start - timedelta(days=7), span.end)
    assert weeks[-1].start <= today < weeks[-1].start + timedelta(days=7)
    for week in weeks:
        promised = [
            s
            for s in everything
            if s.kind is not SessionKind.REST
            and week.start <= (s.planned_day or s.day) < week.start + timedelta(days=7)
        ]
        assert week.planned == len(promised)
        assert week.done == sum(s.status is Status.DONE for s in promised)
        assert week.skipped == sum(s.status is Status.SKIPPED for s in promised)
        assert week.unmarked == sum(s.status is Status.PLANNED and s.day < today for s in promised)
        assert week.moved_lifts == sum(
            s.status is Status.DONE and s.kind is SessionKind.LIFT and s.moved for s in promised
        )
    assert sum(w.skipped for w in weeks) > 10
