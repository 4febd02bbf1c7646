"""Small key/value flags kept in the database (not window state: that lives in window.ini)."""

from __future__ import annotations

from planner.store import models as m


def get_flag(key: str, default: str | None = None) -> str | None:
    # plain SQL: the window reads six flags before its first paint, and peewee builds each query in 0.17-0.35 ms
    # where this takes 0.005 ms (issue 21)
    row = m.database.execute_sql('SELECT "value" FROM "setting" WHERE "key" = ?', (key,)).fetchone()
    if row is None or row[0] is None:
        return default
    value = row[0]  # text as the app writes it; a blob or a number only if another program wrote the file
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def set_flag(key: str, value: str) -> None:
    m.Setting.insert(key=key, value=value).on_conflict_replace().execute()


def delete_flag(key: str) -> None:
    m.Setting.delete().where(m.Setting.key == key).execute()


def set_flag_once(key: str, value: str) -> str:
    """Store ``value`` unless the key exists (two processes at once agree on the first); returns what is stored."""
    with m.database.atomic():
        m.Setting.insert(key=key, value=value).on_conflict_ignore().execute()
    return str(get_flag(key))
