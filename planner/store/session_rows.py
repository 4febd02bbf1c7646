"""Sessions between rows and domain objects; one query per table per date range, never one per card."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

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
from planner.store.errors import NotFoundError, UnreadableRowError

if TYPE_CHECKING:
    from planner.domain.laps import Lap
    from planner.domain.workout import Workout

# Hot read paths (every week switch) run fixed SQL: building the same query with peewee each time cost
# more than running it. The columns are those of models.py; tests/unit/test_migrations.py pins the schema.
_SESSION_SELECT = """
SELECT s.id, s.day, s.position, s.kind, s.status, s.time_of_day, s.duration_s, s.rpe, s.notes, s.source,
       s.planned_day, r.run_type, r.distance_m, r.avg_hr, r.elevation_m, r.file_hash, r.start_time,
       l.focus, l.intensity, s.reasons, r.workout, r.planned_distance_m, r.planned_duration_s, r.laps
FROM session AS s
LEFT JOIN run_detail AS r ON r.session_id = s.id
LEFT JOIN lift_detail AS l ON l.session_id = s.id
"""
_SESSIONS_BETWEEN = _SESSION_SELECT + "WHERE s.day BETWEEN ? AND ? ORDER BY s.day, s.position, s.id"
_SESSION_BY_ID = _SESSION_SELECT + "WHERE s.id = ?"
_SETS_OF = """
SELECT session_id, id, exercise_id, position, set_number, target_reps, target_load_kg, target_rir,
       actual_reps, actual_load_kg, actual_rir, warmup
FROM lift_set WHERE session_id IN ({marks}) ORDER BY session_id, position, id
"""


# value -> member, looked up per row: calling an Enum costs a microsecond, and a ten-year chart reads
# thousands of rows (an unknown value still falls through to the Enum call and its ValueError)
_KINDS = {e.value: e for e in SessionKind}
_RUN_TYPES = {e.value: e for e in RunType}
_INTENSITIES = {e.value: e for e in Intensity}
STATUSES = {e.value: e for e in Status}
_SOURCES = {e.value: e for e in Source}


def sessions_between(start: date, end: date, with_sets: bool = True) -> list[Session]:
    """Every session from ``start`` to ``end`` inclusive, ordered by day and position.

    ``with_sets=False`` leaves lift sets out, for callers that only need the sessions (loads, rules).
    """
    rows = m.database.execute_sql(_SESSIONS_BETWEEN, (start.isoformat(), end.isoformat())).fetchall()
    sets = sets_by_session(r[0] for r in rows if r[3] == SessionKind.LIFT) if with_sets else {}
    return [_to_domain(row, sets.get(row[0], ())) for row in rows]


_DONE_RUN_DISTANCES = """
SELECT r.distance_m FROM session AS s JOIN run_detail AS r ON r.session_id = s.id
WHERE s.day BETWEEN ? AND ? AND s.kind = 'run' AND s.status = 'done'
"""


def done_run_distances_between(start: date, end: date) -> list[float | None]:
    """The distances of the runs done from ``start`` to ``end``: all an import asks of the weeks before a
    run to tell a long run, where building each session cost 9 s for 2,000 runs logged close together."""
    rows = m.database.execute_sql(_DONE_RUN_DISTANCES, (start.isoformat(), end.isoformat())).fetchall()
    return [row[0] for row in rows]


def sets_by_session(session_ids: Iterable[int]) -> dict[int, tuple[LiftSet, ...]]:
    ids = list(session_ids)
    grouped: dict[int, list[LiftSet]] = defaultdict(list)
    # chunks keep under SQLite's bound-parameter limit for long ranges
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        query = _SETS_OF.format(marks=", ".join("?" * len(chunk)))
        for session_id, *values in m.database.execute_sql(query, chunk).fetchall():
            grouped[session_id].append(set_to_domain(values))
    return {key: tuple(value) for key, value in grouped.items()}


def with_sets(sessions: Iterable[Session]) -> list[Session]:
    """The lifts among ``sessions`` with their sets, in one query: for callers that read a long span
    without sets and need them only for part of it."""
    chosen = list(sessions)
    sets = sets_by_session(s.id for s in chosen if s.lift is not None and s.id is not None)
    return [replace(s, sets=sets.get(s.id, ())) if s.lift is not None and s.id is not None else s for s in chosen]


def get_session(session_id: int) -> Session:
    row = m.database.execute_sql(_SESSION_BY_ID, (session_id,)).fetchone()
    if row is None:
        raise NotFoundError("session", session_id)
    return _to_domain(row, sets_by_session([row[0]]).get(row[0], ()))


def shift_positions(day: date, from_position: int, by: int) -> None:
    """Open (by=+1) or close (by=-1) a gap in a day's order at ``from_position``."""
    m.database.execute_sql(
        "UPDATE session SET position = position + ? WHERE day = ? AND position >= ?",
        (by, day.isoformat(), from_position),
    )


