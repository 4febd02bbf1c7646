"""Getting a user going again after a damaged or too-new database, without destroying anything."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from planner.store.database import check_database_file


def set_aside(database: Path) -> Path | None:
    """Rename the database (and its -wal/-shm) out of the way; returns the new name. Nothing is deleted."""
    if not database.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.set-aside-{stamp}")
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(database, target)
    return target


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Put a backup in place of ``database``; the file it replaces is set aside, never deleted.

    The backup is checked first, so a damaged backup changes nothing.
    """
    check_database_file(backup)
    aside = set_aside(database)
    partial = database.with_name(database.name + ".partial")
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    os.replace(partial, database)
    return aside
