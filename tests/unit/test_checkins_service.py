"""Check-ins in the database: save, edit, delete, defaults, the suggestion input, and migration 3 -> 4."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from planner.config import Paths
from planner.domain.checkin import CheckIn
from planner.domain.enums import Experience, RunType
from planner.domain.profile import Profile
from planner.services import app_settings, checkins, sessions, suggestions
from planner.store import models as m
from planner.store.database import close_db, open_db
from planner.store.errors import NotFoundError
from planner.store.migrations import MIGRATIONS, SCHEMA_VERSION
from planner.store.profile_rows import save_profile
from tests.helpers import day, run

V1 = Path(__file__).resolve().parents[1] / "data" / "runlift-schema-v1.sqlite"


def test_save_then_read_back(db: SqliteDatabase) -> None:
    stored = checkins.save(
        CheckIn(day=day(0), sleep_hours=6.5, sleep_quality=2, soreness_legs=6, soreness_upper=1, energy=3,
                body_mass_kg=68.5, resting_hr=48, note="late flight")
    )  # fmt: skip
    assert stored.id is not None
    assert checkins.on(day(0)) == stored
    assert checkins.on(day(1)) is None


def test_saving_the_same_day_edits_it_in_place(db: SqliteDatabase) -> None:
    first = checkins.save(CheckIn(day=day(0), sleep_hours=6.0, note="first"))
    second = checkins.save(CheckIn(day=day(0), sleep_hours=8.0, energy=5))
    assert second.id == first.id
    assert (second.sleep_hours, second.energy, second.note) == (8.0, 5, "")
    assert m.CheckIn.select().count() == 1


def test_delete_and_deleting_nothing_says_so(db: SqliteDatabase) -> None:
    checkins.save(CheckIn(day=day(0), sleep_hours=7))
    checkins.delete(day(0))
    assert checkins.on(day(0)) is None
    with pytest.raises(NotFoundError, match="check-in for 2026-11-23"):
        checkins.delete(day(0))


def test_a_failing_save_leaves_the_day_as_it_was(db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    checkins.save(CheckIn(day=day(0), sleep_hours=7, note="kept"))

    def broken(_row: object) -> CheckIn:
        raise RuntimeError("disk full")

    monkeypatch.setattr("planner.store.checkin_rows._domain", broken)
    with pytest.raises(RuntimeError):
        checkins.save(CheckIn(day=day(0), sleep_hours=4, note="lost"))
    row = m.CheckIn.get(m.CheckIn.day == day(0))
    assert (row.sleep_hours, row.note) == (7, "kept")


def test_defaults_come_from_the_last_check_in_without_its_note(db: SqliteDatabase) -> None:
    assert checkins.defaults_for(day(0)) == CheckIn(day=day(0), sleep_hours=8.0)
    checkins.save(CheckIn(day=day(-3), sleep_hours=6.5, soreness_legs=4, energy=2, body_mass_kg=70, note="x"))
    fresh = checkins.defaults_for(day(0))
    assert (fresh.day, fresh.sleep_hours, fresh.soreness_legs, fresh.energy, fresh.body_mass_kg, fresh.note) == (
        day(0), 6.5, 4, 2, 70.0, "")  # fmt: skip
    assert fresh.id is None
    own = checkins.save(CheckIn(day=day(0), sleep_hours=9))
    assert checkins.defaults_for(day(0)) == own


def test_between_is_inclusive_and_ordered(db: SqliteDatabase) -> None:
    for n in (4, -1, 0, 6, 7):
        checkins.save(CheckIn(day=day(n), sleep_hours=7))
    assert [c.day for c in checkins.between(day(0), day(6))] == [day(0), day(4), day(6)]


def test_the_week_input_carries_the_weeks_check_ins_and_a_few_before(db: SqliteDatabase) -> None:
    for n in (-5, -3, 2, 8):
        checkins.save(CheckIn(day=day(n), sleep_hours=7))
    data = suggestions.week_input(day(2))
    assert [c.day for c in data.checkins] == [day(-3), day(2)]


def test_a_bad_night_changes_the_calendars_suggestion(db: SqliteDatabase) -> None:
    save_profile(Profile(experience=Experience.INTERMEDIATE))
    app_settings.set_already_trained(True)  # no logged lifts yet would mean form-first weeks (R9)
    for n, kind in enumerate(["easy", "intervals", "easy", "easy", "tempo", "easy", "long"]):
        sessions.create(run(day(n), RunType(kind)))
    before = suggestions.suggest(day(0))
    heavy = [s for s in before.suggestions if s.intensity.value == "heavy"]
    assert heavy
    checkins.save(CheckIn(day=heavy[0].day, sleep_hours=5.5))
    after = suggestions.suggest(day(0))
    assert after != before
    assert any(r.startswith("Slept 5.5 h") for s in after.suggestions for r in s.reasons)


def test_migration_3_to_4_keeps_the_data(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(V1, paths.database)
    monkeypatch.setattr("planner.store.migrations.MIGRATIONS", MIGRATIONS[:3])
    monkeypatch.setattr("planner.store.migrations.SCHEMA_VERSION", 3)
    monkeypatch.setattr("planner.store.database.SCHEMA_VERSION", 3, raising=False)
    open_db(paths.database, paths.backups)
    close_db()
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'checkin'").fetchone() is None
    before = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in ("session", "lift_set", "race")}
    conn.close()
    monkeypatch.undo()

    open_db(paths.database, paths.backups)
    try:
        assert SCHEMA_VERSION >= 4
        conn = m.database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        after = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in before}
        # later steps may add columns (5: lift_set.warmup): the old ones keep every value
        assert {t: [row[: len(rows[0])] for row in after[t]] for t, rows in before.items()} == before
        checkins.save(CheckIn(day=date(2026, 11, 25), sleep_hours=6))
        assert checkins.on(date(2026, 11, 25)) is not None
    finally:
        close_db()
    assert any("from-v3" in b.name for b in paths.backups.glob("*.sqlite"))


def test_check_ins_are_in_all_models() -> None:
    assert m.CheckIn in m.ALL_MODELS
    assert m.CheckIn._meta.table_name == "checkin"
