"""The closed sets of values a session, lift or profile can take; stored by their string value."""

from __future__ import annotations

from enum import StrEnum


class SessionKind(StrEnum):
    RUN = "run"
    LIFT = "lift"
    CROSS = "cross"
    REST = "rest"


class RunType(StrEnum):
    EASY = "easy"
    RECOVERY = "recovery"
    LONG = "long"
    TEMPO = "tempo"
    INTERVALS = "intervals"
    HILLS = "hills"
    RACE = "race"

    @property
    def is_key(self) -> bool:
        """Key runs are the ones lifting must not spoil (DESIGN §3)."""
        return self in KEY_RUN_TYPES


KEY_RUN_TYPES = frozenset({RunType.INTERVALS, RunType.TEMPO, RunType.HILLS, RunType.LONG, RunType.RACE})


class LiftFocus(StrEnum):
    LOWER = "lower"
    UPPER = "upper"
    FULL = "full"
    PLYOMETRIC = "plyometric"
    CORE = "core"


class Intensity(StrEnum):
    HEAVY = "heavy"
    MODERATE = "moderate"
    LIGHT = "light"


class Status(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"


class TimeOfDay(StrEnum):
    AM = "am"
    PM = "pm"


class Source(StrEnum):
    MANUAL = "manual"
    SUGGESTED = "suggested"
    IMPORTED = "imported"
    EXAMPLE = "example"


class Experience(StrEnum):
    NOVICE = "novice"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Strategy(StrEnum):
    EASY_DAYS = "easy_days"
    HARD_DAYS_HARD = "hard_days_hard"


class MassUnit(StrEnum):
    KG = "kg"
    LB = "lb"


class DistanceUnit(StrEnum):
    KM = "km"
    MI = "mi"


class RacePriority(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class MovementPattern(StrEnum):
    SQUAT = "squat"
    HINGE = "hinge"
    LUNGE = "lunge"
    SINGLE_LEG = "single_leg"
    PUSH = "push"
    PULL = "pull"
    CORE = "core"
    PLYOMETRIC = "plyometric"
    CALF_FOOT = "calf_foot"
    HIP = "hip"  # hip stability (clamshells, band walks, Copenhagen planks): not in DESIGN §2's first list


class ImageKind(StrEnum):
    ILLUSTRATION = "illustration"
    PHOTO = "photo"
