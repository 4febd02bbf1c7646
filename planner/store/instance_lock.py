"""One Runlift per data folder: a second instance gets a clear message instead of racing the first.

An OS-level lock (filelock) is released by the kernel when the holder dies, so a crash never leaves a
stale lock behind.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from planner.store.errors import DatabaseInUseError


class InstanceLock:
    def __init__(self, lock_file: Path, database: Path) -> None:
        self._lock = FileLock(str(lock_file), timeout=0)
        self._database = database

    def acquire(self) -> InstanceLock:
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise DatabaseInUseError(self._database) from exc
        return self

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
