"""The text lines of a session card, shared by the card painter and tooltips."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from planner.domain.enums import DistanceUnit, MassUnit, Status
from planner.domain.formatting import format_distance, format_duration
from planner.domain.session import LiftSet, Session
from planner.domain.units import format_mass
from planner.domain.workout import workout_line

STATUS_MARK = {Status.PLANNED: "Planned", Status.DONE: "Done", Status.SKIPPED: "Skipped"}
# a lift that set a personal record: words on the badge, so it does not rest on colour alone
RECORD_BADGE = "PR"


def card_numbers(session: Session, unit: DistanceUnit = DistanceUnit.KM) -> str:
    """The card's second line: distance and duration for runs, focus and exercises for lifts."""
    parts: list[str] = []
    if session.run is not None:
        parts.append(workout_line(session.run.workout, unit))  # a structured run's "6 x 800 m @ 3:50" (issue 24)
        # "8 km", not "8.0 km": narrow day columns need every character
        parts.append(format_distance(session.distance_m, unit).replace(".0 ", " "))
    elif session.lift is not None:
        parts.append(session.lift.intensity.value.capitalize())
        if session.exercise_count:
            count = session.exercise_count
            parts.append(f"{count} exercise{'s' if count != 1 else ''}")
    parts.append(format_duration(session.duration_s))
    return " · ".join(p for p in parts if p)


def card_footer(session: Session) -> str:
    """Time of day and where a moved session was planned; the status circle beside it says done or not,
    so the word only appears for the states a glance could miss."""
    bits = [] if session.status is Status.PLANNED else [STATUS_MARK[session.status]]
    if session.time_of_day:
        bits.append(session.time_of_day.value)
    if session.moved and session.planned_day:
        bits.append(f"from {session.planned_day:%a}")
    return " · ".join(bits)


def last_time_lines(
    session: Session,
    last: Mapping[int, tuple[date, tuple[LiftSet, ...]]],
    names: Mapping[int, str],
    unit: MassUnit = MassUnit.KG,
) -> list[str]:
    """A lift's tooltip lines of last time, one per exercise in order:
    "Back squat 27 Nov:" then each working set as load and reps (only the reps for bodyweight)."""
    lines = []
    for exercise_id in dict.fromkeys(s.exercise_id for s in session.sets):
        found = last.get(exercise_id)
        if found is None:
            continue
        day, sets = found
        done = [
            f"{format_mass(s.actual_load_kg, unit)} × {s.actual_reps}" if s.actual_load_kg else f"× {s.actual_reps}"
            for s in sets
            if s.logged and not s.warmup
        ]
        if done:
            lines.append(f"{names.get(exercise_id, 'Exercise')} {day:%d %b}: {', '.join(done)}")
    return ["Last time:", *(f"  {line}" for line in lines)] if lines else []
