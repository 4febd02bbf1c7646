"""Planned against done: an imported run completing a structured plan keeps both, says the difference,
and lines the watch's laps up with the steps; a copy with laps merges them in; exports say the steps."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import DistanceUnit, MassUnit, RunType, Status
from planner.domain.planned_done import comparison, laps_against_steps
from planner.domain.workout import parse_workout
from planner.io.ics_export import description
from planner.services import exporting, importing, sessions
from tests.conftest import SHARED_DATA
from tests.helpers import run

needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")
TCX = SHARED_DATA / "tcx" / "test.tcx"  # 4,686.3 m in 1,992.78 s, three laps: 1 mi, 1 mi, 1,471 m
RUN_DAY = date(2012, 12, 26)
KM = DistanceUnit.KM
# test.tcx's laps: a mile at 10:08/mi, a mile at 11:55/mi, then 1,471 m
STEPS = "1 mi warm-up\n1 mi @ 7:00\n1.5 km cool-down"


def planned_structured() -> int:
    workout = parse_workout(STEPS, DistanceUnit.MI)
    plan = run(RUN_DAY, RunType.TEMPO, km=4.8, duration_s=35 * 60, notes="with Ana")
    plan = replace(plan, run=replace(plan.run, workout=workout))
    saved = sessions.create(plan)
    assert saved.id is not None
    return saved.id


@needs_shared
def test_an_import_completing_a_structured_plan_keeps_both(db: SqliteDatabase) -> None:
    plan_id = planned_structured()
    (result,) = importing.import_paths([TCX])
    assert result.summary == "completed planned run"
    done = sessions.get(plan_id)
    assert done.status is Status.DONE
    assert done.run.workout is not None
    assert done.run.run_type is RunType.TEMPO
    assert (done.run.planned_distance_m, done.run.planned_duration_s) == (4800, 2100)
    assert done.run.distance_m == pytest.approx(4686.3, abs=0.1)
    assert done.duration_s == 1993
    assert comparison(done.run, done.duration_s, KM) == [
        "Planned: 4.80 km in 35:00 (7:18/km)",
        "Done: 4.69 km in 33:13 (7:05/km)",  # the sample's own 7:05 /km (shared/data/README)
        "Difference: -0.11 km, -1:47, 12 s/km faster",
    ]
    pairs = laps_against_steps(done.run)
    assert pairs is not None
    assert [p.words(DistanceUnit.MI) for p in pairs] == [
        "1 mi warm-up: 1.00 mi in 10:08 (10:08/mi)",
        "1 mi @ 7:00/mi: 1.00 mi in 11:55 (11:55/mi)",
        "1500 m cool-down: 0.91 mi in 11:10 (12:13/mi)",
    ]
    importing.revert([result])
    back = sessions.get(plan_id)
    assert back.status is Status.PLANNED
    assert back.run.planned_distance_m is None
    assert back.run.laps == ()


@needs_shared
def test_laps_that_do_not_follow_the_steps_are_not_paired(db: SqliteDatabase) -> None:
    plan = run(RUN_DAY, km=4.7)
    plan = replace(plan, run=replace(plan.run, workout=parse_workout("2 km warm-up\n3 x 400 m @ I, 200 m jog", KM)))
    plan_id = sessions.create(plan).id
    importing.import_paths([TCX])
    done = sessions.get(plan_id)
    assert len(done.run.laps) == 3
    assert laps_against_steps(done.run) is None


@needs_shared
def test_a_copy_with_laps_merges_them_into_one_without(db: SqliteDatabase, tmp_path) -> None:
    # Strava's activities.csv row of the same run: heart rate, but no laps and no elevation
    row = tmp_path / "activities.csv"
    row.write_text(
        "Activity ID,Activity Date,Activity Type,Elapsed Time,Distance,Average Heart Rate\n"
        '9,"Dec 26, 2012, 9:29:53 PM",Run,1993,4.6863,157\n'
    )
    (first,) = importing.import_paths([row])
    assert first.summary == "imported"
    (second,) = importing.import_paths([TCX])
    assert second.summary == "duplicate, its elevation and laps merged into the copy already in"
    (kept,) = sessions.sessions_between(RUN_DAY, RUN_DAY)
    assert len(kept.run.laps) == 3
    assert kept.run.avg_hr == 157


@needs_shared
def test_exports_say_the_steps_and_planned_against_done(db: SqliteDatabase) -> None:
    plan_id = planned_structured()
    importing.import_paths([TCX])
    text = description(sessions.get(plan_id), {}, KM, MassUnit.KG)
    assert "Steps:\n- 1.61 km warm-up\n- 1.61 km @ 4:21/km\n- 1500 m cool-down" in text
    assert "Planned: 4.80 km in 35:00 (7:18/km)" in text
    (row,) = csv.DictReader(io.StringIO(exporting.sessions_csv()))
    assert row["steps"] == "1.61 km warm-up; 1.61 km @ 4:21/km; 1500 m cool-down"
    assert (row["planned_distance"], row["planned_duration_min"]) == ("4.8", "35")


@needs_shared
def test_a_copy_keeps_the_steps_but_not_what_was_recorded(db: SqliteDatabase) -> None:
    plan_id = planned_structured()
    importing.import_paths([TCX])
    again = sessions.copy(plan_id, date(2013, 1, 2))
    assert again.run.workout == sessions.get(plan_id).run.workout
    assert again.run.laps == ()
    assert again.run.planned_distance_m is None
