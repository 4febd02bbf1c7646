"""The text lines of a session card, shared by the card painter and tooltips."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from planner.domain.enums import DistanceUnit, MassUnit, SessionKind, Status
from planner.domain.formatting import format_distance
from planner.domain.session import LiftSet, Session
from planner.domain.units import distance_in, format_elevation, format_mass

STATUS_MARK = {Status.PLANNED: "Planned", Status.DONE: "Done", Status.SKIPPED: "Skipped"}
# a lift that set a personal record: words on the badge, so it does not rest on colour alone
RECORD_BADGE = "PR"


def card_duration(seconds: int | None) -> str:
    """A card's duration: ``47 min`` under an hour, ``1h50`` above. Abbreviated on purpose: a day column
    narrower than "1 h 50" must not wrap or cut the minutes off and leave a wrong number. Not ``1:50``,
    which beside a distance reads as a pace."""
    if seconds is None:
        return ""
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60}h{minutes % 60:02d}"


def card_distance(session: Session, unit: DistanceUnit = DistanceUnit.KM) -> str:
    """ "8 km", not "8.0 km": narrow day columns need every character; "" for no distance."""
    return format_distance(session.distance_m, unit).replace(".0 ", " ") if session.distance_m is not None else ""


def card_parts(session: Session, unit: DistanceUnit = DistanceUnit.KM) -> list[str]:
    """The card's numbers, each part whole: the painter wraps between parts, never inside one."""
    parts: list[str] = []
    if session.run is not None:
        if session.run.workout is not None:
            # a structured run's "6 x 800 m @ I + 10 min @ T" (issue 24), one part a block so it wraps between them;
            # its module loads with the first structured run (issue 21)
            from planner.domain.workout import workout_line

            first, *more = workout_line(session.run.workout, unit).split(" + ")
            parts += [first, *(f"+ {block}" for block in more)]
        parts.append(card_distance(session, unit))
    elif session.lift is not None:
        parts.append(session.lift.intensity.value.capitalize())
        if session.exercise_count:
            count = session.exercise_count
            parts.append(f"{count} exercise{'s' if count != 1 else ''}")
    parts.append(card_duration(session.duration_s))
    return [p for p in parts if p]


def one_line_text(
    title: str, distance: str, room: int, title_width: Callable[[str], int], number_width: Callable[[str], int]
) -> tuple[str, str]:
    """A one-line card's title and number: the whole title and a run's distance when both fit ("Easy run 7 km");
    else the title without its word "run" and the distance ("Easy 7 km": the card's colour and icon already say
    it is a run, and the distance is what a runner reads the month for; "Hill repeats" keeps both its words);
    else the title alone, or its first word when the whole is too wide (the painter elides that if even it does
    not fit). The widths measure a text in the font it is drawn in: the title's bold, the number's body font."""
    number = f" {distance}" if distance else ""
    if number:
        shorter = title.removesuffix(" run")
        for shown in dict.fromkeys((title, shorter)):
            if title_width(shown) + number_width(number) <= room:
                return shown, number
    return (title if title_width(title) <= room else (title.split() or [title])[0]), ""


def compact_part(part: str) -> str:
    """A card part shortened on purpose for a column too narrow for it, its number kept:
    "4 exercises" becomes "4 ex", "47 min" the prime sign of minutes, "47\u2032"."""
    for long, short in ((" exercises", " ex"), (" exercise", " ex"), (" min", "\u2032")):
        if part.endswith(long):
            return part[: -len(long)] + short
    return part


def joiner(part: str) -> str:
    """What goes before ``part`` on a line: " · " between numbers, a space before a workout's "+ block"."""
    return " " if part.startswith("+ ") else " · "


def card_numbers(session: Session, unit: DistanceUnit = DistanceUnit.KM) -> str:
    """The card's numbers on one line, as a tooltip or a screen reader gets them."""
    text = ""
    for part in card_parts(session, unit):
        text = f"{text}{joiner(part)}{part}" if text else part
    return text


def run_pace(session: Session, unit: DistanceUnit = DistanceUnit.KM) -> str:
    """``5:25 /km`` from distance and duration; empty when either is unknown."""
    if session.run is None or not session.distance_m or not session.duration_s:
        return ""
    per_unit = session.duration_s / distance_in(session.distance_m, unit)
    if not 60 <= per_unit < 60 * 60:  # a typo (20 km in 2 min) shows no pace rather than a silly one
        return ""
    minutes, seconds = divmod(round(per_unit), 60)
    return f"{minutes}:{seconds:02d} /{unit.value}"


def card_details(
    session: Session,
    names: Mapping[int, str],
    distance_unit: DistanceUnit = DistanceUnit.KM,
    mass_unit: MassUnit = MassUnit.KG,
) -> list[tuple[str, str]]:
    """What a wide card has room for under its numbers, as (words, figures): a lift's exercises, planned
    against done (("Back squat", "3x5 · 80 kg"), ("Back squat", "2/3 sets")), or a run's pace, heart rate
    and climb (("", "5:25 /km · HR 142")). A narrow card shortens the words, never the figures."""
    if session.run is not None:
        run = session.run
        bits = [run_pace(session, distance_unit)]
        if run.avg_hr:
            bits.append(f"HR {run.avg_hr}")
        if run.elevation_m:
            bits.append(f"↑ {format_elevation(run.elevation_m, distance_unit)}")
        return [("", " · ".join(b for b in bits if b))] if any(bits) else []
    lines = []
    for exercise_id in dict.fromkeys(s.exercise_id for s in session.sets):
        work = [s for s in session.sets if s.exercise_id == exercise_id and not s.warmup]
        if not work:
            continue
        name = names.get(exercise_id, "Exercise")
        logged = sum(1 for s in work if s.logged)
        if logged:
            lines.append((name, f"{logged}/{len(work)} sets" + (" ✓" if logged == len(work) else "")))
            continue
        reps = {s.target_reps for s in work}
        plan = f"{len(work)}×{reps.pop()}" if len(reps) == 1 and None not in reps else f"{len(work)} sets"
        loads = [s.target_load_kg for s in work if s.target_load_kg]
        lines.append((name, plan + (f" · {format_mass(max(loads), mass_unit)}" if loads else "")))
    return lines


# a session of a day gone by still marked planned: done but not ticked, or missed; either way, there to log
NOT_LOGGED = "Not logged"
SUGGESTED = "Suggested"
# what a footer's first word becomes in a day too narrow for it, rather than cut ("Not l…"): a suggestion's
# dashed outline and its + already say what it is
FOOTER_SHORT = {NOT_LOGGED: "Log it", SUGGESTED: ""}


def card_footer_parts(session: Session, past: bool = False) -> list[str]:
    """Time of day and where a moved session was planned; the status circle beside it says done or not,
    so the word only appears for the states a glance could miss: skipped, and planned on a ``past`` day (an
    open circle there looks like the days ahead)."""
    planned = session.status is Status.PLANNED
    unlogged = past and session.kind is not SessionKind.REST  # a rest day gone by needs no logging
    bits = ([NOT_LOGGED] if unlogged else []) if planned else [STATUS_MARK[session.status]]
    if session.time_of_day:
        bits.append(session.time_of_day.value)
    if session.moved and session.planned_day:
        bits.append(f"from {session.planned_day:%a}")
    return bits


def card_footer(session: Session, past: bool = False) -> str:
    return " · ".join(card_footer_parts(session, past))


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
