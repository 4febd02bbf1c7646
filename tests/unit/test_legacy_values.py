"""Migration 8: values earlier versions let in, which a restore refuses, are mended so every backup restores.

The limits are the row rules' (planner/store/row_rules.py): an average heart rate of 20-250 bpm (no runner's
average reaches 250: the rule imports apply), loads up to 1,000 kg, days from 1900 to 2199.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner.config import Paths
from planner.io import json_backup
from planner.services import full_backup
from planner.services.full_backup import BackupFormatError
from planner.services.workspace import open_workspace
from planner.store import models as m
from planner.store.all_rows import read_all_rows
from planner.store.backups import list_backups
from planner.store.database import close_db, open_db
from planner.store.migrations import MIGRATIONS
from planner.store.row_rules import first_problem

LAST, FIRST = "2199-12-31", "1900-01-01"
MONDAY_NOON = datetime(2026, 11, 23, 12, tzinfo=UTC)


def file_at_version_7(path: Path) -> sqlite3.Connection:
    """A database as version 7 left it: its steps applied, nothing of step 8."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS:
        if step.version <= 7:
            for statement in step.statements:
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 7")
    return conn


def add_session(conn: sqlite3.Connection, sid: int, day: str, position: int, kind: str = "run") -> None:
    conn.execute(
        "INSERT INTO session (id, day, position, kind, status, notes, source) VALUES (?, ?, ?, ?, 'planned', '', "
        "'manual')",
        (sid, day, position, kind),
    )
    if kind == "run":
        conn.execute("INSERT INTO run_detail (session_id, run_type) VALUES (?, 'easy')", (sid,))
    else:
        conn.execute("INSERT INTO lift_detail (session_id, focus, intensity) VALUES (?, 'lower', 'moderate')", (sid,))


def add_exercise(conn: sqlite3.Connection) -> None:
    """Exercise 1, for the sets."""
    conn.execute(
        "INSERT INTO exercise (id, slug, name, pattern, focus, equipment, unilateral, primary_muscles, "
        "secondary_muscles, cues, mistakes, why, rep_min, rep_max, builtin, hidden) VALUES "
        "(1, 'back-squat', 'Back squat', 'squat', 'lower', '[]', 0, '[]', '[]', '[]', '[]', '', 3, 8, 0, 0)"
    )


def legacy_rows(conn: sqlite3.Connection) -> None:
    """What earlier versions could store: each kind of value a restore now refuses, beside ordinary rows."""
    add_session(conn, 1, LAST, 0)  # a session already on the calendar's last day
    add_session(conn, 2, "2200-01-02", 1)
    add_session(conn, 3, "2200-01-02", 0)
    add_session(conn, 4, "2250-05-05", 0)
    add_session(conn, 5, "1850-06-01", 3, kind="lift")
    add_session(conn, 6, "2026-11-23", 0)
    conn.execute("UPDATE run_detail SET avg_hr = 255 WHERE session_id = 6")
    conn.execute("UPDATE run_detail SET avg_hr = 152, start_time = '2201-01-01 07:00:00' WHERE session_id = 1")
    conn.execute("UPDATE session SET planned_day = '2300-01-01' WHERE id = 6")
    add_exercise(conn)
    conn.execute(
        "INSERT INTO lift_set (session_id, exercise_id, position, set_number, target_reps, target_load_kg, "
        "actual_reps, actual_load_kg) VALUES (5, 1, 0, 1, 5, 1500, 5, 100), (5, 1, 1, 2, 5, 100, 5, 1200.5)"
    )
    conn.execute("INSERT INTO race (day, name, distance_m, priority) VALUES ('2300-03-03', 'Far race', 42195, 'A')")
    conn.execute(
        "INSERT INTO checkin (day, sleep_hours, sleep_quality, soreness_legs, soreness_upper, energy, note) "
        "VALUES ('2205-01-01', 8, 3, 2, 2, 4, '')"
    )


