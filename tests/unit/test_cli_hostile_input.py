"""Inputs a script can hand the commands by accident or on purpose: JSON escapes that are not text, numbers
Python refuses to read, empty file names, closed or full standard streams, weeks at the calendar's end. Each
is one line on standard error with its documented exit code (README "Headless commands"), never a traceback,
and changes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.exit_codes import EXIT_DATABASE, EXIT_OK, EXIT_STORAGE, EXIT_USAGE
from tests.unit.test_cli_errors import ROOT, one_line

SURROGATE = '"\\ud800"'  # JSON's escape for half of a UTF-16 pair: valid JSON, not text


def _run(*args: str, stdin: int | None = None, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("command", "document"),
    [
        (["setup"], '{"race": {"name": ' + SURROGATE + ', "date": "2027-02-28", "distance_km": 21.1}}'),
        (["suggest", "--format", "text"], '{"week_start": "2026-11-23", "note": ' + SURROGATE + "}"),
        (["suggest"], '{"week_start": "2026-11-23", "days": [], ' + SURROGATE + ": 1}"),
    ],
    ids=["setup", "suggest as text", "a key"],
)
def test_a_lone_surrogate_in_the_input_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], document: str
) -> None:
    source = tmp_path / "input.json"
    source.write_text(document)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--today", "2026-11-23", *command, "--input", str(source)]) == EXIT_USAGE
    assert "not valid Unicode" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize("command", [["setup"], ["suggest"]])
def test_an_integer_python_will_not_read_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """Python reads no integer of over 4,300 digits (CVE-2020-10735); its message named sys.set_int_max_str_digits."""
    source = tmp_path / "input.json"
    source.write_text('{"week_start": "2026-11-23", "weeks": ' + "9" * 4400 + "}")
    assert main(["--data-dir", str(tmp_path / "data"), *command, "--input", str(source)]) == EXIT_USAGE
    line = one_line(capsys.readouterr().err)
    assert "too long" in line
    assert "sys." not in line


def test_a_backup_with_an_integer_python_will_not_read_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "backup.json"
    source.write_text('{"format": "runlift-backup", "format_version": ' + "1" * 5000 + "}")
    assert main(["--data-dir", str(tmp_path / "data"), "restore", str(source)]) == EXIT_USAGE
    assert "number too long" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    "command",
    [
        ["import", ""],
        ["suggest", "--input", ""],
        ["setup", "--input", ""],
        ["restore", ""],
        ["export", "json", "-o", ""],
        ["export", "csv", "--what", "sets", "-o", " "],
    ],
)
def test_an_empty_file_name_is_refused_not_taken_as_the_working_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """`runlift import "$DIR"` with DIR unset imported everything under the working folder, and exited 0."""
    data = tmp_path / "data"
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(data), *command])
    assert stopped.value.code == EXIT_USAGE
    assert "an empty file name" in one_line(capsys.readouterr().err)
    assert not data.exists()  # refused before the data folder was made


@pytest.mark.parametrize(
    "command",
    [["setup", "--input", "-"], ["suggest", "--input", "-"], ["restore", "-"]],
)
def test_a_closed_standard_input_is_one_line(tmp_path: Path, command: list[str]) -> None:
    import os

    done = subprocess.run(
        [sys.executable, "-c", "import sys; from planner.cli import main; sys.exit(main(sys.argv[1:]))",
         "--data-dir", str(tmp_path / "data"), *command],
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
        preexec_fn=lambda: os.close(0),
    )  # fmt: skip
    assert done.returncode == EXIT_USAGE, done.stderr
    assert "standard input is closed" in one_line(done.stderr)


def test_a_closed_standard_output_is_said_not_exit_0(tmp_path: Path) -> None:
    """With stdout closed, Python's print writes nothing and says nothing: a script would see success."""
    import os

    done = subprocess.run(
        [sys.executable, "-c", "import sys; from planner.cli import main; sys.exit(main(sys.argv[1:]))",
         "--data-dir", str(tmp_path / "data"), "sessions", "--format", "json"],
        stderr=subprocess.PIPE, text=True, timeout=60, check=False, cwd=ROOT, preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert done.returncode == EXIT_USAGE, done.stderr
    assert "standard output is closed" in one_line(done.stderr)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["paths"], ["sessions", "--format", "json"], ["export", "json"]])
