"""A stamp saying the database was closed cleanly, checked at its close, and has not been touched since.

The full integrity check finds what quick_check misses (an index that disagrees with its table) but costs
45-58 ms on ten years of history and 180-200 ms on thirty; quick_check 15 and 36-49 ms
(tests/perf/bench_integrity.py). The start should pay neither (DESIGN §5: "skip when the last session closed
cleanly"). So the last writer, after a clean close, runs quick_check on the closed file (after the window is
gone) and, when it passes, records the file's identity (device, inode, size, modification and change times)
as it was before the check; a session that changed no row and left the identity as it opened keeps its
stamp without a new scan. A file that still matches at the next open was checked when it was closed and not
written since, by anyone (the change time cannot be set back), and is opened without a scan. Where the change
time is not kept (Windows: Python 3.11's ``st_ctime`` is the creation time, so a rewrite in place that
restores the modification time would match), the open still runs quick_check, as every start did before.
A crash, a byte flipped by another program, a copied-in or truncated file, a stamp from a version that did not
check at close: each fails the match and gets the full check. What this gives up: damage that changes none of
the file's details (a failing sector) is found at the next writer's close, not before the next start's first
write.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def stamp_path(database: Path) -> Path:
    return database.with_name(database.name + ".clean")


STAMP_FORMAT = "checked at close 1"  # a stamp without it was written by a version that did not check at close
CHANGE_TIME_KEPT = os.name != "nt"  # whether ``identity`` holds a time that every write moves and none can set back


def identity(database: Path) -> str:
    """What any write to the file changes (OSError when it cannot be read)."""
    info = os.stat(database)
    return f"{info.st_dev} {info.st_ino} {info.st_size} {info.st_mtime_ns} {info.st_ctime_ns}"


def _stamp(seen: str) -> str:
    return f"{STAMP_FORMAT}\n{seen}\n"


def stamped_identity(database: Path) -> str | None:
    """The file's identity when the stamp matches it exactly and no journal or WAL lies beside it, else None:
    one reading of the file, so what is compared is what the caller goes on with."""
    try:
        recorded = stamp_path(database).read_text(encoding="ascii")
        current = identity(database)
    except (OSError, UnicodeDecodeError):
        return None
    for suffix in ("-journal", "-wal"):  # empty ones are left by read-only readers and hold nothing
        with contextlib.suppress(FileNotFoundError):
            if database.with_name(database.name + suffix).stat().st_size > 0:
                return None
    return current if recorded == _stamp(current) else None


def closed_cleanly(database: Path) -> bool:
    return stamped_identity(database) is not None


def forget(database: Path) -> None:
    """Before the first write: from now on a crash must lead to the full check."""
    # a stamp that cannot be removed fails its match anyway once the file is written
    with contextlib.suppress(OSError):
        stamp_path(database).unlink(missing_ok=True)


def record(database: Path, seen: str | None = None) -> None:
    """After a clean close (the WAL folded back and removed) of a file that passed its check; ``seen`` is the
    identity read before that check (a write since then must not be stamped as checked)."""
    with contextlib.suppress(OSError):  # no stamp only means a full check next time
        stamp_path(database).write_text(_stamp(seen or identity(database)), encoding="ascii")
