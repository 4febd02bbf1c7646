"""Small key/value flags kept in the database (not window state: that lives in window.ini)."""

from __future__ import annotations

from planner.store import models as m


def get_flag(key: str, default: str | None = None) -> str | None:
    row = m.Setting.get_or_none(m.Setting.key == key)
    return row.value if row is not None else default


def set_flag(key: str, value: str) -> None:
    m.Setting.insert(key=key, value=value).on_conflict_replace().execute()