ONE_LEGACY_VALUE = {
    "average heart rate": "UPDATE run_detail SET avg_hr = 255 WHERE session_id = 1",
    "heart rate too low": "UPDATE run_detail SET avg_hr = 12 WHERE session_id = 1",
    "planned load": "INSERT INTO lift_set (session_id, exercise_id, position, set_number, target_load_kg) "
    "VALUES (2, 1, 0, 1, 1500)",
    "done load": "INSERT INTO lift_set (session_id, exercise_id, position, set_number, actual_load_kg) "
    "VALUES (2, 1, 0, 1, 1000.5)",
    "session day": "UPDATE session SET day = '2200-01-01' WHERE id = 1",
    "early session day": "UPDATE session SET day = '1899-12-31' WHERE id = 1",
    "planned day": "UPDATE session SET planned_day = '2300-01-01' WHERE id = 1",
    "start time": "UPDATE run_detail SET start_time = '2201-01-01T07:00:00+01:00' WHERE session_id = 1",
    "race day": "INSERT INTO race (day, name, distance_m, priority) VALUES ('2300-03-03', 'Far', 42195, 'A')",
    "check-in day": "INSERT INTO checkin (day, sleep_hours, sleep_quality, soreness_legs, soreness_upper, energy, "
    "note) VALUES ('2205-01-01', 8, 3, 2, 2, 4, '')",
}


def plain_file(path: Path) -> sqlite3.Connection:
    """A version-7 file with a run, a lift session and an exercise, every value inside the rules."""
    conn = file_at_version_7(path)
    add_session(conn, 1, "2026-11-23", 0)
    add_session(conn, 2, "2026-11-24", 0, kind="lift")
    add_exercise(conn)
    return conn


@pytest.mark.parametrize("change", ONE_LEGACY_VALUE.values(), ids=ONE_LEGACY_VALUE.keys())
def test_each_value_is_refused_before_the_step_and_mended_by_it(tmp_path: Path, change: str) -> None:
    path = tmp_path / "v7.sqlite"
    conn = plain_file(path)
    assert first_problem(conn) is None
    conn.execute(change)
    assert first_problem(conn) is not None  # what made a backup of this file unrestorable
    conn.close()
    open_db(path, tmp_path / "backups")
    try:
        assert first_problem(m.database.connection()) is None
    finally:
        close_db()


def test_check_ins_past_an_edge_take_the_nearest_free_days_in_their_order(tmp_path: Path) -> None:
    """A day has one check-in: the edge day may be taken, by a check-in of its own or by another moved one."""
    path = tmp_path / "v7.sqlite"
    conn = file_at_version_7(path)
    days = ("2199-12-31", "2199-12-29", "2200-01-01", "2200-01-05", "2205-01-01", "1900-01-01", "1850-01-01",
            "1899-12-31", "2026-11-23")  # fmt: skip
    for energy, day in enumerate(days):
        conn.execute(
            "INSERT INTO checkin (day, sleep_hours, sleep_quality, soreness_legs, soreness_upper, energy, note) "
            "VALUES (?, 8, 3, 2, 2, ?, ?)",
            (day, 1 + energy % 5, day),
        )
    conn.close()
    open_db(path, tmp_path / "backups")
    try:
        db = m.database.connection()
        moved = dict(db.execute("SELECT note, day FROM checkin WHERE note != day").fetchall())
        assert first_problem(db) is None
    finally:
        close_db()
    # the latest takes the nearest free day, the 30th; the others the free days before it, keeping their order
    assert moved == {
        "2205-01-01": "2199-12-30",
        "2200-01-05": "2199-12-28",
        "2200-01-01": "2199-12-27",
        "1850-01-01": "1900-01-02",
        "1899-12-31": "1900-01-03",
    }


def test_a_session_moved_to_the_first_day_goes_after_that_days_own(tmp_path: Path) -> None:
    path = tmp_path / "v7.sqlite"
    conn = file_at_version_7(path)
    add_session(conn, 1, FIRST, 0)
    add_session(conn, 2, FIRST, 1)
    add_session(conn, 3, "1899-03-01", 0)
    add_session(conn, 4, "1850-01-01", 5)
    conn.close()
    open_db(path, tmp_path / "backups")
    try:
        rows = m.database.connection().execute("SELECT id, day, position FROM session ORDER BY position").fetchall()
    finally:
        close_db()
    assert rows == [(1, FIRST, 0), (2, FIRST, 1), (4, FIRST, 2), (3, FIRST, 3)]


