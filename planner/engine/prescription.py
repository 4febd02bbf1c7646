"""R9/R10: which exercises a lift session gets, in what order, and how many sets of how many reps.

A session is a list of movement-pattern slots (compound and single-leg lower-body work first, R10);
each slot takes the first visible exercise of a preference list for the lifter's level, or any visible
exercise of that pattern, so a library the user has trimmed or extended still yields a session.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.enums import Intensity, LiftFocus, MovementPattern
from planner.domain.exercise import Exercise, Prescription

P = MovementPattern


class Level(StrEnum):
    """How loaded the session's exercise choices are."""

    LIGHT = "light"  # bodyweight activation and recovery work
    FORM = "form"  # R9: novice or first weeks, light loads and 8-12 reps
    STRENGTH = "strength"  # R10: barbell compounds


SLOTS: dict[LiftFocus, tuple[MovementPattern, ...]] = {
    LiftFocus.LOWER: (P.SQUAT, P.HINGE, P.SINGLE_LEG, P.CALF_FOOT),
    LiftFocus.FULL: (P.SQUAT, P.HINGE, P.PUSH, P.PULL, P.CORE),
    LiftFocus.UPPER: (P.PULL, P.PUSH, P.PULL, P.CORE),
    LiftFocus.PLYOMETRIC: (P.PLYOMETRIC, P.PLYOMETRIC, P.PLYOMETRIC, P.CALF_FOOT),
    LiftFocus.CORE: (P.CORE, P.CORE, P.HIP, P.CORE),
}
ACTIVATION_SLOTS = (P.SQUAT, P.HINGE, P.HIP, P.CORE)
NEARBY = {P.SINGLE_LEG: P.LUNGE, P.LUNGE: P.SINGLE_LEG, P.HIP: P.CORE}

PREFERRED: dict[Level, dict[MovementPattern, tuple[str, ...]]] = {
    Level.STRENGTH: {
        P.SQUAT: ("back-squat", "front-squat", "goblet-squat"),
        P.HINGE: ("deadlift", "romanian-deadlift", "hip-thrust"),
        P.SINGLE_LEG: ("bulgarian-split-squat", "step-up", "single-leg-rdl", "reverse-lunge"),
        P.CALF_FOOT: ("straight-knee-calf-raise", "single-leg-calf-raise", "bent-knee-calf-raise"),
        P.PUSH: ("overhead-press", "push-up"),
        P.PULL: ("dumbbell-row", "pull-up", "inverted-row"),
        P.CORE: ("pallof-press", "side-plank", "dead-bug"),
        P.PLYOMETRIC: ("pogo-hops", "box-jump", "bounding", "lateral-bound", "jump-squat"),
        P.HIP: ("copenhagen-plank", "lateral-band-walk", "clamshell"),
    },
    Level.FORM: {
        P.SQUAT: ("goblet-squat", "box-squat", "bodyweight-squat"),
        P.HINGE: ("romanian-deadlift", "glute-bridge", "hip-thrust"),
        P.SINGLE_LEG: ("step-up", "split-squat", "reverse-lunge", "single-leg-glute-bridge"),
        P.CALF_FOOT: ("straight-knee-calf-raise", "bent-knee-calf-raise", "tibialis-raise"),
        P.PUSH: ("incline-push-up", "push-up"),
        P.PULL: ("dumbbell-row", "inverted-row", "band-pull-apart"),
        P.CORE: ("dead-bug", "front-plank", "side-plank", "bird-dog"),
        P.PLYOMETRIC: ("pogo-hops", "a-skip", "b-skip", "jump-squat"),
        P.HIP: ("clamshell", "lateral-band-walk"),
    },
    Level.LIGHT: {
        P.SQUAT: ("bodyweight-squat", "box-squat"),
        P.HINGE: ("glute-bridge", "single-leg-glute-bridge"),
        P.SINGLE_LEG: ("split-squat", "single-leg-glute-bridge"),
        P.CALF_FOOT: ("bent-knee-calf-raise", "tibialis-raise"),
        P.PUSH: ("incline-push-up", "push-up"),
        P.PULL: ("band-pull-apart", "inverted-row"),
        P.CORE: ("dead-bug", "bird-dog", "side-plank", "front-plank"),
        P.PLYOMETRIC: ("a-skip", "pogo-hops"),
        P.HIP: ("lateral-band-walk", "clamshell"),
    },
}
MULTI_JOINT = frozenset({P.SQUAT, P.HINGE, P.LUNGE, P.SINGLE_LEG, P.PUSH, P.PULL})
HEAVY_REPS = (4, 6)  # R10: 3-4 x 4-6 at RIR 2-3
HEAVY_RIR = 2
MODERATE_REPS = (6, 8)  # a moderate day lifts a heavy-range exercise (4-6) for more reps at lighter loads
MODERATE_RIR = 3
FORM_REPS = (8, 12)  # R9
MAIN_LIFTS = 2  # the first two heavy slots get the 4-6 prescription; the rest keep their own dose
FALLBACK = Prescription(sets=3, reps_low=8, reps_high=10, rir=2)


