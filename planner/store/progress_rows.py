"""Reads for the Progress charts: whole years of history, so sums are made in SQL and rows kept flat.

The sets of a span are summed per session by scanning lift_set for the span's session ids: on ten years
this beats joining each set to its session (30 vs 48 ms here).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from planner.domain.enums import Intensity, RunType, SessionKind, Status
from planner.store import models as m
from planner.store.session_rows import STATUSES

if TYPE_CHECKING:  # the row's shape is the engine's, which builds the charts' sessions from it
    from planner.engine.progress import SessionColumns

_KINDS = {e.value: e for e in SessionKind}
_RUN_TYPES = {e.value: e for e in RunType}
_INTENSITIES = {e.value: e for e in Intensity}

# per lift session: hard sets and tonnage, each set as logged or, not logged, as planned (the calendar
# footer's rule, engine/week_totals.is_hard_set); a set with no RIR counts as hard
_SET_TOTALS = """
SELECT ls.session_id,
       SUM(CASE WHEN COALESCE(CASE WHEN ls.actual_reps IS NOT NULL THEN ls.actual_rir ELSE ls.target_rir END, -1)
                     <= ? THEN 1 ELSE 0 END),
       SUM(CASE WHEN ls.actual_reps IS NOT NULL THEN ls.actual_reps * COALESCE(ls.actual_load_kg, 0)
                ELSE COALESCE(ls.target_reps, 0) * COALESCE(ls.target_load_kg, 0) END)
FROM lift_set AS ls
WHERE ls.session_id IN (SELECT id FROM session WHERE day BETWEEN ? AND ?)
GROUP BY ls.session_id
"""

# The span's lift sessions first (day index), then their sets of the chosen exercises from the covering
# (session, exercise, ...) index. Starting from the exercise read its whole history: 4.5 vs 0.8 ms for twelve
# weeks of a ten-year history. Each set names its session, whose day and status are read apart
# (lift_session_days): joining them onto every set cost 26 ms for three lifts over ten years, against 15 ms
# for this and 1 ms for the sessions. DISTINCT: a session's working sets repeat one another, and only each
# day's best counts (23,000 rows become 10,700).
_EXERCISE_SETS = """
SELECT DISTINCT ls.session_id, ls.exercise_id, ls.actual_reps, ls.actual_load_kg, ls.actual_rir,
       ls.target_reps, ls.target_load_kg, ls.target_rir
FROM lift_set AS ls
WHERE ls.session_id IN (SELECT id FROM session WHERE day BETWEEN ? AND ? AND kind = 'lift')
  AND ls.exercise_id IN ({marks}) AND ls.warmup = 0
"""
_LIFT_SESSIONS = "SELECT id, day, status FROM session WHERE day BETWEEN ? AND ? AND kind = 'lift'"
# the same order for the lifts a span logged: its done lift sessions, then their sets (issue 21: twelve weeks
# must not aggregate ten years)
_LOGGED_EXERCISES = """
SELECT ls.exercise_id, COUNT(*), MAX(s.day)
FROM session AS s CROSS JOIN lift_set AS ls ON ls.session_id = s.id
WHERE s.day BETWEEN ? AND ? AND s.kind = 'lift' AND s.status = 'done'
  AND ls.actual_reps > 0 AND ls.actual_load_kg > 0 AND ls.warmup = 0
