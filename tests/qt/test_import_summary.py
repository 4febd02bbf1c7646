"""The window's words after an import: the status-bar sentence and the dialog's list of what was left out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.io.activity import Activity
from planner.services.importing import ActivityOutcome, FileOutcome, Outcome
from planner.ui.shell.activity_import import skipped_text, summary_text

START = datetime(2024, 2, 25, 7, 0)


def activity(name: str) -> Activity:
    return Activity("running", START, START, 5000.0, 1800.0, None, None, name, name)


def test_rows_and_activities_left_out_of_a_file_that_was_read_are_counted_and_listed() -> None:
    csv = FileOutcome(
        Path("activities.csv"),
        (
            ActivityOutcome(Outcome.IMPORTED, activity("a")),
            ActivityOutcome(Outcome.SKIPPED, activity("b"), reason="activities.csv: b is faster than running can be"),
        ),
        unread=("activities.csv, line 3: cannot read the date 'someday'",),
    )
    broken = FileOutcome(Path("x.fit"), reason="x.fit is cut short")
    assert summary_text([csv, broken], 2) == "Imported 1 activity; 1 file skipped; 2 activities left out."
    assert skipped_text([csv, broken]) == (
        "These files changed nothing:\n\n• x.fit is cut short\n\n"
        "Rows and activities left out:\n\n"
        "• activities.csv, line 3: cannot read the date 'someday'\n"
        "• activities.csv: b is faster than running can be"
    )


def test_a_clean_import_says_nothing_was_left_out() -> None:
    clean = FileOutcome(Path("run.fit"), (ActivityOutcome(Outcome.IMPORTED, activity("a")),))
    assert summary_text([clean], 1) == "Imported 1 activity."
    assert not clean.any_skipped
    assert skipped_text([clean]) == ""


def test_thousands_of_rows_left_out_are_listed_twenty_then_counted() -> None:
    unread = tuple(f"activities.csv, line {n}: cannot read the date 'x'" for n in range(2, 5002))
    csv = FileOutcome(Path("activities.csv"), (ActivityOutcome(Outcome.IMPORTED, activity("a")),), unread=unread)
    lines = skipped_text([csv]).splitlines()
    assert lines[2] == "• activities.csv, line 2: cannot read the date 'x'"
    assert lines[-1] == "… and 4,980 more"
    assert len(lines) == 2 + 20 + 1


def test_a_long_reason_is_cut_in_the_dialog() -> None:
    csv = FileOutcome(Path("a.csv"), (ActivityOutcome(Outcome.IMPORTED, activity("a")),), unread=("x" * 5000,))
    listed = skipped_text([csv]).splitlines()[-1]
    assert len(listed) < 320
    assert listed.endswith("…")
