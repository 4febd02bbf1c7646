"""What the headless commands print: the stable JSON shape of a session and the plain-text week."""

from __future__ import annotations

from typing import Any

from planner.domain.formatting import format_distance, format_duration
from planner.domain.session import Session
from planner.domain.week import Week


def session_to_json(session: Session) -> dict[str, Any]:
    """The stable JSON shape of one session (README: "Headless commands")."""
    return {
        "id": session.id,
        "date": session.day.isoformat(),
        "position": session.position,
        "kind": session.kind.value,
        "type": session.run.run_type.value if session.run else None,
        "focus": session.lift.focus.value if session.lift else None,
        "intensity": session.lift.intensity.value if session.lift else None,
        "title": session.title,
        "status": session.status.value,
        "time_of_day": session.time_of_day.value if session.time_of_day else None,
        "distance_m": session.distance_m,
        "duration_s": session.duration_s,
        "rpe": session.rpe,
        "exercise_count": session.exercise_count,
        "planned_date": session.planned_day.isoformat() if session.planned_day else None,
        "source": session.source.value,
        "notes": session.notes,
        "reasons": session.reasons.splitlines(),
    }


def week_as_text(week: Week) -> str:
    lines = [f"Week of {week.start:%a %d %b %Y}"]
    for day in week.days:
        todays = week.on(day)
        if not todays:
            lines.append(f"{day:%a %d %b}  -")
        for i, session in enumerate(todays):
            label = f"{day:%a %d %b}" if i == 0 else " " * 10
            distance = format_distance(session.distance_m)
            duration = format_duration(session.duration_s)
            lines.append(f"{label}  {session.title:<26} {distance:>8}  {duration:>8}  {session.status.value}")
    return "\n".join(lines)
