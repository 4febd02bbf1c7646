"""Create, update, move, copy, delete and restore sessions, each in one transaction.

Positions within a day stay dense (0, 1, 2, ...). Every call returns what an undo needs: ``delete``
returns the whole session (with its id and sets) so that ``restore`` can put it back exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from planner.domain.dates import day_problem
from planner.domain.enums import Source, Status
from planner.domain.session import Session
from planner.domain.week import Week, week_days
from planner.store import session_rows as rows
from planner.store.errors import NotFoundError
from planner.store.transaction import transaction


def week_of(day: date, first_weekday: int = 0) -> Week:
    days = week_days(day, first_weekday)
    return Week.of(days, rows.sessions_between(days[0], days[-1]))


def sessions_between(start: date, end: date) -> list[Session]:
    return rows.sessions_between(start, end)


def get(session_id: int) -> Session:
    return rows.get_session(session_id)


def create(session: Session, position: int | None = None) -> Session:
    """Save a new session on ``session.day`` at ``position`` (default: the end of the day)."""
    if session.id is not None:
        raise ValueError("create takes an unsaved session; use restore to put a deleted one back")
    return _insert(session, position, checked=True)


def _insert(session: Session, position: int | None, checked: bool) -> Session:
    _check_day(session.day)
    with transaction():
        at = _clamp(session.day, position)
        rows.shift_positions(session.day, at, +1)
        planned = session.planned_day or session.day
        placed = replace(session, position=at, planned_day=planned)
        new_id = rows.insert_session(_keepable(placed) if checked else placed)
        return rows.get_session(new_id)


def unkeepable(session: Session) -> str | None:
    """Why saving ``session`` would hold what a restore refuses (notes past a million characters, a 1,001st
    set), or None: for the window to ask before it pushes an edit that create or update would refuse.

    A saved session that already holds such a value (stored before these checks) may still be changed:
    refusing would not mend it, only lock it; undoing a deletion puts back what was there, unchecked.
    """
    problem = day_problem(session.day) or rows.unreadable(session)
    if problem and session.id is not None:
        try:
            if rows.unreadable(rows.get_session(session.id)):
                return None
        except NotFoundError:
            pass
    return problem


def _keepable(session: Session) -> Session:
    problem = unkeepable(session)
    if problem:
        raise ValueError(f"this session cannot be kept ({problem})")
    return session


def update(session: Session, *, checked: bool = True) -> Session:
    """Replace a saved session's details, status and sets; its day and order change only through move.

    ``checked=False`` is for undo: it writes back exactly what was stored before, which may hold a value from
    before these checks (an edit that mended it is being taken back)."""
    with transaction():
        current = rows.get_session(_saved_id(session))
        placed = replace(session, day=current.day, position=current.position)
        rows.replace_session(_keepable(placed) if checked else placed)
        return rows.get_session(current.id)  # type: ignore[arg-type]


def set_status(session_id: int, status: Status) -> Session:
    with transaction():
        return update(replace(rows.get_session(session_id), status=status))


def set_statuses(statuses: Mapping[int, Status]) -> list[Session]:
    """Each session's new status, all in one transaction: one "Mark done" on several cards, or its undo, is
    kept whole or not at all (a kill after the first card's write left the rest planned)."""
    with transaction():
        return [set_status(session_id, status) for session_id, status in statuses.items()]


def move(session_id: int, day: date, position: int | None = None, *, checked: bool = True) -> Session:
    """Put a session on ``day`` at ``position`` (default: the end); the originally planned day is kept.
    ``checked=False`` is for undo: back to the day it came from, even one from before the checks."""
    if checked:
        _check_day(day)
    with transaction():
        current = rows.get_session(session_id)
        rows.shift_positions(current.day, current.position + 1, -1)
        # park it out of the day's order while the gap is opened
        rows.place(session_id, current.day, -1)
        at = _clamp(day, position, exclude=session_id)
        rows.shift_positions(day, at, +1)
        rows.place(session_id, day, at)
        return replace(current, day=day, position=at)


def copy(session_id: int, day: date, position: int | None = None) -> Session:
    """A planned copy on ``day``: same content, nothing logged, a manual session of its own."""
    with transaction():
        original = rows.get_session(session_id)
        duplicate = replace(
            original,
            id=None,
            day=day,
            planned_day=day,
            status=Status.PLANNED,
            source=Source.MANUAL,
            sets=tuple(s.as_planned() for s in original.sets),
        )
        if duplicate.run is not None:
            # the steps stay (a structured session is copied to be run again); what one run recorded does not
            recorded = {"file_hash": None, "start_time": None, "laps": (), "planned_distance_m": None,
                        "planned_duration_s": None}  # fmt: skip
            duplicate = replace(duplicate, run=replace(duplicate.run, **recorded))  # type: ignore[arg-type]
        # a copy is no worse than its original: one stored before these checks is copied as it is
        return _insert(duplicate, position, checked=rows.unreadable(original) is None)


def delete(session_id: int) -> Session:
    """Delete a session; returns it whole so restore() can undo the deletion."""
    with transaction():
        gone = rows.get_session(session_id)
        rows.delete_session_row(session_id)
        rows.shift_positions(gone.day, gone.position + 1, -1)
        return gone


def restore(session: Session) -> Session:
    """Put back a session returned by delete(), with its id, position and set ids."""
    with transaction():
        at = _clamp(session.day, session.position)
        rows.shift_positions(session.day, at, +1)
        rows.insert_session(replace(session, position=at))
        return rows.get_session(_saved_id(session))


def delete_many(session_ids: list[int]) -> list[Session]:
    """Delete several sessions in one transaction; restore_many() of the result undoes it."""
    with transaction():
        return [delete(i) for i in session_ids]


def restore_many(deleted: list[Session]) -> list[Session]:
    """Undo delete_many(): restoring in reverse order puts every session back at its old position."""
    with transaction():
        return [restore(s) for s in reversed(deleted)][::-1]


def delete_where_source(source: Source) -> list[Session]:
    """Delete every session from one source (e.g. the example week) in one transaction."""
    ids = rows.ids_with_source(source.value)
    return delete_many(ids)


def count_by_source(source: Source) -> int:
    return rows.count_with_source(source.value)


def _check_day(day: date) -> None:
    """A session on a day Runlift does not keep would make every later backup one a restore refuses."""
    problem = day_problem(day)
    if problem:
        raise ValueError(problem)


def _clamp(day: date, position: int | None, exclude: int | None = None) -> int:
    count = rows.count_on(day, excluding=exclude)
    if position is None or position > count:
        return count
    if position < 0:
        raise ValueError("position cannot be negative")
    return position


def _saved_id(session: Session) -> int:
    if session.id is None:
        raise ValueError("this session was never saved")
    return session.id
