"""Stored exercise image references, which must name a file inside their own folder and nowhere else.

``builtin:<slug>.svg`` is a shipped illustration, ``user:<digest>.<ext>`` a photo copied into the data
folder's images/. A reference from a backup or a damaged database is hostile: ``user:../../etc/passwd`` or
``/etc/passwd`` must never reach the file system, on write (restore) or on read (the library).
"""

from __future__ import annotations

import re

BUILTIN_PREFIX = "builtin:"
USER_PREFIX = "user:"
_BUILTIN_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,100}\.svg")
_USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,100}\.(?:png|jpg|jpeg|webp|svg)")


def reference_problem(stored: str) -> str | None:
    """None for a reference to a plain file name in its folder, else why it is refused."""
    if stored.startswith(BUILTIN_PREFIX):
        name, pattern = stored.removeprefix(BUILTIN_PREFIX), _BUILTIN_NAME
    elif stored.startswith(USER_PREFIX):
        name, pattern = stored.removeprefix(USER_PREFIX), _USER_NAME
    else:
        return f"image path {stored[:80]!r} is neither builtin: nor user:"
    if not pattern.fullmatch(name):
        return f"image path {stored[:80]!r} is not a plain file name inside the images folder"
    return None
