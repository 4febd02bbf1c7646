"""The JSON backup document: every row of every table, with the versions needed to read it back.

The shape (README: "Exporting and backups")::

    {"format": "runlift-backup", "format_version": 1, "app_version": "0.1.0", "schema_version": 3,
     "exported_at": "2026-11-23T07:00:00+00:00",
     "tables": {"session": {"columns": ["id", "day", ...], "rows": [[1, "2026-11-23", ...], ...]}, ...}}

Values are stored exactly as SQLite holds them (dates as ISO text, booleans as 0/1), so a restore
reproduces every row. This module only knows the document; which tables and columns it must hold is
the store's business (planner/store/all_rows.py). Files are treated as hostile: a size limit, no NaN or
Infinity, no nesting deeper than the shape, a plain message for every problem.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

FORMAT_NAME = "runlift-backup"
FORMAT_VERSION = 1
# ten years of history (~4,000 sessions, ~60,000 sets) is about 4.5 MB; far above that is not a backup
MAX_BACKUP_BYTES = 200_000_000
# Parsed JSON costs Python about 60 bytes a value, so the byte limit alone lets a hostile file of tiny values
# ("[],[],..." 200 MB) take 5 GB to parse. Thirty years of history (13,000 sessions, 180,000 sets) is 2.8 million
# values; this allows four times that, about 1 GB at worst, and is counted on the bytes before parsing.
MAX_BACKUP_VALUES = 12_000_000

Value = None | int | float | str


class BackupFormatError(ValueError):
    """The file is not a backup this Runlift can restore; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class TableRows:
    columns: tuple[str, ...]
    rows: list[tuple[Value, ...]]


@dataclass(frozen=True, slots=True)
class BackupDocument:
    schema_version: int
    app_version: str
    exported_at: str
    tables: dict[str, TableRows]


def build_document(
    tables: dict[str, TableRows], *, app_version: str, schema_version: int, exported_at: datetime
) -> dict[str, Any]:
    """The document as plain JSON data; tables keep the order given."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "schema_version": schema_version,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "tables": {name: {"columns": list(t.columns), "rows": [list(r) for r in t.rows]} for name, t in tables.items()},
    }


def write_document(document: dict[str, Any], stream: IO[str]) -> None:
    """One table row per line: diffable, and still a fraction of the size of indented JSON."""
    head = {key: value for key, value in document.items() if key != "tables"}
    stream.write("{\n")
    for key, value in head.items():
        stream.write(f"{json.dumps(key)}: {json.dumps(value, allow_nan=False)},\n")
    stream.write('"tables": {')
    for t, (name, table) in enumerate(document["tables"].items()):
        stream.write("," if t else "")
        stream.write(f'\n{json.dumps(name)}: {{"columns": {json.dumps(table["columns"])}, "rows": [')
        for r, row in enumerate(table["rows"]):
            stream.write(("," if r else "") + "\n  " + json.dumps(row, ensure_ascii=False, allow_nan=False))
        stream.write("]}")
    stream.write("\n}\n}\n")


def read_document(data: bytes, *, max_bytes: int | None = None, max_values: int | None = None) -> BackupDocument:
    """Parse and check the document's shape (not yet its tables against a schema)."""
    check_size(len(data), max_bytes)
    _check_values(data, MAX_BACKUP_VALUES if max_values is None else max_values)
    try:
        raw = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as exc:
        raise BackupFormatError("the file is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise BackupFormatError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:
        raise BackupFormatError("the JSON nests too deeply") from exc
    except BackupFormatError:
        raise  # NaN or Infinity, refused by name
    except ValueError as exc:  # an integer of over 4,300 digits (Python's limit on reading one)
        raise BackupFormatError("the file holds a number too long to be one") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise BackupFormatError('not a Runlift backup (no "format": "runlift-backup")')
    format_version = _field(raw, "format_version", int)
    if format_version != FORMAT_VERSION:
        raise BackupFormatError(
            f"backup format {format_version} is not one this Runlift reads (it reads format {FORMAT_VERSION})"
        )
    schema_version = _field(raw, "schema_version", int)
    if schema_version < 1:
        raise BackupFormatError(f"schema_version must be 1 or more, not {schema_version}")
    tables = _field(raw, "tables", dict)
    return BackupDocument(
        schema_version=schema_version,
        app_version=_field(raw, "app_version", str),
        exported_at=_field(raw, "exported_at", str),
        tables={_table_name(name): _table(name, value) for name, value in tables.items()},
    )


def check_size(size: int, max_bytes: int | None = None) -> None:
    """Raises BackupFormatError for a file over the limit (MAX_BACKUP_BYTES unless given)."""
    limit = MAX_BACKUP_BYTES if max_bytes is None else max_bytes
    if size > limit:
        raise BackupFormatError(f"the file is {size:,} bytes, over the limit of {limit:,} bytes for a backup")


def _check_values(data: bytes, limit: int) -> None:
    """Refuses more values than a backup holds before parsing them. Every value but the last in a list or object
    is followed by a comma, and lists and objects are values themselves, so the count is an upper bound (commas
    and brackets inside text count too, which only makes it safer)."""
    values = data.count(b",") + data.count(b"[") + data.count(b"{")
    if values > limit:
        raise BackupFormatError(
            f"the file holds up to {values:,} values, over the limit of {limit:,} for a backup "
            "(thirty years of training is under 3 million)"
        )


def _refuse_constant(name: str) -> float:
    raise BackupFormatError(f"{name} is not a number a backup can hold")


def _field(raw: dict[str, Any], key: str, kind: type) -> Any:
    value = raw.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise BackupFormatError(f"{key!r} is missing or not {kind.__name__}")
    return value


def _table_name(name: str) -> str:
    if not name.isidentifier():
        raise BackupFormatError(f"{name!r} is not a table name")
    return name


def _table(name: str, raw: object) -> TableRows:
    if not isinstance(raw, dict):
        raise BackupFormatError(f"tables.{name} is not an object")
    columns = raw.get("columns")
    rows = raw.get("rows")
    if not isinstance(columns, list) or not all(isinstance(c, str) and c.isidentifier() for c in columns):
        raise BackupFormatError(f"tables.{name}.columns is not a list of column names")
    if len(set(columns)) != len(columns):
        raise BackupFormatError(f"tables.{name}.columns names a column twice")
    if not isinstance(rows, list):
        raise BackupFormatError(f"tables.{name}.rows is not a list")
    checked = []
    for i, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != len(columns):
            raise BackupFormatError(f"tables.{name}.rows[{i}] is not a list of {len(columns)} values")
        for value in row:
            if not _is_value(value):
                if isinstance(value, str):
                    raise BackupFormatError(f"tables.{name}.rows[{i}] holds text that is not valid Unicode")
                raise BackupFormatError(f"tables.{name}.rows[{i}] holds {type(value).__name__}, not a plain value")
        checked.append(tuple(row))
    return TableRows(tuple(columns), checked)


def _is_value(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        try:
            value.encode("utf-8")  # a lone surrogate ("\\ud800") is valid JSON but not text SQLite can hold
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -(2**63) <= value < 2**63  # what SQLite's INTEGER holds
    return isinstance(value, float) and math.isfinite(value)
