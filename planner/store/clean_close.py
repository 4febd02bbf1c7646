"""A stamp saying the database was closed cleanly and has not been touched since.

The full integrity check finds what quick_check misses (an index that disagrees with its table) but costs
45 ms on ten years of history and 180 ms on thirty, against 15 and 48 ms (tests/perf/bench_integrity.py).
The start must not pay that every time, so the last writer records the file's identity (device, inode,
size, modification and change times) after a clean close; a file that still matches was closed cleanly
and not written since, by anyone (the change time cannot be set back), and quick_check is enough. A crash,
a byte flipped by another program, a copied-in or truncated file all fail the match and get the full check.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def stamp_path(database: Path) -> Path:
    return database.with_name(database.name + ".clean")


def _identity(database: Path) -> str:
    info = os.stat(database)
    return f"{info.st_dev} {info.st_ino} {info.st_size} {info.st_mtime_ns} {info.st_ctime_ns}\n"


def closed_cleanly(database: Path) -> bool:
    """True when the stamp matches the file exactly and no journal or WAL lies beside it."""
    try:
        recorded = stamp_path(database).read_text(encoding="ascii")
        current = _identity(database)
    except (OSError, UnicodeDecodeError):
        return False
    for suffix in ("-journal", "-wal"):  # empty ones are left by read-only readers and hold nothing
        with contextlib.suppress(FileNotFoundError):
            if database.with_name(database.name + suffix).stat().st_size > 0:
                return False
    return recorded == current


def forget(database: Path) -> None:
    """Before the first write: from now on a crash must lead to the full check."""
    # a stamp that cannot be removed fails its match anyway once the file is written
    with contextlib.suppress(OSError):
        stamp_path(database).unlink(missing_ok=True)


def record(database: Path) -> None:
    """After a clean close (the WAL folded back and removed)."""
    with contextlib.suppress(OSError):  # no stamp only means a full check next time
        stamp_path(database).write_text(_identity(database), encoding="ascii")
