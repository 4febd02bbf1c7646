"""Reading one activity file of any supported kind: size cap, gzip, content checked against the name.

The name picks the reader, and the content must agree (a ``.gpx`` holding a FIT file is refused and
told so): a file is never fed to a parser that was not meant for it. Each reader, and the XML, CSV and FIT
libraries behind it, is imported when a file of its kind is read: File > Import is built at start-up and
must cost nothing there (issue 21).
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePath, PurePosixPath

from planner.io.activity import MAX_FILE_BYTES, Activity, ImportFileError
from planner.io.fit_activity import is_fit
from planner.io.regular_file import NotRegularFileError, open_regular

Reader = Callable[[bytes, str], list[Activity]]


def _read_fit(data: bytes, name: str) -> list[Activity]:
    from planner.io.fit_activity import parse_fit

    return parse_fit(data, name)


def _read_gpx(data: bytes, name: str) -> list[Activity]:
    from planner.io.gpx_activity import parse_gpx

    return parse_gpx(data, name)


def _read_tcx(data: bytes, name: str) -> list[Activity]:
    from planner.io.tcx_activity import parse_tcx

    return parse_tcx(data, name)


def _read_strava_csv(data: bytes, name: str) -> list[Activity]:
    from planner.io.strava_csv import parse_strava_csv

    return parse_strava_csv(data, name)


# each reader imports its module, and the library behind it, when a file of its kind is first read
READERS: dict[str, Reader] = {".fit": _read_fit, ".gpx": _read_gpx, ".tcx": _read_tcx, ".csv": _read_strava_csv}
SUPPORTED_TEXT = ".fit, .gpx, .tcx (also gzipped, as in a Strava export) or Strava's activities.csv"


def is_activity_file_name(path: Path) -> bool:
    return _format_suffix(path) is not None


def activity_files_in(paths: Iterable[Path]) -> list[Path]:
    """Files named as given; folders searched (with their sub-folders) for files with a supported name.

    In folders a CSV counts only when named like Strava's ``activities.csv``: other CSVs are not activities.
    Zip files count too (an unpacked Garmin export keeps its FIT files in zips).
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # activities.csv after the files, as in an archive: its rows that came with a file are duplicates
            listed = (p for p in _files_under(path) if _found_in_folder(p))
            found.extend(sorted(listed, key=_folder_order))
        else:
            found.append(path)
    return found


def _folder_order(path: Path) -> tuple[bool, tuple[str, ...]]:
    """Name order, part by part as paths compare, with CSVs last: as a tuple of strings, since comparing Path
    objects in the sort took half of a 3,000-file folder's 60 ms look (issue 21)."""
    return path.suffix.lower() == ".csv", tuple(os.path.normcase(part) for part in path.parts)


def _files_under(folder: Path) -> Iterator[Path]:
    """Regular files in the folder and its sub-folders, walked with a list rather than recursion (a folder
    nested 1,100 deep overflowed Path.rglob's); linked folders are not followed, unlistable ones passed over."""
    pending = [folder]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                found = list(entries)
        except OSError:
            continue
        for entry in found:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif entry.is_file():
                    yield Path(entry.path)
            except OSError:
                continue


def read_activity_file(path: Path) -> list[Activity]:
    """The activities in the file, or ImportFileError saying why none can be read."""
    # a name that is not UTF-8 (bytes from another system) reaches Python as lone surrogates, which the
    # database refuses: it is shown and stored with a replacement character instead
    name = os.fsencode(path.name).decode("utf-8", "replace")
    if not os.path.lexists(path):  # a mistyped name: said as such, not as a file of the wrong kind
        raise ImportFileError(f"{name} does not exist")
    suffix = _format_suffix(path)
    if suffix is None:
        raise ImportFileError(f"{name} is not an activity file: Runlift reads {SUPPORTED_TEXT}")
    try:
        data = _read_regular_file(path)
    except OSError as exc:
        raise ImportFileError(f"cannot read {name}: {exc.strerror or exc}") from exc
    return read_activity_bytes(data, name)


def read_activity_bytes(data: bytes, name: str) -> list[Activity]:
    """The activities in a file's bytes (a member of an export archive): gunzipped when named ``.gz``."""
    suffix = _format_suffix(PurePosixPath(name))
    if suffix is None:
        raise ImportFileError(f"{name} is not an activity file: Runlift reads {SUPPORTED_TEXT}")
    if name.lower().endswith(".gz"):
        data = _gunzip(data, name)
    return parse_activity_bytes(data, name, suffix)


def is_archive_activity_name(path: PurePosixPath) -> bool:
    """A member of an export archive worth reading: the same rule as in a folder (zips are nested archives)."""
    return _found_in_folder(path) and path.suffix.lower() != ".zip"


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file under the size cap (a pipe or device is refused, never waited on)."""
    try:
        handle = open_regular(path)
    except NotRegularFileError as exc:
        raise ImportFileError(f"{exc}; it was not read") from exc
    with handle:
        info = os.fstat(handle.fileno())
        if info.st_size > MAX_FILE_BYTES:
            raise ImportFileError(f"{path.name} is over {MAX_FILE_BYTES // 2**20} MB, too big for one activity")
        return handle.read(MAX_FILE_BYTES + 1)


def _found_in_folder(path: PurePath) -> bool:
    if path.suffix.lower() == ".zip":
        return True
    suffix = _format_suffix(path)
    return suffix is not None and (suffix != ".csv" or "activities" in path.name.lower())


def parse_activity_bytes(data: bytes, name: str, suffix: str) -> list[Activity]:
    """The reader for ``suffix`` on ``data``, once the content is seen to be that kind of file."""
    if not data.strip():
        raise ImportFileError(f"{name} is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(f"{name} is over {MAX_FILE_BYTES // 2**20} MB, too big for one activity")
    if suffix in (".gpx", ".tcx"):
        from planner.io.safe_xml import as_utf8

        data = as_utf8(data)
    actual = _sniff(data)
    if suffix == ".fit" and actual != "fit":
        raise ImportFileError(f"{name} is named .fit but is not a FIT file" + _holds(actual))
    if suffix in (".gpx", ".tcx") and actual != "xml":
        raise ImportFileError(f"{name} is named {suffix} but is not XML" + _holds(actual))
    if suffix == ".csv":
        from planner.io.strava_csv import looks_like_strava_csv

        if not looks_like_strava_csv(data):
            raise ImportFileError(
                f"{name} is not Strava's activities.csv (its first line lacks 'Activity Date' and 'Activity Type')"
            )
    return READERS[suffix](data, name)


def _format_suffix(path: PurePath) -> str | None:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        inner = suffixes[0] if len(suffixes) == 2 else ""
        return inner if inner in (".fit", ".gpx", ".tcx") else None
    return suffixes[-1] if suffixes and suffixes[-1] in READERS else None


def _sniff(data: bytes) -> str:
    if is_fit(data):
        return "fit"
    if data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"<":
        return "xml"
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    return "other"


def _holds(kind: str) -> str:
    return {"fit": " (it holds a FIT file)", "xml": " (it holds XML)", "gzip": " (it is gzipped)"}.get(kind, "")


def _gunzip(data: bytes, name: str) -> bytes:
    """Decompressed, but never past the size cap: a small .gz can expand to gigabytes."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
            out = unpacked.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ImportFileError(f"{name} is not a readable gzip file ({exc})") from exc
    if len(out) > MAX_FILE_BYTES:
        raise ImportFileError(f"{name} unpacks to over {MAX_FILE_BYTES // 2**20} MB, too big for one activity")
    return out
