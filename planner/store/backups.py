"""Backup copies made with SQLite's online backup API, written to a temporary name and renamed into place."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

BACKUP_SUFFIX = ".sqlite"
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def backup_file(source: sqlite3.Connection, backup_dir: Path, label: str) -> Path:
    """Copy the database behind ``source`` to ``backup_dir``; a consistent snapshot even with WAL."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"runlift-{stamp}-{_SAFE.sub('-', label)}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    write_snapshot(source, partial)
    try:
        os.replace(partial, target)
    except BaseException:
        _remove_partial(partial)
        raise
    return target


def write_snapshot(source: sqlite3.Connection, partial: Path) -> None:
    """A consistent copy of the database behind ``source`` at ``partial`` (even with WAL), kept as a plain file
    with no WAL beside it; on any failure (a full disk, a kill) no half copy is left to be mistaken for one."""
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    except BaseException:
        _remove_partial(partial)
        raise


def snapshot_file(database: Path, partial: Path) -> None:
    """``write_snapshot`` of a database file opened read-only (a backup about to be restored)."""
    source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        write_snapshot(source, partial)
    finally:
        source.close()


def _remove_partial(partial: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def list_backups(backup_dir: Path, label: str | None = None) -> list[Path]:
    """Backups, newest first."""
    if not backup_dir.is_dir():
        return []
    found = [p for p in backup_dir.glob(f"runlift-*{BACKUP_SUFFIX}") if label is None or p.stem.endswith(label)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate(backup_dir: Path, label: str, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups carrying ``label``; returns what was deleted."""
    doomed = list_backups(backup_dir, label)[keep:]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def daily_backup(
    source: sqlite3.Connection, backup_dir: Path, keep: int = 7, now: datetime | None = None
) -> Path | None:
    """At most one automatic backup a day, keeping the last ``keep``; None when today's exists."""
    now = now or datetime.now()
    latest = list_backups(backup_dir, "daily")
    if latest and now - datetime.fromtimestamp(latest[0].stat().st_mtime) < timedelta(hours=20):
        return None
    made = backup_file(source, backup_dir, "daily")
    rotate(backup_dir, "daily", keep)
    return made
