"""The full JSON backup and its restore: every table, checked before anything is replaced.

A restore reads the whole document, checks it in a scratch database (planner/store/all_rows.py),
refuses to replace a database holding the user's data unless asked, makes an SQLite backup copy of the
current file, then replaces every row in one transaction. A file that fails any check changes nothing.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner import __version__
from planner.io import json_backup
from planner.io.json_backup import (
    BackupFormatError,
    TableRows,
    build_document,
    check_size,
    read_document,
    write_document,
)
from planner.store.all_rows import checked_rows, has_user_data, read_all_rows, replace_all_rows
from planner.store.backups import backup_file
from planner.store.migrations import SCHEMA_VERSION
from planner.store.transaction import connection, transaction

__all__ = [
    "BackupFormatError", "CheckedBackup", "DatabaseHasDataError", "RestoreResult", "backup_text", "check_backup",
    "has_user_data", "read_backup", "replace_data", "restore",
]  # fmt: skip


class DatabaseHasDataError(Exception):
    """The database holds the user's data and replacing it was not confirmed; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("the database already holds sessions or other data; restoring would replace all of it")


@dataclass(frozen=True, slots=True)
class RestoreResult:
    rows: int
    schema_version: int  # the backup's; lower than SCHEMA_VERSION when it was upgraded on the way in
    app_version: str
    exported_at: str
    safety_copy: Path


def backup_text(now: datetime | None = None) -> str:
    """The whole database as the backup document, read in one transaction (a consistent snapshot)."""
    with transaction():
        tables = read_all_rows()
    document = build_document(
        tables,
        app_version=__version__,
        schema_version=SCHEMA_VERSION,
        exported_at=(now or datetime.now(UTC)).astimezone(UTC),
    )
    stream = io.StringIO()
    write_document(document, stream)
    return stream.getvalue()


def read_backup(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, refusing a file over the limit before reading it, and a pipe or device unread (a FIFO
    would be waited on for ever, holding the data folder's lock)."""
    from planner.io.regular_file import NotRegularFileError, open_regular

    try:
        stream = open_regular(path, shown=str(path))
    except NotRegularFileError as exc:
        raise BackupFormatError(str(exc)) from exc
    with stream:
        check_size(os.fstat(stream.fileno()).st_size, max_bytes)
        data = stream.read(json_backup.MAX_BACKUP_BYTES + 1 if max_bytes is None else max_bytes + 1)
    check_size(len(data), max_bytes)  # the file grew since stat()
    return data


@dataclass(frozen=True, slots=True)
class CheckedBackup:
    """A backup that passed every check, ready to replace the data."""

    tables: dict[str, TableRows]
    schema_version: int
    app_version: str
    exported_at: str

    @property
    def rows(self) -> int:
        return sum(len(t.rows) for t in self.tables.values())


def check_backup(data: bytes) -> CheckedBackup:
    """Parse and check ``data`` without writing anything; raises BackupFormatError naming the problem."""
    document = read_document(data)
    return CheckedBackup(checked_rows(document), document.schema_version, document.app_version, document.exported_at)


def replace_data(backup: CheckedBackup, backup_dir: Path) -> RestoreResult:
    """Copy the current database to ``backup_dir``, then replace every row with the backup's (one transaction)."""
    copy = backup_file(connection(), backup_dir, "before-restore")
    replace_all_rows(backup.tables)
    return RestoreResult(backup.rows, backup.schema_version, backup.app_version, backup.exported_at, copy)


def restore(data: bytes, backup_dir: Path, *, replace: bool = False) -> RestoreResult:
    """Replace every row with the backup's. Raises BackupFormatError (a bad file) or DatabaseHasDataError
    (data present, ``replace`` false) before anything is written."""
    backup = check_backup(data)
    if not replace and has_user_data():
        raise DatabaseHasDataError()
    return replace_data(backup, backup_dir)
