"""`runlift suggest`: the JSON week contract in, suggestions and warnings out; every bad input is exit 2 with
one line on standard error naming the problem; without --input the week comes from the database."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from planner.cli import main
from planner.cli.suggest import MAX_INPUT_BYTES
from planner.config import Paths
from planner.domain.enums import RunType
from planner.domain.profile import Race
from planner.exit_codes import EXIT_OK, EXIT_USAGE
from planner.services import sessions
from planner.services.workspace import Workspace
from planner.store import race_rows
from tests.helpers import day, run

SUGGESTION_KEYS = {"date", "focus", "intensity", "timing", "exercises", "reasons"}
EXERCISE_KEYS = {"name", "sets", "reps", "rir", "load"}


def week_json(**overrides: Any) -> dict[str, Any]:
    """Week (a) of the published weeks: Tue intervals (morning), Fri tempo, Sun long, easy Wed/Thu/Sat."""
    raw: dict[str, Any] = {
        "week_start": "2026-11-23",
        "profile": {"experience": "intermediate", "units": "kg", "lift_sessions_per_week": 2, "already_trained": True},
        "days": [
            {"date": "2026-11-24", "runs": [{"type": "intervals", "distance_km": 10, "time": "am"}]},
            {"date": "2026-11-25", "runs": [{"type": "easy", "distance_km": 8, "minutes": 48}]},
            {"date": "2026-11-26", "runs": [{"type": "easy", "distance_km": 8}]},
            {"date": "2026-11-27", "runs": [{"type": "tempo", "distance_km": 10}]},
            {"date": "2026-11-28", "runs": [{"type": "easy", "distance_km": 6}]},
            {"date": "2026-11-29", "runs": [{"type": "long", "distance_km": 20}]},
        ],
    }
    raw.update(overrides)
    return raw


def write(tmp_path: Path, raw: object, name: str = "week.json") -> Path:
    path = tmp_path / name
    path.write_text(raw if isinstance(raw, str) else json.dumps(raw), encoding="utf-8")
    return path


def suggest(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["suggest", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = suggest(capsys, "--input", str(write(tmp_path, week_json())))
    assert code == EXIT_OK, err
    assert err == ""
    data = json.loads(out)
    assert {"phase", "suggestions", "warnings"} <= set(data)
    assert data["phase"] == "base"
    assert len(data["suggestions"]) == 2
    for s in data["suggestions"]:
        assert set(s) >= SUGGESTION_KEYS
        assert s["exercises"]
        assert all(set(e) >= EXERCISE_KEYS for e in s["exercises"])
        assert all(isinstance(e["sets"], int) and isinstance(e["reps"], int) for e in s["exercises"])
        assert s["reasons"]
        assert all(isinstance(r, str) and r for r in s["reasons"])
    legs = next(s for s in data["suggestions"] if s["focus"] == "lower")
    assert legs["date"] == "2026-11-25"
    assert legs["intensity"] == "heavy"
    assert legs["timing"] == "after_run"
    assert (legs["exercises"][0]["reps"], legs["exercises"][0]["rir"]) == (4, 2)
    assert data["warnings"] == []


def test_warnings_carry_rule_date_and_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = week_json(existing_lifts=[{"date": "2026-11-23", "focus": "lower", "intensity": "heavy"}])
    code, out, _ = suggest(capsys, "--input", str(write(tmp_path, raw)))
    assert code == EXIT_OK
    data = json.loads(out)
    (warning,) = data["warnings"]
    assert warning["rule"] == "R5"
    assert warning["date"] == "2026-11-23"
    assert "Tuesday" in warning["message"]
    assert "Fine days:" in warning["message"]
    assert len(data["suggestions"]) == 1  # the runner's own lift counts toward the two


def test_text_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = suggest(capsys, "--input", str(write(tmp_path, week_json())), "--format", "text")
    assert code == EXIT_OK, err
    lines = out.splitlines()
    assert lines[0] == "Week of Mon 23 Nov 2026: Base phase"
    assert any(line.startswith("Wed 25 Nov  heavy lower (after the run") for line in lines)
    assert any("Back squat: 3 x 4, 2 in reserve" in line for line in lines)
    assert any(line.strip().startswith("- ") and "R5" in line for line in lines)


def test_pounds_profile_reports_loads_in_pounds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = week_json(profile={"experience": "advanced", "units": "lb"})
    code, out, _ = suggest(capsys, "--input", str(write(tmp_path, raw)))
    assert code == EXIT_OK
    exercises = [e for s in json.loads(out)["suggestions"] for e in s["exercises"]]
    assert exercises
    assert {e["load_unit"] for e in exercises} == {"lb"}


def test_input_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(week_json())))
    code, out, err = suggest(capsys, "--input", "-")
    assert code == EXIT_OK, err
    assert len(json.loads(out)["suggestions"]) == 2


def test_the_same_input_gives_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write(tmp_path, week_json()))
    first = suggest(capsys, "--input", path)
    assert suggest(capsys, "--input", path) == first


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        pytest.param('{"week_start": "2026-11-23",', ["not valid JSON", "line 1"], id="invalid-json"),
        pytest.param("[1, 2]", ["JSON object"], id="not-an-object"),
        pytest.param({"days": []}, ["week_start"], id="no-week-start"),
        pytest.param({"week_start": "23/11/2026"}, ["week_start", "YYYY-MM-DD"], id="bad-date"),
        pytest.param(
            {"week_start": "2026-11-23", "days": [{"date": "2026-11-24", "runs": [{"type": "jog"}]}]},
            ["days[0].runs[0].type", "'jog'"],
            id="unknown-run-type",
        ),
        pytest.param(
            {"week_start": "2026-11-23", "days": [{"date": "2026-11-30"}]},
            ["days[0].date", "outside the week"],
            id="day-after-the-week",
        ),
        pytest.param(
            {"week_start": "2026-11-23", "days": [{"date": "2026-11-22"}]},
            ["days[0].date", "outside the week"],
            id="day-before-the-week",
        ),
        pytest.param(
            {
                "week_start": "2026-11-23",
                "existing_lifts": [{"date": "2026-12-01", "focus": "lower", "intensity": "heavy"}],
            },
            ["existing_lifts[0].date", "outside the week"],
            id="lift-outside-the-week",
        ),
        pytest.param(
            {"week_start": "2026-11-23", "profile": {"lift_sessions_per_week": 5}},
            ["lift_sessions_per_week", "1-3"],
            id="too-many-sessions",
        ),
        pytest.param(
            {
                "week_start": "2026-11-23",
                "days": [{"date": "2026-11-24", "runs": [{"type": "easy", "distance_km": -3}]}],
            },
            ["distance_km"],
            id="negative-distance",
        ),
    ],
)
def test_bad_input_is_exit_2_with_one_line_naming_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: object, names: list[str]
) -> None:
    code, out, err = suggest(capsys, "--input", str(write(tmp_path, raw)))
    assert code == EXIT_USAGE
    assert out == ""
    assert err.endswith("\n")
    assert len(err.splitlines()) == 1, err
    assert err.startswith("runlift: ")
    for name in names:
        assert name in err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.json"
    code, out, err = suggest(capsys, "--input", str(missing))
    assert code == EXIT_USAGE
    assert out == ""
    assert len(err.splitlines()) == 1
    assert f"cannot read {missing}" in err


def test_oversize_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    padding = " " * (MAX_INPUT_BYTES + 10)
    code, out, err = suggest(capsys, "--input", str(write(tmp_path, json.dumps(week_json()) + padding)))
    assert code == EXIT_USAGE
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "over 1000 kB" in err


def test_deep_nesting_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = suggest(capsys, "--input", str(write(tmp_path, "[" * 100_000 + "]" * 100_000)))
    assert code == EXIT_USAGE
    assert len(err.splitlines()) == 1


def test_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"week_start": "2026-11-23", "note": "café"}'.encode("latin-1"))
    code, _, err = suggest(capsys, "--input", str(path))
    assert code == EXIT_USAGE
    assert len(err.splitlines()) == 1
    assert "UTF-8" in err


# --- without --input: the week comes from the database -------------------------------------------------


def test_suggest_from_the_database(paths: Paths, workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    for s in (
        run(day(1), RunType.INTERVALS, 10),
        run(day(2), km=8),
        run(day(4), RunType.TEMPO, 10),
        run(day(6), RunType.LONG, 20),
    ):
        sessions.create(s)
    race_rows.add_race(Race(day(13), "City Marathon", 42195.0))  # two weeks out: the taper
    workspace.close()
    code = main(["--data-dir", str(paths.data_dir), "--today", "2026-11-23", "suggest", "--week", "2026-11-25"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    data = json.loads(out)
    assert data["week_start"] == "2026-11-23"
    assert data["phase"] == "taper"
    (only,) = data["suggestions"]
    assert set(only) >= SUGGESTION_KEYS
    assert only["date"] == "2026-11-25"
    assert any("R8" in reason for reason in only["reasons"])


def test_suggest_from_the_database_counts_the_weeks_lifts(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(paths.data_dir), "example", "--week", "2026-11-23"]) == EXIT_OK
    capsys.readouterr()
    code = main(["--data-dir", str(paths.data_dir), "suggest", "--week", "2026-11-23", "--format", "text"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    assert out.startswith("Week of Mon 23 Nov 2026: Base phase")
    assert "No lift sessions to add this week." in out  # the example week already has its two lifts


def test_input_mode_loads_neither_peewee_nor_qt(tmp_path: Path) -> None:
    """A week given as JSON needs only the engine and the built-in library (issue 21): no database
    driver and no GUI toolkit are imported, so the command starts like a bare interpreter."""
    import subprocess
    import sys

    path = write(tmp_path, week_json())
    probe = (
        "import sys; from planner.cli import main; code = main(['suggest', '--input', sys.argv[1]]); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('peewee', 'playhouse', 'PySide6', 'matplotlib'));"
        " "
        "print('LOADED', heavy, file=sys.stderr); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["suggestions"], done.stdout
    assert "LOADED []" in done.stderr, done.stderr
