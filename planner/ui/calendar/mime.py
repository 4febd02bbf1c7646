"""The calendar's drag-and-drop and clipboard payloads: JSON under Runlift's own MIME types."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData

SESSIONS_MIME = "application/x-runlift-sessions+json"
TEMPLATE_MIME = "application/x-runlift-session-template+json"
EXERCISES_MIME = "application/x-runlift-exercises+json"
GHOST_MIME = "application/x-runlift-suggestion+json"  # a dashed card: its place in the shown suggestions


def sessions_mime(session_ids: list[int], titles: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(SESSIONS_MIME, QByteArray(json.dumps({"sessions": session_ids}).encode()))
    data.setText("\n".join(titles))
    return data


def template_mime(key: str, label: str) -> QMimeData:
    data = QMimeData()
    data.setData(TEMPLATE_MIME, QByteArray(json.dumps({"template": key}).encode()))
    data.setText(label)
    return data


MAX_PAYLOAD_BYTES = 1_000_000  # a week's ids are a few dozen bytes; more is not Runlift's
MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger one overflowed the query that looked it up


def _payload(data: QMimeData | None, mime: str) -> dict[str, object] | None:
    """The JSON object under ``mime``, or None for anything else: a drop or paste from elsewhere is never
    trusted (50,000 nested brackets overflowed the decoder's recursion, in a paint of the drop target)."""
    if data is None or not data.hasFormat(mime):
        return None
    raw = bytes(data.data(mime).data())
    if len(raw) > MAX_PAYLOAD_BYTES:
        return None
    try:
        decoded = json.loads(raw.decode())
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return decoded if isinstance(decoded, dict) else None


def _ids(payload: dict[str, object] | None, key: str) -> list[int]:
    """The row ids under ``key``: whole numbers a table can hold, each once, in order; [] if any is not."""
    ids = payload.get(key) if payload else None
    if not isinstance(ids, list) or not all(type(i) is int and 0 < i <= MAX_ID for i in ids):
        return []
    return list(dict.fromkeys(ids))  # the same card twice moved as three sessions and landed a row off


def session_ids_from(data: QMimeData) -> list[int]:
    """The ids carried, or [] for anything malformed (a drop from elsewhere is never trusted)."""
    return _ids(_payload(data, SESSIONS_MIME), "sessions")


def template_key_from(data: QMimeData) -> str | None:
    payload = _payload(data, TEMPLATE_MIME)
    key = payload.get("template") if payload else None
    return key if isinstance(key, str) else None


def exercises_mime(exercise_ids: list[int], names: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(EXERCISES_MIME, QByteArray(json.dumps({"exercises": exercise_ids}).encode()))
    data.setText("\n".join(names))
    return data


def exercise_ids_from(data: QMimeData | None) -> list[int]:
    return _ids(_payload(data, EXERCISES_MIME), "exercises")


def ghost_mime(index: int, week_start: str, title: str) -> QMimeData:
    data = QMimeData()
    data.setData(GHOST_MIME, QByteArray(json.dumps({"ghost": index, "week": week_start}).encode()))
    data.setText(title)
    return data


def ghost_from(data: QMimeData | None) -> tuple[int, str] | None:
    """(index among the shown suggestions, the week it was shown in), or None for anything else."""
    if data is None:
        return None
    payload = _payload(data, GHOST_MIME)
    if not payload:
        return None
    index, week = payload.get("ghost"), payload.get("week")
    if not isinstance(index, int) or isinstance(index, bool) or not isinstance(week, str):
        return None
    return index, week
