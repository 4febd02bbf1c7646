"""One transaction around a use case: the services' only handle on the database connection."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Any

from peewee import SqliteDatabase as Database

from planner.store import models as m

__all__ = ["Database", "connection", "transaction"]


def transaction() -> AbstractContextManager[object]:
    """Everything inside commits together or not at all (nested calls become savepoints)."""
    return m.database.atomic()


def connection() -> sqlite3.Connection:
    """The open sqlite3 connection, for the backup API."""
    opened: sqlite3.Connection = m.database.connection()
    return opened


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """A select's rows as plain tuples (peewee's stubs type a select as yielding models)."""
    return [tuple(row) for row in query.tuples()]