def place(session_id: int, day: date, position: int) -> None:
    m.database.execute_sql(
        "UPDATE session SET day = ?, position = ? WHERE id = ?", (day.isoformat(), position, session_id)
    )


def count_on(day: date, excluding: int | None = None) -> int:
    row = m.database.execute_sql(
        "SELECT count(*) FROM session WHERE day = ? AND id != ?", (day.isoformat(), excluding or -1)
    ).fetchone()
    return int(row[0])


def unreadable(session: Session) -> str | None:
    """Why a restore would refuse this session's rows (``table.column: reason``), or None: what a backup
    could not bring back is never written either (DESIGN §5), e.g. notes pasted past a million characters."""
    from planner.store.row_rules import COLUMNS  # the restore's own checks, loaded when a session is written

    rows: list[tuple[str, dict[str, object]]] = [("session", _session_fields(session))]
    if session.run is not None:
        rows.append(("run_detail", _run_fields(session.run)))
    rows += [("lift_set", _set_fields(s)) for s in session.sets]
    for table, fields in rows:
        checks = COLUMNS[table]
        for column, value in fields.items():
            problem = checks[column](value) if column in checks else None
            if problem:
                return f"{table}.{column}: {problem}"
    return None


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
        "reasons": session.reasons,
        "source": session.source.value,
        "planned_day": session.planned_day,
    }


def _run_fields(run: RunDetails) -> dict[str, object]:
    return {
        "run_type": run.run_type.value,
        "distance_m": run.distance_m,
        "avg_hr": run.avg_hr,
        "elevation_m": run.elevation_m,
        "file_hash": run.file_hash,
        "start_time": run.start_time,
        "workout": run.workout.to_json() if run.workout is not None else "",
        "planned_distance_m": run.planned_distance_m,
        "planned_duration_s": run.planned_duration_s,
        "laps": _laps_json(run.laps),
    }


def _set_fields(s: LiftSet) -> dict[str, object]:
    return {
        "exercise": s.exercise_id,
        "position": s.position,
        "set_number": s.set_number,
        "target_reps": s.target_reps,
        "target_load_kg": s.target_load_kg,
        "target_rir": s.target_rir,
        "actual_reps": s.actual_reps,
        "actual_load_kg": s.actual_load_kg,
        "actual_rir": s.actual_rir,
        "warmup": s.warmup,
    }


def _insert_details(session_id: int, session: Session) -> None:
    if session.run is not None:
        m.RunDetail.insert(session=session_id, **_run_fields(session.run)).execute()
    if session.lift is not None:
        m.LiftDetail.insert(
            session=session_id, focus=session.lift.focus.value, intensity=session.lift.intensity.value
        ).execute()
    if session.sets:
        rows = []
        for s in session.sets:
            row = {"session": session_id, **_set_fields(s)}
            if s.id is not None:
                row["id"] = s.id
            rows.append(row)
        with_ids = [row for row in rows if "id" in row]
        without_ids = [row for row in rows if "id" not in row]
        for batch in (with_ids, without_ids):
            if batch:
                m.LiftSet.insert_many(batch).execute()


def _to_domain(row: tuple[Any, ...], sets: tuple[LiftSet, ...]) -> Session:
    try:
        return _session_of(row, sets)
    except (TypeError, ValueError, AttributeError) as exc:
        raise UnreadableRowError("session", row[0], str(exc)) from exc


