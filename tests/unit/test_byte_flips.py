"""Byte flips against the pre-check (issue 19): whatever byte of a cleanly closed database another program
or a failing disk changes (table pages, index pages, the header), the file is either still whole by SQLite's
full integrity check, or it is refused before the first write and left exactly as it was.

A short run is part of every test run; ``pytest -m slow`` also runs the long one.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.config import Paths
from planner.domain.checkin import CheckIn
from planner.services import checkins, sessions
from planner.services.workspace import open_workspace
from planner.store import clean_close
from planner.store.errors import StoreError
from tests.helpers import MONDAY, run


def _whole(database: Path) -> bool:
    """SQLite's own verdict, independent of the app: full integrity check, read-only."""
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        conn.text_factory = bytes
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [(b"ok",)]
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):  # SQLite's own message may quote the damaged bytes
        return False


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    """A closed database with a few hundred rows, and the byte ranges of its index pages."""
    paths = Paths(tmp_path_factory.mktemp("pristine") / "data")
    workspace = open_workspace(paths)
    for i in range(200):
        checkins.save(CheckIn(day=date(2025, 1, 1) + timedelta(days=i), sleep_hours=6 + i % 3, note=f"day {i}"))
        sessions.create(run(MONDAY + timedelta(days=i % 30), km=5 + i % 7))
    workspace.close()
    conn = sqlite3.connect(paths.database)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    try:
        pages = conn.execute("SELECT pageno FROM dbstat WHERE name IN (SELECT name FROM sqlite_master "
                             "WHERE type = 'index')").fetchall()  # fmt: skip
    except sqlite3.OperationalError:  # SQLite built without dbstat: the roots alone
        pages = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index'").fetchall()
    conn.close()
    ranges = [((p - 1) * page_size, p * page_size) for (p,) in pages]
    return paths.database, ranges


def _flip_and_open(pristine_file: Path, folder: Path, offset: int, rng: random.Random) -> None:
    paths = Paths(folder).ensure()
    shutil.copyfile(pristine_file, paths.database)
    clean_close.record(paths.database)  # as a clean close leaves it: the stamp says quick_check would do
    assert clean_close.closed_cleanly(paths.database)
    data = bytearray(paths.database.read_bytes())
    data[offset] ^= rng.randrange(1, 256)
    with paths.database.open("r+b") as handle:  # written in place, as a failing disk or a stray program would
        handle.seek(offset)
        handle.write(bytes([data[offset]]))
    flipped = paths.database.read_bytes()
    if _whole(paths.database):
        return  # a byte SQLite does not check (free space, a value): nothing the pre-check can know
    with pytest.raises(StoreError):
        open_workspace(paths).close()
    assert paths.database.read_bytes() == flipped, f"a damaged file was written to (byte {offset})"


def _flips(pristine: tuple[Path, list[tuple[int, int]]], tmp_path: Path, count: int, seed: int) -> None:
    database, index_ranges = pristine
    size = database.stat().st_size
    rng = random.Random(seed)
    for i in range(count):
        if i % 2 and index_ranges:  # half of them in index pages, which quick_check does not compare
            low, high = rng.choice(index_ranges)
            offset = rng.randrange(low, high)
        else:
            offset = rng.randrange(size)
        _flip_and_open(database, tmp_path / f"flip-{i}", offset, rng)


def test_flipped_bytes_are_found_before_the_first_write_short(
    pristine: tuple[Path, list[tuple[int, int]]], tmp_path: Path
) -> None:
    _flips(pristine, tmp_path, count=40, seed=19)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_flipped_bytes_are_found_before_the_first_write_long(
    pristine: tuple[Path, list[tuple[int, int]]], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("the long byte-flip run goes with: pytest -m slow")
    _flips(pristine, tmp_path, count=1500, seed=2019)
