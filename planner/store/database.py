"""Opening the database: refuse damaged or newer files before writing a byte, then migrate.

Pragmas follow DESIGN §5: WAL, foreign keys on, synchronous FULL, so a killed process loses no
committed change and never leaves half of one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from planner.store.errors import CorruptDatabaseError, NewerSchemaError
from planner.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate
from planner.store.models import database

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 5000,
}
SQLITE_MAGIC = b"SQLite format 3\x00"


def check_database_file(path: Path) -> int:
    """Read-only look at an existing file; returns its schema version (0 for a new or empty file).

    Raises CorruptDatabaseError or NewerSchemaError without ever opening the file for writing.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise CorruptDatabaseError(path, "not an SQLite file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise CorruptDatabaseError(path, "; ".join(problems[:3]))
    if tables and application_id != APPLICATION_ID:
        raise CorruptDatabaseError(path, "an SQLite file from another program")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(path, version, SCHEMA_VERSION)
    return version


def open_db(path: Path, backup_dir: Path | None = None) -> SqliteDatabase:
    """Open (creating or upgrading) the database at ``path`` and bind the models to it."""
    check_database_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    close_db()
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db.connect()
    try:
        migrate(db, path, backup_dir)
    except Exception:
        db.close()
        raise
    database.initialize(db)
    return db


def close_db() -> None:
    current = database.obj
    if current is not None and not current.is_closed():
        # fold the WAL back so the file on disk is complete on its own
        current.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        current.close()
