"""The check before the first write moves to the close that stamps the file (DESIGN §5: "skip when the last
session closed cleanly"; issue 21: quick_check on every start cost 16 ms at ten years and 36 at thirty).

A file stamped at a checked close opens without a scan; a session that wrote runs quick_check when it closes
and stamps only a file that passes; a session that wrote nothing keeps its stamp; anything else gets the full
integrity check at the next open, as before.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner.config import Paths
from planner.domain.checkin import CheckIn
from planner.services import checkins
from planner.services.workspace import open_workspace
from planner.store import clean_close
from planner.store import database as store_database
from planner.store.database import close_db, open_db
from planner.store.errors import CorruptDatabaseError
from planner.store.models import database

Scans = list[str]  # "integrity_check", "quick_check" or "no scan", in the order they ran


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> Scans:
    """Every database check open_db and close_db run, in order, still doing its work."""
    seen: Scans = []
    real = store_database.check_database_file

    def watched(path: Path, *, full: bool = True, scan: bool = True, **rest: Any) -> int:
        seen.append(("integrity_check" if full else "quick_check") if scan else "no scan")
        return real(path, full=full, scan=scan, **rest)

    monkeypatch.setattr(store_database, "check_database_file", watched)
    return seen


def _save_checkin(day: int) -> None:
    checkins.save(CheckIn(day=date(2026, 1, day), sleep_hours=7.0))


def _closed_with_data(paths: Paths) -> None:
    workspace = open_workspace(paths)
    _save_checkin(1)
    workspace.close()
    assert clean_close.closed_cleanly(paths.database)


def test_a_file_checked_at_its_clean_close_opens_without_a_scan(paths: Paths, scans: Scans) -> None:
    _closed_with_data(paths)
    scans.clear()
    open_db(paths.database, paths.backups)
    assert scans == ["no scan"]  # header, size, owner and version only
    close_db()


def test_a_session_that_writes_runs_quick_check_at_close_and_stamps_the_file(paths: Paths, scans: Scans) -> None:
    _closed_with_data(paths)
    open_db(paths.database, paths.backups)
    _save_checkin(2)
    scans.clear()
    close_db()
    assert scans == ["quick_check"]
    assert clean_close.closed_cleanly(paths.database)
    assert sorted(p.name for p in paths.data_dir.glob("runlift.sqlite*")) == ["runlift.sqlite", "runlift.sqlite.clean"]


def test_a_session_that_writes_nothing_keeps_its_stamp_without_a_scan(paths: Paths, scans: Scans) -> None:
    _closed_with_data(paths)
    workspace = open_workspace(paths, backup_now=False)
    assert checkins.between(date(2026, 1, 1), date(2026, 1, 31))  # reads only
    scans.clear()
    workspace.close()
    assert scans == []
    assert clean_close.closed_cleanly(paths.database)


def test_a_new_file_is_checked_at_its_first_close(paths: Paths, scans: Scans) -> None:
    workspace = open_workspace(paths)
    workspace.close()
    assert "quick_check" in scans
    assert clean_close.closed_cleanly(paths.database)


def test_a_stamp_from_a_version_that_did_not_check_at_close_gets_the_full_check(paths: Paths, scans: Scans) -> None:
    _closed_with_data(paths)
    stamp = clean_close.stamp_path(paths.database)
    stamp.write_text(stamp.read_text(encoding="ascii").split("\n", 1)[1], encoding="ascii")  # identity alone
    assert not clean_close.closed_cleanly(paths.database)
    scans.clear()
    open_db(paths.database, paths.backups)
    assert scans[0] == "integrity_check"
    close_db()


def _damage_checkin_root_page(database_file: Path) -> None:
    """Give the check-in table's root page an invalid b-tree page type (SQLite file format §1.6: 2, 5, 10 or
    13), written in place as a failing disk would: quick_check reports it."""
    conn = sqlite3.connect(f"{database_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'checkin'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    offset = (root - 1) * page_size + (100 if root == 1 else 0)
    with database_file.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\x07")


def test_damage_done_during_a_session_is_not_stamped_and_the_next_open_refuses_the_file(
    paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    _closed_with_data(paths)
    open_db(paths.database, paths.backups)
    _save_checkin(2)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the session's pages are in the file now
    _damage_checkin_root_page(paths.database)
    with caplog.at_level(logging.WARNING, logger="planner.store.database"):
        close_db()
    assert "did not pass its check at close" in caplog.text
    assert not clean_close.stamp_path(paths.database).exists()
    damaged = paths.database.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        open_workspace(paths)
    assert paths.database.read_bytes() == damaged  # refused before any write


def test_a_file_written_after_its_stamp_gets_the_full_check(paths: Paths, scans: Scans) -> None:
    _closed_with_data(paths)
    conn = sqlite3.connect(paths.database)  # another program writes to it between two sessions
    conn.execute("UPDATE checkin SET note = 'edited elsewhere'")
    conn.commit()
    conn.close()
    scans.clear()
    open_db(paths.database, paths.backups)
    assert scans[0] == "integrity_check"
    close_db()


def test_where_the_change_time_is_not_kept_a_stamped_file_still_gets_quick_check_at_open(
    paths: Paths, scans: Scans, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_with_data(paths)
    monkeypatch.setattr(clean_close, "CHANGE_TIME_KEPT", False)  # Windows: st_ctime is the creation time
    scans.clear()
    open_db(paths.database, paths.backups)
    assert scans == ["quick_check"]
    close_db()


def test_a_write_during_the_check_at_close_is_not_stamped_as_checked(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_with_data(paths)
    open_db(paths.database, paths.backups)
    _save_checkin(2)
    real = store_database.check_database_file

    def check_then_written_by_another_program(path: Path, **options: Any) -> int:
        version = real(path, **options)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE checkin SET note = 'written meanwhile'")
        conn.commit()
        conn.close()
        return version

    monkeypatch.setattr(store_database, "check_database_file", check_then_written_by_another_program)
    close_db()
    assert not clean_close.closed_cleanly(paths.database)


def test_a_session_that_changed_rows_is_checked_at_close_even_if_the_file_looks_the_same(
    paths: Paths, scans: Scans, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where times are coarse (FAT's 2 s) a write can keep the size and modification time: the rows say."""
    _closed_with_data(paths)
    monkeypatch.setattr(clean_close, "identity", lambda database: "the same identity throughout")
    clean_close.record(paths.database)  # stamped with that identity: only the rows can say "written"
    open_db(paths.database, paths.backups)
    _save_checkin(2)
    scans.clear()
    close_db()
    assert scans == ["quick_check"]


def test_an_upgrade_counts_as_a_write(paths: Paths, scans: Scans, monkeypatch: pytest.MonkeyPatch) -> None:
    _closed_with_data(paths)
    monkeypatch.setattr(clean_close, "identity", lambda database: "the same identity throughout")
    clean_close.record(paths.database)  # stamped with that identity: only the upgrade can say "written"
    spy = store_database.check_database_file
    monkeypatch.setattr(store_database, "check_database_file", lambda path, **options: spy(path, **options) - 1)
    monkeypatch.setattr(store_database, "migrate", lambda *args, **kwargs: None)  # one version older, "upgraded"
    open_db(paths.database, paths.backups)
    monkeypatch.setattr(store_database, "check_database_file", spy)
    scans.clear()
    close_db()
    assert scans == ["quick_check"]
