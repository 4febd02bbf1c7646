"""Typed reasons a database cannot be used, each with a message a person can act on."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from peewee import PeeweeException


class StoreError(Exception):
    """Base class: the database was left untouched."""


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path} is damaged or is not a Runlift database ({detail}); it was not changed")


class UnreadableRowError(StoreError):
    """A row holds a value of the wrong kind (SQLite keeps any value in any column: an edit by hand, another
    tool), so it cannot become a session or a set; named, rather than failing deep inside with a TypeError."""

    def __init__(self, table: str, row_id: object, detail: str) -> None:
        self.table = table
        self.row_id = row_id
        self.detail = detail
        super().__init__(
            f"the database is damaged: {table} {row_id} holds a value of the wrong kind, which Runlift cannot "
            "read; nothing was changed. Restore a backup, or correct the row with an SQLite tool"
        )


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"{path} was written by a newer Runlift (schema {found}, this version reads up to {supported}); "
            "it was not changed: update Runlift to open it"
        )


class DatabaseInUseError(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"another Runlift is already using {path.parent}; close it first")


class MigrationError(StoreError):
    def __init__(self, path: Path, step: int, detail: str, backup: Path | None) -> None:
        self.path = path
        self.backup = backup
        where = f"; a copy from before the upgrade is at {backup}" if backup else ""
        super().__init__(f"upgrading {path} failed at step {step} ({detail}); nothing was changed{where}")


class NotFoundError(StoreError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"{what} {ident} does not exist")


class StorageError(StoreError):
    """The files cannot be read or written for a reason outside the database itself: a full disk, a
    read-only file system or folder, no permission, a path that is too long or not a folder. Never called
    damage: the data is fine, the place it lives is not usable."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot use {path}: {reason}; nothing was changed")


_ERRNO_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is larger than this system allows (a file-size limit)",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied (read-only file or folder?)",
    errno.EPERM: "permission denied",
    errno.ENAMETOOLONG: "the path is too long",
    errno.ENOTDIR: "part of the path is a file, not a folder",
    errno.EISDIR: "it is a folder, not a file",
    errno.EEXIST: "a file is in the way of a folder Runlift needs",
    errno.ENOENT: "no such file or folder",
    errno.EIO: "an input/output error (a failing disk?)",
    errno.ELOOP: "too many symbolic links",
}
# what SQLite says (sqlite3.Error text) when the cause is the storage, not the database
_SQLITE_REASONS = (
    ("disk is full", "the disk is full (or a file-size limit was reached)"),
    ("readonly database", "the database file or its folder is read-only"),
    ("unable to open database", "the database file cannot be opened (a read-only folder, or not a file?)"),
    ("disk i/o error", "an input/output error (a full or failing disk?)"),
    ("file is too large", "the file is larger than this system allows"),
)


def storage_reason(error: BaseException) -> str | None:
    """The storage cause behind ``error`` or anything it was raised from, in plain words; None when the
    chain holds no storage cause. A full disk during a commit surfaces as "cannot rollback - no transaction
    is active", with the real cause one step back in the chain: the whole chain is searched."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageError):
            return current.reason
        if isinstance(current, OSError) and current.errno in _ERRNO_REASONS:
            return _ERRNO_REASONS[current.errno]
        text = str(current).lower()
        for marker, reason in _SQLITE_REASONS:
            if marker in text:
                return reason
        current = current.__cause__ or current.__context__
    return None


# what the database layer raises when a statement fails: for callers that must not import peewee
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, PeeweeException)
