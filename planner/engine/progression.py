"""R11, progressive overload from the logged sets: climb the rep range at a load, then add the smallest
step that exists (Settings: the runner's plates, dumbbells and kettlebells) to the logged load; hold when
running volume jumps; back off after a missed session or missed reps.

A step is at most about 10 % (7 % for the upper body). When the next size is bigger (a 16 kg kettlebell to
20 kg is +25 %), reps climb past the range first until the estimated 1RM carries the heavier load at the
bottom of the range ("double progression"); a back-off that would be that big keeps the load instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from planner.domain.enums import MassUnit, Status
from planner.domain.equipment import Equipment
from planner.domain.exercise import Exercise, Prescription
from planner.domain.session import LiftSet, Session
from planner.engine.plates import loaded_equipment, to_unit
from planner.engine.strength import MAX_EFFECTIVE_REPS, best_e1rm, load_for

LOWER_PATTERNS = frozenset({"squat", "hinge", "lunge", "single_leg", "calf_foot", "plyometric", "hip"})
# R11 (ACSM 2009: 2-10 %): the largest step up or back, lower body and upper body (smaller, DESIGN R11)
STEP_CAP = {True: 0.10, False: 0.07}


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
    kit: Equipment | None = None,
    hold: str = "",
) -> Step:
    """This week's target reps and load for one exercise. ``running_jump`` is this week's running
    volume against last week's (0.14 = +14 %); above 10 % a step that was earned is held (R11).
    ``kit`` is what the runner can load (Settings; the defaults of ``unit`` when None): only loads that
    exist are prescribed, and a step is added to the logged load, never to a load snapped to a grid.
    ``hold`` names a lighter week ("Deload week (R12)", "Taper week (R8)"): last time's load and no more reps,
    never a step up (a deload asked 7 reps at 3 in reserve of a lifter who did 6 at 2)."""
    low, high = prescription.reps_low, prescription.reps_high
    kit = kit or Equipment.defaults(unit)
    equipment = loaded_equipment(exercise.equipment, exercise.slug)
    loads = kit.loads_kg(equipment) if equipment else ()
    if last is None:
        if not loads or prescription.unit != "reps":
            return Step(low, None, "")
        return Step(low, None, f"First time: pick a load you could lift {low + prescription.rir} times.")
    sets = last.sets
    logged = [s.actual_load_kg for s in sets if s.actual_load_kg]
    last_load = max(logged) if logged else None
    fewest = min(s.actual_reps or 0 for s in sets)
    estimates = [
        best_e1rm(s.actual_load_kg or 0.0, s.actual_reps or 0, s.actual_rir)
        for s in sets
        if s.actual_load_kg and s.actual_reps
    ]
    e1rm = max((e for e in estimates if e is not None), default=None)
    if e1rm is not None and low + prescription.rir > MAX_EFFECTIVE_REPS:
        e1rm = None  # the RPE table says nothing about loads for this many reps: reps and steps only
    cap = STEP_CAP[exercise.pattern.value in LOWER_PATTERNS]

    if not loads or last_load is None or prescription.unit != "reps":
        # bodyweight, bands and holds: reps (or seconds) climb; at the top, a harder variation
        if hold and fewest:
            target = max(1, min(high, fewest))
            return Step(target, None, f"{hold}: {target} as last time, no more.")
        if fewest >= high:
            harder = f" or move on to {exercise.harder[0].replace('-', ' ')}" if exercise.harder else ""
            return Step(high, None, f"Every set reached {high} last time: add a little{harder}.")
        target = min(high, max(low, fewest + 1))
        return Step(target, None, f"Last time {fewest} at the least: aim for {target}.")

    targets = [s.target_reps for s in sets if s.target_reps]
    last_range_low = min(targets) if targets else fewest
    if e1rm and last_range_low < low and fewest < low:
        # a higher rep range than last time (a moderate day after a heavy one): a lighter load from the
        # e1RM (§4); a lower range than last time is a step up, handled below with the same cap
        load = at_most(load_for(e1rm, low, prescription.rir), loads)
        return Step(low, load, f"From your e1RM of {_fmt(e1rm, unit)}: {low} reps at {_fmt(load, unit)}.", e1rm)

    here = at_most(last_load, loads)  # the logged load itself when it exists, else the nearest below
    if last.missed_after is not None or any(
        s.target_reps and (s.actual_reps or 0) < min(s.target_reps, low) for s in sets
    ):
        why = (
            f"Missed session on {last.missed_after:%a %d %b}"
            if last.missed_after is not None
            else f"Missed reps last time ({fewest} of {min(s.target_reps or low for s in sets)})"
        )
        down = below(last_load, loads)
        if down is not None and (last_load - down) / last_load <= cap + 1e-9:
            return Step(low, down, f"{why}: back off one step to {_fmt(down, unit)}.", e1rm)
        # the next size down is too far below (a 4 kg dumbbell to 2 kg is -50 %): keep it, fewer reps
        return Step(low, here, f"{why}: keep {_fmt(here, unit)} and aim for {low} reps.", e1rm)
    if hold:
        target = max(1, min(low, fewest)) if fewest else low
        held = f"{_fmt(here, unit)} {_as_last(here, last_load, unit)}"
        return Step(target, here, f"{hold}: {held}, {target} reps, no step up.", e1rm)
    rir_met = all(s.actual_rir is None or s.actual_rir >= prescription.rir for s in sets)
    if fewest >= high and rir_met:
        if running_jump is not None and running_jump > 0.10:
            return Step(
                low,
                here,
                f"Earned a step, but running volume is up {running_jump:.0%}: hold {_fmt(here, unit)} (R11).",
                e1rm,
            )
        up = above(last_load, loads)
        if up is None:
            return Step(high, here, f"The heaviest you have: aim for {high} reps, or a harder variation.", e1rm)
        rise = (up - last_load) / last_load
        if rise <= cap + 1e-9:
            if e1rm and fewest > high:
                # last time's reps were past this range (a heavy day after a moderate one): the e1RM may
                # carry more than one step, never more than the cap above the logged load
                wanted = min(load_for(e1rm, low, prescription.rir), last_load * (1 + cap))
                load = at_most(wanted, loads)
                if load > up:
                    note = f"From your e1RM of {_fmt(e1rm, unit)}: {low} reps at {_fmt(load, unit)} (R11)."
                    return Step(low, load, note, e1rm)
            return Step(low, up, f"All sets reached {high} reps: add the smallest step, {_fmt(up, unit)} (R11).", e1rm)
        # double progression: the next size is a big jump, so reps climb past the range until the
        # e1RM carries the heavier load at the bottom of the range (or the RPE table ends)
        if (e1rm and load_for(e1rm, low, prescription.rir) >= up - 1e-9) or (
            fewest + 1 + prescription.rir > MAX_EFFECTIVE_REPS
        ):
            return Step(
                low,
                up,
                f"Reps first earned it: {_fmt(up, unit)} (+{rise:.0%}, the next size you have), "
                f"back to {low} reps (R11, double progression).",
                e1rm,
            )
        return Step(
            fewest + 1,
            here,
            f"The next size, {_fmt(up, unit)}, is +{rise:.0%}: add reps first, {fewest + 1} at "
            f"{_fmt(here, unit)} (R11, double progression).",
            e1rm,
        )
    target = min(high, max(low, fewest + 1))
    return Step(target, here, f"Same load, aim for {target} reps on every set.", e1rm)


def _as_last(load: float, last_load: float, unit: MassUnit) -> str:
    """ "as last time", or how it differs when last time's load cannot be made with the runner's kit."""
    if abs(load - last_load) < 0.01:
        return "as last time"
    return f"(the nearest you can load below last time's {_fmt(last_load, unit)})"


def above(kg: float, loads: Sequence[float]) -> float | None:
    """The lightest load that exists above ``kg`` (the smallest real step up)."""
    return next((x for x in loads if x > kg + 0.01), None)


def below(kg: float, loads: Sequence[float]) -> float | None:
    """The heaviest load that exists below ``kg``."""
    return next((x for x in reversed(loads) if x < kg - 0.01), None)


def at_most(kg: float, loads: Sequence[float]) -> float:
    """The heaviest load that exists at or under ``kg``; the lightest there is when none is."""
    return next((x for x in reversed(loads) if x <= kg + 0.01), loads[0])
