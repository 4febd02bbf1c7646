"""SQLite's crash states, recovered the way SQLite means them to be: a copy first, then SQLite rolls back.

A process killed inside a rollback-journal transaction (a new database's first switch to WAL, an upgrade of
an older file, a restored backup) leaves ``<db>-journal`` beside the file. That journal is the only way back
to the last committed state, so it must never be separated from its database; a read-only connection cannot
apply it ("attempt to write a readonly database"). A crashed WAL needs nothing: any reader replays it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

COMPANIONS = ("-journal", "-wal", "-shm")


def companion(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def has_hot_journal(database: Path) -> bool:
    """A non-empty rollback journal: SQLite rolls it back on the next read-write open."""
    journal = companion(database, "-journal")
    try:
        return journal.stat().st_size > 0 and database.exists()
    except OSError:
        return False


def recover_hot_journal(database: Path, keep_dir: Path) -> Path | None:
    """Copy the database and its hot journal into ``keep_dir``, then let SQLite roll the journal back.

    Returns the folder holding the copies (None when there was nothing to recover). The caller must hold
    the instance lock: another Runlift's live journal is not a crash.
    """
    if not has_hot_journal(database):
        return None
    kept = keep_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}"
    kept.mkdir(parents=True)
    shutil.copy2(database, kept / database.name)
    for suffix in COMPANIONS:
        if companion(database, suffix).exists():
            shutil.copy2(companion(database, suffix), kept / (database.name + suffix))
    conn = sqlite3.connect(database)
    try:
        # the first read of a read-write connection finds the hot journal and rolls it back
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    return kept


def move_companions(database: Path, target: Path) -> None:
    """Move the -journal, -wal and -shm of ``database`` beside ``target``, so no foreign journal is left
    where another file will be put (SQLite would apply it to that file and damage it)."""
    for suffix in COMPANIONS:
        source = companion(database, suffix)
        if source.exists():
            os.replace(source, companion(target, suffix))


def remove_stale_partial(database: Path) -> None:
    """A copy killed half-way (a restore's ``<db>.partial``) is never data: the original was untouched."""
    partial = database.with_name(database.name + ".partial")
    for leftover in (partial, *(companion(partial, suffix) for suffix in COMPANIONS)):
        leftover.unlink(missing_ok=True)
