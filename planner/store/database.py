"""Opening the database: recover a crash, refuse damaged or newer files before writing a byte, then migrate.

Pragmas follow DESIGN §5: WAL, foreign keys on, synchronous FULL, so a killed process loses no
committed change and never leaves half of one. A hot rollback journal (a crash while the file switched to
WAL, was upgraded or restored) is copied and rolled back first (planner/store/crash_state.py). The check
before the first write is SQLite's full integrity check, unless the file was closed cleanly, passed
quick_check at that close and was not touched since (planner/store/clean_close.py): then the start reads
only the header and version, and a session that writes runs quick_check when it closes instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from peewee import PeeweeException as PeeweeError
from peewee import SqliteDatabase

from planner.store import clean_close
from planner.store.crash_state import companion, recover_hot_journal, remove_stale_partial
from planner.store.errors import CorruptDatabaseError, NewerSchemaError, StorageError, StoreError, storage_reason
from planner.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate
from planner.store.models import database

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 5000,
}
SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
_writer: Path | None = None  # the file this process opened for writing: its clean close is stamped
_opened_as: str | None = None  # the writer's file identity when it opened with a valid stamp and no upgrade

log = logging.getLogger(__name__)


def check_database_file(
    path: Path, *, full: bool = True, scan: bool = True, backups: Path | None = None, closed: bool = False
) -> int:
    """Read-only look at an existing file; returns its schema version (0 for a new or empty file).

    ``full`` runs SQLite's integrity_check (which also compares every index with its table), otherwise
    quick_check; ``scan=False`` runs neither (a file checked at its clean close), only the header, size,
    owner and version checks. ``closed`` is for the writer's own file after its close, the instance lock still
    held: it is read as it lies, leaving no ``-wal`` or ``-shm`` behind. An empty file is new unless
    ``backups`` holds copies: then data was lost, and that is damage. Raises CorruptDatabaseError or
    NewerSchemaError without ever opening the file for writing.
    """
    if not path.exists():
        return 0
    if not path.is_file():
        raise CorruptDatabaseError(path, "not a regular file")
    size = path.stat().st_size
    if size == 0:
        if backups is not None and any(backups.glob("runlift-*.sqlite")):
            raise CorruptDatabaseError(path, "the file is empty, but backups of earlier data exist")
        return 0
    with path.open("rb") as handle:
        header = handle.read(_HEADER_BYTES)
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise CorruptDatabaseError(path, "not an SQLite file")
    _check_size(path, header, size)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if closed else ''}", uri=True)
    except sqlite3.Error as exc:
        raise _unusable(path, exc) from exc
    # a damaged schema may hold any bytes: read them as text with replacement marks rather than fail
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        check = "integrity_check" if full else "quick_check"
        problems = [str(row[0]) for row in conn.execute(f"PRAGMA {check}(20)").fetchall()] if scan else ["ok"]
    except sqlite3.Error as exc:
        raise _unusable(path, exc) from exc
    except UnicodeDecodeError as exc:  # SQLite's message quotes damaged schema bytes that are not UTF-8
        raise CorruptDatabaseError(path, "its schema holds bytes that are not text") from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise CorruptDatabaseError(path, "; ".join(problems[:3]))
    if tables and application_id != APPLICATION_ID:
        raise CorruptDatabaseError(path, "an SQLite file from another program")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(path, version, SCHEMA_VERSION)
    return version


def _unusable(path: Path, error: sqlite3.Error) -> StoreError:
    """Damage, or a place that cannot be used (a read-only folder, a full disk): never call the second
    the first, or the user restores a backup over a file that was fine."""
    if companion(path, "-journal").exists() and "readonly" in str(error):
        return StorageError(path, "a crash left a journal to roll back, and Runlift may not write here")
    reason = storage_reason(error)
    if reason is None and not os.access(path.parent, os.W_OK | os.X_OK):
        reason = "its folder is read-only"
    return StorageError(path, reason) if reason else CorruptDatabaseError(path, str(error))


def _check_size(path: Path, header: bytes, size: int) -> None:
    """A file cut short: its size is not whole pages, or fewer pages than its header says (SQLite file
    format §1.3: page size at offset 16, page count at 28, valid when offset 92 equals offset 24)."""
    if len(header) < _HEADER_BYTES:
        raise CorruptDatabaseError(path, f"the file is {size} bytes, shorter than an SQLite header")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptDatabaseError(path, f"page size {page_size} in the header is not valid")
    wal = companion(path, "-wal")
    if wal.exists() and wal.stat().st_size:
        return  # pages may still live in the WAL; SQLite replays it and integrity_check judges the result
    if size % page_size:
        raise CorruptDatabaseError(path, f"the file is {size} bytes, not a whole number of {page_size}-byte pages")
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] == header[24:28] and pages * page_size > size:
        raise CorruptDatabaseError(path, f"the file holds {size // page_size} of its {pages} pages: it was cut short")


def open_db(path: Path, backup_dir: Path | None = None, *, writer: bool = True) -> SqliteDatabase:
    """Open (creating or upgrading) the database at ``path`` and bind the models to it.

    ``writer=False`` is for a reader beside the running app: it neither recovers a journal (the app's own,
    live) nor touches the clean-close stamp.
    """
    global _writer, _opened_as
    close_db()
    if writer:
        try:
            remove_stale_partial(path)
            recover_hot_journal(path, (backup_dir or path.parent) / "crash-copies")
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(path, storage_reason(exc) or f"its crash journal cannot be rolled back ({exc})") from exc
    stamped = clean_close.stamped_identity(path) if writer else None  # checked at its clean close, untouched since
    scan = stamped is None or not clean_close.CHANGE_TIME_KEPT
    version = check_database_file(path, full=stamped is None, scan=scan, backups=backup_dir if writer else None)
    path.parent.mkdir(parents=True, exist_ok=True)
    if writer:
        _opened_as = stamped if version == SCHEMA_VERSION else None  # an upgrade is a write
        clean_close.forget(path)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        db.connect()
        migrate(db, path, backup_dir)
    except Exception as exc:
        db.close()
        reason = storage_reason(exc)
        if reason is not None:
            raise StorageError(path, reason) from exc
        raise
    database.initialize(db)
    _writer = path if writer else None
    return db


def close_db() -> None:
    global _writer, _opened_as
    current = database.obj
    if current is not None and not current.is_closed():
        # fold the WAL back so the file on disk is complete on its own; on a full disk or a file-size limit
        # every commit is still safe in the WAL, and the next open replays it
        with contextlib.suppress(sqlite3.Error, PeeweeError):
            current.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        wrote = _changed_rows(current) != 0
        current.close()
        if _writer is not None and not companion(_writer, "-wal").exists():
            _stamp_if_whole(_writer, unchanged_as=None if wrote else _opened_as)
    _writer = _opened_as = None


def _changed_rows(db: SqliteDatabase) -> int:
    """Rows this session's connection inserted, changed or deleted (-1 when it cannot tell: count it as written)."""
    try:
        return int(db.connection().total_changes)
    except (sqlite3.Error, PeeweeError):
        return -1


def _stamp_if_whole(path: Path, unchanged_as: str | None) -> None:
    """Stamp a cleanly closed file that passes quick_check, or that this session never wrote: no row changed
    and the file's identity is ``unchanged_as``, the one it opened with after a checked close. The stamp holds
    the identity read before the check: a write by anyone after that fails its match, and the next start
    checks in full. Otherwise the next start skips the scan (clean_close)."""
    try:
        seen = clean_close.identity(path)
        if seen != unchanged_as:
            check_database_file(path, full=False, closed=True)
    except (StoreError, OSError) as exc:  # no stamp: the next start runs the full check and says what it finds
        log.warning("the database did not pass its check at close: %s", exc)
        return
    clean_close.record(path, seen)
