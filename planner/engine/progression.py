"""R11, progressive overload from the logged sets: climb the rep range at a load, then add the smallest
step; hold when running volume jumps; back off after a missed session or missed reps.

A "double progression" (reps first, then load) keeps every step small, which is what R11 asks for, and
needs nothing but the sets the runner logs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from planner.domain.enums import MassUnit, Status
from planner.domain.exercise import Exercise, Prescription
from planner.domain.session import LiftSet, Session
from planner.engine.plates import add_step, loaded_equipment, round_load, to_unit
from planner.engine.strength import best_e1rm, load_for

LOWER_PATTERNS = frozenset({"squat", "hinge", "lunge", "single_leg", "calf_foot", "plyometric", "hip"})


@dataclass(frozen=True, slots=True)
class Step:
    reps: int
    load_kg: float | None
    note: str
    e1rm_kg: float | None = None


@dataclass(frozen=True, slots=True)
class LastTime:
    day: date
    sets: tuple[LiftSet, ...]  # the logged sets of the exercise that day
    missed_after: date | None = None  # a lift skipped since then


def last_time(exercise_id: int, history: Sequence[Session]) -> LastTime | None:
    """The most recent day the exercise was logged, and whether a lift was skipped after it."""
    best: tuple[date, tuple[LiftSet, ...], Session] | None = None
    for session in history:
        if session.lift is None or session.status is Status.SKIPPED:
            continue
        logged = tuple(s for s in session.sets if s.exercise_id == exercise_id and s.logged and not s.warmup)
        if logged and (best is None or session.day > best[0]):
            best = (session.day, logged, session)
    if best is None:
        return None
    focus = best[2].lift.focus if best[2].lift else None
    # a skipped lift of the same focus is a missed session for this exercise; a skipped upper-body day is not
    skipped = [
        s.day
        for s in history
        if s.lift is not None and s.status is Status.SKIPPED and s.day > best[0] and s.lift.focus == focus
    ]
    return LastTime(best[0], best[1], max(skipped) if skipped else None)


def _fmt(kg: float, unit: MassUnit) -> str:
    value = to_unit(kg, unit)
    return f"{value:g} {unit.value}" if value == round(value, 1) else f"{value:.1f} {unit.value}"


def next_step(
    exercise: Exercise,
    prescription: Prescription,
    last: LastTime | None,
    unit: MassUnit,
    running_jump: float | None = None,
) -> Step:
    """This week's target reps and load for one exercise. ``running_jump`` is this week's running
    volume against last week's (0.14 = +14 %); above 10 % a step that was earned is held (R11)."""
    low, high = prescription.reps_low, prescription.reps_high
    equipment = loaded_equipment(exercise.equipment)
    if last is None:
        if equipment is None or prescription.unit != "reps":
            return Step(low, None, "")
        return Step(low, None, f"First time: pick a load you could lift {low + prescription.rir} times.")
    sets = last.sets
    loads = [s.actual_load_kg for s in sets if s.actual_load_kg]
    last_load = max(loads) if loads else None
    fewest = min(s.actual_reps or 0 for s in sets)
    estimates = [
        best_e1rm(s.actual_load_kg or 0.0, s.actual_reps or 0, s.actual_rir)
        for s in sets
        if s.actual_load_kg and s.actual_reps
    ]
    e1rm = max((e for e in estimates if e is not None), default=None)
    lower_body = exercise.pattern.value in LOWER_PATTERNS

    if equipment is None or last_load is None or prescription.unit != "reps":
        # bodyweight, bands and holds: reps (or seconds) climb; at the top, a harder variation
        if fewest >= high:
            harder = f" or move on to {exercise.harder[0].replace('-', ' ')}" if exercise.harder else ""
            return Step(high, None, f"Every set reached {high} last time: add a little{harder}.")
        target = min(high, max(low, fewest + 1))
        return Step(target, None, f"Last time {fewest} at the least: aim for {target}.")

    targets = [s.target_reps for s in sets if s.target_reps]
    last_range_low = min(targets) if targets else fewest
    if e1rm and not low <= last_range_low <= high and not low <= fewest <= high:
        # another rep range than last time (a heavy day after a moderate one): load from the e1RM (§4)
        load = round_load(load_for(e1rm, low, prescription.rir), equipment, unit)
        return Step(low, load, f"From your e1RM of {_fmt(e1rm, unit)}: {low} reps at {_fmt(load, unit)}.", e1rm)

    if last.missed_after is not None:
        load = add_step(last_load, equipment, unit, lower_body, -1)
        return Step(
            low, load, f"Missed session on {last.missed_after:%a %d %b}: back off one step to {_fmt(load, unit)}.", e1rm
        )
    short = [s for s in sets if s.target_reps and (s.actual_reps or 0) < min(s.target_reps, low)]
    if short:
        load = add_step(last_load, equipment, unit, lower_body, -1)
        return Step(
            low,
            load,
            f"Missed reps last time ({fewest} of {short[0].target_reps}): back off to {_fmt(load, unit)}.",
            e1rm,
        )
    rir_met = all(s.actual_rir is None or s.actual_rir >= prescription.rir for s in sets)
    if fewest >= high and rir_met:
        if running_jump is not None and running_jump > 0.10:
            return Step(
                low,
                round_load(last_load, equipment, unit),
                f"Earned a step, but running volume is up {running_jump:.0%}: hold {_fmt(last_load, unit)} (R11).",
                e1rm,
            )
        load = add_step(last_load, equipment, unit, lower_body, 1)
        return Step(low, load, f"All sets reached {high} reps: add the smallest step, {_fmt(load, unit)} (R11).", e1rm)
    target = min(high, max(low, fewest + 1))
    return Step(target, round_load(last_load, equipment, unit), f"Same load, aim for {target} reps on every set.", e1rm)
