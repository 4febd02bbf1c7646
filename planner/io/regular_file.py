"""Opening a file that is given to Runlift to read: only a regular file, never waited on.

Opened without blocking and checked on the open descriptor (not the path, which could change in between):
a named pipe would otherwise hang for ever and a device never ends (DESIGN §5).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO


class NotRegularFileError(ValueError):
    """A folder, pipe or device where a file was expected."""

    def __init__(self, shown: str) -> None:
        super().__init__(f"{shown} is not a regular file (a folder, pipe or device)")


def open_regular(path: Path, shown: str | None = None) -> IO[bytes]:
    """``path`` opened for reading in binary; OSError as ``os.open`` raises it, NotRegularFileError for the rest.
    ``shown`` is how the error names the file (its name by default)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    handle = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        raise NotRegularFileError(shown if shown is not None else path.name)
    return handle
