"""Sessions as an iCalendar file (RFC 5545) that calendar apps can subscribe to or import again.

Choices: each event's UID is ``session-<id>-<database id>@runlift``, so importing a newer export updates
events instead of duplicating them, and two databases never collide. A session with no time of day is
an all-day event; am starts at 07:00 and pm at 18:00, floating local time (the plan has no time zone:
7 am is 7 am wherever the runner is), lasting the session's duration or one hour when unknown. Skipped
sessions (when included) carry STATUS:CANCELLED, others CONFIRMED. A structured run lists its steps in
words in the description, and a run an import completed says planned against done.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from planner.domain.enums import DistanceUnit, MassUnit, Status, TimeOfDay
from planner.domain.formatting import format_duration
from planner.domain.planned_done import comparison
from planner.domain.session import Session
from planner.domain.workout import in_words, zone_legend
from planner.io.export_text import distance_in, plain_number, set_lines

START_TIMES = {TimeOfDay.AM: time(7, 0), TimeOfDay.PM: time(18, 0)}
DEFAULT_LENGTH = timedelta(hours=1)


def session_uid(session_id: int, database_id: str) -> str:
    return f"session-{session_id}-{database_id}@runlift"


def summary(session: Session, distance_unit: DistanceUnit) -> str:
    """ "Easy run 8 km", "Heavy lower-body lift", "Rest"; done or skipped ones say so."""
    text = session.title
    if session.run is not None and session.run.distance_m:
        text += f" {plain_number(distance_in(session.run.distance_m, distance_unit), 1)} {distance_unit.value}"
    if session.status is not Status.PLANNED:
        text += f" ({session.status.value})"
    return text


def description(session: Session, names: Mapping[int, str], distance_unit: DistanceUnit, mass_unit: MassUnit) -> str:
    lines = []
    run = session.run
    if run is not None and run.distance_m:
        lines.append(f"Distance: {plain_number(distance_in(run.distance_m, distance_unit), 2)} {distance_unit.value}")
    if session.duration_s:
        lines.append(f"Duration: {format_duration(session.duration_s)}")
    if session.rpe is not None:
        lines.append(f"Effort (session RPE): {plain_number(session.rpe, 1)}/10")
    if run is not None and run.avg_hr:
        lines.append(f"Average heart rate: {run.avg_hr} bpm")
    if run is not None and run.workout is not None:
        lines.append("Steps:")
        lines.extend(f"- {line}" for line in in_words(run.workout, distance_unit))
        if legend := zone_legend(run.workout):
            lines.append(f"Zones: {legend}")
    if run is not None:
        lines.extend(comparison(run, session.duration_s, distance_unit))
    lines.extend(set_lines(session.sets, names, mass_unit))
    if session.notes:
        lines.extend(["", session.notes])
    return "\n".join(lines)


def calendar_bytes(
    sessions: Iterable[Session],
    *,
    names: Mapping[int, str],
    distance_unit: DistanceUnit,
    mass_unit: MassUnit,
    database_id: str,
    stamp: datetime,
    app_version: str,
) -> bytes:
    """The whole VCALENDAR; ``stamp`` (UTC) is every event's DTSTAMP."""
    from icalendar import Calendar, Event  # here, not at module level: 28 ms the File menu need not pay

    calendar = Calendar()
    calendar.add("prodid", f"-//Runlift//Runlift {app_version}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Runlift training plan")
    for session in sessions:
        if session.id is None:
            raise ValueError("only saved sessions can be exported")
        event = Event()
        event.add("uid", session_uid(session.id, database_id))
        event.add("dtstamp", stamp)
        start, end = _span(session)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", summary(session, distance_unit))
        text = description(session, names, distance_unit, mass_unit)
        if text:
            event.add("description", text)
        event.add("categories", [session.kind.value.capitalize()])
        event.add("status", "CANCELLED" if session.status is Status.SKIPPED else "CONFIRMED")
        event.add("transp", "TRANSPARENT" if session.time_of_day is None else "OPAQUE")
        calendar.add_component(event)
    return calendar.to_ical()


def _span(session: Session) -> tuple[date | datetime, date | datetime]:
    if session.time_of_day is None:
        return session.day, session.day + timedelta(days=1)
    start = datetime.combine(session.day, START_TIMES[session.time_of_day])
    length = timedelta(seconds=session.duration_s) if session.duration_s else DEFAULT_LENGTH
    return start, start + length
