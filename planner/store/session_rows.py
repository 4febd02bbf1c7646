"""Sessions between rows and domain objects; one query per table per date range, never one per card."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from peewee import JOIN, ModelSelect

from planner.domain.enums import (
    Intensity,
    LiftFocus,
    RunType,
    SessionKind,
    Source,
    Status,
    TimeOfDay,
)
from planner.domain.session import LiftDetails, LiftSet, RunDetails, Session
from planner.store import models as m
from planner.store.errors import NotFoundError


def sessions_between(start: date, end: date) -> list[Session]:
    """Every session from ``start`` to ``end`` inclusive, ordered by day and position."""
    query = (
        _with_details()
        .where(m.Session.day.between(start, end))
        .order_by(m.Session.day, m.Session.position, m.Session.id)
    )
    rows = list(query)
    lift_ids = [row.id for row in rows if row.kind == SessionKind.LIFT]
    sets = sets_by_session(lift_ids)
    return [_to_domain(row, sets.get(row.id, ())) for row in rows]


def _with_details() -> ModelSelect:
    """Sessions with their run or lift details joined in: one query, not one per session."""
    return (
        m.Session.select(m.Session, m.RunDetail, m.LiftDetail)
        .join(m.RunDetail, JOIN.LEFT_OUTER, on=(m.RunDetail.session == m.Session.id), attr="run_row")
        .switch(m.Session)
        .join(m.LiftDetail, JOIN.LEFT_OUTER, on=(m.LiftDetail.session == m.Session.id), attr="lift_row")
    )


def sets_by_session(session_ids: Iterable[int]) -> dict[int, tuple[LiftSet, ...]]:
    ids = list(session_ids)
    grouped: dict[int, list[LiftSet]] = defaultdict(list)
    # chunks keep under SQLite's bound-parameter limit for long ranges
    for i in range(0, len(ids), 900):
        query = (
            m.LiftSet.select()
            .where(m.LiftSet.session.in_(ids[i : i + 900]))
            .order_by(m.LiftSet.session, m.LiftSet.position, m.LiftSet.id)
        )
        for row in query:
            grouped[row.session_id].append(_set_to_domain(row))
    return {key: tuple(value) for key, value in grouped.items()}


def get_session(session_id: int) -> Session:
    row = _with_details().where(m.Session.id == session_id).first()
    if row is None:
        raise NotFoundError("session", session_id)
    return _to_domain(row, sets_by_session([row.id]).get(row.id, ()))


def shift_positions(day: date, from_position: int, by: int) -> None:
    """Open (by=+1) or close (by=-1) a gap in a day's order at ``from_position``."""
    m.Session.update(position=m.Session.position + by).where(
        (m.Session.day == day) & (m.Session.position >= from_position)
    ).execute()


def insert_session(session: Session) -> int:
    """Insert the session with its details and sets; keeps ``session.id`` and set ids when given."""
    fields = _session_fields(session)
    if session.id is not None:
        fields["id"] = session.id
    session_id = m.Session.insert(**fields).execute()
    _insert_details(session_id, session)
    return session_id


def replace_session(session: Session) -> None:
    """Overwrite the stored row, details and sets of ``session.id`` with ``session``."""
    if session.id is None:
        raise ValueError("replace_session needs a saved session")
    updated = m.Session.update(**_session_fields(session)).where(m.Session.id == session.id).execute()
    if not updated:
        raise NotFoundError("session", session.id)
    m.RunDetail.delete().where(m.RunDetail.session == session.id).execute()
    m.LiftDetail.delete().where(m.LiftDetail.session == session.id).execute()
    m.LiftSet.delete().where(m.LiftSet.session == session.id).execute()
    _insert_details(session.id, session)


def delete_session_row(session_id: int) -> None:
    """Delete a session; details and sets go with it (ON DELETE CASCADE)."""
    m.Session.delete().where(m.Session.id == session_id).execute()


def _session_fields(session: Session) -> dict[str, object]:
    return {
        "day": session.day,
        "position": session.position,
        "kind": session.kind.value,
        "status": session.status.value,
        "time_of_day": session.time_of_day.value if session.time_of_day else None,
        "duration_s": session.duration_s,
        "rpe": session.rpe,
        "notes": session.notes,
        "source": session.source.value,
        "planned_day": session.planned_day,
    }


def _insert_details(session_id: int, session: Session) -> None:
    if session.run is not None:
        run = session.run
        m.RunDetail.insert(
            session=session_id,
            run_type=run.run_type.value,
            distance_m=run.distance_m,
            avg_hr=run.avg_hr,
            elevation_m=run.elevation_m,
            file_hash=run.file_hash,
            start_time=run.start_time,
        ).execute()
    if session.lift is not None:
        m.LiftDetail.insert(
            session=session_id, focus=session.lift.focus.value, intensity=session.lift.intensity.value
        ).execute()
    if session.sets:
        rows = []
        for s in session.sets:
            row = {
                "session": session_id,
                "exercise": s.exercise_id,
                "position": s.position,
                "set_number": s.set_number,
                "target_reps": s.target_reps,
                "target_load_kg": s.target_load_kg,
                "target_rir": s.target_rir,
                "actual_reps": s.actual_reps,
                "actual_load_kg": s.actual_load_kg,
                "actual_rir": s.actual_rir,
            }
            if s.id is not None:
                row["id"] = s.id
            rows.append(row)
        with_ids = [row for row in rows if "id" in row]
        without_ids = [row for row in rows if "id" not in row]
        for batch in (with_ids, without_ids):
            if batch:
                m.LiftSet.insert_many(batch).execute()


def _to_domain(row: m.Session, sets: tuple[LiftSet, ...]) -> Session:
    kind = SessionKind(row.kind)
    run = lift = None
    if kind is SessionKind.RUN:
        run = _run_to_domain(getattr(row, "run_row", None))
    elif kind is SessionKind.LIFT:
        detail = getattr(row, "lift_row", None)
        lift = (
            LiftDetails(LiftFocus(detail.focus), Intensity(detail.intensity))
            if detail is not None and detail.focus is not None
            else LiftDetails()
        )
    return Session(
        id=row.id,
        day=row.day,
        kind=kind,
        status=Status(row.status),
        position=row.position,
        time_of_day=TimeOfDay(row.time_of_day) if row.time_of_day else None,
        duration_s=row.duration_s,
        rpe=row.rpe,
        notes=row.notes,
        source=Source(row.source),
        planned_day=row.planned_day,
        run=run,
        lift=lift,
        sets=sets if kind is SessionKind.LIFT else (),
    )


def _run_to_domain(detail: m.RunDetail | None) -> RunDetails:
    if detail is None or detail.run_type is None:
        return RunDetails()
    return RunDetails(
        run_type=RunType(detail.run_type),
        distance_m=detail.distance_m,
        avg_hr=detail.avg_hr,
        elevation_m=detail.elevation_m,
        file_hash=detail.file_hash,
        start_time=detail.start_time,
    )


def _set_to_domain(row: m.LiftSet) -> LiftSet:
    return LiftSet(
        id=row.id,
        exercise_id=row.exercise_id,
        position=row.position,
        set_number=row.set_number,
        target_reps=row.target_reps,
        target_load_kg=row.target_load_kg,
        target_rir=row.target_rir,
        actual_reps=row.actual_reps,
        actual_load_kg=row.actual_load_kg,
        actual_rir=row.actual_rir,
    )
