"""The Progress page's reads (store SQL) and its service, against a temporary database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import Status
from planner.domain.profile import Profile, Race
from planner.domain.session import LiftSet, RunDetails
from planner.engine.chart_range import ChartRange, Span
from planner.engine.phases import Phase
from planner.engine.progress import E1rmMethod, WeekAdherence
from planner.engine.week_totals import HARD_SET_MAX_RIR
from planner.services import progress as service
from planner.services import sessions
from planner.store import exercise_rows, progress_rows
from planner.store.profile_rows import save_profile
from planner.store.race_rows import add_race
from tests.helpers import MONDAY, day, exercise, lift, run

TODAY = day(2)  # Wednesday 25 Nov 2026


def logged(ex: int, reps: int | None, load: float | None, rir: float | None, n: int = 1, **target: object) -> LiftSet:
    return LiftSet(exercise_id=ex, set_number=n, actual_reps=reps, actual_load_kg=load, actual_rir=rir, **target)  # type: ignore[arg-type]


def planned(ex: int, reps: int, load: float, rir: float | None = None, n: int = 1) -> LiftSet:
    return LiftSet(exercise_id=ex, set_number=n, target_reps=reps, target_load_kg=load, target_rir=rir)


# --- store ---


def test_hard_sets_and_tonnage_per_session(db: SqliteDatabase) -> None:
    squat = exercise()
    sets = (
        # actual 5 x 100 @ RIR 4: hard (within four reps of failure); target 5 x 100 @ 2: hard
        logged(squat, 5, 100.0, 4.0, 1, target_reps=5, target_load_kg=100.0, target_rir=2.0),
        # actual @ RIR 4.5: not hard; target @ 4: hard
        logged(squat, 5, 100.0, 4.5, 2, target_reps=5, target_load_kg=100.0, target_rir=4.0),
        # no RIR logged or planned: hard
        logged(squat, 3, 120.0, None, 3, target_reps=3, target_load_kg=120.0),
        # no reps: neither hard nor tonnage; target @ RIR 4.5: not hard
        logged(squat, 0, 100.0, None, 4, target_reps=5, target_load_kg=100.0, target_rir=4.5),
        # not logged; target @ RIR 5: not hard
        logged(squat, None, None, None, 5, target_reps=5, target_load_kg=100.0, target_rir=5.0),
    )
    done = sessions.create(lift(MONDAY, sets=sets, status=Status.DONE))
    sessions.create(lift(day(-1), sets=(logged(squat, 5, 100.0, 1.0),), status=Status.DONE))  # before the span
    last = sessions.create(lift(day(6), sets=(planned(squat, 8, 50.0, 3.0),)))  # the span's last day
    rows = {row[0]: row[1:] for row in progress_rows.set_totals_between(MONDAY, day(6), HARD_SET_MAX_RIR)}
    assert set(rows) == {done.id, last.id}
    # each set as logged, or not logged as planned (the calendar footer's rule): hard are the RIR 4 set, the
    # set with no RIR, the 0-rep set logged without RIR; not the RIR 4.5 set nor the unlogged RIR 5 one.
    # Tonnage 500 + 500 + 360 + 0, and the unlogged set's planned 5 x 100 = 1860
    assert rows[done.id] == (3, 1860.0)
    assert rows[last.id] == (1, 400.0)
    # the threshold is the caller's: at 4.5 the RIR 4.5 set is hard too
    looser = {row[0]: row[1:] for row in progress_rows.set_totals_between(MONDAY, MONDAY, 4.5)}
    assert looser[done.id] == (4, 1860.0)
    assert HARD_SET_MAX_RIR == 4.0


def test_exercise_sets_logged_exercises_and_names(db: SqliteDatabase) -> None:
    squat = exercise("back-squat", "Back squat")
    bench = exercise("bench-press", "Bench press")
    chins = exercise("chin-up", "Chin-up")
    monday = sessions.create(
        lift(MONDAY, status=Status.DONE, sets=(logged(squat, 5, 100.0, 2.0, 1), logged(squat, 5, 100.0, 1.0, 2)))
    ).id
    thursday = sessions.create(
        lift(day(3), status=Status.DONE, sets=(logged(squat, 3, 110.0, None), logged(chins, 8, None, 2.0)))
    ).id
    friday = sessions.create(lift(day(4), sets=(logged(bench, 5, 80.0, 2.0),))).id  # logged, never marked done
    sessions.create(lift(day(8), status=Status.DONE, sets=(logged(bench, 5, 70.0, 2.0),)))
    sessions.create(run(day(2), status=Status.DONE))  # not a lift: its day is not read
    rows = progress_rows.exercise_sets_between([squat, squat, bench], MONDAY, day(6))
    assert sorted(rows) == sorted(
        [
            (monday, squat, 5, 100.0, 2.0, None, None, None),
            (monday, squat, 5, 100.0, 1.0, None, None, None),
            (thursday, squat, 3, 110.0, None, None, None, None),
            (friday, bench, 5, 80.0, 2.0, None, None, None),
        ]
    )
    assert progress_rows.lift_session_days(MONDAY, day(6)) == {
        monday: (MONDAY, Status.DONE),
        thursday: (day(3), Status.DONE),
        friday: (day(4), Status.PLANNED),
    }
    assert progress_rows.exercise_sets_between([], MONDAY, day(6)) == []
    # done sets with a load only: squat 3 sets, last 26 Nov; bench once (30 Nov); chin-ups never loaded
    assert sorted(progress_rows.logged_exercises()) == [(squat, 3, day(3)), (bench, 1, day(7 + 1))]
    assert exercise_rows.exercise_names([bench, squat, 999]) == {bench: "Bench press", squat: "Back squat"}
    assert exercise_rows.exercise_names([]) == {}
    choices = service.lift_choices()
    assert [(c.name, c.logged_sets, c.last_done) for c in choices] == [
        ("Back squat", 3, day(3)),
        ("Bench press", 1, day(8)),
    ]
    assert service.default_lifts(choices) == (squat, bench)
    assert service.default_lifts(choices, 1) == (squat,)


def test_session_day_bounds(db: SqliteDatabase) -> None:
    assert progress_rows.session_day_bounds() is None
    sessions.create(run(day(9)))
    sessions.create(run(day(-30), status=Status.DONE))
    sessions.create(run(day(2)))
    assert progress_rows.session_day_bounds() == (day(-30), day(9))


def test_lift_choices_tie_break_by_name(db: SqliteDatabase) -> None:
    row = exercise("row", "barbell row")
    dead = exercise("deadlift", "Deadlift")
    sessions.create(lift(MONDAY, status=Status.DONE, sets=(logged(row, 5, 60.0, 2.0), logged(dead, 5, 140.0, 2.0))))
    assert [c.exercise_id for c in service.lift_choices()] == [row, dead]  # "barbell" < "deadlift", any case


def test_lift_choices_count_only_the_span(db: SqliteDatabase) -> None:
    """The Lifts menu of a short range reads that range, not all history (issue 21)."""
    squat = exercise("back-squat", "Back squat")
    bench = exercise("bench-press", "Bench press")
    old = day(-200)  # logged long before any four-week span
    sessions.create(lift(old, status=Status.DONE, sets=tuple(logged(squat, 5, 90.0, 2.0, n) for n in (1, 2, 3))))
    sessions.create(lift(day(1), status=Status.DONE, sets=(logged(bench, 5, 60.0, 2.0), logged(squat, 5, 100.0, 2.0))))
    assert [(c.name, c.logged_sets) for c in service.lift_choices()] == [("Back squat", 4), ("Bench press", 1)]
    recent = service.lift_choices(MONDAY, day(6))
    assert [(c.name, c.logged_sets, c.last_done) for c in recent] == [
        ("Back squat", 1, day(1)),
        ("Bench press", 1, day(1)),
    ]
    assert service.lift_choices(old, old) == [service.LiftChoice(squat, "Back squat", 3, old)]

    data = service.progress(ChartRange.WEEKS_4, None, today=TODAY)  # None: the span's most logged lifts
    assert data.choices == tuple(recent)
    assert data.lift_ids == (squat, bench)
    chosen = service.progress(ChartRange.WEEKS_4, [bench, 999], today=TODAY)  # 999 logged nothing: dropped
    assert chosen.lift_ids == (bench,)
    assert [s.exercise_id for s in chosen.strength] == [bench]


# --- the service ---


def test_progress_of_a_sunday_first_runner(db: SqliteDatabase) -> None:
    save_profile(Profile(first_weekday=6))
    squat = exercise()
    # Sunday 22 Nov, 23:30 in New York: 04:30 UTC on Monday. The store keeps the local day.
    late = RunDetails(distance_m=10_000, start_time=datetime(2026, 11, 23, 4, 30, tzinfo=UTC))
    evening = sessions.create(replace(run(day(-1), status=Status.DONE, duration_s=3600, rpe=5.0), run=late))
    assert evening.day == day(-1)
    assert evening.run is not None
    assert evening.run.start_time is not None
    assert evening.run.start_time.replace(tzinfo=UTC).date() == MONDAY  # UTC says Monday
    sessions.create(
        lift(
            day(1),
            status=Status.DONE,
            duration_s=50 * 60,
            rpe=6.0,
            sets=(
                logged(squat, 5, 100.0, 2.0, 1, target_reps=5, target_load_kg=100.0, target_rir=2.0),
                logged(squat, 3, 110.0, 0.0, 2, target_reps=3, target_load_kg=110.0, target_rir=1.0),
                logged(squat, 12, 60.0, 5.0, 3),  # a back-off set: too many reps for an e1RM, not hard
            ),
        )
    )
    sessions.create(lift(day(8), sets=(planned(squat, 5, 105.0, 2.0),)))  # Tuesday 1 Dec, planned
    add_race(Race(day=date(2027, 1, 10), name="Marathon", distance_m=42195))

    data = service.progress(ChartRange.WEEKS_4, [squat], E1rmMethod.EPLEY, today=TODAY)
    # this Sunday-week is 22-28 Nov; 4 weeks back from Sun 1 Nov; planned to 1 Dec: to Sat 5 Dec
    assert data.span == Span(date(2026, 11, 1), date(2026, 12, 5))
    assert data.profile.first_weekday == 6
    assert data.has_history

    volume = {w.start: w for w in data.volume.weeks}
    assert list(volume) == [date(2026, 11, 1) + timedelta(weeks=i) for i in range(5)]
    this_week = volume[day(-1)]
    assert this_week.run_m == 10_000.0  # the late Sunday run is in the week it was run, by its local day
    # logged hard sets: 5 @ 2 and 3 @ 0 (the 12 @ 5 is not); tonnage 500 + 330 + 720 = 1550
    assert (this_week.hard_sets, this_week.tonnage_kg) == (2, 1550.0)
    next_week = volume[day(6)]
    assert (next_week.planned_hard_sets, next_week.planned_tonnage_kg) == (1, 525.0)
    assert next_week.hard_sets == 0
    # the marathon's race week is Sun 10 Jan: Sun 29 Nov is six weeks out, building
    assert next_week.phase is Phase.BUILD
    assert data.volume.races == ()

    loads = {d.day: d for d in data.load.days}
    assert loads[day(-1)].run == 300.0  # 5 x 60 on Sunday, not on Monday
    assert loads[MONDAY].total == 0.0
    assert loads[day(1)].lift == 300.0
    assert loads[day(8)].planned == 7.0 * 45  # typical heavy lift

    (series,) = data.strength
    assert series.exercise_id == squat
    (point,) = series.points
    assert (point.day, point.value) == (day(1), pytest.approx(110 * (1 + 3 / 30)))  # Epley 121.0 beats 116.7
    assert [t.day for t in series.targets] == [day(1), day(8)]
    assert data.names == {squat: "Back squat"}

    table = service.progress(ChartRange.WEEKS_4, [squat], E1rmMethod.RPE_TABLE, today=TODAY)
    assert table.strength[0].points[0].value == pytest.approx(100 / 0.811)  # 123.30 beats 110 / 0.922 = 119.31


def test_the_same_late_run_with_monday_weeks(db: SqliteDatabase) -> None:
    late = RunDetails(distance_m=10_000, start_time=datetime(2026, 11, 23, 4, 30, tzinfo=UTC))
    sessions.create(replace(run(day(-1), status=Status.DONE), run=late))
    data = service.progress(ChartRange.WEEKS_4, today=TODAY)
    volume = {w.start: w.run_m for w in data.volume.weeks}
    assert volume[day(-7)] == 10_000.0  # Mon 16 - Sun 22 Nov
    assert volume[MONDAY] == 0.0


def test_fitness_starts_warm_from_history_before_the_span(db: SqliteDatabase) -> None:
    span_start = MONDAY - timedelta(weeks=3)  # the 4-week span starts Mon 2 Nov
    sessions.create(run(span_start - timedelta(days=10), status=Status.DONE, duration_s=3600, rpe=7.0))  # 420
    data = service.progress(ChartRange.WEEKS_4, today=TODAY)
    assert data.span.start == span_start
    ctl, atl, _ = data.load.fitness.on(span_start)
    assert ctl == pytest.approx(10 * (41 / 42) ** 10)
    assert atl == pytest.approx(60 * (6 / 7) ** 10)
    assert not data.has_history  # nothing done inside the span


def test_a_lift_planned_on_the_spans_first_day_and_done_the_day_before(db: SqliteDatabase) -> None:
    span_start = MONDAY - timedelta(weeks=3)
    squat = lift(span_start, status=Status.DONE)
    created = sessions.create(squat)
    sessions.move(created.id, span_start - timedelta(days=1))  # done on the Sunday before
    moved = sessions.create(lift(MONDAY, status=Status.DONE))
    sessions.move(moved.id, day(-2))  # planned this Monday, done last Saturday
    data = service.progress(ChartRange.WEEKS_4, today=TODAY)
    # each counts in the week of its planned day, done and moved
    assert data.adherence[0] == WeekAdherence(span_start, planned=1, done=1, moved_lifts=1)
    assert data.adherence[-1] == WeekAdherence(MONDAY, planned=1, done=1, moved_lifts=1)
    assert sum(w.planned for w in data.adherence) == 2


def test_an_empty_calendar(db: SqliteDatabase) -> None:
    data = service.progress(ChartRange.ALL, [], today=TODAY)
    assert data.span == Span(MONDAY, day(6))
    assert not data.has_history
    assert data.strength == ()
    assert [w.rate for w in data.adherence] == [None]
    assert service.lift_choices() == []
    assert service.default_lifts([]) == ()


def test_history_is_known_without_reading_the_span(db: SqliteDatabase) -> None:
    """The page's notice asks SQL whether anything with a load was done (issue 21: a range switch reads only the
    chart on screen); the answer is the one the training load gives once it is read."""
    cases = [
        (run(MONDAY, status=Status.SKIPPED, duration_s=3600), False),  # skipped: no load
        (replace(run(day(1), status=Status.DONE), duration_s=0), False),  # a zero duration logged
        (replace(run(day(1), status=Status.DONE), rpe=0.0), False),  # RPE 0 logged
        (run(day(1), status=Status.DONE), True),  # typical minutes and RPE stand in
    ]
    for session, expected in cases:
        sessions.create(session)
        lazy = service.progress(ChartRange.WEEKS_4, today=TODAY)
        assert lazy.has_history is expected
        read = service.progress(ChartRange.WEEKS_4, today=TODAY)
        assert any(d.run or d.lift or d.other for d in read.load.days) is expected
        assert read.has_history is expected  # from the load already read
    strength_only = service.progress(ChartRange.WEEKS_4, today=TODAY)
    assert strength_only.strength == ()
    assert "sessions" not in vars(strength_only)  # the strength chart did not read the span's sessions
