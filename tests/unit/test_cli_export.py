"""``runlift export`` and ``runlift restore``: outputs, messages and exit codes are a public interface."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.cli import main
from planner.config import Paths
from planner.exit_codes import EXIT_HAS_DATA, EXIT_OK, EXIT_USAGE
from planner.services.workspace import open_workspace
from planner.store.backups import list_backups
from tests.helpers import db_fingerprint


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def fingerprint_of(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    workspace = open_workspace(Paths(data_dir))
    try:
        return db_fingerprint()
    finally:
        workspace.close()


@pytest.fixture
def planned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A data folder holding the example week of 23 Nov 2026."""
    folder = tmp_path / "data"
    assert cli(folder, "example", "--week", "2026-11-23") == EXIT_OK
    capsys.readouterr()
    return folder


def test_export_ics_to_stdout_and_to_a_file(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(planned, "export", "ics", "--from", "2026-11-23", "--to", "2026-11-29") == EXIT_OK
    to_stdout = capsys.readouterr().out
    calendar = Calendar.from_ical(to_stdout)
    assert len(calendar.walk("VEVENT")) == 8
    target = planned.parent / "plan.ics"
    assert cli(planned, "export", "ics", "--from", "2026-11-23", "--to", "2026-11-29", "-o", str(target)) == EXIT_OK
    assert capsys.readouterr().out == f"Wrote 8 sessions to {target}.\n"
    again = Calendar.from_ical(target.read_bytes())
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == [str(e["UID"]) for e in calendar.walk("VEVENT")]


def test_export_ics_needs_a_range_in_order(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as missing:
        cli(planned, "export", "ics", "--from", "2026-11-23")
    assert missing.value.code == EXIT_USAGE
    assert cli(planned, "export", "ics", "--from", "2026-11-29", "--to", "2026-11-23") == EXIT_USAGE
    assert "--from is after --to" in capsys.readouterr().err


@pytest.mark.parametrize(("what", "rows"), [("sessions", 8), ("sets", 0)])
def test_export_csv(planned: Path, capsys: pytest.CaptureFixture[str], what: str, rows: int) -> None:
    assert cli(planned, "export", "csv", "--what", what) == EXIT_OK
    read = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert len(read) == rows
    assert cli(planned, "export", "csv", "--what", what, "--from", "2026-11-28", "--to", "2026-11-29") == EXIT_OK
    within = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert all("2026-11-28" <= r["date"] <= "2026-11-29" for r in within)


def test_export_to_an_unwritable_place_says_so(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = planned / "no-such-folder" / "x.csv"
    assert cli(planned, "export", "csv", "--what", "sessions", "-o", str(target)) == EXIT_USAGE
    assert f"cannot write {target}" in capsys.readouterr().err


def test_backup_then_restore_into_a_new_folder(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = planned.parent / "backup.json"
    assert cli(planned, "export", "json", "-o", str(backup)) == EXIT_OK
    assert capsys.readouterr().out == f"Wrote a full backup to {backup}.\n"
    fresh = planned.parent / "fresh"
    assert cli(fresh, "restore", str(backup)) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Restored ")
    assert "copied to" in out
    assert fingerprint_of(fresh) == fingerprint_of(planned)


def test_restore_refuses_a_database_with_data_without_replace(
    planned: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = planned.parent / "backup.json"
    other = planned.parent / "other"
    assert cli(other, "example", "--week", "2027-01-04") == EXIT_OK
    assert cli(other, "export", "json", "-o", str(backup)) == EXIT_OK
    capsys.readouterr()
    before = fingerprint_of(planned)
    assert cli(planned, "restore", str(backup)) == EXIT_HAS_DATA
    assert "add --replace" in capsys.readouterr().err
    assert fingerprint_of(planned) == before
    assert cli(planned, "restore", str(backup), "--replace") == EXIT_OK
    assert fingerprint_of(planned) == fingerprint_of(other)
    assert len(list_backups(planned / "backups", "before-restore")) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "runlift-backup", "format_version": 1, "schema_version": 999, "app_version": "9", '
         '"exported_at": "x", "tables": {}}', "newer Runlift"),
        ('{"format": "runlift-backup", "format_ver', "not valid JSON"),
    ],
    ids=["newer", "truncated"],
)  # fmt: skip
def test_restore_refuses_a_bad_file(
    planned: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = planned.parent / "bad.json"
    bad.write_text(content)
    before = fingerprint_of(planned)
    assert cli(planned, "restore", str(bad), "--replace") == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err
    assert "nothing was changed" in err
    assert fingerprint_of(planned) == before


def test_restore_of_a_missing_file(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(planned, "restore", str(planned / "nope.json")) == EXIT_USAGE
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.slow
def test_export_and_restore_through_the_real_entry_point(tmp_path: Path) -> None:
    def runlift(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "planner", *args], input=stdin, capture_output=True, timeout=60, check=False
        )

    source, target = str(tmp_path / "a"), str(tmp_path / "b")
    assert runlift("--data-dir", source, "example", "--week", "2026-11-23").returncode == EXIT_OK
    backup = runlift("--data-dir", source, "export", "json")
    assert backup.returncode == EXIT_OK, backup.stderr
    assert json.loads(backup.stdout)["format"] == "runlift-backup"
    restored = runlift("--data-dir", target, "restore", "-", stdin=backup.stdout)
    assert restored.returncode == EXIT_OK, restored.stderr
    refused = runlift("--data-dir", target, "restore", "-", stdin=backup.stdout)
    assert refused.returncode == EXIT_HAS_DATA
    assert refused.stdout == b""


@pytest.mark.parametrize(
    "own",
    [
        "runlift.sqlite",
        "runlift.sqlite-wal",
        "runlift.lock",
        "runlift.sqlite.clean",
        "runlift.sqlite.set-aside-20261206-093000",  # a damaged database kept for recovery
        "Runlift.sqlite",  # the database itself where the file system ignores case (macOS, Windows)
    ],
)
def test_an_export_never_replaces_a_file_runlift_keeps(
    planned: Path, capsys: pytest.CaptureFixture[str], own: str
) -> None:
    """`-o` naming the database (or its journal, lock or stamp) would replace the user's data with the export."""
    before = fingerprint_of(planned)
    target = planned / own
    kept = target.read_bytes() if target.exists() else None
    assert cli(planned, "export", "json", "-o", str(target)) == EXIT_USAGE
    error = capsys.readouterr().err
    assert error.startswith(f"runlift: cannot write {target}: ")
    assert "Runlift keeps" in error
    assert error.count("\n") == 1
    assert (target.read_bytes() if target.exists() else None) == kept
    assert fingerprint_of(planned) == before


def test_an_export_through_a_link_to_the_database_is_refused(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = planned.parent / "plan.csv"
    link.symlink_to(planned / "runlift.sqlite")
    before = fingerprint_of(planned)
    assert cli(planned, "export", "csv", "--what", "sessions", "-o", str(link)) == EXIT_USAGE
    assert "Runlift" in capsys.readouterr().err
    assert fingerprint_of(planned) == before


def test_an_export_never_replaces_a_backup(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = list_backups(Paths(planned).backups)[0]
    kept = backup.read_bytes()
    assert cli(planned, "export", "ics", "--from", "2026-11-23", "--to", "2026-11-29", "-o", str(backup)) == EXIT_USAGE
    assert "Runlift" in capsys.readouterr().err
    assert backup.read_bytes() == kept


def test_a_backup_after_the_example_week_of_the_last_day_restores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`example --week 2199-12-31` wrote 1-5 Jan 2200 too, so every later backup was refused on restore."""
    folder = tmp_path / "data"
    assert cli(folder, "--today", "2199-12-31", "example") == EXIT_OK
    assert capsys.readouterr().out == "Added 2 example sessions to the week of 30 Dec 2199.\n"
    backup = tmp_path / "backup.json"
    assert cli(folder, "export", "json", "-o", str(backup)) == EXIT_OK
    assert cli(tmp_path / "fresh", "restore", str(backup)) == EXIT_OK
    assert fingerprint_of(tmp_path / "fresh") == fingerprint_of(folder)


@pytest.mark.timeout(20)
def test_restore_from_a_named_pipe_or_device_is_refused_not_waited_on(
    planned: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A FIFO was opened and read, blocking for ever while holding the data folder's lock."""
    import os

    pipe = planned.parent / "backup.json"
    os.mkfifo(pipe)
    before = fingerprint_of(planned)
    for source in (str(pipe), "/dev/zero"):
        assert cli(planned, "restore", source, "--replace") == EXIT_USAGE
        error = capsys.readouterr().err
        assert error.startswith(f"runlift: {source} cannot be restored: ")
        assert "not a regular file" in error
    assert fingerprint_of(planned) == before
