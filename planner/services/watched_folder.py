"""The watched folder (Settings > Data): a mounted watch's ``GARMIN/Activity`` or a sync folder whose new
activity files are imported at start and whenever it changes.

"New" is kept in the settings as each file's path (relative to the folder), size and modification time
when it was last read: a file is read again only when it changes, so a skipped file is reported once, not at
every change, and a thousand old files do not slow each start. Reading uses the ordinary import
(services.importing), so duplicates, skips, caps and archives follow the same rules as any import.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from planner.store import settings_rows
from planner.store.transaction import transaction

FOLDER_KEY = "watched_folder"
SEEN_KEY = "watched_folder_seen"
STATUS_KEY = "watched_folder_status"
MAX_SEEN = 50_000  # files remembered; beyond, the oldest entries go (they would only come back as duplicates)
MAX_WATCHED_DIRS = 200  # sub-folders watched for changes (a watch's folder has none, a sync folder a few)

Stamp = tuple[int, int]  # size in bytes, modification time in nanoseconds


def folder() -> Path | None:
    stored = settings_rows.get_flag(FOLDER_KEY)
    return Path(stored) if stored else None


def set_folder(chosen: Path | None) -> None:
    """A new folder starts with nothing seen: its files are all new to Runlift."""
    with transaction():
        if str(chosen or "") != str(folder() or ""):
            settings_rows.set_flag(SEEN_KEY, "{}")
        settings_rows.set_flag(FOLDER_KEY, str(chosen) if chosen is not None else "")


def status() -> str:
    """What the last look at the folder brought in, as shown in the status bar and in Settings."""
    return settings_rows.get_flag(STATUS_KEY) or ""


def set_status(text: str) -> None:
    with transaction():
        settings_rows.set_flag(STATUS_KEY, text)


def new_files(root: Path) -> list[Path]:
    """The activity files (archives too) added or changed since they were last read, in name order."""
    return changed_files(root, seen_stamps())


def seen_stamps() -> dict[str, list[int]]:
    """What was last read of each file (size, modification time), by its path under the folder."""
    return _seen()


def changed_files(root: Path, seen: dict[str, list[int]]) -> list[Path]:
    """The files under ``root`` whose stamp is not the one ``seen`` holds. No database: a walk and a stat per
    file, so the window can run it off its thread (3,000 files took 50-90 ms, issue 21)."""
    from planner.io.activity_files import activity_files_in  # the file readers load when a folder is watched

    found = []
    for path in activity_files_in([root]):
        stamp = _stamp(path)
        if stamp is not None and seen.get(_key(root, path)) != list(stamp):
            found.append(path)
    return found


def mark_read(root: Path, paths: Iterable[Path]) -> None:
    """Remember these files as read (imported, duplicate or skipped alike: each is told once)."""
    seen = _seen()
    for path in paths:
        stamp = _stamp(path)
        if stamp is not None:
            seen[_key(root, path)] = list(stamp)
    if len(seen) > MAX_SEEN:
        seen = dict(list(seen.items())[-MAX_SEEN:])
    with transaction():
        settings_rows.set_flag(SEEN_KEY, json.dumps(seen, separators=(",", ":")))


def folders_to_watch(root: Path) -> list[Path]:
    """The folder and its sub-folders (up to MAX_WATCHED_DIRS): a change in any of them is looked at."""
    found = [root]
    for current, dirs, _files in os.walk(root):
        dirs.sort()
        for name in dirs:
            if len(found) >= MAX_WATCHED_DIRS:
                return found
            found.append(Path(current) / name)
    return found


def _seen() -> dict[str, list[int]]:
    try:
        raw = json.loads(settings_rows.get_flag(SEEN_KEY) or "{}")
    except ValueError:
        return {}
    return raw if isinstance(raw, dict) else {}


def _key(root: Path, path: Path) -> str:
    """The path relative to the watched folder, as ``relative_to`` gives it; by its text when it lies inside,
    which the walk's paths do (``relative_to`` on each of 3,000 files was a third of a look, issue 21)."""
    inside, text = str(root).rstrip(os.sep) + os.sep, str(path)
    if text.startswith(inside):
        return text[len(inside) :]
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _stamp(path: Path) -> Stamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns
