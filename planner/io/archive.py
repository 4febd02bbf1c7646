"""Export archives (Strava's bulk export, Garmin's zip of zips): their activity files, one member at a time.

An archive is as hostile as any file: its listing can lie, a small member can unpack to gigabytes, a name
can point outside it, and zips can nest for ever. So each archive is bounded as a whole (members, bytes
unpacked, nesting) and each member like a file on disk (MAX_FILE_BYTES, checked on the bytes actually
read, not on the size the listing claims). Nothing is ever written out under a member's name: members are
read into memory (a nested zip into a temporary file), so a name like ``../../.bashrc`` is refused with a
reason rather than trusted. Members that are not activity files (Strava's photos, Garmin's JSON) are
passed over in silence; Strava's ``activities.csv`` comes after the activity files, so the rows that
have a file are duplicates of it and only the rest (manual entries) add anything.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from planner.io.activity import MAX_FILE_BYTES, ImportFileError
from planner.io.regular_file import NotRegularFileError, open_regular

MAX_MEMBERS = 100_000  # entries in an archive, nested ones included: a ten-year Strava export has a few thousand
MAX_UNPACKED_BYTES = 4 * 2**30  # bytes unpacked from one archive, nested zips included
MAX_NESTED_BYTES = 2 * 2**30  # one zip inside another (Garmin's UploadedFiles_Part1.zip is a few hundred MB)
MAX_DEPTH = 3  # a zip in a zip in a zip: Garmin nests once
# deflate cannot pack better than about 1,032:1; activity files pack 3:1 (FIT) to 30:1 (GPX, TCX). A member
# over a megabyte packed tighter than this is a zip bomb, refused before a byte is unpacked.
MAX_RATIO = 100
RATIO_FLOOR = 2**20
MAX_NAME_CHARS = 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1 << 20
# whether a member's name is an activity file Runlift reads (the caller's rule: activity_files)
_NameTest = Callable[[PurePosixPath], bool]


@dataclass(frozen=True, slots=True)
class Member:
    """One activity file in an archive: its bytes, or the reason it was not read.

    ``name`` is the path shown to the user, the archive's own path first: ``export.zip/activities/1.fit.gz``.
    """

    name: str
    data: bytes | None = None
    reason: str | None = None

    @property
    def file_name(self) -> str:
        return self.name.rsplit("/", 1)[-1]


@dataclass(slots=True)
class _Budget:
    """What one archive has used so far, shared with the archives inside it."""

    members: int = 0
    unpacked: int = 0
    spent: bool = False


def is_archive_name(path: Path) -> bool:
    return path.suffix.lower() == ".zip"


def archive_members(path: Path, is_activity_name: _NameTest) -> Iterator[Member]:
    """The archive's activity members in order (activities.csv last), each read under the caps; a member
    that cannot be read comes with its reason. An archive that cannot be opened gives one Member with the
    reason under the archive's own name."""
    try:
        handle = _open_regular(path)
    except (OSError, ImportFileError) as exc:
        reason = str(exc) if isinstance(exc, ImportFileError) else f"cannot read {path.name}: {exc.strerror or exc}"
        yield Member(str(path), reason=reason)
        return
    with handle:
        yield from _members(handle, str(path), path.name, is_activity_name, _Budget(), depth=1)


def _open_regular(path: Path) -> IO[bytes]:
    try:
        return open_regular(path)
    except NotRegularFileError as exc:
        raise ImportFileError(f"{exc}; it was not read") from exc


def _members(
    source: IO[bytes], shown: str, label: str, is_activity_name: _NameTest, budget: _Budget, depth: int
) -> Iterator[Member]:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        yield Member(shown, reason=f"{label} is not a readable zip archive ({exc})")
        return
    with archive:
        entries = archive.infolist()
        budget.members += len(entries)
        if budget.members > MAX_MEMBERS:
            yield Member(shown, reason=f"{label} holds over {MAX_MEMBERS:,} entries; it was not read")
            return
        wanted: list[tuple[zipfile.ZipInfo, str]] = []
        for info in entries:
            if info.is_dir():
                continue
            problem = _unsafe_name(info.filename)
            if problem is not None:
                reason = f"{label} has a member with {problem}; it was not read"
                yield Member(f"{shown}/{_printable(info.filename)}", reason=reason)
                continue
            member = PurePosixPath(info.filename)
            if member.suffix.lower() == ".zip" or is_activity_name(member):
                wanted.append((info, info.filename))
        wanted.sort(key=lambda pair: PurePosixPath(pair[1]).suffix.lower() == ".csv")  # stable: csv last
        if not wanted:
            yield Member(shown, reason=f"{label} holds no activity files (.fit, .gpx, .tcx, activities.csv)")
            return
        for info, name in wanted:
            if budget.spent:
                return
            shown_member = f"{shown}/{name}"
            if PurePosixPath(name).suffix.lower() == ".zip":
                yield from _nested(archive, info, shown_member, is_activity_name, budget, depth)
            else:
                yield _read_member(archive, info, shown_member, budget)


