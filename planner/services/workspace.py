"""Opening a data folder for use: the instance lock, the database (checked, migrated) and a daily backup."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from planner.config import Paths
from planner.store.backups import daily_backup
from planner.store.database import check_database_file, close_db, open_db
from planner.store.errors import DatabaseInUseError, StorageError, storage_reason
from planner.store.instance_lock import InstanceLock
from planner.store.migrations import SCHEMA_VERSION
from planner.store.transaction import Database

log = logging.getLogger("runlift")


class Workspace:
    """An open data folder: the database, its lock and its paths, closed together.

    A plain class: it is made at each start, where a dataclass's generated methods cost 0.4 ms to compile on
    Python 3.11 (issue 21), and nothing compares or prints one."""

    __slots__ = ("db", "lock", "paths")

    def __init__(self, paths: Paths, db: Database, lock: InstanceLock | None = None) -> None:
        self.paths = paths
        self.db = db
        self.lock = lock

    def backup_daily(self) -> Path | None:
        """At most one automatic backup a day, keeping as many as the Settings say (a week by default)."""
        from planner.services.app_settings import backup_keep

        return daily_backup(self.db.connection(), self.paths.backups, keep=backup_keep())

    def restore(self, backup: Path) -> Path | None:
        """Put ``backup`` in place of the open database and reopen it; returns where the replaced file was set
        aside. A damaged backup changes nothing (the current file is reopened and the error raised)."""
        from planner.services.recovery import restore_backup

        close_db()
        try:
            aside = restore_backup(backup, self.paths.database)
        finally:
            self.db = open_db(self.paths.database, self.paths.backups)
        _sync_library()
        return aside

    def close(self) -> None:
        close_db()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _sync_library() -> None:
    """Built-in exercises follow the installed version; a broken install must not stop the app opening."""
    from planner.services.library import sync_builtins

    try:
        sync_builtins()
    except (OSError, ValueError, KeyError) as exc:
        log.warning("the built-in exercise library could not be loaded: %s", exc)


def open_workspace(paths: Paths, *, exclusive: bool = True, backup_now: bool = True) -> Workspace:
    """Open the folder's database.

    ``exclusive=False`` is for read-only commands: they may run beside an open app, as long as the
    file needs no upgrade (an upgrade is a write, and writes need the lock). A writer (``exclusive``)
    makes the day's backup before its first change unless ``backup_now`` is false (the window makes it
    once it is painted), so someone who only uses the commands has backups too.
    """
    instance = InstanceLock(paths.lock_file, paths.database)
    lock: InstanceLock | None = instance  # None: a read-only command beside the open app
    try:
        paths.ensure()
        instance.acquire()
    except OSError as exc:
        where = exc.filename or paths.data_dir
        raise StorageError(where, storage_reason(exc) or exc.strerror or str(exc)) from exc
    except DatabaseInUseError:
        if exclusive or check_database_file(paths.database, full=False) != SCHEMA_VERSION:
            raise
        lock = None
    try:
        db = open_db(paths.database, paths.backups, writer=lock is not None)
        if exclusive and backup_now:
            from planner.services.app_settings import backup_keep

            try:
                daily_backup(db.connection(), paths.backups, keep=backup_keep())
            except (OSError, sqlite3.Error) as exc:
                raise StorageError(paths.backups, storage_reason(exc) or str(exc)) from exc
        if lock is not None:  # a reader beside the running app writes nothing, not even the library
            _sync_library()
    except BaseException:
        close_db()
        if lock is not None:
            lock.release()
        raise
    return Workspace(paths=paths, db=db, lock=lock)
