"""The headless commands are a public interface: their JSON shape and exit codes are pinned here."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.exit_codes import EXIT_DATABASE, EXIT_OK
from planner.store.migrations import SCHEMA_VERSION

SESSION_KEYS = {
    "id", "date", "position", "kind", "type", "focus", "intensity", "title", "status", "time_of_day",
    "distance_m", "duration_s", "rpe", "exercise_count", "planned_date", "source", "notes",
    "reasons",
}  # fmt: skip


def runlift(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_example_then_sessions_json_through_the_real_entry_point(tmp_path: Path) -> None:
    added = runlift(tmp_path, "example", "--week", "2026-11-25")
    assert added.returncode == 0, added.stderr
    assert "Added 8 example sessions to the week of 23 Nov 2026" in added.stdout
    listed = runlift(tmp_path, "sessions", "--week", "2026-11-29", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert len(data) == 8
    assert all(set(item) == SESSION_KEYS for item in data)
    long_run = next(item for item in data if item["type"] == "long")
    assert long_run["date"] == "2026-11-29"
    assert long_run["kind"] == "run"
    assert long_run["distance_m"] == 18000.0
    assert long_run["duration_s"] == 6600
    assert long_run["status"] == "planned"
    lifts = [item for item in data if item["kind"] == "lift"]
    assert {item["focus"] for item in lifts} == {"upper", "lower"}
    assert all(item["type"] is None and item["distance_m"] is None for item in lifts)
    assert [item["date"] for item in data] == sorted(item["date"] for item in data)


def test_sessions_text_lists_every_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "example", "--week", "2026-11-23"]) == EXIT_OK
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "sessions", "--week", "2026-11-23"]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Week of Mon 23 Nov 2026"
    assert any(line.startswith("Sun 29 Nov") and "Long run" in line and "18.0 km" in line for line in out)


def test_an_empty_week_is_an_empty_json_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "sessions", "--week", "2030-01-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_example_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--data-dir", str(tmp_path), "example", "--week", "2026-11-23"])
    assert main(["--data-dir", str(tmp_path), "example", "--remove"]) == EXIT_OK
    assert "Removed 8 example sessions." in capsys.readouterr().out
    main(["--data-dir", str(tmp_path), "sessions", "--week", "2026-11-23", "--format", "json"])
    assert json.loads(capsys.readouterr().out) == []


def test_a_bad_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), "sessions", "--week", "23/11/2026"])
    assert exited.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_a_corrupt_database_exits_3_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "runlift.sqlite").write_bytes(b"\x00garbage" * 64)
    assert main(["--data-dir", str(tmp_path), "sessions"]) == EXIT_DATABASE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("runlift: ")
    assert "not changed" in err
    assert (tmp_path / "runlift.sqlite").read_bytes() == b"\x00garbage" * 64


def test_a_newer_database_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--data-dir", str(tmp_path), "sessions"])
    conn = sqlite3.connect(tmp_path / "runlift.sqlite")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "example"]) == EXIT_DATABASE
    assert "newer Runlift" in capsys.readouterr().err


@pytest.mark.slow
def test_version_flag(tmp_path: Path) -> None:
    shown = runlift(tmp_path, "--version")
    assert shown.returncode == 0
    assert shown.stdout.startswith("runlift ")


def test_paths_names_every_folder_without_opening_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "paths", "--format", "json"]) == EXIT_OK
    where = json.loads(capsys.readouterr().out)
    data = tmp_path / "d"
    assert where == {
        "data_dir": str(data),
        "database": str(data / "runlift.sqlite"),
        "backups": str(data / "backups"),
        "images": str(data / "images"),
        "logs": str(data / "logs"),
    }
    assert not (data / "runlift.sqlite").exists()
    assert main(["--data-dir", str(data), "paths"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[1] == f"database: {data / 'runlift.sqlite'}"


def test_paths_default_to_the_platforms_user_data_folder(tmp_path: Path) -> None:
    """What the frozen bundle must print too (packaging/smoke_test.sh compares them): one folder for both."""
    if sys.platform != "linux":
        pytest.skip("XDG_DATA_HOME decides the folder on Linux only")
    env = {k: v for k, v in os.environ.items() if k != "RUNLIFT_DATA_DIR"}
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    env["HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, "-m", "planner", "paths", "--format", "json"],
        capture_output=True, text=True, timeout=60, check=True, env=env,
    )  # fmt: skip
    assert Path(json.loads(done.stdout)["data_dir"]) == tmp_path / "share" / "Runlift"