GROUP BY ls.exercise_id
"""

# what the load, volume and adherence charts need of each session, in the calendar's order (sums per day add
# up in the same order as from full sessions): ten years are 4,300 sessions, and building them as domain
# objects with details cost 45 of the 165 ms of reading All (issue 21)
_CHART_SESSIONS = """
SELECT s.id, s.day, s.planned_day, s.kind, s.status, s.duration_s, s.rpe, r.run_type, l.intensity, r.distance_m
FROM session AS s
LEFT JOIN run_detail AS r ON r.session_id = s.id
LEFT JOIN lift_detail AS l ON l.session_id = s.id
WHERE s.day BETWEEN ? AND ? ORDER BY s.day, s.position, s.id
"""

SetTotalRow = tuple[int, int, float]
SessionSetRow = tuple[int, int, int | None, float | None, float | None, int | None, float | None, float | None]


def chart_sessions_between(start: date, end: date) -> list[SessionColumns]:
    """``(id, day, planned day, kind, status, duration s, RPE, run type, lift intensity, run distance m)`` for
    every session from ``start`` to ``end``, ordered as the calendar orders them; details default as
    ``session_rows`` reads them (a run without its row is easy, a lift moderate; other kinds have none)."""
    rows = m.database.execute_sql(_CHART_SESSIONS, (start.isoformat(), end.isoformat())).fetchall()
    days: dict[str, date] = {}  # a day holds one or two sessions: parse each once
    found: list[SessionColumns] = []
    for session_id, day, planned_day, kind_value, status, duration_s, rpe, run_type, intensity, distance in rows:
        kind = _KINDS.get(kind_value) or SessionKind(kind_value)
        run = kind is SessionKind.RUN
        lift = kind is SessionKind.LIFT
        found.append(
            (
                session_id,
                days.get(day) or days.setdefault(day, date.fromisoformat(day)),
                (days.get(planned_day) or days.setdefault(planned_day, date.fromisoformat(planned_day)))
                if planned_day
                else None,
                kind,
                STATUSES.get(status) or Status(status),
                duration_s,
                rpe,
                ((_RUN_TYPES.get(run_type) or RunType(run_type)) if run_type else RunType.EASY) if run else None,
                ((_INTENSITIES.get(intensity) or Intensity(intensity)) if intensity else Intensity.MODERATE)
                if lift
                else None,
                distance if run else None,
            )
        )
    return found


# Each day's load by part, summed in SQL: a range switch on the load or recovery chart need not turn ten years
# of sessions into Python objects (issue 21). The load is engine.load.load_of's, the typical RPEs and minutes
# bound from the engine's tables; sessions and their details default as session_rows reads them. Sessions
# are summed per day in the calendar's order (day, position, id), as daily_loads sums them.
_DAILY_LOADS = """
WITH counted AS (
    SELECT s.day, s.kind, s.status,
           COALESCE(s.rpe, CASE s.kind
               WHEN 'run' THEN (CASE COALESCE(NULLIF(r.run_type, ''), 'easy') {run_rpe} END)
               WHEN 'lift' THEN (CASE COALESCE(NULLIF(l.intensity, ''), 'moderate') {lift_rpe} END)
               WHEN 'cross' THEN ? ELSE 0.0 END)
           * COALESCE(s.duration_s / 60.0, CASE s.kind {minutes} END) AS load
    FROM session AS s
    LEFT JOIN run_detail AS r ON r.session_id = s.id
    LEFT JOIN lift_detail AS l ON l.session_id = s.id
    WHERE s.day BETWEEN ? AND ? AND s.kind != 'rest'
      AND (s.status = 'done' OR (s.status = 'planned' AND s.day >= ?))
    ORDER BY s.day, s.position, s.id
)
SELECT day,
       TOTAL(CASE WHEN status = 'done' AND kind = 'run' THEN load END),
       TOTAL(CASE WHEN status = 'done' AND kind = 'lift' THEN load END),
       TOTAL(CASE WHEN status = 'done' AND kind NOT IN ('run', 'lift') THEN load END),
       TOTAL(CASE WHEN status = 'planned' THEN load END),
       TOTAL(load)