def test_a_full_standard_output_is_one_line(tmp_path: Path, command: list[str]) -> None:
    with Path("/dev/full").open("w") as full:
        done = _run("--data-dir", str(tmp_path / "data"), *command, stdout=full.fileno())
    assert done.returncode == EXIT_STORAGE, done.stderr
    assert "No space left" in one_line(done.stderr)


def test_checkin_delete_in_json_prints_the_check_in_it_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "checkin", "--date", "2026-10-07", "--sleep", "7.5", "--energy", "4"]) == EXIT_OK
    capsys.readouterr()
    assert main([*data, "checkin", "--date", "2026-10-07", "--delete", "--format", "json"]) == EXIT_OK
    removed = json.loads(capsys.readouterr().out)
    assert removed["date"] == "2026-10-07"
    assert removed["sleep_hours"] == 7.5
    assert removed["energy"] == 4
    assert main([*data, "checkin", "--date", "2026-10-07", "--show", "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) is None


@pytest.mark.parametrize(("today", "week"), [("2199-12-31", "2199-12-30"), ("2199-12-24", "2199-12-30")])
def test_no_lift_is_suggested_past_the_calendars_last_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], today: str, week: str
) -> None:
    """The week of 30 December 2199 runs into 2200, which Runlift neither shows nor stores (DESIGN: 1900-2199)."""
    code = main(["--data-dir", str(tmp_path / "data"), "--today", today, "suggest", "--week", week, "--format", "json"])
    assert code == EXIT_OK
    days = [s["date"] for s in json.loads(capsys.readouterr().out)["suggestions"]]
    assert days  # still a lift or two, on the days the calendar has
    assert all(day <= "2199-12-31" for day in days), days
    source = tmp_path / "week.json"
    source.write_text(json.dumps({"week_start": "2199-12-30"}))
    assert main(["suggest", "--input", str(source), "--format", "json"]) == EXIT_OK
    days = [s["date"] for s in json.loads(capsys.readouterr().out)["suggestions"]]
    assert all(day <= "2199-12-31" for day in days), days


@pytest.mark.parametrize(
    ("table", "column", "value", "named"),
    [("session", "duration_s", "'abc'", "session"), ("lift_set", "target_reps", "'many'", "lift set")],
)
def test_a_row_holding_a_value_of_the_wrong_kind_is_named_as_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, column: str, value: str, named: str
) -> None:
    """SQLite keeps any value in any column (an edit by hand, another tool): reading it failed deep in the
    domain with a TypeError traceback and exit 1."""
    import sqlite3

    data = ["--data-dir", str(tmp_path / "data"), "--today", "2026-11-23"]
    assert main([*data, "example", "--week", "2026-11-23"]) == EXIT_OK
    capsys.readouterr()
    connection = sqlite3.connect(tmp_path / "data" / "runlift.sqlite")
    with connection:
        if table == "lift_set":  # the example's lifts hold no sets yet: one with the bad value
            connection.execute(
                "INSERT INTO lift_set (session_id, exercise_id, position, set_number, warmup) SELECT "
                "(SELECT min(id) FROM session WHERE kind = 'lift'), (SELECT min(id) FROM exercise), 0, 1, 0"
            )
        changed = connection.execute(f"UPDATE {table} SET {column} = {value} WHERE id = (SELECT min(id) FROM {table})")
        assert changed.rowcount == 1
    connection.close()
    before = (tmp_path / "data" / "runlift.sqlite").read_bytes()
    commands = [["sessions", "--week", "2026-11-23", "--format", "json"]]
    if table == "session":  # suggestions read the week's sessions, not their sets
        commands.append(["suggest", "--week", "2026-11-23"])
    for command in commands:
        assert main([*data, *command]) == EXIT_DATABASE
        line = one_line(capsys.readouterr().err)
        assert f"{named} " in line
        assert "wrong kind" in line
    assert (tmp_path / "data" / "runlift.sqlite").read_bytes() == before
