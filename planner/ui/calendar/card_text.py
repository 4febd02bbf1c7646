"""The text lines of a session card, shared by the card painter and tooltips."""

from __future__ import annotations

from planner.domain.enums import DistanceUnit, Status
from planner.domain.formatting import format_distance, format_duration
from planner.domain.session import Session

STATUS_MARK = {Status.PLANNED: "Planned", Status.DONE: "Done", Status.SKIPPED: "Skipped"}
# a lift that set a personal record: words on the badge, so it does not rest on colour alone
RECORD_BADGE = "PR"


def card_numbers(session: Session, unit: DistanceUnit = DistanceUnit.KM) -> str:
    """The card's second line: distance and duration for runs, focus and exercises for lifts."""
    parts: list[str] = []
    if session.run is not None:
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