def test_a_start_time_is_kept_or_cleared_by_its_day_whatever_its_spelling(tmp_path: Path) -> None:
    path = tmp_path / "v7.sqlite"
    conn = file_at_version_7(path)
    times = {1: "2026-11-23 07:00:00", 2: "2026-11-24T07:00:00.250000+01:00", 3: "2201-01-01T07:00:00+01:00",
             4: "2200-01-01 00:00:00"}  # fmt: skip
    for sid, moment in times.items():
        add_session(conn, sid, "2026-11-23", sid)
        conn.execute("UPDATE run_detail SET start_time = ? WHERE session_id = ?", (moment, sid))
    conn.close()
    open_db(path, tmp_path / "backups")
    try:
        kept = dict(m.database.connection().execute("SELECT session_id, start_time FROM run_detail").fetchall())
    finally:
        close_db()
    assert kept == {1: times[1], 2: times[2], 3: None, 4: None}


def test_opening_a_version_7_file_mends_the_values_backed_up_first(tmp_path: Path) -> None:
    path = tmp_path / "v7.sqlite"
    conn = file_at_version_7(path)
    legacy_rows(conn)
    conn.close()
    backups = tmp_path / "backups"
    open_db(path, backups)
    try:
        db = m.database.connection()
        assert first_problem(db) is None
        # a reading no runner makes is left out; the run and its other values stay
        assert db.execute("SELECT avg_hr, run_type FROM run_detail WHERE session_id = 6").fetchone() == (None, "easy")
        assert db.execute("SELECT avg_hr FROM run_detail WHERE session_id = 1").fetchone() == (152,)
        # the sets stay, with their reps, without the impossible load
        assert db.execute(
            "SELECT set_number, target_load_kg, actual_reps, actual_load_kg FROM lift_set ORDER BY set_number"
        ).fetchall() == [(1, None, 5, 100.0), (2, 100.0, 5, None)]
        # sessions past the calendar's end go to its last day, after the day's own session, in their old order
        days = db.execute("SELECT id, day, position FROM session ORDER BY day, position").fetchall()
        assert days == [(5, FIRST, 0), (6, "2026-11-23", 0), (1, LAST, 0), (3, LAST, 1), (2, LAST, 2), (4, LAST, 3)]
        assert db.execute("SELECT planned_day FROM session WHERE id = 6").fetchone() == (None,)
        assert db.execute("SELECT start_time FROM run_detail WHERE session_id = 1").fetchone() == (None,)
        assert db.execute("SELECT day, name FROM race").fetchall() == [(LAST, "Far race")]
        assert db.execute("SELECT day FROM checkin").fetchall() == [(LAST,)]
        assert not db.execute("SELECT name FROM sqlite_temp_master").fetchall()  # its scratch table is gone
    finally:
        close_db()
    made = list_backups(backups)
    assert len(made) == 1
    assert "from-v7" in made[0].name  # before-v<latest>-from-v7
    before = sqlite3.connect(made[0])
    assert before.execute("SELECT avg_hr FROM run_detail WHERE session_id = 6").fetchone() == (255,)
    before.close()


def test_a_version_7_backup_with_such_values_now_restores(tmp_path: Path) -> None:
    """Before step 8, this backup (made by the app from its own file) was refused whole."""
    conn = file_at_version_7(tmp_path / "v7.sqlite")
    legacy_rows(conn)
    tables = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        rows = [tuple(row) for row in cursor.fetchall()]
        tables[name] = json_backup.TableRows(tuple(c[0] for c in cursor.description), rows)
    conn.close()
    document = json_backup.build_document(tables, app_version="0.7", schema_version=7, exported_at=MONDAY_NOON)
    workspace = open_workspace(Paths(tmp_path / "target"))
    try:
        result = full_backup.restore(json.dumps(document).encode(), workspace.paths.backups)
        assert result.schema_version == 7
        restored = read_all_rows()
        assert len(restored["session"].rows) == 6
        assert {row[0]: row[1] for row in restored["session"].rows}[4] == LAST
        assert first_problem(m.database.connection()) is None
    finally:
        workspace.close()


def test_a_current_backup_with_such_a_value_is_still_refused(tmp_path: Path) -> None:
    """The mending is for what earlier versions stored; a backup of this version holding one was edited."""
    workspace = open_workspace(Paths(tmp_path / "source"))
    try:
        document = json.loads(full_backup.backup_text())
    finally:
        workspace.close()
    document["tables"]["race"]["rows"] = [[1, "2300-03-03", "Far race", 42195.0, "A"]]
    document["tables"]["race"]["columns"] = ["id", "day", "name", "distance_m", "priority"]
    with pytest.raises(BackupFormatError, match="outside the dates Runlift keeps"):
        full_backup.check_backup(json.dumps(document).encode())