FROM counted WHERE load != 0 GROUP BY day ORDER BY day
"""


def daily_loads_between(
    start: date,
    end: date,
    today: date,
    run_rpe: Mapping[str, float],
    lift_rpe: Mapping[str, float],
    minutes: Mapping[str, float],
    cross_rpe: float,
) -> list[tuple[date, float, float, float, float, float]]:
    """``(day, run, lift, other, planned, total)`` session-RPE load of each day from ``start`` to ``end`` with
    any: done sessions, and planned ones from ``today``. ``run_rpe`` (by run type), ``lift_rpe`` (by
    intensity) and ``cross_rpe`` stand in for an RPE not logged, ``minutes`` (by kind) for a duration."""

    def cases(table: Mapping[str, float]) -> tuple[str, list[object]]:
        return " ".join("WHEN ? THEN ?" for _ in table), [v for pair in table.items() for v in pair]

    run_sql, run_params = cases(run_rpe)
    lift_sql, lift_params = cases(lift_rpe)
    minutes_sql, minutes_params = cases(minutes)
    query = _DAILY_LOADS.format(run_rpe=run_sql, lift_rpe=lift_sql, minutes=minutes_sql)
    params = [*run_params, *lift_params, cross_rpe, *minutes_params, start.isoformat(), end.isoformat()]
    rows = m.database.execute_sql(query, [*params, today.isoformat()]).fetchall()
    return [(date.fromisoformat(r[0]), *r[1:]) for r in rows]


def set_totals_between(start: date, end: date, hard_max_rir: float) -> list[SetTotalRow]:
    """``(session_id, hard sets, tonnage kg)`` per lift session: logged sets as logged, the rest as planned."""
    params = (hard_max_rir, start.isoformat(), end.isoformat())
    rows = m.database.execute_sql(_SET_TOTALS, params).fetchall()
    return [(int(r[0]), int(r[1] or 0), float(r[2] or 0.0)) for r in rows]


def exercise_sets_between(exercise_ids: Iterable[int], start: date, end: date) -> list[SessionSetRow]:
    """Every set of the exercises in the lift sessions from ``start`` to ``end``: ``(session_id, exercise_id,
    reps, load, rir, target reps, target load, target rir)``, in no particular order, sets alike in all of these
    once. ``lift_session_days`` gives each session's day and status."""
    ids = list(dict.fromkeys(exercise_ids))[:500]  # far under SQLite's bound-parameter limit
    if not ids:
        return []
    query = _EXERCISE_SETS.format(marks=", ".join("?" * len(ids)))
    return m.database.execute_sql(query, (start.isoformat(), end.isoformat(), *ids)).fetchall()


def lift_session_days(start: date, end: date) -> dict[int, tuple[date, Status]]:
    """Each lift session from ``start`` to ``end`` by id: its day and status."""
    rows = m.database.execute_sql(_LIFT_SESSIONS, (start.isoformat(), end.isoformat())).fetchall()
    days: dict[str, date] = {}  # a day holds one or two sessions: parse each once
    return {
        session_id: (days.get(day) or days.setdefault(day, date.fromisoformat(day)), STATUSES[status])
        for session_id, day, status in rows
    }


def logged_exercises(start: date = date.min, end: date = date.max) -> list[tuple[int, int, date]]:
    """``(exercise_id, logged sets with a load, last day done)`` for every exercise logged from ``start`` to
    ``end`` (by default ever)."""
    rows = m.database.execute_sql(_LOGGED_EXERCISES, (start.isoformat(), end.isoformat())).fetchall()
    return [(r[0], r[1], date.fromisoformat(r[2])) for r in rows]


def session_day_bounds() -> tuple[date, date] | None:
    """The first and last day holding any session, or None for an empty calendar."""
    row = m.database.execute_sql("SELECT MIN(day), MAX(day) FROM session").fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


# a done session counts when it has a load (engine.load.session_load): not rest, and no logged zero duration or RPE
_DONE_WITH_LOAD = """
SELECT EXISTS (SELECT 1 FROM session WHERE day BETWEEN ? AND ? AND status = 'done' AND kind != 'rest'
               AND (duration_s IS NULL OR duration_s > 0) AND (rpe IS NULL OR rpe > 0))
"""


def done_with_load_between(start: date, end: date) -> bool:
    """Whether any session with a load was done from ``start`` to ``end``: one indexed look, not a read."""
    row = m.database.execute_sql(_DONE_WITH_LOAD, (start.isoformat(), end.isoformat())).fetchone()
    return bool(row and row[0])
