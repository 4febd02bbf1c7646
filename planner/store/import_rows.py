"""What the importer asks the database: which activities are already in, and marks for cross-training.

Runs keep their fingerprint and start time in ``run_detail`` (``file_hash`` is unique). Cross-training has
no detail table, so an imported one leaves a mark in ``setting`` instead: key ``import:<start>|<fingerprint>``
(start to the second, so a key range finds the activities that began near a time), value the session id.
A mark whose session was deleted no longer counts.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from planner.store import models as m

MARK_PREFIX = "import:"


def run_with_fingerprint(fingerprint: str) -> int | None:
    row = m.RunDetail.get_or_none(m.RunDetail.file_hash == fingerprint)
    return row.session_id if row is not None else None


def runs_started_near(start: datetime, within: timedelta) -> list[tuple[int, float | None]]:
    """(session id, distance) of the runs whose recorded start is within ``within`` of ``start``."""
    query = m.RunDetail.select(m.RunDetail.session, m.RunDetail.distance_m).where(
        m.RunDetail.start_time.between(start - within, start + within)
    )
    return [(row.session_id, row.distance_m) for row in query]


def mark_key(start: datetime, fingerprint: str) -> str:
    return f"{MARK_PREFIX}{start:%Y-%m-%dT%H:%M:%S}|{fingerprint}"


def add_mark(start: datetime, fingerprint: str, session_id: int, distance_m: float | None) -> None:
    value = json.dumps({"session": session_id, "distance_m": distance_m})
    m.Setting.insert(key=mark_key(start, fingerprint), value=value).on_conflict_replace().execute()


def remove_mark(start: datetime, fingerprint: str) -> None:
    m.Setting.delete().where(m.Setting.key == mark_key(start, fingerprint)).execute()


def marked_with_fingerprint(fingerprint: str) -> int | None:
    rows = m.Setting.select().where(m.Setting.key.startswith(MARK_PREFIX) & m.Setting.key.endswith(f"|{fingerprint}"))
    return next((sid for row in rows if (sid := _live_session(row.value)) is not None), None)


def marked_near(start: datetime, within: timedelta) -> list[tuple[int, float | None]]:
    """(session id, distance) of imported cross-training that began within ``within`` of ``start``."""
    low = f"{MARK_PREFIX}{start - within:%Y-%m-%dT%H:%M:%S}"
    high = f"{MARK_PREFIX}{start + within:%Y-%m-%dT%H:%M:%S}|\uffff"
    found = []
    for row in m.Setting.select().where(m.Setting.key.between(low, high)):
        session_id = _live_session(row.value)
        if session_id is not None:
            found.append((session_id, json.loads(row.value).get("distance_m")))
    return found


def _live_session(value: str) -> int | None:
    try:
        session_id = json.loads(value).get("session")
    except (ValueError, AttributeError):
        return None
    if not isinstance(session_id, int):
        return None
    return session_id if m.Session.select().where(m.Session.id == session_id).exists() else None
