"""Small key/value flags kept in the database (not window state: that lives in window.ini)."""

from __future__ import annotations

from planner.store import models as m


def get_flag(key: str, default: str | None = None) -> str | None:
    row = m.Setting.get_or_none(m.Setting.key == key)
    return row.value if row is not None else default


def set_flag(key: str, value: str) -> None:
    m.Setting.insert(key=key, value=value).on_conflict_replace().execute()


def set_flag_once(key: str, value: str) -> str:
    """Store ``value`` unless the key exists (two processes at once agree on the first); returns what is stored."""
    with m.database.atomic():
        m.Setting.insert(key=key, value=value).on_conflict_ignore().execute()
    return str(get_flag(key))
