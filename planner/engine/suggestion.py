"""What the suggestion engine takes in and gives back; plain frozen data, no behaviour beyond conversion."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from planner.domain.checkin import CheckIn
from planner.domain.enums import Intensity, LiftFocus, SessionKind, Source, TimeOfDay
from planner.domain.equipment import Equipment
from planner.domain.exercise import Exercise
from planner.domain.profile import Profile, Race
from planner.domain.session import LiftDetails, LiftSet, Session
from planner.engine.phases import PhaseInfo

HISTORY_WEEKS = 8  # the history the engine reads: progression's last sets, R12's streak, R9's start, R13


class Timing(StrEnum):
    AFTER_RUN = "after_run"  # same day, straight after the run
    SEPARATE = "separate_session"  # same day, 6 h or more after the run (R4)
    RUN_FREE = "run_free_day"

    @property
    def label(self) -> str:
        return {
            Timing.AFTER_RUN: "after the run",
            Timing.SEPARATE: "separate session, 6 h+ after the run",
            Timing.RUN_FREE: "run-free day",
        }[self]


@dataclass(frozen=True, slots=True)
class WeekInput:
    """One week to plan. ``sessions`` holds the week's sessions plus context (the day before, the week
    after: key runs and races there constrain the week's last days); ``history`` the sessions before the
    week (six weeks or more: progression, deload timing, running volume), lifts with their sets;
    ``checkins`` the daily check-ins of the week and a few days before (none: readiness changes nothing);
    ``today`` when known: the current week is planned from it."""

    days: tuple[date, ...]
    profile: Profile
    sessions: tuple[Session, ...] = ()
    races: tuple[Race, ...] = ()
    history: tuple[Session, ...] = ()
    library: tuple[Exercise, ...] = ()
    unavailable: frozenset[date] = frozenset()
    checkins: tuple[CheckIn, ...] = ()
    today: date | None = None  # days before it are context, never places for a suggestion (DESIGN §3)
    equipment: Equipment | None = None  # what the runner can load (Settings); None: the unit's defaults
    trained: bool = False  # Settings: comes in already trained, so no form-first weeks at the start (R9)


@dataclass(frozen=True, slots=True)
class ExerciseDose:
    exercise: Exercise
    sets: int
    reps_low: int
    reps_high: int
    rir: int
    unit: str = "reps"
    reps: int = 0  # this week's target within the range (R11: climb the range, then add load)
    load_kg: float | None = None  # None: bodyweight, or no history yet to base a load on
    note: str = ""  # the progression step in words


@dataclass(frozen=True, slots=True)
class RunnerUp:
    """The best other day for a suggestion and why it lost, from the real comparison."""

    day: date | None  # None: no other free day passes the hard rules
    cost: float | None  # the runner-up's own score (lower is better); None when there is none
    chosen_cost: float
    text: str  # the reason in words


@dataclass(frozen=True, slots=True)
class Suggestion:
    day: date
    focus: LiftFocus
    intensity: Intensity
    timing: Timing
    time_of_day: TimeOfDay | None
    exercises: tuple[ExerciseDose, ...]
    reasons: tuple[str, ...]
    alternatives: tuple[date, ...] = ()  # other days that score close to this one
    duration_min: int = 45
    runner_up: RunnerUp | None = None

    def as_session(self) -> Session:
        sets: list[LiftSet] = []
        for dose in self.exercises:
            if dose.exercise.id is None:
                continue
            for number in range(1, dose.sets + 1):
                sets.append(
                    LiftSet(
                        exercise_id=dose.exercise.id,
                        set_number=number,
                        position=len(sets),
                        target_reps=dose.reps or dose.reps_low,
                        target_load_kg=dose.load_kg,
                        target_rir=float(dose.rir),
                    )
                )
        return Session(
            day=self.day,
            kind=SessionKind.LIFT,
            time_of_day=self.time_of_day,
            duration_s=self.duration_min * 60,
            reasons="\n".join(self.reasons),
            source=Source.SUGGESTED,
            lift=LiftDetails(focus=self.focus, intensity=self.intensity),
            sets=tuple(sets),
        )


@dataclass(frozen=True, slots=True)
class PlanWarning:
    day: date | None
    rule: str
    message: str
    session_id: int | None = None


@dataclass(frozen=True, slots=True)
class WeekSuggestion:
    start: date
    phase: PhaseInfo
    target: int  # lift sessions this phase wants (existing ones included)
    suggestions: tuple[Suggestion, ...] = ()
    warnings: tuple[PlanWarning, ...] = ()
    notes: tuple[str, ...] = field(default=())  # week-level explanations (phase, deload, form-first)
    tips: tuple[str, ...] = ()  # at most two recovery tips (R14: tips, never rules)
