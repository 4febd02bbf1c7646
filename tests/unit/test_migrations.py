"""Migrations: a version-1 file upgrades to exactly today's schema, keeps its data, and is backed up first."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from planner.config import Paths
from planner.services import sessions
from planner.store import models as m
from planner.store.database import close_db, open_db
from planner.store.errors import MigrationError
from planner.store.migrations import MIGRATIONS, SCHEMA_VERSION, Migration, migrate, schema_version
from tests.helpers import fingerprint

V1 = Path(__file__).resolve().parents[1] / "data" / "runlift-schema-v1.sqlite"


def schema_of(conn: sqlite3.Connection) -> dict[str, object]:
    """Tables with their columns, foreign keys and indexes: what must agree, ignoring SQL spelling."""
    described: dict[str, object] = {}
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for table in tables:
        columns = [tuple(r[1:6]) for r in conn.execute(f'PRAGMA table_info("{table}")')]
        keys = sorted(tuple(r[2:]) for r in conn.execute(f'PRAGMA foreign_key_list("{table}")'))
        indexes = {}
        for row in conn.execute(f'PRAGMA index_list("{table}")'):
            name, unique = row[1], row[2]
            if name.startswith("sqlite_autoindex"):
                continue
            cols = [r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')]
            indexes[name] = (bool(unique), cols)
        described[table] = {"columns": columns, "foreign_keys": keys, "indexes": indexes}
    return described


@pytest.fixture
def v1_copy(paths: Paths) -> Path:
    shutil.copy(V1, paths.database)
    return paths.database


def test_the_fixture_really_is_version_1() -> None:
    conn = sqlite3.connect(f"{V1.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_migrating_version_1_gives_the_fresh_schema(v1_copy: Path, paths: Paths, tmp_path: Path) -> None:
    open_db(v1_copy, paths.backups)
    migrated = schema_of(m.database.connection())
    close_db()
    fresh_path = tmp_path / "fresh.sqlite"
    open_db(fresh_path, None)
    fresh = schema_of(m.database.connection())
    close_db()
    assert migrated == fresh


def test_migrations_agree_with_the_models(tmp_path: Path) -> None:
    """Steps are frozen SQL; this catches a model changed without a migration (or the reverse)."""
    open_db(tmp_path / "migrated.sqlite", None)
    migrated = schema_of(m.database.connection())
    close_db()
    from_models = SqliteDatabase(str(tmp_path / "models.sqlite"))
    with from_models.bind_ctx(m.ALL_MODELS):
        from_models.create_tables(m.ALL_MODELS)
        described = schema_of(from_models.connection())
    from_models.close()
    assert described == migrated


def test_migration_keeps_the_data_and_backs_up_first(v1_copy: Path, paths: Paths) -> None:
    original = fingerprint(sqlite3.connect(V1))
    open_db(v1_copy, paths.backups)
    try:
        week = sessions.week_of(date(2026, 11, 25))
        assert [s.title for s in week.sessions] == [
            "Easy run",
            "Intervals",
            "Heavy lower-body lift",
            "Long run",
        ]
        intervals = week.sessions[1].run
        assert intervals is not None
        assert (intervals.workout, intervals.laps, intervals.planned_distance_m) == (None, (), None)  # migration 6
        lifted = week.sessions[2]
        assert lifted.moved
        assert len(lifted.sets) == 3
        assert m.Race.get_by_id(1).name == "Spring marathon"
    finally:
        close_db()
    backups = list(paths.backups.glob("*.sqlite"))
    assert len(backups) == 1
    assert "from-v1" in backups[0].name
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert fingerprint(copy) == original


def test_a_failing_step_changes_nothing(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(V1, paths.database)
    before = fingerprint(sqlite3.connect(paths.database))
    broken = (*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "broken", ('CREATE TABLE "x" (a)', "NOT SQL")))
    monkeypatch.setattr("planner.store.migrations.MIGRATIONS", broken)
    db = SqliteDatabase(str(paths.database), pragmas={"foreign_keys": 1})
    db.connect()

    def fail_in_step_2(step: Migration) -> None:
        if step.version == 2:
            raise RuntimeError("disk full")

    with pytest.raises(MigrationError, match="step 2") as caught:
        migrate(db, paths.database, paths.backups, before_step=fail_in_step_2)
    assert caught.value.backup is not None
    assert caught.value.backup.exists()
    assert schema_version(db) == 1
    assert fingerprint(db.connection()) == before
    db.close()


def test_a_broken_statement_rolls_back_its_whole_step(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    open_db(paths.database, None)
    close_db()
    broken = (*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "broken", ('CREATE TABLE "x" (a)', "NOT SQL")))
    monkeypatch.setattr("planner.store.migrations.MIGRATIONS", broken)
    db = SqliteDatabase(str(paths.database))
    db.connect()
    with pytest.raises(MigrationError):
        migrate(db, paths.database, paths.backups)
    assert schema_version(db) == SCHEMA_VERSION
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "x" not in tables
    db.close()
