"""``runlift setup`` (issue 18): the set-up window's answers as JSON; the runs planned to race day with a taper.

The race and usual week are the issue's own example (a new user on Sunday 6 December, a half marathon on
28 February); the taper caps are DESIGN R8's (Bosquet et al., MSSE 2007).
"""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.exit_codes import EXIT_OK, EXIT_USAGE

SETUP = {
    "profile": {"experience": "intermediate", "lift_sessions_per_week": 2, "strategy": "easy_days", "units": "kg"},
    "usual_week": [
        {"weekday": "tue", "type": "intervals", "distance_km": 10, "time": "am"},
        {"weekday": "sat", "type": "long", "distance_km": 18},
    ],
    "race": {"name": "Spring Half", "date": "2027-02-28", "distance_km": 21.1, "priority": "A"},
}
TODAY = "2026-12-06"


def setup(tmp_path: Path, capsys: pytest.CaptureFixture[str], document: object, *extra: str) -> tuple[int, str, str]:
    source = tmp_path / "setup.json"
    source.write_text(json.dumps(document))
    code = main(["--data-dir", str(tmp_path / "data"), "--today", TODAY, "setup", "--input", str(source), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_issues_example_plans_every_week_to_race_day_with_a_taper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = setup(tmp_path, capsys, SETUP, "--format", "json")
    assert code == EXIT_OK, err
    planned = json.loads(out)
    weeks = {date.fromisoformat(w["start"]): w["distance_m"] for w in planned["weeks"]}
    mondays = sorted(weeks)
    assert mondays[0] == date(2026, 12, 7)
    assert mondays[-1] == date(2027, 2, 22)  # race week
    assert len(mondays) == 12  # every week from the first full one to race week has its runs
    biggest = 28_000
    assert weeks[date(2027, 2, 15)] <= 0.85 * biggest
    assert weeks[date(2027, 2, 22)] <= 0.65 * biggest
    assert planned["race"] == {"name": "Spring Half", "date": "2027-02-28", "distance_m": 21100.0, "priority": "A"}
    race_day = [r for r in planned["runs"] if r["date"] == "2027-02-28"]
    assert [r["type"] for r in race_day] == ["race"]  # the race alone on race day
    assert all(r["time_of_day"] == "am" for r in planned["runs"] if r["type"] == "intervals")


def test_twice_is_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    setup(tmp_path, capsys, SETUP)
    code, out, _ = setup(tmp_path, capsys, SETUP, "--format", "json")
    assert code == EXIT_OK
    assert json.loads(out)["runs"] == []
    main(
        ["--data-dir", str(tmp_path / "data"), "--today", TODAY, "sessions", "--week", "2027-02-28", "--format", "json"]
    )
    week = json.loads(capsys.readouterr().out)
    assert [s["type"] for s in week if s["date"] == "2027-02-28"] == ["race"]


def test_without_a_race_it_plans_the_weeks_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = {**{k: v for k, v in SETUP.items() if k != "race"}, "weeks": 6}
    code, out, _ = setup(tmp_path, capsys, document, "--format", "json")
    assert code == EXIT_OK
    last = max(date.fromisoformat(r["date"]) for r in json.loads(out)["runs"])
    assert last == date(2026, 11, 30) + timedelta(weeks=5, days=5)  # this week counts: Saturday of the sixth


def test_a_day_off_in_the_usual_week_gets_no_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = {
        **SETUP,
        "usual_week": [*SETUP["usual_week"], {"weekday": "fri", "type": "easy"}],
        "unavailable": ["fri"],
    }
    code, _, err = setup(tmp_path, capsys, document)
    assert code == EXIT_USAGE
    assert err.strip() == "runlift: unavailable: fri has a usual run"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({**SETUP, "colour": "red"}, "the input: unknown key 'colour'"),
        ({**SETUP, "profile": {"units": "stone"}}, "profile.units: expected one of kg, lb"),
        ({**SETUP, "usual_week": [{"weekday": "funday", "type": "easy"}]}, "usual_week[0].weekday: expected one of"),
        ({**SETUP, "usual_week": [{"weekday": "mon", "type": "race"}]}, "usual_week[0].type: expected one of"),
        ({**SETUP, "usual_week": [{"weekday": "mon", "type": "easy", "pace": 5}]}, "usual_week[0]: unknown key 'pace'"),
        ({**SETUP, "race": {**SETUP["race"], "date": "9999-12-31"}}, "race.date: expected a date"),
        # a race kept in 2200 made every later backup one a restore refuses
        ({**SETUP, "race": {**SETUP["race"], "date": "2200-06-01"}}, "race.date: expected a date"),
        ({**SETUP, "race": {**SETUP["race"], "date": "2026-01-01"}}, "race.date: 2026-01-01 is before today"),
        ({**SETUP, "race": {**SETUP["race"], "distance_km": -3}}, "race.distance_km: expected a number"),
        ([1, 2], "the input: expected an object"),
    ],
)
def test_bad_input_exits_2_naming_the_field_and_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], document: object, message: str
) -> None:
    code, out, err = setup(tmp_path, capsys, document)
    assert code == EXIT_USAGE
    assert err.startswith(f"runlift: {message}")
    assert len(err.strip().splitlines()) == 1
    assert out == ""
    main(["--data-dir", str(tmp_path / "data"), "sessions", "--week", "2026-12-08", "--format", "json"])
    assert json.loads(capsys.readouterr().out) == []


def test_standard_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(SETUP)))
    code = main(["--data-dir", str(tmp_path / "data"), "--today", TODAY, "setup", "--input", "-"])
    assert code == EXIT_OK
    assert "Race: Spring Half on Sun 28 Feb 2027 (21.1 km)." in capsys.readouterr().out


def test_a_plan_never_reaches_past_the_last_day_runlift_keeps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = {"usual_week": [{"weekday": "mon", "type": "easy", "distance_km": 10}], "weeks": 52}
    source = tmp_path / "setup.json"
    source.write_text(json.dumps(document))
    code = main(["--data-dir", str(tmp_path / "data"), "--today", "2199-12-20", "setup", "--input", str(source),
                 "--format", "json"])  # fmt: skip
    assert code == EXIT_OK
    days = [r["date"] for r in json.loads(capsys.readouterr().out)["runs"]]
    assert days  # the Mondays left in 2199
    assert max(days) <= "2199-12-31"  # 52 weeks asked for, none planned past the range


def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    pipe = tmp_path / "setup.json"
    os.mkfifo(pipe)
    code = main(["--data-dir", str(tmp_path / "data"), "setup", "--input", str(pipe)])
    assert code == EXIT_USAGE
    assert capsys.readouterr().err.strip() == f"runlift: {pipe} is not a regular file (a folder, pipe or device)"
    code = main(["suggest", "--input", str(pipe)])
    assert code == EXIT_USAGE
