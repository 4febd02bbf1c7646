"""A session is one thing on one day: a run, a lift, cross-training or rest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from planner.domain.enums import (
    Intensity,
    LiftFocus,
    RunType,
    SessionKind,
    Source,
    Status,
    TimeOfDay,
)
from planner.domain.record import Record, record

if TYPE_CHECKING:  # a run's laps and workout load with the first run that has them (issue 21)
    from planner.domain.laps import Lap
    from planner.domain.workout import Workout

AVG_HR_RANGE = (20, 250)  # a run's average heart rate as kept (the editor's box, imports and restores agree)


@record
class RunDetails(Record):
    """What makes a session a run: its type drives the split rules, the rest comes from the plan or a device."""

    run_type: RunType = RunType.EASY
    distance_m: float | None = None
    avg_hr: int | None = None
    elevation_m: float | None = None
    file_hash: str | None = None
    start_time: datetime | None = None
    workout: Workout | None = None  # the planned steps of a structured run
    # what was planned before an imported run completed this one: kept to show planned against done
    planned_distance_m: float | None = None
    planned_duration_s: int | None = None
    laps: tuple[Lap, ...] = ()  # as the watch recorded them

    def __init__(
        self,
        run_type: RunType = RunType.EASY,
        distance_m: float | None = None,
        avg_hr: int | None = None,
        elevation_m: float | None = None,
        file_hash: str | None = None,
        start_time: datetime | None = None,
        workout: Workout | None = None,
        planned_distance_m: float | None = None,
        planned_duration_s: int | None = None,
        laps: tuple[Lap, ...] = (),
    ) -> None:
        init = object.__setattr__  # written out, not generated: see planner.domain.record
        init(self, "run_type", run_type)
        init(self, "distance_m", distance_m)
        init(self, "avg_hr", avg_hr)
        init(self, "elevation_m", elevation_m)
        init(self, "file_hash", file_hash)
        init(self, "start_time", start_time)
        init(self, "workout", workout)
        init(self, "planned_distance_m", planned_distance_m)
        init(self, "planned_duration_s", planned_duration_s)
        init(self, "laps", laps)


@record
class LiftDetails(Record):
    """What makes a session a lift day: focus and intensity decide where the engine may place it."""

    focus: LiftFocus = LiftFocus.FULL
    intensity: Intensity = Intensity.MODERATE

    def __init__(self, focus: LiftFocus = LiftFocus.FULL, intensity: Intensity = Intensity.MODERATE) -> None:
        init = object.__setattr__
        init(self, "focus", focus)
        init(self, "intensity", intensity)


@record
class LiftSet(Record):
    """One planned set and, once logged, what was actually done. Loads are kilograms.

    A warm-up set prepares the working sets: it is logged like any set but never counts as a hard set
    or towards a record.
    """

    exercise_id: int
    set_number: int = 1
    position: int = 0
    target_reps: int | None = None
    target_load_kg: float | None = None
    target_rir: float | None = None
    actual_reps: int | None = None
    actual_load_kg: float | None = None
    actual_rir: float | None = None
    id: int | None = None
    warmup: bool = False

    def __init__(
        self,
        exercise_id: int,
        set_number: int = 1,
        position: int = 0,
        target_reps: int | None = None,
        target_load_kg: float | None = None,
        target_rir: float | None = None,
        actual_reps: int | None = None,
        actual_load_kg: float | None = None,
        actual_rir: float | None = None,
        id: int | None = None,
        warmup: bool = False,
    ) -> None:
        init = object.__setattr__
        init(self, "exercise_id", exercise_id)
        init(self, "set_number", set_number)
        init(self, "position", position)
        init(self, "target_reps", target_reps)
        init(self, "target_load_kg", target_load_kg)
        init(self, "target_rir", target_rir)
        init(self, "actual_reps", actual_reps)
        init(self, "actual_load_kg", actual_load_kg)
        init(self, "actual_rir", actual_rir)
        init(self, "id", id)
        init(self, "warmup", warmup)

    @property
    def logged(self) -> bool:
        return self.actual_reps is not None

    def as_planned(self) -> LiftSet:
        """The same set with nothing logged: what a copied session should carry."""
        return replace(self, id=None, actual_reps=None, actual_load_kg=None, actual_rir=None)


@record
class Session(Record):
    """A session as the rest of the app sees it; ``id`` is None until the store has saved it."""

    day: date
    kind: SessionKind
    status: Status = Status.PLANNED
    position: int = 0
    time_of_day: TimeOfDay | None = None
    duration_s: int | None = None
    rpe: float | None = None
    notes: str = ""
    reasons: str = ""  # why the planner suggested it, one reason a line; never the user's notes
    source: Source = Source.MANUAL
    planned_day: date | None = None
    run: RunDetails | None = None
    lift: LiftDetails | None = None
    sets: tuple[LiftSet, ...] = ()
    id: int | None = None

    def __init__(
        self,
        day: date,
        kind: SessionKind,
        status: Status = Status.PLANNED,
        position: int = 0,
        time_of_day: TimeOfDay | None = None,
        duration_s: int | None = None,
        rpe: float | None = None,
        notes: str = "",
        reasons: str = "",
        source: Source = Source.MANUAL,
        planned_day: date | None = None,
        run: RunDetails | None = None,
        lift: LiftDetails | None = None,
        sets: tuple[LiftSet, ...] = (),
        id: int | None = None,
    ) -> None:
        init = object.__setattr__
        init(self, "day", day)
        init(self, "kind", kind)
        init(self, "status", status)
        init(self, "position", position)
        init(self, "time_of_day", time_of_day)
        init(self, "duration_s", duration_s)
        init(self, "rpe", rpe)
        init(self, "notes", notes)
        init(self, "reasons", reasons)
        init(self, "source", source)
        init(self, "planned_day", planned_day)
        init(self, "run", run)
        init(self, "lift", lift)
        init(self, "sets", sets)
        init(self, "id", id)
        self._check()

    def _check(self) -> None:
        if self.kind is SessionKind.RUN and self.run is None:
            raise ValueError("a run session needs run details")
        if self.kind is SessionKind.LIFT and self.lift is None:
            raise ValueError("a lift session needs lift details")
        if self.kind is not SessionKind.RUN and self.run is not None:
            raise ValueError(f"a {self.kind} session cannot carry run details")
        if self.kind is not SessionKind.LIFT and (self.lift is not None or self.sets):
            raise ValueError(f"a {self.kind} session cannot carry lift details or sets")
        if self.rpe is not None and not 0 <= self.rpe <= 10:
            raise ValueError("session RPE is on the CR-10 scale (0-10)")
        if self.duration_s is not None and self.duration_s < 0:
            raise ValueError("duration cannot be negative")

    @property
    def moved(self) -> bool:
        """True when the session now sits on another day than the one it was planned for."""
        return self.planned_day is not None and self.planned_day != self.day

    @property
    def distance_m(self) -> float | None:
        return self.run.distance_m if self.run else None

    @property
    def exercise_count(self) -> int:
        return len({s.exercise_id for s in self.sets})

    @property
    def title(self) -> str:
        """A short human name: "Long run", "Heavy lower-body lift", "Rest"."""
        if self.run is not None:
            return RUN_TITLES[self.run.run_type]
        if self.lift is not None:
            return f"{self.lift.intensity.value.capitalize()} {LIFT_TITLES[self.lift.focus]}"
        return KIND_TITLES[self.kind]

    @property
    def short_title(self) -> str:
        """A card-sized name: "Long run", "Lower body" (the intensity is shown beside the numbers)."""
        if self.lift is not None:
            return LIFT_SHORT_TITLES[self.lift.focus]
        return self.title


RUN_TITLES = {
    RunType.EASY: "Easy run",
    RunType.RECOVERY: "Recovery run",
    RunType.LONG: "Long run",
    RunType.TEMPO: "Tempo run",
    RunType.INTERVALS: "Intervals",
    RunType.HILLS: "Hill repeats",
    RunType.RACE: "Race",
}
LIFT_TITLES = {
    LiftFocus.LOWER: "lower-body lift",
    LiftFocus.UPPER: "upper-body lift",
    LiftFocus.FULL: "full-body lift",
    LiftFocus.PLYOMETRIC: "plyometrics",
    LiftFocus.CORE: "core session",
}
LIFT_SHORT_TITLES = {
    LiftFocus.LOWER: "Lower body",
    LiftFocus.UPPER: "Upper body",
    LiftFocus.FULL: "Full body",
    LiftFocus.PLYOMETRIC: "Plyometrics",
    LiftFocus.CORE: "Core",
}
KIND_TITLES = {
    SessionKind.RUN: "Run",
    SessionKind.LIFT: "Lift",
    SessionKind.CROSS: "Cross-training",
    SessionKind.REST: "Rest",
}
