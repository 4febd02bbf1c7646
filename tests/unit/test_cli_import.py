"""``runlift import``: one line per file, and the exit code says whether any file was skipped."""

from __future__ import annotations

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
