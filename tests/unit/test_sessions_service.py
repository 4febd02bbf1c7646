"""Session use cases: dense positions, kept planned days, exact undo through delete/restore."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import RunType, Source, Status
from planner.domain.session import LiftSet
from planner.services import sessions
from planner.store import models as m
from planner.store.errors import NotFoundError
from tests.helpers import MONDAY, db_fingerprint, exercise, lift, rest, run

TUESDAY = MONDAY + timedelta(days=1)


def positions(day: date) -> list[tuple[int, str]]:
    return [(s.position, s.title) for s in sessions.sessions_between(day, day)]


def test_create_appends_by_default_and_inserts_at_a_position(db: SqliteDatabase) -> None:
    first = sessions.create(run(MONDAY))
    second = sessions.create(lift(MONDAY))
    third = sessions.create(rest(MONDAY), position=0)
    assert first.id is not None
    assert first.planned_day == MONDAY
    assert positions(MONDAY) == [(0, "Rest"), (1, "Easy run"), (2, "Heavy lower-body lift")]
    assert third.position == 0
    assert second.kind.value == "lift"


def test_create_refuses_a_saved_session(db: SqliteDatabase) -> None:
    saved = sessions.create(run())
    with pytest.raises(ValueError, match="unsaved"):
        sessions.create(saved)


def test_move_keeps_the_planned_day_and_closes_the_gap(db: SqliteDatabase) -> None:
    easy = sessions.create(run(MONDAY))
    strength = sessions.create(lift(MONDAY))
    sessions.create(run(TUESDAY, RunType.INTERVALS))
    moved = sessions.move(easy.id, TUESDAY, 0)
    assert moved.day == TUESDAY
    assert moved.planned_day == MONDAY
    assert moved.moved
    assert positions(MONDAY) == [(0, strength.title)]
    assert positions(TUESDAY) == [(0, "Easy run"), (1, "Intervals")]
    back = sessions.move(easy.id, MONDAY)
    assert not back.moved
    assert positions(MONDAY) == [(0, strength.title), (1, "Easy run")]


def test_move_within_a_day_reorders(db: SqliteDatabase) -> None:
    a = sessions.create(run(MONDAY))
    sessions.create(lift(MONDAY))
    sessions.create(rest(MONDAY))
    sessions.move(a.id, MONDAY, 2)
    assert positions(MONDAY) == [(0, "Heavy lower-body lift"), (1, "Rest"), (2, "Easy run")]
    sessions.move(a.id, MONDAY, 0)
    assert positions(MONDAY) == [(0, "Easy run"), (1, "Heavy lower-body lift"), (2, "Rest")]


def test_copy_is_a_fresh_planned_session_with_nothing_logged(db: SqliteDatabase) -> None:
    squat = exercise()
    logged = LiftSet(exercise_id=squat, target_reps=5, actual_reps=5, actual_load_kg=80.0, actual_rir=2)
    done = sessions.create(lift(MONDAY, sets=(logged,), status=Status.DONE, source=Source.EXAMPLE))
    duplicate = sessions.copy(done.id, TUESDAY)
    assert duplicate.id != done.id
    assert duplicate.day == duplicate.planned_day == TUESDAY
    assert duplicate.status is Status.PLANNED
    assert duplicate.source is Source.MANUAL
    assert duplicate.sets[0].target_reps == 5
    assert not duplicate.sets[0].logged
    assert sessions.get(done.id).sets[0].actual_load_kg == 80.0


def test_update_changes_details_but_not_the_place(db: SqliteDatabase) -> None:
    saved = sessions.create(run(MONDAY, km=8))
    sessions.create(rest(MONDAY))
    changed = sessions.update(
        replace(saved, day=TUESDAY, position=5, notes="felt good", run=replace(saved.run, distance_m=10000))
    )
    assert changed.day == MONDAY
    assert changed.position == 0
    assert changed.notes == "felt good"
    assert changed.distance_m == 10000
    assert sessions.set_status(saved.id, Status.SKIPPED).status is Status.SKIPPED


def test_delete_then_restore_gives_back_exactly_the_same_database(db: SqliteDatabase) -> None:
    squat = exercise()
    sessions.create(run(MONDAY))
    target = sessions.create(lift(MONDAY, sets=(LiftSet(exercise_id=squat, target_reps=5),) * 3))
    sessions.create(rest(MONDAY))
    before = db_fingerprint()
    gone = sessions.delete(target.id)
    assert positions(MONDAY) == [(0, "Easy run"), (1, "Rest")]
    assert m.LiftSet.select().count() == 0  # sets go with their session
    sessions.restore(gone)
    assert db_fingerprint() == before


def test_delete_many_and_restore_many_round_trip_on_one_day(db: SqliteDatabase) -> None:
    made = [sessions.create(s) for s in (run(MONDAY), lift(MONDAY), rest(MONDAY), run(TUESDAY))]
    before = db_fingerprint()
    removed = sessions.delete_many([made[0].id, made[2].id, made[3].id])
    assert positions(MONDAY) == [(0, "Heavy lower-body lift")]
    sessions.restore_many(removed)
    assert db_fingerprint() == before


def test_unknown_sessions_raise_not_found(db: SqliteDatabase) -> None:
    for call in (lambda: sessions.get(99), lambda: sessions.move(99, MONDAY), lambda: sessions.delete(99)):
        with pytest.raises(NotFoundError, match="99"):
            call()


def test_a_failed_call_leaves_no_half_change(db: SqliteDatabase) -> None:
    """A set naming a missing exercise fails on its foreign key: the session row must not stay behind."""
    sessions.create(run(MONDAY))
    before = db_fingerprint()
    with pytest.raises(Exception, match="FOREIGN KEY"):
        sessions.create(lift(MONDAY, sets=(LiftSet(exercise_id=12345),)), position=0)
    assert db_fingerprint() == before


def test_week_of_uses_the_first_weekday(db: SqliteDatabase) -> None:
    sunday = MONDAY - timedelta(days=1)
    sessions.create(run(sunday, RunType.LONG))
    assert [s.title for s in sessions.week_of(MONDAY).sessions] == []
    assert [s.title for s in sessions.week_of(MONDAY, first_weekday=6).sessions] == ["Long run"]


def test_a_session_a_restore_would_refuse_is_never_written(db: SqliteDatabase) -> None:
    """Notes pasted past a million characters, or a 1,001st set of one exercise, were stored, and every later
    full backup was then refused on restore. Both writes are refused with the reason; nothing changes."""
    squat = exercise("back-squat")
    before = db_fingerprint()
    with pytest.raises(ValueError, match=r"session\.notes: is 1,000,001 characters"):
        sessions.create(run(MONDAY, notes="x" * 1_000_001))
    assert db_fingerprint() == before
    kept = sessions.create(lift(MONDAY, sets=(LiftSet(exercise_id=squat, target_reps=5),)))
    before = db_fingerprint()
    too_many = tuple(LiftSet(exercise_id=squat, target_reps=5, set_number=n) for n in range(1, 1002))
    with pytest.raises(ValueError, match=r"lift_set\.set_number: 1001 is outside"):
        sessions.update(replace(kept, sets=too_many))
    assert db_fingerprint() == before
    assert sessions.create(run(MONDAY, notes="x" * 1_000_000)).notes == "x" * 1_000_000


def test_a_session_stored_before_these_checks_can_still_be_edited_deleted_and_undone(db: SqliteDatabase) -> None:
    """An older Runlift imported averages up to 260 bpm: such a run must still be marked done, edited and its
    deletion undone (refusing would not mend it, only lock it); a clean run may not be made unreadable."""
    legacy = sessions.create(run(MONDAY))
    m.database.execute_sql("UPDATE run_detail SET avg_hr = 255 WHERE session_id = ?", (legacy.id,))
    assert sessions.set_status(legacy.id, Status.DONE).status is Status.DONE
    assert sessions.update(replace(sessions.get(legacy.id), notes="felt odd")).notes == "felt odd"
    before = db_fingerprint()
    sessions.restore(sessions.delete(legacy.id))
    assert db_fingerprint() == before
    clean = sessions.create(run(MONDAY))
    with pytest.raises(ValueError, match="avg_hr"):
        sessions.update(replace(clean, run=replace(clean.run, avg_hr=255)))


def test_a_session_stored_before_these_checks_can_still_be_copied(db: SqliteDatabase) -> None:
    """The copy is no worse than its original (Ctrl+drag, paste, copy week must not raise on old data)."""
    legacy = sessions.create(run(MONDAY))
    m.database.execute_sql("UPDATE run_detail SET avg_hr = 255 WHERE session_id = ?", (legacy.id,))
    copied = sessions.copy(legacy.id, MONDAY + timedelta(days=1))
    assert copied.day == MONDAY + timedelta(days=1)


def test_undoing_an_edit_that_mended_an_old_value_puts_it_back(db: SqliteDatabase) -> None:
    """The user corrects a 255 bpm average an older Runlift imported; Ctrl+Z must give back what was stored
    (undo writes unchecked), while a fresh write of that value is still refused."""
    legacy = sessions.create(run(MONDAY))
    m.database.execute_sql("UPDATE run_detail SET avg_hr = 255 WHERE session_id = ?", (legacy.id,))
    before = sessions.get(legacy.id)
    mended = sessions.update(replace(before, run=replace(before.run, avg_hr=150)))
    assert mended.run is not None
    assert mended.run.avg_hr == 150
    with pytest.raises(ValueError, match="avg_hr"):
        sessions.update(before)  # a write that checks: the stored row is clean now
    assert sessions.update(before, checked=False) == before


def test_undoing_a_move_of_a_session_stored_past_the_last_day_puts_it_back(db: SqliteDatabase) -> None:
    """Older versions stored example weeks on 1-5 Jan 2200: moving one back in range and undoing must work."""
    from planner.services import calendar

    legacy = sessions.create(run(MONDAY))
    late = date(2200, 1, 2)
    m.database.execute_sql("UPDATE session SET day = ? WHERE id = ?", (late.isoformat(), legacy.id))
    origins = calendar.move_many([legacy.id], date(2199, 12, 30))
    assert sessions.get(legacy.id).day == date(2199, 12, 30)
    with pytest.raises(ValueError, match="outside the dates Runlift keeps"):
        sessions.move(legacy.id, late)  # a move the user asks for is checked
    calendar.move_back(origins)
    assert sessions.get(legacy.id).day == late


def test_statuses_of_several_sessions_change_together_or_not_at_all(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One "Mark done" on two cards, killed after the first card's write, left the second planned (README:
    every change is one transaction)."""
    first, second = sessions.create(run(MONDAY)), sessions.create(run(MONDAY, RunType.TEMPO))
    before = db_fingerprint()
    real_update = sessions.update
    calls: list[int] = []

    def failing_second(session, *args, **kwargs):
        calls.append(session.id)
        if len(calls) == 2:
            raise OSError("the disk went away")
        return real_update(session, *args, **kwargs)

    monkeypatch.setattr(sessions, "update", failing_second)
    with pytest.raises(OSError, match="went away"):
        sessions.set_statuses({first.id: Status.DONE, second.id: Status.DONE})
    assert calls == [first.id, second.id]
    assert db_fingerprint() == before
    monkeypatch.setattr(sessions, "update", real_update)
    done = sessions.set_statuses({first.id: Status.DONE, second.id: Status.SKIPPED})
    assert [s.status for s in done] == [Status.DONE, Status.SKIPPED]
    assert sessions.get(second.id).status is Status.SKIPPED