def _session_of(row: tuple[Any, ...], sets: tuple[LiftSet, ...]) -> Session:
    (
        session_id,
        day,
        position,
        kind_value,
        status,
        time_of_day,
        duration_s,
        rpe,
        notes,
        source,
        planned_day,
        run_type,
        distance_m,
        avg_hr,
        elevation_m,
        file_hash,
        start_time,
        focus,
        intensity,
        reasons,
        workout,
        planned_distance_m,
        planned_duration_s,
        laps,
    ) = row
    kind = _KINDS.get(kind_value) or SessionKind(kind_value)
    day = date.fromisoformat(day)
    planned_day = date.fromisoformat(planned_day) if planned_day else None
    start_time = datetime.fromisoformat(start_time) if start_time else None
    run = lift = None
    if kind is SessionKind.RUN:
        run = RunDetails(
            run_type=(_RUN_TYPES.get(run_type) or RunType(run_type)) if run_type else RunType.EASY,
            distance_m=distance_m,
            avg_hr=avg_hr,
            elevation_m=elevation_m,
            file_hash=file_hash,
            start_time=start_time,
            workout=_workout(workout) if workout else None,
            planned_distance_m=planned_distance_m,
            planned_duration_s=planned_duration_s,
            laps=_laps(laps) if laps else (),
        )
    elif kind is SessionKind.LIFT:
        lift = (
            LiftDetails(LiftFocus(focus), _INTENSITIES.get(intensity) or Intensity(intensity))
            if focus
            else LiftDetails()
        )
    return Session(
        id=session_id,
        day=day,
        kind=kind,
        status=STATUSES.get(status) or Status(status),
        position=position,
        time_of_day=TimeOfDay(time_of_day) if time_of_day else None,
        duration_s=duration_s,
        rpe=rpe,
        notes=notes,
        reasons=reasons,
        source=_SOURCES.get(source) or Source(source),
        planned_day=planned_day,
        run=run,
        lift=lift,
        sets=sets if kind is SessionKind.LIFT else (),
    )


def set_to_domain(values: list[Any]) -> LiftSet:
    try:
        return _set_of(values)
    except (TypeError, ValueError, AttributeError) as exc:
        raise UnreadableRowError("lift set", values[0], str(exc)) from exc


_NUMBERS = (int, float)


def _set_of(values: list[Any]) -> LiftSet:
    set_id, exercise_id, position, set_number, target_reps, target_load, target_rir, reps, load, rir, warmup = values
    for value in (position, set_number, target_reps, target_load, target_rir, reps, load, rir):
        if value is not None and type(value) not in _NUMBERS:  # a set is numbers; no domain check reads them
            raise TypeError(f"{value!r} is not a number")
    return LiftSet(
        id=set_id,
        exercise_id=exercise_id,
        position=position,
        set_number=set_number,
        target_reps=target_reps,
        target_load_kg=target_load,
        target_rir=target_rir,
        actual_reps=reps,
        actual_load_kg=load,
        actual_rir=rir,
        warmup=bool(warmup),
    )


def any_sessions() -> bool:
    return m.Session.select().exists()


def ids_with_source(source: str) -> list[int]:
    return [r.id for r in m.Session.select(m.Session.id).where(m.Session.source == source)]


def count_with_source(source: str) -> int:
    return m.Session.select().where(m.Session.source == source).count()


def day_span() -> tuple[date, date] | None:
    """The first and last day holding a session, or None for an empty calendar."""
    first, last = m.database.execute_sql("SELECT min(day), max(day) FROM session").fetchone()
    if first is None:
        return None
    return date.fromisoformat(first), date.fromisoformat(last)


# a run's laps and workout are parsed only for runs that have them: most weeks have none, and their modules (with
# four dataclasses) stay out of the start (issue 21)
def _workout(text: str) -> Workout:
    from planner.domain.workout import Workout

    return Workout.from_json(text)


def _laps(text: str) -> tuple[Lap, ...]:
    from planner.domain.laps import laps_from_json

    return laps_from_json(text)


def _laps_json(laps: tuple[Lap, ...]) -> str:
    from planner.domain.laps import laps_to_json

    return laps_to_json(laps)
