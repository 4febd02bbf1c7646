"""The full JSON backup: restore into a fresh database reproduces every row; a bad file changes nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from planner.config import Paths
from planner.io import json_backup
from planner.io.json_backup import TableRows
from planner.services import example_week, full_backup
from planner.services.full_backup import BackupFormatError, DatabaseHasDataError
from planner.services.workspace import Workspace, open_workspace
from planner.store import models as m
from planner.store.all_rows import has_user_data, read_all_rows, replace_all_rows
from planner.store.backups import list_backups
from planner.store.migrations import SCHEMA_VERSION
from tests.conftest import TEST_DATA
from tests.helpers import MONDAY, db_fingerprint, fingerprint
from tests.unit.export_data import sample_plan

MONDAY_NOON = datetime(2026, 11, 23, 12, tzinfo=UTC)


@pytest.fixture
def backup_of_a_plan(tmp_path: Path) -> tuple[str, dict[str, list[tuple[object, ...]]]]:
    """A backup of a database holding a plan, the library and settings, and that database's fingerprint."""
    workspace = open_workspace(Paths(tmp_path / "source"))
    try:
        sample_plan()
        example_week.add_example_week(MONDAY, 0)
        m.Setting.insert(key="odd", value='quotes " and ünïcode ✓\nnewline').execute()
        text = full_backup.backup_text()
        return text, db_fingerprint()
    finally:
        workspace.close()


@pytest.fixture
def workspace(backup_of_a_plan: tuple[str, Any], tmp_path: Path) -> Iterator[Workspace]:
    """A fresh data folder to restore into, opened after the source was closed."""
    opened = open_workspace(Paths(tmp_path / "target"))
    yield opened
    opened.close()


def test_the_document_names_its_format_versions_and_every_table(backup_of_a_plan: tuple[str, Any]) -> None:
    text, _ = backup_of_a_plan
    document = json.loads(text)
    assert document["format"] == "runlift-backup"
    assert document["format_version"] == 1
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["app_version"]
    assert document["exported_at"].endswith("+00:00")
    assert list(document["tables"]) == [model._meta.table_name for model in m.ALL_MODELS]


def test_restore_into_a_fresh_database_reproduces_every_row(
    workspace: Workspace, backup_of_a_plan: tuple[str, Any]
) -> None:
    text, before = backup_of_a_plan
    assert not has_user_data()
    result = full_backup.restore(text.encode(), workspace.paths.backups)
    assert db_fingerprint() == before
    assert result.rows == sum(len(rows) for rows in before.values())
    assert result.safety_copy.exists()


def test_a_second_backup_of_the_restored_database_is_the_same(
    workspace: Workspace, backup_of_a_plan: tuple[str, Any]
) -> None:
    text, _ = backup_of_a_plan
    full_backup.restore(text.encode(), workspace.paths.backups)
    again = json.loads(full_backup.backup_text())
    assert again["tables"] == json.loads(text)["tables"]


def test_a_database_with_data_is_kept_unless_replace_is_given(
    workspace: Workspace, backup_of_a_plan: tuple[str, Any]
) -> None:
    text, restored = backup_of_a_plan
    example_week.add_example_week(MONDAY, 0)
    mine = db_fingerprint()
    with pytest.raises(DatabaseHasDataError):
        full_backup.restore(text.encode(), workspace.paths.backups)
    assert db_fingerprint() == mine
    assert list_backups(workspace.paths.backups, "before-restore") == []
    result = full_backup.restore(text.encode(), workspace.paths.backups, replace=True)
    assert db_fingerprint() == restored
    # the copy made first holds what was replaced
    assert fingerprint(sqlite3.connect(result.safety_copy)) == mine


def _edit(text: str, change: Callable[[dict[str, Any]], None]) -> bytes:
    document = json.loads(text)
    change(document)
    return json.dumps(document).encode()


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _session_row(document: dict[str, Any]) -> list[Any]:
    return document["tables"]["session"]["rows"][0]


def _column(document: dict[str, Any], table: str, name: str) -> int:
    return document["tables"][table]["columns"].index(name)


