"""The bests before a date, from a real database: the cached answer, the plain SQL, and edits in between."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import Status
from planner.domain.session import LiftSet
from planner.engine.records import load_key, set_e1rm
from planner.services.workspace import Workspace
from planner.store import models as m
from planner.store import record_rows
from planner.store import session_rows as rows
from tests.helpers import MONDAY, exercise, lift
from tests.perf.history import generate

EPLEY_100_X_5 = 100.0 * (1 + 5 / 30)


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    record_rows.forget()
    yield
    record_rows.forget()


def logged(exercise_id: int, reps: int | None, kg: float | None) -> LiftSet:
    return LiftSet(exercise_id=exercise_id, actual_reps=reps, actual_load_kg=kg)


def add(day: date, *sets: LiftSet) -> int:
    return rows.insert_session(lift(day, sets=sets, status=Status.DONE))


def both(day: date, wanted: dict[int, set[int]]) -> record_rows.PreviousBests:
    """The cached answer, checked against the plain SQL one."""
    cached = record_rows.bests_before(day, wanted)
    assert cached == record_rows.bests_before_uncached(day, wanted)
    return cached


@pytest.mark.usefixtures("db")
def test_bests_before_a_day_come_from_earlier_logged_loaded_sets() -> None:
    squat, row = exercise(), exercise("row", "Row")
    add(MONDAY - timedelta(days=7), logged(squat, 5, 100.0), logged(squat, 3, 105.0), logged(row, 8, 50.0))
    add(MONDAY - timedelta(days=3), logged(squat, 7, 100.0), logged(squat, 12, 60.0))  # 12 reps: no e1RM
    add(MONDAY - timedelta(days=1), logged(squat, None, 200.0), logged(squat, 20, 0.0))  # unlogged, unloaded
    add(MONDAY, logged(squat, 5, 150.0))  # the day itself is not "before"
    bests = both(MONDAY, {squat: {load_key(100.0), load_key(60.0), load_key(150.0)}})
    assert bests.e1rm == {squat: pytest.approx(100.0 * (1 + 7 / 30))}  # 123.33 beats 105 x 3 = 115.5
    assert bests.reps == {(squat, 10000): 7, (squat, 6000): 12}  # nothing before Monday at 150 kg
    assert row not in bests.e1rm  # not asked for


@pytest.mark.usefixtures("db")
def test_the_store_and_the_engine_work_out_the_same_e1rm_to_the_bit() -> None:
    squat = exercise()
    for reps, kg in ((5, 100.0), (3, 61.23497), (7, 82.5), (1, 140.0)):
        add(MONDAY - timedelta(days=1), logged(squat, reps, kg))
        record_rows.forget()
        best = both(MONDAY, {squat: set()}).e1rm[squat]
        assert best >= (set_e1rm(logged(squat, reps, kg)) or 0.0)
    assert both(MONDAY, {squat: set()}).e1rm[squat] == set_e1rm(logged(squat, 1, 140.0))
    m.LiftSet.delete().execute()
    add(MONDAY - timedelta(days=1), logged(squat, 5, 100.0))
    assert both(MONDAY, {squat: set()}).e1rm[squat] == set_e1rm(logged(squat, 5, 100.0)) == EPLEY_100_X_5


@pytest.mark.usefixtures("db")
def test_the_cache_follows_added_changed_moved_and_deleted_sessions() -> None:
    squat = exercise()
    first = add(MONDAY - timedelta(days=10), logged(squat, 5, 100.0))
    wanted = {squat: {load_key(100.0), load_key(110.0)}}
    assert both(MONDAY, wanted).e1rm[squat] == pytest.approx(EPLEY_100_X_5)

    heavier = add(MONDAY - timedelta(days=2), logged(squat, 5, 110.0))  # new session
    assert both(MONDAY, wanted).e1rm[squat] == pytest.approx(110.0 * (1 + 5 / 30))

    m.Session.update(status="skipped").where(m.Session.id == heavier).execute()  # not done after all
    assert both(MONDAY, wanted).e1rm[squat] == pytest.approx(EPLEY_100_X_5)
    m.Session.update(status="done").where(m.Session.id == heavier).execute()
    assert both(MONDAY, wanted).e1rm[squat] == pytest.approx(110.0 * (1 + 5 / 30))

    rows.place(heavier, MONDAY + timedelta(days=1), 0)  # moved past Monday: no longer before it
    assert both(MONDAY, wanted).e1rm[squat] == pytest.approx(EPLEY_100_X_5)

    m.LiftSet.update(actual_reps=8).where(m.LiftSet.session == first).execute()  # sets edited
    assert both(MONDAY, wanted).reps == {(squat, 10000): 8}

    session = rows.get_session(first)
    rows.replace_session(replace(session, sets=(logged(squat, 2, 100.0),)))  # the editor's save
    assert both(MONDAY, wanted).reps == {(squat, 10000): 2}

    rows.delete_session_row(first)  # the sets go by cascade
    assert both(MONDAY, wanted) == record_rows.PreviousBests({}, {})


@pytest.mark.usefixtures("db")
def test_uncommitted_changes_are_answered_but_never_cached() -> None:
    squat = exercise()
    add(MONDAY - timedelta(days=10), logged(squat, 5, 100.0))
    wanted = {squat: {load_key(100.0)}}
    assert record_rows.bests_before(MONDAY, wanted).reps == {(squat, 10000): 5}
    with m.database.atomic() as transaction:
        add(MONDAY - timedelta(days=5), logged(squat, 9, 100.0))
        assert record_rows.bests_before(MONDAY, wanted).reps == {(squat, 10000): 9}
        transaction.rollback()
    assert both(MONDAY, wanted).reps == {(squat, 10000): 5}


def test_a_new_connection_starts_a_new_cache(db: SqliteDatabase) -> None:
    squat = exercise()
    add(MONDAY - timedelta(days=10), logged(squat, 5, 100.0))
    wanted = {squat: {load_key(100.0)}}
    assert record_rows.bests_before(MONDAY, wanted).reps == {(squat, 10000): 5}
    db.close()
    db.connect()  # the temp triggers went with the old connection
    m.LiftSet.update(actual_reps=6).execute()
    assert both(MONDAY, wanted).reps == {(squat, 10000): 6}


def test_the_temp_triggers_stay_out_of_the_stored_schema(db: SqliteDatabase) -> None:
    squat = exercise()
    add(MONDAY - timedelta(days=1), logged(squat, 5, 100.0))
    record_rows.bests_before(MONDAY, {squat: set()})
    stored = [name for (name,) in db.execute_sql("SELECT name FROM main.sqlite_master")]
    assert not [name for name in stored if name.startswith("record_")]


def test_on_a_generated_history_the_cache_agrees_with_the_sql_through_edits(workspace: Workspace) -> None:
    end = date(2026, 11, 22)
    generate(workspace, years=2, end=end)
    exercise_ids = [e for (e,) in m.LiftSet.select(m.LiftSet.exercise).distinct().tuples()]
    wanted = {e: {load_key(kg) for kg in (20.0, 60.0, 100.0, 117.5)} for e in exercise_ids}
    days = [end - timedelta(days=n) for n in (700, 365, 90, 3)]
    for day in days:
        assert both(day, wanted).e1rm  # two years of history: every exercise has a best
    lifts = [s for s in rows.sessions_between(end - timedelta(days=400), end) if s.sets and s.id is not None]
    rows.place(lifts[0].id, end - timedelta(days=600), 0)  # moved far back: now earlier than more days
    rows.delete_session_row(lifts[1].id)
    heavier = tuple(replace(s, id=None, actual_reps=3, actual_load_kg=250.0) for s in lifts[2].sets[:2])
    rows.replace_session(replace(lifts[2], sets=heavier))
    for day in days:
        both(day, wanted)  # checks the cached answer against the SQL one
    assert both(end, wanted).e1rm[heavier[0].exercise_id] == 250.0 * (1 + 3 / 30)


def test_the_warm_up_reads_in_the_background_and_edits_made_meanwhile_count(workspace: Workspace) -> None:
    """The window's first week starts the history read off the UI thread (issue 21); a session changed while it
    runs is read again when its result is taken in, so the answer is the SQL's."""
    end = date(2026, 11, 22)
    generate(workspace, years=1, end=end)
    exercise_ids = [e for (e,) in m.LiftSet.select(m.LiftSet.exercise).distinct().tuples()]
    wanted = {e: {load_key(kg) for kg in (20.0, 60.0, 100.0)} for e in exercise_ids}
    record_rows.warm_up()
    lifts = [s for s in rows.sessions_between(end - timedelta(days=200), end) if s.sets and s.id is not None]
    heavier = tuple(replace(s, id=None, actual_reps=2, actual_load_kg=300.0) for s in lifts[0].sets[:1])
    rows.replace_session(replace(lifts[0], sets=heavier, status=Status.DONE))  # edited while it may still run
    rows.delete_session_row(lifts[1].id)
    assert both(end, wanted).e1rm[heavier[0].exercise_id] == 300.0 * (1 + 2 / 30)
    assert not record_rows.warm_up_running()  # taken in by the first read
    assert both(end - timedelta(days=100), wanted).e1rm
    record_rows.warm_up()  # already cached: nothing starts
    assert both(end, wanted).e1rm[heavier[0].exercise_id] == 300.0 * (1 + 2 / 30)
