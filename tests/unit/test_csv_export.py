"""CSV exports read back with csv.DictReader agree with the database, in kg and in lb."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import DistanceUnit, MassUnit
from planner.domain.profile import Profile
from planner.domain.units import KG_PER_LB
from planner.io.csv_export import SESSION_COLUMNS, SET_COLUMNS
from planner.services import exporting, sessions
from planner.store import session_rows
from planner.store.profile_rows import save_profile
from tests.helpers import MONDAY, rest
from tests.unit.export_data import sample_plan


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def number(text: str) -> float | None:
    return float(text) if text else None


def test_sessions_one_row_each_matching_the_database(db: SqliteDatabase) -> None:
    plan = sample_plan()
    text = exporting.sessions_csv()
    assert text.splitlines()[0] == ",".join(SESSION_COLUMNS)
    rows = read(text)
    assert [int(r["session_id"]) for r in rows] == [s.id for s in plan]
    for row, session in zip(rows, session_rows.sessions_between(MONDAY, plan[-1].day), strict=True):
        assert row["date"] == session.day.isoformat()
        assert row["kind"] == session.kind.value
        assert row["status"] == session.status.value
        assert row["title"] == session.title
        assert row["notes"] == session.notes
        assert row["distance_unit"] == "km"
        if session.distance_m is not None:
            assert number(row["distance"]) == pytest.approx(session.distance_m / 1000, abs=5e-4)
        else:
            assert row["distance"] == ""
        if session.duration_s is not None:
            assert number(row["duration_min"]) * 60 == pytest.approx(session.duration_s, abs=0.5)


def test_sessions_in_miles_and_within_a_range(db: SqliteDatabase) -> None:
    plan = sample_plan()
    save_profile(Profile(distance_unit=DistanceUnit.MI))
    rows = read(exporting.sessions_csv(plan[2].day, plan[3].day))
    assert [int(r["session_id"]) for r in rows] == [plan[2].id, plan[3].id]
    assert rows[0]["distance_unit"] == "mi"
    assert number(rows[0]["distance"]) == pytest.approx(10_500 / 1609.344, abs=5e-4)


@pytest.mark.parametrize("unit", [MassUnit.KG, MassUnit.LB])
def test_sets_one_row_per_set_loads_in_the_users_unit(db: SqliteDatabase, unit: MassUnit) -> None:
    sample_plan()
    save_profile(Profile(mass_unit=unit))
    text = exporting.sets_csv()
    assert text.splitlines()[0] == ",".join(SET_COLUMNS)
    rows = read(text)
    stored = [
        (s, one)
        for s in session_rows.sessions_between(MONDAY, MONDAY.replace(day=30))
        for one in sorted(s.sets, key=lambda x: (x.position, x.set_number))
    ]
    assert len(rows) == len(stored) == 5
    per_kg = 1.0 if unit is MassUnit.KG else 1 / KG_PER_LB
    for row, (session, one) in zip(rows, stored, strict=True):
        assert row["date"] == session.day.isoformat()
        assert int(row["session_id"]) == session.id
        assert row["unit"] == unit.value
        assert int(row["set_number"]) == one.set_number
        assert number(row["target_reps"]) == one.target_reps
        assert number(row["target_load"]) == pytest.approx(one.target_load_kg * per_kg, abs=0.0051)
        assert number(row["target_rir"]) == one.target_rir
        assert number(row["done_reps"]) == one.actual_reps
        done = number(row["done_load"])
        assert done == (None if one.actual_load_kg is None else pytest.approx(one.actual_load_kg * per_kg, abs=0.0051))
        assert number(row["done_rir"]) == one.actual_rir
    assert [r["exercise"] for r in rows] == ["Back squat"] * 3 + ["One-arm row", "Back squat"]
    if unit is MassUnit.LB:
        assert rows[-1]["done_load"] == "135"  # 61.235 kg is the 135 lb it was entered as


def test_empty_database_gives_only_the_header(db: SqliteDatabase) -> None:
    assert exporting.sessions_csv().splitlines() == [",".join(SESSION_COLUMNS)]
    assert exporting.sets_csv().splitlines() == [",".join(SET_COLUMNS)]


def test_text_with_commas_quotes_and_newlines_survives(db: SqliteDatabase) -> None:
    sessions.create(replace(rest(), notes='Felt "ok", legs heavy\nsleep 6 h'))
    assert read(exporting.sessions_csv())[0]["notes"] == 'Felt "ok", legs heavy\nsleep 6 h'
