"""Every row of every table in ALL_MODELS, read and replaced generically (the JSON backup's store side).

Nothing here names a table it copies: a model appended to ALL_MODELS (with its migration) is backed up
and restored without a change here. A backup is checked in a scratch in-memory database built by the
same numbered migrations up to the backup's schema version, so SQLite itself checks NOT NULL, UNIQUE
and foreign keys; the scratch is then upgraded by the remaining migrations, which is how a backup from
an older Runlift is read.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from peewee import sort_models  # type: ignore[attr-defined]  # public in peewee, missing from its stubs

from planner.io.json_backup import BackupDocument, BackupFormatError, TableRows, Value
from planner.store import models as m
from planner.store.migrations import MIGRATIONS, SCHEMA_VERSION
from planner.store.row_rules import first_problem

# tables the app fills by itself: rows there alone do not make a database "hold data" (see has_user_data)
_APP_FILLED = {m.Profile, m.Setting, m.Exercise, m.ExerciseImage}


def _models() -> list[type[m.BaseModel]]:
    """Parents before children, so inserts meet their foreign keys and deletes their RESTRICTs."""
    return list(sort_models(list(m.ALL_MODELS)))


def _columns(model: type[m.BaseModel]) -> tuple[str, ...]:
    return tuple(field.column_name for field in model._meta.sorted_fields)


def _table(model: type[m.BaseModel]) -> str:
    return str(model._meta.table_name)


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def read_all_rows() -> dict[str, TableRows]:
    """Every row as SQLite stores it, tables in ALL_MODELS order, rows by primary key."""
    tables = {}
    for model in m.ALL_MODELS:
        columns = _columns(model)
        query = f'SELECT {_quoted(columns)} FROM "{_table(model)}" ORDER BY {_quoted(_primary_key(model))}'
        tables[_table(model)] = TableRows(columns, [tuple(r) for r in m.database.execute_sql(query).fetchall()])
    return tables


def _primary_key(model: type[m.BaseModel]) -> tuple[str, ...]:
    pk = model._meta.primary_key
    assert pk, f"{model.__name__} has a primary key"  # every Runlift table does
    fields = getattr(pk, "field_names", None)
    if fields:  # a composite key
        return tuple(model._meta.fields[f].column_name for f in fields)
    return (pk.column_name,)


def has_user_data() -> bool:
    """True when restoring would replace something the user made: any session, set, race or row of a
    table the app does not fill itself, or an exercise or photo the user added, edited or hid."""
    for model in m.ALL_MODELS:
        if model not in _APP_FILLED and model.select().limit(1).exists():
            return True
    own = m.Exercise.select().where(
        (m.Exercise.builtin == False) | (m.Exercise.edited == True) | (m.Exercise.hidden == True)  # noqa: E712
    )
    photos = m.ExerciseImage.select().where(m.ExerciseImage.kind != "illustration")
    return own.exists() or photos.exists()


def checked_rows(document: BackupDocument) -> dict[str, TableRows]:
    """The document's rows as today's schema holds them; raises BackupFormatError naming the first problem.

    Nothing outside a scratch in-memory database is touched.
    """
    version = document.schema_version
    if version > SCHEMA_VERSION:
        raise BackupFormatError(
            f"the backup was made by a newer Runlift (schema {version}; this version reads up to {SCHEMA_VERSION})"
        )
    scratch = sqlite3.connect(":memory:")
    try:
        _build_schema(scratch, up_to=version)
        _load(scratch, document)
        _upgrade(scratch, after=version)
        problem = first_problem(scratch)
        if problem:
            raise BackupFormatError(problem)
        return {_table(model): TableRows(_columns(model), _scratch_rows(scratch, model)) for model in m.ALL_MODELS}
    finally:
        scratch.close()


def _build_schema(scratch: sqlite3.Connection, up_to: int) -> None:
    for step in MIGRATIONS:
        if step.version <= up_to:
            for statement in step.statements:
                scratch.execute(statement)
    for (name,) in scratch.execute(_TABLES).fetchall():
        scratch.execute(f'DELETE FROM "{name}"')  # the migrations seed rows (the profile); the backup has its own


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"


def _load(scratch: sqlite3.Connection, document: BackupDocument) -> None:
    expected = {name for (name,) in scratch.execute(_TABLES).fetchall()}
    found = set(document.tables)
    if found != expected:
        missing, unknown = sorted(expected - found), sorted(found - expected)
        parts = ([f"missing {', '.join(missing)}"] if missing else []) + (
            [f"unknown {', '.join(unknown)}"] if unknown else []
        )
        raise BackupFormatError(f"the tables do not match schema {document.schema_version}: {'; '.join(parts)}")
    for name, table in document.tables.items():
        info = {row[1]: (row[2].upper(), bool(row[3]) or bool(row[5])) for row in scratch.execute(
            f'PRAGMA table_info("{name}")'
        )}  # fmt: skip
        if set(table.columns) != set(info):
            raise BackupFormatError(f"tables.{name}.columns must be {', '.join(sorted(info))}")
        for i, row in enumerate(table.rows):
            for column, value in zip(table.columns, row, strict=True):
                declared, required = info[column]
                problem = _type_problem(value, declared, required)
                if problem:
                    raise BackupFormatError(f"tables.{name}.rows[{i}].{column}: {problem}")
        marks = ", ".join("?" * len(table.columns))
        try:
            scratch.executemany(f'INSERT INTO "{name}" ({_quoted(table.columns)}) VALUES ({marks})', table.rows)
        except sqlite3.IntegrityError as exc:
            raise BackupFormatError(f"tables.{name}: {exc}") from exc
    _check_foreign_keys(scratch)


def _type_problem(value: Value, declared: str, required: bool) -> str | None:
    if value is None:
        return "a value is required" if required else None
    if declared in ("DATE", "DATETIME"):
        if not isinstance(value, str):
            return f"expected an ISO {declared.lower()}, got {value!r}"
        try:
            (date if declared == "DATE" else datetime).fromisoformat(value)
        except ValueError:
            return f"expected an ISO {declared.lower()}, got {value!r}"
        return None
    if "INT" in declared:
        return None if isinstance(value, int) else f"expected an integer, got {value!r}"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return None if isinstance(value, int | float) else f"expected a number, got {value!r}"
    if any(word in declared for word in ("CHAR", "TEXT", "CLOB")):
        return None if isinstance(value, str) else f"expected text, got {value!r}"
    return f"column type {declared} cannot be restored"


def _check_foreign_keys(scratch: sqlite3.Connection) -> None:
    broken = scratch.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise BackupFormatError(
            f"tables.{table}: row {rowid} refers to a {parent} that is not in the backup "
            f"({len(broken)} broken reference{'s' if len(broken) > 1 else ''})"
        )


def _upgrade(scratch: sqlite3.Connection, after: int) -> None:
    for step in MIGRATIONS:
        if step.version > after:
            try:
                for statement in step.statements:
                    scratch.execute(statement)
            except sqlite3.Error as exc:
                raise BackupFormatError(f"upgrading the backup to schema {step.version} failed: {exc}") from exc
    _check_foreign_keys(scratch)


def _scratch_rows(scratch: sqlite3.Connection, model: type[m.BaseModel]) -> list[tuple[Value, ...]]:
    query = f'SELECT {_quoted(_columns(model))} FROM "{_table(model)}" ORDER BY {_quoted(_primary_key(model))}'
    return scratch.execute(query).fetchall()


def replace_all_rows(tables: dict[str, TableRows]) -> None:
    """Delete every row of every ALL_MODELS table and insert ``tables`` instead, in one transaction."""
    models = _models()
    missing = {_table(model) for model in models} - set(tables)
    if missing:
        raise ValueError(f"no rows given for {', '.join(sorted(missing))}")
    with m.database.atomic():
        # checked at commit: rows can then go in whatever order the tables refer to each other
        m.database.execute_sql("PRAGMA defer_foreign_keys = ON")
        for model in reversed(models):
            m.database.execute_sql(f'DELETE FROM "{_table(model)}"')
        connection = m.database.connection()
        for model in models:
            table = tables[_table(model)]
            marks = ", ".join("?" * len(table.columns))
            connection.executemany(
                f'INSERT INTO "{_table(model)}" ({_quoted(table.columns)}) VALUES ({marks})', table.rows
            )
        broken = m.database.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ValueError(f"restored rows break {len(broken)} foreign keys, first in {broken[0][0]}")
