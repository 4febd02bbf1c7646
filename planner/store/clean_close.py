"""A stamp saying the database was closed cleanly, checked at its close, and has not been touched since.

The full integrity check finds what quick_check misses (an index that disagrees with its table) but costs
45 ms on ten years of history and 180 ms on thirty; quick_check costs 15 and 36 ms (tests/perf/bench_integrity.py).
The start should pay neither (DESIGN §5: "skip when the last session closed cleanly"). So the last writer,
after a clean close, runs quick_check on the closed file (after the window is gone) and, when it passes,
records the file's identity (device, inode, size, modification and change times); a session that wrote
nothing keeps the stamp it opened with, unchecked again. A file that still matches at the next open was
checked when it was closed and not written since, by anyone (the change time cannot be set back), and is
opened without a scan. A crash, a byte flipped by another program, a copied-in or truncated file, a stamp
from a version that did not check at close: each fails the match and gets the full check.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def stamp_path(database: Path) -> Path:
    return database.with_name(database.name + ".clean")


STAMP_FORMAT = "checked at close 1"  # a stamp without it was written by a version that did not check at close


def identity(database: Path) -> str:
    """What any write to the file changes (OSError when it cannot be read)."""
    info = os.stat(database)
    return f"{info.st_dev} {info.st_ino} {info.st_size} {info.st_mtime_ns} {info.st_ctime_ns}"


def _stamp(database: Path) -> str:
    return f"{STAMP_FORMAT}\n{identity(database)}\n"


def closed_cleanly(database: Path) -> bool:
    """True when the stamp matches the file exactly and no journal or WAL lies beside it."""
    try:
        recorded = stamp_path(database).read_text(encoding="ascii")
        current = _stamp(database)
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
    """After a clean close (the WAL folded back and removed) of a file that passed its check."""
    with contextlib.suppress(OSError):  # no stamp only means a full check next time
        stamp_path(database).write_text(_stamp(database), encoding="ascii")
