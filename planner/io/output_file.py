"""Writing an export where the user asked, as a shell redirection would, without ever leaving half a file.

- A symbolic link is written through: its target gets the data, the link stays a link.
- A regular file is replaced atomically (a temporary file beside it, then renamed), keeping its mode, so a
  failed write leaves the old file whole; a new file gets the usual mode (0666 less the umask), not 0600.
  A file no one may write (chmod a-w) is refused, as a shell refuses it: the rename alone would not.
- A device or named pipe (``/dev/null``, ``/dev/stdout``, a FIFO a script reads) is written into, never
  replaced: renaming a file over ``/dev/null`` as root would destroy the device node.
- A folder is refused, and so is a file the caller says must be kept (Runlift's own database, say).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

KEPT_REASON = "it is a file Runlift keeps in its data folder; choose another name"


def write_atomically(path: Path, data: bytes, kept: Callable[[Path], bool] | None = None) -> None:
    """Raises OSError (with the cause in ``strerror``) when the file cannot be written, or ``kept(target)`` is true."""
    target = Path(os.path.realpath(path))  # through every link, to the file the user means
    if kept is not None and kept(target):
        raise PermissionError(errno.EPERM, KEPT_REASON, str(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "it is a folder", str(path))
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_into(target, data)
        return
    if info is not None and not info.st_mode & 0o222:  # made read-only on purpose: the rename would ignore it
        raise PermissionError(errno.EACCES, "it is read-only", str(path))
    _replace(target, data, None if info is None else stat.S_IMODE(info.st_mode))


def _write_into(target: Path, data: bytes) -> None:
    """A device or pipe: opened for writing as it is (no create, no truncate of anything else)."""
    fd = os.open(target, os.O_WRONLY)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)


def _replace(target: Path, data: bytes, mode: int | None) -> None:
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if hasattr(os, "fchmod"):  # POSIX; Windows has no modes to keep
                os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
