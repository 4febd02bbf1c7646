"""DESIGN §5, the crash states of issue 19: kill -9 at random moments while a database switches from its
rollback journal to WAL (a new database's first start, a restored backup reopened), while an older file is
upgraded, and while a backup is put in place. Every time, the next start opens the folder (recovering a hot
journal if one was left), the file passes the full integrity check, and it holds one whole state, never a mix.

A short run is part of every test run; ``pytest -m slow`` also runs the long one (hundreds of kills).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from planner.config import Paths
from planner.services.workspace import open_workspace
from planner.store.database import close_db, open_db
from planner.store.migrations import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "data" / "runlift-schema-v1.sqlite"

WORKER = textwrap.dedent(
    """
    import os, shutil, sys
    from datetime import date, timedelta
    from pathlib import Path
    from planner.config import Paths
    from planner.domain.checkin import CheckIn
    from planner.services import checkins
    from planner.services.workspace import open_workspace
    from planner.store.database import close_db, open_db

    mode, data, source = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    paths = Paths(data)
    print("go", flush=True)
    day = date(2026, 1, 1)
    if mode == "restore":
        workspace = open_workspace(paths)
        while True:  # put the backup in place, reopen (journal -> WAL), write, again
            workspace.restore(source)
            day += timedelta(days=1)
            checkins.save(CheckIn(day=day, sleep_hours=7.0))
    elif mode == "new":  # a new database's first start: created, switched to WAL, closed, removed, again
        while True:
            open_db(paths.database, None)
            close_db()
            for leftover in data.glob("runlift.sqlite*"):
                leftover.unlink()
    else:  # upgrade: an older file in place, opened (migrated, switched to WAL), closed, again
        while True:
            spare = data / "incoming.sqlite"
            shutil.copyfile(source, spare)
            os.replace(spare, paths.database)
            open_db(paths.database, paths.backups)
            close_db()
    """
)


def _sessions(database: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, day, kind, status FROM session ORDER BY id").fetchall()
    finally:
        conn.close()


def _restore_source(tmp_path: Path) -> Path:
    """A backup whose sessions are those of the v1 file, upgraded: what every restore puts back."""
    folder = Paths(tmp_path / "source")
    folder.ensure()
    shutil.copyfile(V1, folder.database)
    open_workspace(folder).close()
    backup = tmp_path / "backup.sqlite"
    conn = sqlite3.connect(folder.database)
    target = sqlite3.connect(backup)
    conn.backup(target)
    target.execute("PRAGMA journal_mode = DELETE")
    target.close()
    conn.close()
    return backup


def _kill_loop(tmp_path: Path, mode: str, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    paths = Paths(tmp_path / "data").ensure()
    source = _restore_source(tmp_path) if mode == "restore" else V1
    if mode != "new":
        shutil.copyfile(V1, paths.database)
        open_workspace(paths).close()
    expected = _sessions(paths.database) if mode != "new" else []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(kills):
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER, mode, str(paths.data_dir), str(source)],
            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0.0, 0.35))
        os.kill(worker.pid, signal.SIGKILL)
        worker.stdout.close()
        worker.wait(timeout=30)

        # recovers a hot journal; raises if anything is wrong (a new database has no backups to compare with)
        workspace = None if mode == "new" else open_workspace(paths)
        db = open_db(paths.database, None) if workspace is None else workspace.db
        try:
            version = db.execute_sql("PRAGMA user_version").fetchone()[0]
            mode_now = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
            check = db.execute_sql("PRAGMA integrity_check").fetchone()[0]
        finally:
            if workspace is not None:
                workspace.close()
            close_db()
        assert (version, mode_now, check) == (SCHEMA_VERSION, "wal", "ok")
        assert _sessions(paths.database) == expected
        assert not list(paths.data_dir.glob("*.partial"))


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["new", "restore", "upgrade"])
def test_kill_9_while_switching_to_wal_upgrading_or_restoring_short(tmp_path: Path, mode: str) -> None:
    _kill_loop(tmp_path, mode, kills=6, seed=19)


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("mode", ["new", "restore", "upgrade"])
def test_kill_9_while_switching_to_wal_upgrading_or_restoring_long(
    tmp_path: Path, mode: str, request: pytest.FixtureRequest
) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("the long kill loop runs with: pytest -m slow")
    _kill_loop(tmp_path, mode, kills=250, seed=2019)
