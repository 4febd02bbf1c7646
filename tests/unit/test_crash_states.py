"""DESIGN §5: SQLite's crash states are recovered (a copy kept first), and damage is found before the first
write: index damage quick_check misses, an emptied or truncated file beside backups, a stale journal
beside a backup being put in place."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from planner.config import Paths
from planner.domain.checkin import CheckIn
from planner.services import checkins, recovery
from planner.services.recovery import newest_good_backup, restore_backup
from planner.services.workspace import open_workspace
from planner.store import clean_close
from planner.store.backups import backup_file
from planner.store.database import check_database_file, close_db, open_db
from planner.store.errors import CorruptDatabaseError, StorageError
from planner.store.models import database
from tests.helpers import fingerprint

ROOT = Path(__file__).resolve().parents[2]

# a rollback-journal transaction that spills changed pages into the file, then dies without committing:
# what a kill -9 leaves when it lands inside the switch to WAL, an upgrade or a restore
CRASH_MID_TRANSACTION = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 2")  # a tiny cache: changed pages go to the file before the commit
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE checkin SET note = hex(randomblob(300))")
    conn.execute("DELETE FROM exercise")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _fill(paths: Paths, days: int = 60) -> None:
    workspace = open_workspace(paths)
    for i in range(days):
        checkins.save(CheckIn(day=date.fromordinal(date(2026, 1, 1).toordinal() + i), sleep_hours=7.5))
    workspace.close()


def _rollback_mode(database_file: Path) -> None:
    conn = sqlite3.connect(database_file)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def _snapshot(database_file: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{database_file.as_uri()}?mode=ro", uri=True)
    try:
        return fingerprint(conn)
    finally:
        conn.close()


def _crash_mid_transaction(database_file: Path) -> None:
    subprocess.run([sys.executable, "-c", CRASH_MID_TRANSACTION, str(database_file)], check=False, cwd=ROOT)


def test_a_hot_journal_is_copied_then_rolled_back_and_the_data_opens(paths: Paths) -> None:
    _fill(paths)
    _rollback_mode(paths.database)
    before = _snapshot(paths.database)
    _crash_mid_transaction(paths.database)
    journal = paths.database.with_name(paths.database.name + "-journal")
    assert journal.stat().st_size > 0
    # the read-only pre-check alone cannot use the file (SQLite must roll the journal back first), and says so
    with pytest.raises(StorageError, match="a crash left a journal"):
        check_database_file(paths.database)

    open_workspace(paths).close()
    assert _snapshot(paths.database) == before
    kept = list((paths.backups / "crash-copies").iterdir())
    assert len(kept) == 1
    assert sorted(p.name for p in kept[0].iterdir()) == ["runlift.sqlite", "runlift.sqlite-journal"]


def test_opening_a_backup_moves_a_stale_journal_aside_so_it_cannot_damage_the_backup(paths: Paths) -> None:
    _fill(paths)
    open_db(paths.database, paths.backups)
    good = backup_file(database.connection(), paths.backups, "daily")
    close_db()
    _rollback_mode(paths.database)
    _crash_mid_transaction(paths.database)
    expected = _snapshot(good)

    aside = restore_backup(good, paths.database)

    assert aside is not None
    assert aside.with_name(aside.name + "-journal").exists()
    assert not paths.database.with_name(paths.database.name + "-journal").exists()
    check_database_file(paths.database)
    assert _snapshot(paths.database) == expected


def _checkin_table_page(database_file: Path) -> tuple[int, int]:
    conn = sqlite3.connect(database_file)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'checkin'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return root, page_size


def test_index_damage_that_quick_check_misses_is_found_before_any_write(paths: Paths) -> None:
    _fill(paths, days=3)
    root, page_size = _checkin_table_page(paths.database)
    data = bytearray(paths.database.read_bytes())
    page = data[(root - 1) * page_size : root * page_size]
    where = page.find(b"2026-01-02")
    assert where > 0
    # the table row now says another day than its index entry: "row 2 missing from index checkin_day"
    data[(root - 1) * page_size + where + 9] = ord("9")
    paths.database.write_bytes(bytes(data))
    assert check_database_file(paths.database, full=False) > 0  # quick_check sees nothing wrong
    damaged = paths.database.read_bytes()

    with pytest.raises(CorruptDatabaseError, match="missing from index"):
        open_workspace(paths)
    assert paths.database.read_bytes() == damaged


def test_an_emptied_file_beside_backups_is_damage_not_a_new_database(paths: Paths) -> None:
    _fill(paths, days=2)
    open_db(paths.database, paths.backups)
    backup_file(database.connection(), paths.backups, "daily")
    close_db()
    paths.database.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError, match="empty, but backups"):
        open_workspace(paths)
    assert paths.database.stat().st_size == 0
    assert newest_good_backup(paths.backups) is not None


def test_a_file_one_byte_short_is_refused(paths: Paths) -> None:
    _fill(paths, days=2)
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[:-1])
    with pytest.raises(CorruptDatabaseError, match="whole number"):
        open_workspace(paths)
    assert paths.database.read_bytes() == data[:-1]


def test_a_clean_close_is_stamped_and_any_later_change_to_the_file_voids_the_stamp(paths: Paths) -> None:
    _fill(paths, days=2)
    assert clean_close.closed_cleanly(paths.database)
    open_db(paths.database, paths.backups)
    assert not clean_close.stamp_path(paths.database).exists()  # a crash from here on gets the full check
    close_db()
    assert clean_close.closed_cleanly(paths.database)
    with paths.database.open("r+b") as handle:  # another program writes the same byte back
        handle.seek(200)
        byte = handle.read(1)
        handle.seek(200)
        handle.write(byte)
    assert not clean_close.closed_cleanly(paths.database)


def test_newest_good_backup_skips_damaged_copies(paths: Paths) -> None:
    _fill(paths, days=2)
    open_db(paths.database, paths.backups)
    older = backup_file(database.connection(), paths.backups, "daily")
    newer = backup_file(database.connection(), paths.backups, "daily")
    close_db()
    newer.write_bytes(newer.read_bytes()[:-100])
    assert newest_good_backup(paths.backups) == older


def test_a_restore_that_fails_half_way_leaves_no_partial_file_and_the_old_database(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(paths, days=2)
    open_db(paths.database, paths.backups)
    good = backup_file(database.connection(), paths.backups, "daily")
    close_db()
    before = paths.database.read_bytes()

    def full_disk(database_file: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recovery, "_keep_aside", full_disk)  # after the copy is made, before it is swapped in
    with pytest.raises(OSError, match="No space"):
        restore_backup(good, paths.database)
    assert not list(paths.data_dir.glob("*.partial*"))
    assert paths.database.read_bytes() == before


def test_a_command_that_writes_makes_the_days_backup(paths: Paths) -> None:
    from planner.cli import main

    assert main(["--data-dir", str(paths.data_dir), "checkin", "--sleep", "7"]) == 0
    assert main(["--data-dir", str(paths.data_dir), "checkin", "--date", "2026-01-02", "--sleep", "7"]) == 0
    daily = list(paths.backups.glob("runlift-*-daily.sqlite"))
    assert len(daily) == 1  # one a day, not one a command
