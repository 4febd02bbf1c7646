"""``runlift checkin``: create, update, show, list, delete; bad values exit 2 and save nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.exit_codes import EXIT_OK, EXIT_USAGE

CHECKIN_KEYS = {
    "date", "sleep_hours", "sleep_quality", "soreness_legs", "soreness_upper", "energy", "body_mass_kg",
    "resting_hr", "note",
}  # fmt: skip
FULL = ["--sleep", "7.5", "--sleep-quality", "3", "--soreness-legs", "2", "--soreness-upper", "1", "--energy", "4"]


def checkin(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path), "checkin", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_create_prints_what_it_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = checkin(
        tmp_path, capsys, "--date", "2026-11-23", *FULL, "--body-mass", "68.5", "--resting-hr", "48", "--note", "ok"
    )
    assert code == EXIT_OK
    assert out.startswith(
        "Saved Mon 23 Nov 2026: slept 7.5 h (quality 3/5), legs 2/10, upper body 1/10, energy 4/5, 68.5 kg, "
        "resting HR 48"
    )


def test_update_changes_only_what_is_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    checkin(tmp_path, capsys, "--date", "2026-11-23", *FULL, "--note", "kept")
    code, out, _ = checkin(tmp_path, capsys, "--date", "2026-11-23", "--soreness-legs", "7", "--format", "json")
    assert code == EXIT_OK
    stored = json.loads(out)
    assert set(stored) == CHECKIN_KEYS
    assert (stored["soreness_legs"], stored["sleep_hours"], stored["note"]) == (7, 7.5, "kept")


def test_show_and_list_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for day in ("2026-11-20", "2026-11-23"):
        checkin(tmp_path, capsys, "--date", day, *FULL)
    code, out, _ = checkin(tmp_path, capsys, "--date", "2026-11-23", "--show", "--format", "json")
    assert code == EXIT_OK
    assert json.loads(out)["date"] == "2026-11-23"
    code, out, _ = checkin(tmp_path, capsys, "--date", "2026-11-22", "--show", "--format", "json")
    assert json.loads(out) is None
    code, out, _ = checkin(tmp_path, capsys, "--date", "2026-11-30", "--list", "--format", "json")
    assert [c["date"] for c in json.loads(out)] == ["2026-11-20", "2026-11-23"]
    code, out, _ = checkin(tmp_path, capsys, "--date", "2026-11-22", "--show")
    assert out.strip() == "No check-in on Sun 22 Nov 2026."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sleep", "7", "--energy", "9"], "energy must be a whole number from 1 to 5, not 9; nothing was saved"),
        (["--sleep", "30"], "hours slept must be 0 to 24"),
        (["--energy", "3"], "no check-in on 2026-11-24 yet: give --sleep HOURS"),
        (["--show", "--sleep", "7"], "take no check-in values"),
        (["--delete"], "no check-in on 2026-11-24 to delete"),
    ],
)
def test_bad_input_says_why_and_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = checkin(tmp_path, capsys, "--date", "2026-11-24", *args)
    assert code == EXIT_USAGE
    assert message in err
    _, out, _ = checkin(tmp_path, capsys, "--date", "2026-11-24", "--show", "--format", "json")
    assert json.loads(out) is None


def test_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    checkin(tmp_path, capsys, "--date", "2026-11-23", *FULL)
    code, out, _ = checkin(tmp_path, capsys, "--date", "2026-11-23", "--delete")
    assert code == EXIT_OK
    assert "Deleted the check-in of Mon 23 Nov 2026" in out
    _, out, _ = checkin(tmp_path, capsys, "--date", "2026-11-23", "--show", "--format", "json")
    assert json.loads(out) is None


def test_a_bad_night_warns_about_the_example_weeks_heavy_legs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "example", "--week", "2026-11-23"]) == EXIT_OK
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "suggest", "--week", "2026-11-23", "--format", "json"]) == EXIT_OK
    before = capsys.readouterr().out
    checkin(tmp_path, capsys, "--date", "2026-11-25", "--sleep", "5", "--soreness-legs", "8")
    assert main(["--data-dir", str(tmp_path), "suggest", "--week", "2026-11-23", "--format", "json"]) == EXIT_OK
    after = capsys.readouterr().out
    said = "Slept 5 h and legs sore (8/10): make Wednesday's heavy lower-body lift moderate"
    assert said not in before
    assert said in after
