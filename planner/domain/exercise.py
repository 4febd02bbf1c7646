"""Exercises in the library: what to do, how, and why it helps a runner."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.domain.enums import LiftFocus, MovementPattern

EQUIPMENT = (
    "none",
    "dumbbell",
    "kettlebell",
    "barbell",
    "rack",
    "band",
    "box",
    "bench",
    "step",
    "wall",
    "pull-up-bar",
    "cable",
    "mat",
)
# names as a runner reads them in filters and details ("Pull-up bar", not "Pull up bar")
PATTERN_LABELS = {
    MovementPattern.SINGLE_LEG: "Single-leg",
    MovementPattern.PLYOMETRIC: "Plyometrics",
    MovementPattern.CALF_FOOT: "Calf and foot",
    MovementPattern.HIP: "Hip stability",
}
EQUIPMENT_LABELS = {"none": "No equipment", "pull-up-bar": "Pull-up bar"}


def pattern_label(pattern: MovementPattern) -> str:
    return PATTERN_LABELS.get(pattern, pattern.value.replace("_", " ").capitalize())


def equipment_label(item: str) -> str:
    """A piece of equipment by name; one the user typed that is not on the list is shown as typed."""
    return EQUIPMENT_LABELS.get(item, item.replace("-", " ").capitalize() if item in EQUIPMENT else item)


MUSCLES = (
    "quadriceps",
    "hamstrings",
    "glutes",
    "glute_med",
    "adductors",
    "hip_flexors",
    "calves",
    "tibialis",
    "feet",
    "core",
    "obliques",
    "lower_back",
    "chest",
    "upper_back",
    "lats",
    "shoulders",
    "triceps",
    "biceps",
    "forearms",
)


def muscle_label(muscle: str) -> str:
    return muscle.replace("_", " ").replace("glute med", "glute medius")


@dataclass(frozen=True, slots=True)
class Prescription:
    """A default dose: sets of reps (or seconds, for holds) kept ``rir`` reps short of failure."""

    sets: int
    reps_low: int
    reps_high: int
    rir: int
    unit: str = "reps"  # or "seconds" for holds, "contacts" (ground contacts) for plyometrics

    def __str__(self) -> str:
        reps = f"{self.reps_low}" if self.reps_low == self.reps_high else f"{self.reps_low}-{self.reps_high}"
        if self.unit == "seconds":
            return f"{self.sets} x {reps} s, stopping well before form fades"
        if self.unit == "contacts":
            return f"{self.sets} x {reps} contacts, every one quick and crisp"
        return f"{self.sets} x {reps} reps, {self.rir} in reserve"


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise of the library, built-in or the user's; frozen so a session can share it safely."""

    slug: str
    name: str
    pattern: MovementPattern
    focus: LiftFocus
    equipment: tuple[str, ...] = ("none",)
    unilateral: bool = False
    primary_muscles: tuple[str, ...] = ()
    secondary_muscles: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    mistakes: tuple[str, ...] = ()
    why: str = ""
    novice: Prescription | None = None
    experienced: Prescription | None = None
    easier: tuple[str, ...] = ()
    harder: tuple[str, ...] = ()
    builtin: bool = False
    hidden: bool = False
    edited: bool = False
    images: tuple[str, ...] = field(default=())
    id: int | None = None

    @property
    def plyometric(self) -> bool:
        return self.pattern is MovementPattern.PLYOMETRIC

    @property
    def bodyweight(self) -> bool:
        return set(self.equipment) <= {"none", "mat", "wall", "step", "box", "bench"}

    @property
    def search_text(self) -> str:
        """Everything a search may match: name, cues, muscles, pattern and equipment, lower-cased."""
        parts = [self.name, self.pattern.value.replace("_", " "), *self.cues, *self.equipment]
        parts += [muscle_label(m) for m in (*self.primary_muscles, *self.secondary_muscles)]
        return " ".join(parts).lower()


@dataclass(frozen=True, slots=True)
class LibraryFilter:
    """The library page's search, as a value: the same filter gives the same list in the UI and the tests."""

    text: str = ""
    pattern: MovementPattern | None = None
    focus: LiftFocus | None = None
    equipment: str | None = None
    unilateral_only: bool = False
    plyometric_only: bool = False
    show_hidden: bool = False

    def accepts(self, exercise: Exercise) -> bool:
        if exercise.hidden and not self.show_hidden:
            return False
        if self.pattern is not None and exercise.pattern != self.pattern:  # Qt hands enums back as str
            return False
        if self.focus is not None and exercise.focus != self.focus:
            return False
        if self.equipment is not None and self.equipment not in exercise.equipment:
            return False
        if self.unilateral_only and not exercise.unilateral:
            return False
        if self.plyometric_only and not exercise.plyometric:
            return False
        words = self.text.lower().split()
        return all(word in exercise.search_text for word in words)
