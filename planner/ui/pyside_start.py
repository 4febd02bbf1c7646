"""PySide6 imported with shiboken's support code compiled once, not at every start.

Importing shiboken6 starts its signature support: fourteen Python sources kept inside libshiboken (its bootstrap
and thirteen modules), which it compiles at every start (``compile()`` in its signature_bootstrap.py): 126 KB of
source, 20-30 ms of each start here, about what all of Runlift's own modules take to load (issue 21). While
PySide6 is first imported, ``builtins.compile`` is wrapped so that those sources come from a cache of code
objects in the user's cache folder (marshal, as in Python's own ``__pycache__``, and trusted as much: one file
per Python and per shiboken6 install), each keyed by its source's name, type, length and CRC-32, compiler flags
and optimisation level. Every other call, and every miss, compiles as before; what missed is written back once
the import is done. A missing, stale, damaged or unwritable cache costs only the compile that every start paid
before: nothing but speed depends on it.

This module has no ``from __future__`` import on purpose: ``compile()`` inherits the future flags of the code
calling it, which is this module; the flags of the code that called the wrapper are passed on instead.
"""

import __future__

import builtins
import contextlib
import marshal
import os
import stat
import sys
import zlib
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

CACHE_STEM = "pyside-support"
# the file's first bytes: its own tag and this Python's bytecode magic; then the CRC-32 of the rest, so that a
# file damaged on disk is compiled past rather than run
HEADER = b"RLPS1" + MAGIC_NUMBER
# the names shiboken gives what it compiles: its bootstrap, then the modules of its embedded package
SUPPORT_FILES = ("signature_bootstrap.py", "shibokensupport/")
MAX_CACHE_BYTES = 8 * 1024 * 1024  # the cache is about 160 KB; a file far larger is not one

FUTURE_FLAGS = 0  # every future-statement flag that code can carry, which compile() inherits unless told not to
for _feature in __future__.all_feature_names:
    FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

Key = tuple[str, bool, int, int, int, int]  # file name, bytes or text, length, CRC-32, compiler flags, optimisation
KEY_LENGTH = 6


class SupportCompiler:
    """Stands in for ``compile()`` while PySide6 loads: shiboken's support sources from the cache."""

    def __init__(self, known: dict[Key, CodeType]) -> None:
        self.known = known
        self.used: dict[Key, CodeType] = {}
        self.compiled = 0  # support sources the cache did not have
        self.real = builtins.compile

    def __call__(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **more: Any,
    ) -> Any:
        inherited = 0 if dont_inherit else sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        flags |= inherited
        if not self.is_support(source, filename, mode, flags, more):
            return self.real(source, filename, mode, flags, True, optimize, **more)
        level = sys.flags.optimize if optimize == -1 else optimize
        key: Key = (filename, isinstance(source, bytes), len(source), _crc(source), flags, level)
        code = self.known.get(key)
        if code is None:
            code = self.real(source, filename, mode, flags, True, optimize)
            self.compiled += 1
        self.used[key] = code
        return code

    @staticmethod
    def is_support(source: Any, filename: Any, mode: str, flags: int, more: dict[str, Any]) -> bool:
        """A plain compile of one of shiboken's own sources (no AST asked for, no other mode)."""
        return (
            isinstance(filename, str)
            and filename.startswith(SUPPORT_FILES)
            and mode == "exec"
            and isinstance(source, (str, bytes))
            and not flags & ~FUTURE_FLAGS
            and not more
        )


def import_pyside(cache_folder: Path) -> bool:
    """Import PySide6.QtCore with the support cache in ``cache_folder``; False when PySide6 was already in."""
    if "shiboken6" in sys.modules:
        return False
    cache = cache_file(cache_folder)
    compiler = SupportCompiler(read_cache(cache))
    builtins.compile = compiler
    try:
        import PySide6.QtCore  # noqa: F401  (shiboken6 first, with its support code)
    finally:
        if builtins.compile is compiler:
            builtins.compile = compiler.real
    if compiler.compiled:
        write_cache(cache, compiler.used)
    return True


def cache_file(cache_folder: Path) -> Path:
    """One file per Python (its code objects differ between versions) and per shiboken6 install, found without
    importing it: a pip install and the desktop bundle, on two PySide6 versions, would otherwise take turns
    replacing each other's entries and compile at every start."""
    from importlib.util import find_spec

    spec = find_spec("shiboken6")
    install = spec.origin if spec is not None and spec.origin else "none"
    return cache_folder / f"{CACHE_STEM}.{sys.implementation.cache_tag}.{_crc(install):08x}.bin"


def _crc(source: str | bytes) -> int:
    return zlib.crc32(source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source)


def _crc_bytes(payload: bytes) -> bytes:
    return zlib.crc32(payload).to_bytes(4, "little")


def read_cache(cache: Path) -> dict[Key, CodeType]:
    """The cached code objects, or {} for a cache that is missing, foreign, damaged or of another Python."""
    try:
        # non-blocking, then only a regular file: a pipe in its place must not hold the start up
        handle = os.open(cache, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            regular = stat.S_ISREG(os.fstat(handle).st_mode)  # a folder opens too, on Linux
            data = _read_at_most(handle, MAX_CACHE_BYTES + 1) if regular else b""
        finally:
            os.close(handle)
        payload = data[len(HEADER) + 4 :]
        if (
            len(data) > MAX_CACHE_BYTES
            or not data.startswith(HEADER)
            or data[len(HEADER) : len(HEADER) + 4] != _crc_bytes(payload)
        ):
            return {}
        entries = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {
        key: code
        for key, code in entries.items()
        if isinstance(key, tuple) and len(key) == KEY_LENGTH and isinstance(code, CodeType)
    }


def write_cache(cache: Path, entries: dict[Key, CodeType]) -> bool:
    """Replace the cache whole, through a new temporary file beside it, so that no reader sees half a file and
    no link in the way is followed; False when it cannot be written."""
    import tempfile  # only when something was compiled: a first start, or one after an upgrade

    try:
        payload = marshal.dumps(entries)
        cache.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=f".{cache.name}.", suffix=".partial", dir=cache.parent)
    except (OSError, ValueError):
        return False
    try:
        try:
            _write_all(handle, HEADER + _crc_bytes(payload) + payload)
        finally:
            os.close(handle)
        os.replace(partial, cache)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        return False
    return True


def _read_at_most(handle: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(handle, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view) :]
