"""Personal records of sessions: for the week's cards and for the status bar after an edit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from planner.domain.enums import MassUnit
from planner.domain.session import Session
from planner.store import exercise_rows, record_rows
from planner.store import session_rows as rows
from planner.store.errors import NotFoundError
from planner.store.profile_rows import get_profile

if TYPE_CHECKING:  # the engine's records load with the first records read, after the window's first paint (issue 21)
    from planner.engine.records import Record

__all__ = ["announcement", "describe", "records_of", "session_records", "warm_up", "warming_up"]


def records_of(sessions: Sequence[Session], since: date) -> dict[int, tuple[Record, ...]]:
    """Records set in ``sessions`` (with their sets; none earlier than ``since``), by session id.

    One read of the history before ``since``, and none at all when nothing in them is logged.
    """
    from planner.engine.records import Bests, find_records, wanted_loads

    wanted = wanted_loads(sessions)
    if not wanted:
        return {}
    bests = record_rows.bests_before(since, wanted)
    found: dict[int, list[Record]] = {}
    for record in find_records(sessions, Bests(bests.e1rm, bests.reps)):
        found.setdefault(record.session_id, []).append(record)
    return {session_id: tuple(records) for session_id, records in found.items()}


def warm_up() -> None:
    """Begin reading the history records are measured against, in the background: the window's first week is
    drawn without records, which follow a moment later and should find that history read."""
    record_rows.warm_up()


def warming_up() -> bool:
    """Whether the background read ``warm_up`` started is still running: reading records now would wait for it
    (0.1-0.4 s on 10-30 years), so a window that can retry a moment later should."""
    return record_rows.warm_up_running()


def session_records(session_id: int) -> tuple[Record, ...]:
    """The records one session holds now, against everything logged before it (earlier days, and
    earlier on its own day): what the calendar compares before and after an edit."""
    try:
        session = rows.get_session(session_id)
    except NotFoundError:  # deleted meanwhile (an undo): it holds nothing
        return ()
    same_day = rows.sessions_between(session.day, session.day)
    upto = next((i for i, s in enumerate(same_day) if s.id == session_id), None)
    if upto is None:
        return ()
    return records_of(same_day[: upto + 1], session.day).get(session_id, ())


def describe(records: Iterable[Record], unit: MassUnit | None = None) -> list[str]:
    """Each record in plain words, loads in the profile's mass unit."""
    chosen = list(records)
    if not chosen:
        return []
    names = exercise_rows.exercise_names(r.exercise_id for r in chosen)
    unit = unit or get_profile().mass_unit
    return [r.describe(names.get(r.exercise_id, "Exercise"), unit) for r in chosen]


def announcement(records: Iterable[Record], unit: MassUnit | None = None) -> str:
    """The status-bar line for records just set: "New record! Back squat: e1RM 112.5 kg (was 108.3)"."""
    lines = describe(records, unit)
    if not lines:
        return ""
    return ("New record! " if len(lines) == 1 else "New records! ") + "; ".join(lines)