@dataclass(frozen=True, slots=True)
class Planned:
    exercise: Exercise
    dose: Prescription


def choose_exercises(
    focus: LiftFocus, level: Level, library: Sequence[Exercise], activation: bool = False
) -> list[Exercise]:
    """One exercise per slot, none twice, in slot order; a slot with nothing to offer is left out."""
    visible = [e for e in library if not e.hidden]
    by_slug = {e.slug: e for e in visible}
    chosen: list[Exercise] = []
    for pattern in ACTIVATION_SLOTS if activation else SLOTS[focus]:
        pick = _pick(pattern, level, by_slug, visible, chosen)
        if pick is None and pattern in NEARBY:
            pick = _pick(NEARBY[pattern], level, by_slug, visible, chosen)
        if pick is not None:
            chosen.append(pick)
    return chosen


def _pick(
    pattern: MovementPattern,
    level: Level,
    by_slug: dict[str, Exercise],
    visible: Sequence[Exercise],
    chosen: Sequence[Exercise],
) -> Exercise | None:
    taken = {e.slug for e in chosen}
    for slug in PREFERRED[level].get(pattern, ()):
        exercise = by_slug.get(slug)
        if exercise is not None and exercise.pattern == pattern and slug not in taken:
            return exercise
    others = sorted((e for e in visible if e.pattern == pattern and e.slug not in taken), key=lambda e: e.name)
    return others[0] if others else None


def dose(exercise: Exercise, slot: int, intensity: Intensity, level: Level, advanced: bool) -> Prescription:
    """The sets x reps x RIR for one exercise in a session of this intensity (R9, R10)."""
    if level is not Level.STRENGTH or intensity is Intensity.LIGHT:
        base = exercise.novice or exercise.experienced or FALLBACK
        if intensity is Intensity.LIGHT:
            return Prescription(2, base.reps_low, base.reps_high, max(base.rir, 3), base.unit)
        if level is Level.FORM and base.unit == "reps":
            # R9: 8-12 reps, form first, for every exercise counted in reps (holds and jumps keep theirs)
            return Prescription(2, *FORM_REPS, max(base.rir, 3), base.unit)
        return base
    base = exercise.experienced or exercise.novice or FALLBACK
    if (
        intensity is Intensity.HEAVY
        and slot < MAIN_LIFTS
        and exercise.pattern in MULTI_JOINT
        and base.unit == "reps"
        and not exercise.bodyweight
    ):
        return Prescription(4 if advanced and slot == 0 else 3, *HEAVY_REPS, HEAVY_RIR)
    if intensity is Intensity.MODERATE and base.unit == "reps" and base.reps_high <= HEAVY_REPS[1]:
        # R7's downgrade and R12's deload must change the dose, not only the label
        return Prescription(min(base.sets, 3), *MODERATE_REPS, max(base.rir, MODERATE_RIR), base.unit)
    return base


def trimmed(planned: list[Planned], keep: float) -> list[Planned]:
    """R8/R12: cut the session's total sets to about ``keep`` of it, sets first, then the last exercises
    (one set at a time, so dropping a whole exercise cannot overshoot: 3 + 3 sets at 0.5 keep 2 + 1);
    the main lifts keep their load (intensity is kept, volume goes)."""
    total = sum(p.dose.sets for p in planned)
    limit = max(1, round(total * keep))
    out = [Planned(p.exercise, _with_sets(p.dose, max(1, math.ceil(p.dose.sets * keep)))) for p in planned]
    while len(out) > 1 and sum(p.dose.sets for p in out) > limit:
        last = out[-1]
        if last.dose.sets > 1:
            out[-1] = Planned(last.exercise, _with_sets(last.dose, last.dose.sets - 1))
        else:
            out.pop()
    return out


def _with_sets(prescription: Prescription, sets: int) -> Prescription:
    return Prescription(sets, prescription.reps_low, prescription.reps_high, prescription.rir, prescription.unit)
