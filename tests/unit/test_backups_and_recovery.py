from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from planner.config import Paths
from planner.services import sessions
from planner.services.recovery import restore_backup, set_aside
from planner.store import models as m
from planner.store.backups import backup_file, daily_backup, list_backups, rotate
from planner.store.database import close_db, open_db
from planner.store.errors import CorruptDatabaseError
from tests.helpers import fingerprint, run


def test_a_backup_is_a_complete_readable_copy_even_with_a_wal(paths: Paths) -> None:
    open_db(paths.database, paths.backups)
    sessions.create(run())
    copy = backup_file(m.database.connection(), paths.backups, "manual")
    live = fingerprint(m.database.connection())
    close_db()
    restored = sqlite3.connect(copy)
    assert restored.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert fingerprint(restored) == live
    assert not list(paths.backups.glob("*.partial"))


def test_daily_backup_once_a_day_and_rotated(paths: Paths) -> None:
    open_db(paths.database, paths.backups)
    conn = m.database.connection()
    assert daily_backup(conn, paths.backups) is not None
    assert daily_backup(conn, paths.backups) is None  # already one today
    for _ in range(9):
        time.sleep(0.002)  # distinct names
        backup_file(conn, paths.backups, "daily")
    later = datetime.now() + timedelta(days=1)
    assert daily_backup(conn, paths.backups, keep=7, now=later) is not None
    assert len(list_backups(paths.backups, "daily")) == 7
    close_db()


def test_rotate_only_touches_its_own_label(paths: Paths) -> None:
    open_db(paths.database, paths.backups)
    conn = m.database.connection()
    keep = backup_file(conn, paths.backups, "before-v2-from-v1")
    for _ in range(3):
        time.sleep(0.002)
        backup_file(conn, paths.backups, "daily")
    close_db()
    rotate(paths.backups, "daily", 1)
    assert keep.exists()
    assert len(list_backups(paths.backups)) == 2


def test_restore_backup_sets_the_damaged_file_aside(paths: Paths) -> None:
    open_db(paths.database, paths.backups)
    sessions.create(run())
    good = backup_file(m.database.connection(), paths.backups, "manual")
    close_db()
    paths.database.write_bytes(b"broken" * 100)
    aside = restore_backup(good, paths.database)
    assert aside is not None
    assert aside.read_bytes() == b"broken" * 100  # kept, not deleted
    open_db(paths.database, paths.backups)
    assert len(sessions.sessions_between(run().day, run().day)) == 1
    close_db()


def test_restoring_a_damaged_backup_changes_nothing(paths: Paths, tmp_path: Path) -> None:
    paths.database.write_bytes(b"current")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"nope" * 10)
    with pytest.raises(CorruptDatabaseError):
        restore_backup(bad, paths.database)
    assert paths.database.read_bytes() == b"current"


def test_set_aside_moves_the_wal_along(paths: Paths) -> None:
    paths.database.write_bytes(b"db")
    wal = Path(str(paths.database) + "-wal")
    wal.write_bytes(b"wal")
    aside = set_aside(paths.database)
    assert aside is not None
    assert aside.exists()
    assert Path(str(aside) + "-wal").read_bytes() == b"wal"
    assert not paths.database.exists()
    assert not wal.exists()
    assert os.listdir(paths.data_dir)