def _nested(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str, is_activity_name: _NameTest, budget: _Budget,
    depth: int,
) -> Iterator[Member]:  # fmt: skip
    label = PurePosixPath(info.filename).name
    if depth >= MAX_DEPTH:
        yield Member(shown, reason=f"{label} is nested more than {MAX_DEPTH} zips deep; it was not read")
        return
    problem = _size_problem(info, label, MAX_NESTED_BYTES, budget)
    if problem is not None:
        yield Member(shown, reason=problem)
        return
    with tempfile.SpooledTemporaryFile(max_size=16 * 2**20) as inner:
        try:
            _copy(archive, info, inner, MAX_NESTED_BYTES, budget)
        except ImportFileError as exc:
            yield Member(shown, reason=str(exc))
            return
        inner.seek(0)
        yield from _members(inner, shown, label, is_activity_name, budget, depth + 1)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str, budget: _Budget) -> Member:
    label = PurePosixPath(info.filename).name
    problem = _size_problem(info, label, MAX_FILE_BYTES, budget)
    if problem is not None:
        return Member(shown, reason=problem)
    try:
        with archive.open(info) as unpacked:
            data = unpacked.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError) as exc:
        return Member(shown, reason=f"{label} cannot be unpacked ({exc})")
    budget.unpacked += len(data)
    if len(data) > MAX_FILE_BYTES:
        return Member(shown, reason=f"{label} unpacks to over {MAX_FILE_BYTES // 2**20} MB, too big for one activity")
    if budget.unpacked > MAX_UNPACKED_BYTES:
        budget.spent = True
        return Member(shown, reason=_total_reason())
    return Member(shown, data=data)


def _size_problem(info: zipfile.ZipInfo, label: str, cap: int, budget: _Budget) -> str | None:
    """What the listing already shows to be refused: encryption, a size over the cap, a bomb's ratio."""
    if info.flag_bits & 0x1:
        return f"{label} is encrypted; it was not read"
    if info.file_size > cap:
        return f"{label} unpacks to over {cap // 2**20:,} MB; it was not read"
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        ratio = info.file_size // max(info.compress_size, 1)
        return f"{label} is packed {ratio:,} to 1, a zip bomb; it was not unpacked"
    if budget.unpacked + info.file_size > MAX_UNPACKED_BYTES:
        budget.spent = True
        return _total_reason()
    return None


def _copy(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: IO[bytes], cap: int, budget: _Budget) -> None:
    """The member's bytes into ``target``, counted as they come: the listing's sizes are only a claim."""
    label = PurePosixPath(info.filename).name
    copied = 0
    try:
        with archive.open(info) as unpacked:
            while chunk := unpacked.read(_CHUNK):
                copied += len(chunk)
                budget.unpacked += len(chunk)
                if copied > cap:
                    raise ImportFileError(f"{label} unpacks to over {cap // 2**20:,} MB; it was not read")
                if budget.unpacked > MAX_UNPACKED_BYTES:
                    budget.spent = True
                    raise ImportFileError(_total_reason())
                target.write(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError) as exc:
        raise ImportFileError(f"{label} cannot be unpacked ({exc})") from exc


def _total_reason() -> str:
    return f"the archive unpacks to over {MAX_UNPACKED_BYTES // 2**30} GB; the rest of it was not read"


def _unsafe_name(name: str) -> str | None:
    """Why a member's name is refused, or None. Runlift extracts nothing, but a name that climbs out of
    the archive or hides characters is a hostile archive's mark, and it would print in the CLI lines."""
    if len(name) > MAX_NAME_CHARS:
        return f"a name over {MAX_NAME_CHARS} characters"
    if _CONTROL.search(name):
        return "control characters in its name"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "an absolute path"
    if ".." in re.split(r"[/\\]", name):
        return "a name climbing out of the archive (..)"
    return None


def _printable(name: str) -> str:
    return _CONTROL.sub("?", name[:MAX_NAME_CHARS])
