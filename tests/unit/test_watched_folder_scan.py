"""Which files of a watched folder are new: worked out with no database, so the window can do it off its thread."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner.services import watched_folder


def test_the_changed_files_come_from_the_folder_and_the_stamps_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "2026" / "11").mkdir(parents=True)
    old = tmp_path / "2026" / "11" / "a.fit"
    new = tmp_path / "2026" / "11" / "b.fit"
    edited = tmp_path / "c.gpx"
    for path in (old, new, edited):
        path.write_bytes(b"x" * 10)
    stamp = old.stat()
    seen = {
        os.path.join("2026", "11", "a.fit"): [stamp.st_size, stamp.st_mtime_ns],
        "c.gpx": [1, 1],  # read before, changed since
        "notes.txt": [5, 5],  # not an activity file: never listed
    }

    def no_database(*_args: object) -> None:
        raise AssertionError("the scan read the database")

    monkeypatch.setattr(watched_folder.settings_rows, "get_flag", no_database)
    assert watched_folder.changed_files(tmp_path, seen) == [new, edited]
