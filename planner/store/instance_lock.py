"""One Runlift per data folder: a second instance gets a clear message instead of racing the first.

An advisory OS lock (flock on POSIX, msvcrt on Windows) is released by the kernel when its holder dies,
so a crash never leaves a stale lock behind. Written here rather than taken from filelock because that
package's import alone cost 13 ms of the start-up budget (DESIGN §6).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from types import TracebackType

from planner.store.errors import DatabaseInUseError, StorageError


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    def __init__(self, lock_file: Path, database: Path) -> None:
        self._path = lock_file
        self._database = database
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o644)
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a pipe or device cannot be truncated or hold the pid
            os.close(fd)
            raise StorageError(self._path, "it is not a regular file (a pipe or device)")
        if not _try_lock(fd):
            os.close(fd)
            raise DatabaseInUseError(self._database)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            # closing the descriptor drops the lock; the file stays, harmless and reused next time
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.release()
