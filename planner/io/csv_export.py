"""Sessions and lift sets as CSV for spreadsheets: a header row, ISO dates, the user's units named.

Sets follow the layout of the lifting apps runners come from (one row per set: date, workout,
exercise, set number, weight, reps), with the planned targets beside what was done. Distances are in
the profile's km or mi, loads in its kg or lb, elevation in metres, durations in minutes. The files
are UTF-8 with CRLF line ends (RFC 4180, what the csv module writes). A structured run's steps are one
cell in words ("2 km warm-up; 6 x 800 m @ 3:50/km, 400 m jog; 2 km cool-down"); a run an import completed
keeps what was planned in planned_distance and planned_duration_min.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from planner.domain.enums import DistanceUnit, MassUnit
from planner.domain.session import Session
from planner.domain.workout import in_words
from planner.io.export_text import distance_in, load_in, plain_number

SESSION_COLUMNS = (
    "session_id", "date", "position", "kind", "title", "run_type", "focus", "intensity", "status",
    "time_of_day", "distance", "distance_unit", "duration_min", "rpe", "avg_hr", "elevation_m",
    "planned_date", "source", "notes", "steps", "planned_distance", "planned_duration_min",
)  # fmt: skip
SET_COLUMNS = (
    "date", "session_id", "session", "status", "exercise", "set_number", "target_reps", "target_load",
    "target_rir", "done_reps", "done_load", "done_rir", "unit", "warmup",
)  # fmt: skip


def sessions_csv(sessions: Iterable[Session], distance_unit: DistanceUnit) -> str:
    rows = (
        {
            "session_id": s.id,
            "date": s.day.isoformat(),
            "position": s.position,
            "kind": s.kind.value,
            "title": s.title,
            "run_type": s.run.run_type.value if s.run else "",
            "focus": s.lift.focus.value if s.lift else "",
            "intensity": s.lift.intensity.value if s.lift else "",
            "status": s.status.value,
            "time_of_day": s.time_of_day.value if s.time_of_day else "",
            "distance": plain_number(distance_in(s.distance_m, distance_unit), 3),
            "distance_unit": distance_unit.value,
            "duration_min": plain_number(s.duration_s / 60 if s.duration_s is not None else None, 2),
            "rpe": plain_number(s.rpe, 1),
            "avg_hr": s.run.avg_hr if s.run and s.run.avg_hr is not None else "",
            "elevation_m": plain_number(s.run.elevation_m if s.run else None, 1),
            "planned_date": s.planned_day.isoformat() if s.planned_day else "",
            "source": s.source.value,
            "notes": s.notes,
            "steps": "; ".join(in_words(s.run.workout, distance_unit)) if s.run and s.run.workout else "",
            "planned_distance": plain_number(
                distance_in(s.run.planned_distance_m if s.run else None, distance_unit), 3
            ),
            "planned_duration_min": plain_number(
                s.run.planned_duration_s / 60 if s.run and s.run.planned_duration_s is not None else None, 2
            ),
        }
        for s in sessions
    )
    return _written(SESSION_COLUMNS, rows)


def sets_csv(sessions: Iterable[Session], names: Mapping[int, str], mass_unit: MassUnit) -> str:
    """One row per set of every lift, in day, session and set order; loads to 0.01 of the unit."""
    rows = (
        {
            "date": s.day.isoformat(),
            "session_id": s.id,
            "session": s.title,
            "status": s.status.value,
            "exercise": names.get(one.exercise_id, f"Exercise {one.exercise_id}"),
            "set_number": one.set_number,
            "target_reps": _integer(one.target_reps),
            "target_load": plain_number(load_in(one.target_load_kg, mass_unit)),
            "target_rir": plain_number(one.target_rir, 1),
            "done_reps": _integer(one.actual_reps),
            "done_load": plain_number(load_in(one.actual_load_kg, mass_unit)),
            "done_rir": plain_number(one.actual_rir, 1),
            "unit": mass_unit.value,
            "warmup": "yes" if one.warmup else "",
        }
        for s in sessions
        for one in sorted(s.sets, key=lambda x: (x.position, x.set_number))
    )
    return _written(SET_COLUMNS, rows)


def _integer(value: int | None) -> str:
    return "" if value is None else str(value)


def _written(columns: tuple[str, ...], rows: Iterable[Mapping[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