def _cell(table: str, column: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Set ``column`` in the first row of ``table``; a valid row is added first if the plan has none."""
    valid = {"checkin": [1, "2026-11-23", 7.5, 3, 0, 0, 3, None, None, ""], "race": [1, "2027-03-14", "M", 42195, "A"]}

    def change(document: dict[str, Any]) -> None:
        rows = document["tables"][table]["rows"]
        if not rows:
            rows.append(list(valid[table]))
        rows[0][_column(document, table, column)] = value

    return change


BAD_EDITS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "newer schema": (_set(("schema_version",), SCHEMA_VERSION + 1), "newer Runlift"),
    "another format": (_set(("format",), "something-else"), "not a Runlift backup"),
    "a newer format version": (_set(("format_version",), 2), "backup format 2"),
    "no tables": (lambda d: d.pop("tables"), "'tables'"),
    "a missing table": (lambda d: d["tables"].pop("race"), "missing race"),
    "an unknown table": (_set(("tables", "extra"), {"columns": ["id"], "rows": []}), "unknown extra"),
    "a hostile table name": (
        _set(("tables", 'x"; DROP TABLE session; --'), {"columns": [], "rows": []}),
        "is not a table name",
    ),
    "a missing column": (lambda d: d["tables"]["race"]["columns"].pop(), "columns must be"),
    "a short row": (lambda d: _session_row(d).pop(), "is not a list of 12 values"),
    "text where a number goes": (
        lambda d: _session_row(d).__setitem__(_column(d, "session", "position"), "first"),
        "expected an integer",
    ),
    "a bad date": (lambda d: _session_row(d).__setitem__(_column(d, "session", "day"), "2026-13-40"), "ISO date"),
    "a boolean": (lambda d: _session_row(d).__setitem__(_column(d, "session", "position"), True), "bool"),
    "a nested value": (lambda d: _session_row(d).__setitem__(_column(d, "session", "notes"), {"a": 1}), "dict"),
    "a null where required": (lambda d: _session_row(d).__setitem__(_column(d, "session", "kind"), None), "required"),
    "a duplicate key": (
        lambda d: d["tables"]["session"]["rows"].append(list(d["tables"]["session"]["rows"][0])),
        "UNIQUE",
    ),
    # issue 19: values SQLite accepts but the app cannot read back
    "status bogus": (_cell("session", "status", "bogus"), "session.status .*'bogus' is not one of"),
    "kind xyz": (_cell("session", "kind", "xyz"), "session.kind .*'xyz'"),
    "rpe 99": (_cell("session", "rpe", 99), "session.rpe .*outside 0 to 10"),
    "duration -5": (_cell("session", "duration_s", -5), "session.duration_s .*outside"),
    "first weekday 9": (_cell("profile", "first_weekday", 9), "profile.first_weekday"),
    "mass unit stone": (_cell("profile", "mass_unit", "stone"), "profile.mass_unit .*'stone'"),
    "invalid JSON in an exercise": (_cell("exercise", "cues", "[not json"), "exercise.cues .*not a JSON list"),
    "a negative distance": (_cell("run_detail", "distance_m", -1.0), "run_detail.distance_m .*outside"),
    # issue 24: a structured run's steps and the recorded laps are read back like any value
    "steps that cannot be read": (_cell("run_detail", "workout", '[{"kind":"sprint"}]'), "run_detail.workout"),
    "laps that are not laps": (_cell("run_detail", "laps", "[1, 2]"), "run_detail.laps .*not a list of laps"),
    "year 1": (_cell("session", "day", "0001-01-01"), "session.day .*outside the dates"),
    "year 9999": (_cell("race", "day", "9999-12-31"), "race.day .*outside the dates"),
    "no profile row": (lambda d: d["tables"]["profile"]["rows"].clear(), "one profile row"),
    "a run without run details": (_cell("session", "kind", "rest"), "run details do not match"),
    "a check-in out of range": (_cell("checkin", "energy", 9), "energy must be"),
    "a user image outside the folder": (_cell("exercise_image", "path", "user:../../etc/passwd"), "plain file name"),
    "an absolute image path": (_cell("exercise_image", "path", "/etc/passwd"), "neither builtin: nor user:"),
    "a builtin image outside": (
        _cell("exercise_image", "path", "builtin:../../../../etc/passwd"),
        "plain file name",
    ),
    "a lone surrogate": (_cell("session", "notes", "\ud800"), "not valid Unicode"),
    "a set of a missing session": (
        lambda d: d["tables"]["lift_set"]["rows"][0].__setitem__(_column(d, "lift_set", "session_id"), 99_999),
        "refers to a session",
    ),
}


@pytest.mark.parametrize("case", list(BAD_EDITS))
def test_a_bad_document_changes_nothing(workspace: Workspace, backup_of_a_plan: tuple[str, Any], case: str) -> None:
    text, _ = backup_of_a_plan
    change, message = BAD_EDITS[case]
    before = db_fingerprint()
    with pytest.raises(BackupFormatError, match=message):
        full_backup.restore(_edit(text, change), workspace.paths.backups, replace=True)
    assert db_fingerprint() == before
    assert list_backups(workspace.paths.backups, "before-restore") == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nests too deeply"),
        (b'{"format": "runlift-backup", "format_version": 1, "schema_version": NaN}', "NaN"),
        (b"[1, 2, 3]", "not a Runlift backup"),
    ],
    ids=["empty", "binary", "deep", "nan", "a list"],
)
def test_broken_and_hostile_files_change_nothing(workspace: Workspace, data: bytes, message: str) -> None:
    before = db_fingerprint()
    with pytest.raises(BackupFormatError, match=message):
        full_backup.restore(data, workspace.paths.backups, replace=True)
    assert db_fingerprint() == before


def test_a_truncated_file_changes_nothing(workspace: Workspace, backup_of_a_plan: tuple[str, Any]) -> None:
    text, _ = backup_of_a_plan
    before = db_fingerprint()
    with pytest.raises(BackupFormatError, match="not valid JSON"):
        full_backup.restore(text.encode()[: len(text) // 2], workspace.paths.backups, replace=True)
    assert db_fingerprint() == before


def test_a_huge_file_is_refused_before_it_is_read(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backup_of_a_plan: tuple[str, Any]
) -> None:
    text, _ = backup_of_a_plan
    monkeypatch.setattr(json_backup, "MAX_BACKUP_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(text)
    with pytest.raises(BackupFormatError, match="over the limit of 1,000 bytes"):
        full_backup.read_backup(big)
    with pytest.raises(BackupFormatError, match="over the limit"):
        full_backup.restore(text.encode(), workspace.paths.backups)


def test_a_file_of_countless_tiny_values_is_refused_before_it_is_parsed(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under the byte limit, "[],[],..." would take Python about 25 times its size to parse (5 GB for 200 MB)."""
    monkeypatch.setattr(json_backup, "MAX_BACKUP_VALUES", 10_000)
    monkeypatch.setattr(json_backup.json, "loads", _never_parsed)
    head = b'{"format": "runlift-backup", "tables": {"session": {"columns": ["id"], "rows": ['
    data = head + b"[]," * 10_000 + b"[]]}}}"
    before = db_fingerprint()
    with pytest.raises(BackupFormatError, match="holds up to 20,008 values, over the limit of 10,000"):
        full_backup.restore(data, workspace.paths.backups, replace=True)
    assert db_fingerprint() == before


def test_the_value_count_bounds_a_real_backup_from_above(backup_of_a_plan: tuple[str, Any]) -> None:
    """Every value is counted at least once (its comma or bracket), so a limit at the count lets the file in."""
    text, _ = backup_of_a_plan
    data = text.encode()
    values = data.count(b",") + data.count(b"[") + data.count(b"{")
    assert values >= _count_values(json.loads(text))
    json_backup.read_document(data, max_values=values)
    with pytest.raises(BackupFormatError, match="over the limit"):
        json_backup.read_document(data, max_values=values - 1)


def _never_parsed(*_args: object, **_kwargs: object) -> object:
    raise AssertionError("the file was parsed")


def _count_values(raw: object) -> int:
    if isinstance(raw, dict):
        return 1 + sum(_count_values(value) for value in raw.values())
    if isinstance(raw, list):
        return 1 + sum(_count_values(value) for value in raw)
    return 1


def test_a_backup_from_an_older_schema_is_upgraded_on_the_way_in(workspace: Workspace) -> None:
    """Version 1 had no settings table and fewer exercise columns: the later migrations fill them in."""
    old = sqlite3.connect(TEST_DATA / "runlift-schema-v1.sqlite")
    names = [r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    tables = {}
    for name in names:
        cursor = old.execute(f'SELECT * FROM "{name}"')
        tables[name] = TableRows(tuple(c[0] for c in cursor.description), [tuple(r) for r in cursor.fetchall()])
    document = json_backup.build_document(tables, app_version="0.0.1", schema_version=1, exported_at=MONDAY_NOON)
    sessions_before = old.execute("SELECT * FROM session ORDER BY id").fetchall()
    old.close()
    result = full_backup.restore(json.dumps(document).encode(), workspace.paths.backups)
    assert result.schema_version == 1
    after = m.database.execute_sql("SELECT * FROM session ORDER BY id").fetchall()
    assert [row[: len(sessions_before[0])] for row in after] == sessions_before  # later columns come after
    assert m.Exercise.select().count() == 1
    assert m.Exercise.get().defaults == "{}"  # a column migration 3 added, with its default
    assert m.Setting.select().count() == 0


def test_replacing_rows_is_one_transaction(workspace: Workspace, backup_of_a_plan: tuple[str, Any]) -> None:
    """Rows that break a foreign key (past every check) roll back the deletes made before them."""
    example_week.add_example_week(MONDAY, 0)
    before = db_fingerprint()
    tables = read_all_rows()
    broken = TableRows(tables["lift_detail"].columns, [(424_242, "lower", "heavy")])
    with pytest.raises(ValueError, match="foreign keys"):
        replace_all_rows({**tables, "lift_detail": broken, "session": TableRows(tables["session"].columns, [])})
    assert db_fingerprint() == before


def test_check_ins_survive_backup_and_restore(tmp_path: Path) -> None:
    """Issue 10: the daily check-ins are in the backup (the table is in ALL_MODELS) and come back exactly."""
    from planner.domain.checkin import CheckIn
    from planner.services import checkins

    source = open_workspace(Paths(tmp_path / "with-checkins"))
    try:
        kept = checkins.save(
            CheckIn(day=MONDAY, sleep_hours=5.5, sleep_quality=2, soreness_legs=7, energy=2, body_mass_kg=61.4,
                    resting_hr=52, note="late flight")
        )  # fmt: skip
        text = full_backup.backup_text()
    finally:
        source.close()
    assert "late flight" in json.loads(text)["tables"]["checkin"]["rows"][0]
    target = open_workspace(Paths(tmp_path / "restored"))
    try:
        full_backup.restore(text.encode(), target.paths.backups)
        assert checkins.on(MONDAY) == kept
    finally:
        target.close()
