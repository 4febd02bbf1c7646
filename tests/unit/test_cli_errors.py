"""Every error a command can meet is one line on standard error with its documented exit code (README
"Headless commands", DESIGN §5): argparse's own, a data folder that cannot be used (named as such, never
as damage), dates at the ends of the calendar, a damaged schema, huge notes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.exit_codes import EXIT_DATABASE, EXIT_OK, EXIT_STORAGE, EXIT_USAGE

ROOT = Path(__file__).resolve().parents[2]


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("runlift")
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["nonsense"],
        ["sessions", "--bogus"],
        ["sessions", "--format", "yaml"],
        ["export"],
        ["export", "ics", "--from", "2026-01-01"],
        ["checkin", "--sleep", "lots"],
        ["checkin", "--show", "--list"],
        ["--today", "yesterday", "sessions"],
        ["sessions", "--week", "9999-12-31"],
        ["sessions", "--week", "0001-01-01"],
        ["example", "--week", "9999-12-31"],
        ["suggest", "--week", "0001-01-01"],
        ["checkin", "--list", "--date", "0001-01-01"],
        ["--today", "9999-12-31", "sessions"],
    ],
)
def test_every_argument_error_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path), *args])
    assert stopped.value.code == EXIT_USAGE
    line = one_line(capsys.readouterr().err)
    assert "--help" in line


def test_a_race_in_year_9999_given_to_suggest_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    week = {"week_start": "2026-11-23", "races": [{"date": "9999-12-31", "distance_km": 42.2, "priority": "A"}]}
    source = tmp_path / "week.json"
    source.write_text(json.dumps(week))
    assert main(["suggest", "--input", str(source)]) == EXIT_USAGE
    assert "outside the dates" in one_line(capsys.readouterr().err)


def _folder_cases(tmp_path: Path) -> dict[str, tuple[Path, int, str]]:
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    backups_a_file = tmp_path / "backups-a-file"
    backups_a_file.mkdir()
    (backups_a_file / "backups").write_text("")
    lock_a_folder = tmp_path / "lock-a-folder"
    (lock_a_folder / "runlift.lock").mkdir(parents=True)
    db_a_folder = tmp_path / "db-a-folder"
    (db_a_folder / "runlift.sqlite").mkdir(parents=True)
    db_a_fifo = tmp_path / "db-a-fifo"
    db_a_fifo.mkdir()
    os.mkfifo(db_a_fifo / "runlift.sqlite")
    return {
        "data folder is a file": (a_file, EXIT_STORAGE, "a file is in the way"),
        "backups is a file": (backups_a_file, EXIT_STORAGE, "a file is in the way"),
        "lock file is a folder": (lock_a_folder, EXIT_STORAGE, "is a folder"),
        "database is a folder": (db_a_folder, EXIT_DATABASE, "not a regular file"),
        "database is a FIFO": (db_a_fifo, EXIT_DATABASE, "not a regular file"),
        "path too long": (tmp_path / ("x" * 300), EXIT_STORAGE, "too long"),
    }


@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file kinds")
@pytest.mark.parametrize("command", [["sessions"], ["checkin", "--sleep", "7"], ["export", "json"]])
def test_a_data_folder_that_cannot_be_used_is_named_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    for case, (folder, code, words) in _folder_cases(tmp_path).items():
        assert main(["--data-dir", str(folder), *command]) == code, case
        line = one_line(capsys.readouterr().err)
        assert words in line, case
        assert "damaged" not in line or code == EXIT_DATABASE, case


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere; permissions need a user")
def test_a_read_only_folder_is_named_as_such_not_as_damage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "checkin", "--sleep", "7"]) == EXIT_OK
    data.chmod(0o555)
    (data / "runlift.sqlite").chmod(0o444)
    try:
        assert main(["--data-dir", str(data), "checkin", "--date", "2026-01-02", "--sleep", "7"]) == EXIT_STORAGE
    finally:
        data.chmod(0o755)
    line = one_line(capsys.readouterr().err)
    assert "damaged" not in line


def test_a_full_disk_is_named_as_such(tmp_path: Path) -> None:
    """A file-size limit stands in for a full disk: the first write of a new database fails."""
    script = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000)); "
        "from planner.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(tmp_path / "data"), "checkin", "--sleep", "7"],
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == EXIT_STORAGE, done.stderr
    line = one_line(done.stderr)
    assert "damaged" not in line
    assert "Saved" not in done.stdout


def test_invalid_utf8_in_a_damaged_schema_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "sessions"]) == EXIT_OK
    capsys.readouterr()
    conn = sqlite3.connect(data / "runlift.sqlite")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = CAST(X'435245415445205441424c4520fffe' AS TEXT) WHERE name = 'race'")
    conn.commit()
    conn.close()
    assert main(["--data-dir", str(data), "sessions"]) == EXIT_DATABASE
    assert "damaged" in one_line(capsys.readouterr().err)


def test_notes_longer_than_the_csv_field_limit_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planner.config import Paths
    from planner.services import sessions
    from planner.services.workspace import open_workspace
    from tests.helpers import MONDAY, run

    workspace = open_workspace(Paths(tmp_path / "data"))
    sessions.create(run(MONDAY, notes="n" * 131_073))
    workspace.close()
    out = tmp_path / "sessions.csv"
    assert main(["--data-dir", str(tmp_path / "data"), "export", "csv", "--what", "sessions", "-o", str(out)]) == 0
    assert "Wrote 1 sessions" in capsys.readouterr().out


def test_an_empty_data_dir_is_refused_not_taken_as_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--data-dir "$DIR"` with DIR unset wrote to the user's real data folder, as if no folder were given."""
    monkeypatch.setenv("RUNLIFT_DATA_DIR", str(tmp_path / "default"))
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", "", "example"])
    assert stopped.value.code == EXIT_USAGE
    assert "--data-dir" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "default").exists()
