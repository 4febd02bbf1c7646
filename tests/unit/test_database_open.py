"""Opening: the pragmas of DESIGN §5, and damaged, foreign or newer files refused without a write."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.config import Paths
from planner.store.database import check_database_file, close_db, open_db
from planner.store.errors import CorruptDatabaseError, NewerSchemaError
from planner.store.migrations import APPLICATION_ID, SCHEMA_VERSION

V1 = Path(__file__).resolve().parents[1] / "data" / "runlift-schema-v1.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_gets_the_reliability_pragmas(paths: Paths) -> None:
    db = open_db(paths.database, paths.backups)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        close_db()
    # a fresh file needs no backup: there was nothing to lose
    assert list(paths.backups.iterdir()) == []


def test_an_empty_file_is_treated_as_new(paths: Paths) -> None:
    paths.database.write_bytes(b"")
    open_db(paths.database, paths.backups)
    close_db()
    assert check_database_file(paths.database) == SCHEMA_VERSION


@pytest.mark.parametrize(
    "content",
    [b"not a database at all\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "garbage-after-header"],
)
def test_a_damaged_file_is_refused_and_left_untouched(paths: Paths, content: bytes) -> None:
    paths.database.write_bytes(content)
    before = digest(paths.database)
    with pytest.raises(CorruptDatabaseError, match="was not changed"):
        open_db(paths.database, paths.backups)
    assert digest(paths.database) == before
    assert not paths.database.with_name(paths.database.name + "-wal").exists()


def test_a_truncated_database_is_refused(paths: Paths, tmp_path: Path) -> None:
    source = tmp_path / "whole.sqlite"
    shutil.copy(V1, source)
    data = source.read_bytes()
    paths.database.write_bytes(data[: len(data) // 2])
    before = digest(paths.database)
    with pytest.raises(CorruptDatabaseError):
        open_db(paths.database, paths.backups)
    assert digest(paths.database) == before


def test_another_programs_sqlite_file_is_refused(paths: Paths) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    before = digest(paths.database)
    with pytest.raises(CorruptDatabaseError, match="another program"):
        open_db(paths.database, paths.backups)
    assert digest(paths.database) == before


def test_a_newer_schema_is_refused_and_left_untouched(paths: Paths) -> None:
    open_db(paths.database, paths.backups)
    close_db()
    conn = sqlite3.connect(paths.database)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(paths.database)
    with pytest.raises(NewerSchemaError) as caught:
        open_db(paths.database, paths.backups)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert "update Runlift" in str(caught.value)
    assert digest(paths.database) == before
