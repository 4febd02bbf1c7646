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


def _payload(data: QMimeData, mime: str) -> dict[str, object] | None:
    if data is None or not data.hasFormat(mime):
        return None
    try:
        decoded = json.loads(bytes(data.data(mime).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    return decoded if isinstance(decoded, dict) else None


def session_ids_from(data: QMimeData) -> list[int]:
    """The ids carried, or [] for anything malformed (a drop from elsewhere is never trusted)."""
    payload = _payload(data, SESSIONS_MIME)
    ids = payload.get("sessions") if payload else None
    if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return []
    return ids


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
    if data is None or not data.hasFormat(EXERCISES_MIME):
        return []
    try:
        payload = json.loads(bytes(data.data(EXERCISES_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    ids = payload.get("exercises") if isinstance(payload, dict) else None
    if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return []
    return ids


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
