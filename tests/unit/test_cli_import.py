"""``runlift import``: one line per file, and the exit code says whether any file was skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.exit_codes import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE
from tests.conftest import SHARED_DATA, TEST_DATA

needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")


def run_cli(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), "import", *args])


@needs_shared
def test_lines_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fit = SHARED_DATA / "fit"
    good, bad = fit / "garmin-fenix-5-run.fit", fit / "bad-activity-unexpected-eof.fit"
    assert run_cli(tmp_path, str(good), str(bad), str(TEST_DATA / "strava_activities.csv")) == EXIT_SKIPPED
    assert capsys.readouterr().out.splitlines() == [
        f"{good}: imported",
        f"{bad}: skipped: bad-activity-unexpected-eof.fit is cut short (truncated download or copy?)",
        f"{TEST_DATA / 'strava_activities.csv'}: imported 3, duplicate 1",
    ]
    assert run_cli(tmp_path, str(good)) == EXIT_OK
    assert capsys.readouterr().out == f"{good}: duplicate\n"


@needs_shared
def test_a_folder_is_searched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(tmp_path / "data", str(SHARED_DATA / "tcx")) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    # the same run without heart rate (no_hr.tcx, first) and with it: one import, then its heart rate merged in
    assert [line.partition(": ")[2] for line in lines] == [
        "imported",
        "duplicate, its heart rate merged into the copy already in",
    ]


def test_nothing_to_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert run_cli(tmp_path / "data", str(tmp_path / "empty")) == EXIT_USAGE
    assert "no activity files found" in capsys.readouterr().err


@needs_shared
def test_a_folder_nested_deeper_than_pythons_recursion_is_searched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Path.rglob recursed once per level: 1,100 nested folders ended the command in a RecursionError."""
    deepest = tmp_path / "deep"
    deepest.mkdir()
    for _ in range(1100):
        deepest = deepest / "d"
        deepest.mkdir()
    (deepest / "run.tcx").write_bytes((SHARED_DATA / "tcx" / "test.tcx").read_bytes())
    try:
        assert run_cli(tmp_path / "data", str(tmp_path / "deep")) == EXIT_OK
        assert capsys.readouterr().out == f"{deepest / 'run.tcx'}: imported\n"
    finally:  # pytest's own clean-up (shutil.rmtree) recurses per level too: take the tree down bottom-up
        (deepest / "run.tcx").unlink()
        while deepest != tmp_path:
            deepest.rmdir()
            deepest = deepest.parent


def test_a_folder_search_does_not_follow_linked_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A link back up the tree would loop for ever."""
    from planner.io.activity_files import activity_files_in

    top = tmp_path / "top"
    (top / "a").mkdir(parents=True)
    (top / "a" / "up").symlink_to(top)
    (top / "a" / "x.gpx").write_text("<gpx/>")
    (top / "b").mkdir()
    (top / "b" / "y.fit").write_bytes(b"")
    assert activity_files_in([top]) == [top / "a" / "x.gpx", top / "b" / "y.fit"]


def test_each_implausible_row_of_a_csv_is_named_by_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """README: "one line each (runlift: activities.csv, line 7: ...)"; the plausibility reasons named only the
    file, so five bad rows gave five identical lines."""
    header, good = (TEST_DATA / "strava_activities.csv").read_text().splitlines()[:2]
    no_time = good.replace("1001,", "2001,", 1).replace(",57,0.16,", ",0,0.16,").replace(",57.0,57.0,", ",0,0,")
    ancient = good.replace("1001,", "2002,", 1).replace("Jun 11, 2017", "Jun 11, 1901")
    csv = tmp_path / "activities.csv"
    csv.write_text("\n".join([header, good, no_time, ancient]) + "\n")
    assert run_cli(tmp_path / "data", str(csv)) == EXIT_SKIPPED
    err = capsys.readouterr().err.splitlines()
    assert "runlift: activities.csv, line 3: records no duration (or an impossible one)" in err
    assert "runlift: activities.csv, line 4: is dated 1901-06-11, outside 1990 to tomorrow" in err


def test_a_file_name_with_a_line_break_or_terminal_escape_prints_as_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line per file is the format scripts read (README); a name could forge a second line or recolour
    the terminal. Letters of any script are kept as they are."""
    from tests.unit.test_activity_readers import gpx_with

    points = "".join(
        f'<trkpt lat="45.0" lon="{14 + i / 1000}"><time>2024-05-01T06:0{i}:00Z</time></trkpt>' for i in range(3)
    )
    name = "løp\nFAKE.gpx: skipped: forged\x1b[31m.gpx"
    (tmp_path / name).write_bytes(gpx_with(points))
    assert run_cli(tmp_path / "data", str(tmp_path / name)) == EXIT_OK
    out = capsys.readouterr().out
    assert out == f"{tmp_path}/løp\\nFAKE.gpx: skipped: forged\\x1b[31m.gpx: imported\n"


def test_a_name_that_does_not_exist_is_said_to_be_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no_such_folder"
    assert run_cli(tmp_path / "data", str(missing)) == EXIT_SKIPPED
    assert capsys.readouterr().out == f"{missing}: skipped: no_such_folder does not exist\n"


def test_a_file_name_that_is_not_utf8_is_imported_under_a_readable_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes from another system's file name reached the database as lone surrogates: a traceback, exit 1."""
    import os

    from tests.unit.test_activity_readers import gpx_with

    points = "".join(
        f'<trkpt lat="45.0" lon="{14 + i / 1000}"><time>2024-05-01T06:0{i}:00Z</time></trkpt>' for i in range(3)
    )
    raw = os.path.join(os.fsencode(tmp_path), b"run\xff.gpx")
    with open(raw, "wb") as handle:
        handle.write(gpx_with(points))
    assert run_cli(tmp_path / "data", os.fsdecode(raw)) == EXIT_OK
    assert capsys.readouterr().out.endswith(": imported\n")
    assert main(["--data-dir", str(tmp_path / "data"), "sessions", "--week", "2024-05-01", "--format", "json"]) == 0
    (stored,) = json.loads(capsys.readouterr().out)
    assert stored["notes"].endswith("imported from run\ufffd.gpx")  # gpx_with's track is a ride
