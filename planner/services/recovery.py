"""Getting a user going again after a damaged or too-new database, without destroying anything."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from planner.store.backups import list_backups, snapshot_file
from planner.store.crash_state import move_companions
from planner.store.database import check_database_file
from planner.store.errors import StoreError


def set_aside(database: Path) -> Path | None:
    """Rename the database and its -journal, -wal and -shm out of the way; returns the new name.

    Nothing is deleted. Companions are moved even when the database itself is gone: a backup must never be
    put in place beside a foreign journal, which SQLite would apply to it.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.set-aside-{stamp}")
    move_companions(database, target)
    if not database.exists():
        return None
    os.replace(database, target)
    return target


def newest_good_backup(backups: Path) -> Path | None:
    """The newest automatic backup that passes the full integrity check, or None."""
    for candidate in list_backups(backups):
        try:
            check_database_file(candidate)
        except (StoreError, OSError):
            continue
        return candidate
    return None


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Put a backup in place of ``database``; the file it replaces is kept beside it, never deleted.

    The backup is checked first, so a damaged backup changes nothing. A process killed at any moment
    leaves either the old file or the backup at ``database``, never no file (which the next start would
    take for a new, empty database): the copy is made under another name, the old file is kept by a second
    name (a hard link), and one atomic rename swaps them. A copy that fails leaves no ``.partial`` file.
    """
    check_database_file(backup)
    partial = database.with_name(database.name + ".partial")
    try:
        snapshot_file(backup, partial)
        aside = _keep_aside(database)
        os.replace(partial, database)
    except BaseException:
        partial.unlink(missing_ok=True)
        for suffix in ("-journal", "-wal", "-shm"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        raise
    return aside


def _keep_aside(database: Path) -> Path | None:
    """A second name for the current file (its -journal, -wal and -shm moved along), while it stays in place."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # two restores in one second keep both files
    target = database.with_name(f"{database.name}.set-aside-{stamp}")
    if database.exists():
        try:
            os.link(database, target)
        except OSError:  # a file system without hard links: a copy does as well
            shutil.copy2(database, target)
    move_companions(database, target)
    return target if database.exists() else None
