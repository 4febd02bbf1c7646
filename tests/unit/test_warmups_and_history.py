"""Warm-up sets: stored, never hard sets, never records; an exercise's history, records and last time."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import Status
from planner.domain.session import LiftSet
from planner.engine.records import Bests, find_records
from planner.engine.week_totals import is_hard_set, week_totals
from planner.services import exercise_history, sessions
from planner.store import models as m
from planner.store import record_rows
from planner.store.database import close_db, open_db
from planner.store.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.helpers import MONDAY, exercise, lift

WARMUP = LiftSet(1, 1, 0, 5, 60.0, 5.0, actual_reps=5, actual_load_kg=60.0, actual_rir=5.0, warmup=True)


def test_a_warmup_is_never_a_hard_set_whatever_its_rir() -> None:
    assert not is_hard_set(replace(WARMUP, actual_rir=0.0))
    assert not is_hard_set(replace(WARMUP, actual_rir=None))
    assert is_hard_set(replace(WARMUP, warmup=False, actual_rir=2.0))
    session = lift(sets=(replace(WARMUP, actual_rir=1.0), replace(WARMUP, warmup=False, actual_rir=1.0)))
    assert week_totals([session]).hard_sets == 1


def test_a_warmup_heavier_than_ever_is_no_record() -> None:
    heavy_warmup = replace(WARMUP, actual_load_kg=200.0, actual_reps=3)
    session = replace(lift(sets=(heavy_warmup,)), id=1, status=Status.DONE)
    assert find_records([session], Bests(e1rm={1: 100.0}, reps={})) == []
    working = replace(heavy_warmup, warmup=False)
    assert find_records([replace(session, sets=(working,))], Bests(e1rm={1: 100.0}, reps={}))


def test_the_flag_is_stored_and_the_store_leaves_warmups_out_of_the_bests(db: SqliteDatabase) -> None:
    squat = exercise()
    warm = replace(WARMUP, exercise_id=squat, actual_load_kg=150.0)
    work = LiftSet(squat, 2, 1, 5, 100.0, 2.0, actual_reps=5, actual_load_kg=100.0, actual_rir=2.0)
    saved = sessions.create(replace(lift(MONDAY), status=Status.DONE, sets=(warm, work)))
    assert [s.warmup for s in sessions.get(saved.id).sets] == [True, False]
    record_rows.forget()
    bests = record_rows.bests_before(MONDAY + timedelta(days=1), {squat: []})
    assert bests.e1rm[squat] == pytest.approx(100 * (1 + 5 / 30))  # Epley of the working set, not 150 kg
    assert bests == record_rows.bests_before_uncached(MONDAY + timedelta(days=1), {squat: []})


def test_migrating_a_version_4_file_adds_the_flag_off_and_backs_up_first(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("planner.store.migrations.MIGRATIONS", MIGRATIONS[:4])
    monkeypatch.setattr("planner.store.migrations.SCHEMA_VERSION", 4)
    monkeypatch.setattr("planner.store.database.SCHEMA_VERSION", 4, raising=False)
    open_db(paths.database, paths.backups)
    squat = exercise()
    run = m.database.execute_sql  # today's model has the new column: write the version-4 rows as SQL
    run("INSERT INTO session VALUES (1, '2026-11-23', 0, 'lift', 'done', NULL, NULL, NULL, '', 'manual', NULL)")
    run("INSERT INTO lift_detail VALUES (1, 'lower', 'heavy')")
    run(f"INSERT INTO lift_set VALUES (1, 1, {squat}, 0, 1, 5, 100.0, 2.0, 5, 100.0, 2.0)")
    close_db()
    monkeypatch.undo()
    open_db(paths.database, paths.backups)
    try:
        assert SCHEMA_VERSION >= 5
        assert [s.warmup for s in sessions.sessions_between(MONDAY, MONDAY)[0].sets] == [False]
        assert any("before-v" in p.name for p in Path(paths.backups).iterdir())
    finally:
        close_db()
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def _logged(exercise_id: int, reps: int, kg: float, number: int = 1, warmup: bool = False) -> LiftSet:
    return LiftSet(exercise_id, number, number - 1, reps, kg, 2.0, reps, kg, 2.0, warmup=warmup)


def test_history_lists_each_done_session_with_its_best_set_and_the_records(db: SqliteDatabase) -> None:
    squat = exercise()
    first, second = date(2026, 11, 2), date(2026, 11, 9)
    sessions.create(
        replace(lift(first), status=Status.DONE, sets=(_logged(squat, 5, 100.0), _logged(squat, 8, 90.0, 2)))
    )
    sessions.create(
        replace(
            lift(second),
            status=Status.DONE,
            sets=(_logged(squat, 5, 140.0, 1, warmup=True), _logged(squat, 3, 110.0, 2), _logged(squat, 9, 90.0, 3)),
        )
    )
    sessions.create(replace(lift(date(2026, 11, 16)), sets=(_logged(squat, 1, 200.0),)))  # planned: not lifted
    found = exercise_history.history(squat)
    assert [p.day for p in found.sessions] == [second, first]
    # Epley: 110 x (1 + 3/30) = 121 beats 90 x (1 + 9/30) = 117; the 140 kg warm-up is left out
    assert found.sessions[0].best.actual_load_kg == 110.0
    assert found.sessions[0].e1rm_kg == pytest.approx(121.0)
    assert len(found.sessions[0].sets) == 2
    assert found.sessions[1].e1rm_kg == pytest.approx(100 * (1 + 5 / 30))  # 116.7 beats 90 x 8: 114
    assert (found.records.heaviest_kg, found.records.heaviest_day) == (110.0, second)
    assert (found.records.best_e1rm_kg, found.records.best_e1rm_day) == (pytest.approx(121.0), second)
    assert found.records.reps_at_load == ((110.0, 3), (100.0, 5), (90.0, 9))
    assert [d for d, _ in found.e1rm_points] == [first, second]


def test_last_time_is_the_previous_done_session_warmups_included(db: SqliteDatabase) -> None:
    squat = exercise()
    hop = exercise("hop", "Hop")
    older = (_logged(squat, 5, 95.0),)
    last = (_logged(squat, 5, 60.0, 1, warmup=True), _logged(squat, 5, 100.0, 2))
    sessions.create(replace(lift(date(2026, 11, 9)), status=Status.DONE, sets=older))
    sessions.create(replace(lift(date(2026, 11, 16)), status=Status.DONE, sets=last))
    sessions.create(replace(lift(date(2026, 11, 19)), status=Status.SKIPPED, sets=(_logged(squat, 5, 120.0),)))
    today = sessions.create(replace(lift(MONDAY), sets=(LiftSet(squat, 1, 0, 5, 102.5), LiftSet(hop, 1, 1, 10))))
    found = exercise_history.last_time(today)
    assert set(found) == {squat}  # hops were never done
    day, sets = found[squat]
    assert day == date(2026, 11, 16)
    assert [(s.warmup, s.actual_load_kg) for s in sets] == [(True, 60.0), (False, 100.0)]


def test_migration_5_moves_a_suggestions_reasons_out_of_its_notes(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("planner.store.migrations.MIGRATIONS", MIGRATIONS[:4])
    monkeypatch.setattr("planner.store.migrations.SCHEMA_VERSION", 4)
    monkeypatch.setattr("planner.store.database.SCHEMA_VERSION", 4, raising=False)
    open_db(paths.database, paths.backups)
    run = m.database.execute_sql
    day, nothing = "'2026-11-23'", "NULL, NULL, NULL"
    run(f"INSERT INTO session VALUES (1, {day}, 0, 'lift', 'planned', {nothing}, 'R5: far off', 'suggested', NULL)")
    run(f"INSERT INTO session VALUES (2, {day}, 1, 'lift', 'planned', {nothing}, 'felt good', 'manual', NULL)")
    run("INSERT INTO lift_detail VALUES (1, 'lower', 'heavy'), (2, 'upper', 'light')")
    close_db()
    monkeypatch.undo()
    open_db(paths.database, paths.backups)
    try:
        first, second = sessions.sessions_between(MONDAY, MONDAY)
        assert (first.notes, first.reasons) == ("", "R5: far off")
        assert (second.notes, second.reasons) == ("felt good", "")
    finally:
        close_db()
