"""The palette's session types: what a new session dragged onto a day starts as."""

from __future__ import annotations

from datetime import date

from planner.domain.enums import Intensity, LiftFocus, RunType, SessionKind, Source
from planner.domain.record import Record, record
from planner.domain.session import KIND_TITLES, LIFT_SHORT_TITLES, RUN_TITLES, LiftDetails, RunDetails, Session


@record
class SessionTemplate(Record):
    """A palette entry: dropping it on a day makes a session with these defaults."""

    key: str
    kind: SessionKind
    run_type: RunType | None = None
    focus: LiftFocus | None = None
    intensity: Intensity | None = None
    distance_m: float | None = None
    duration_s: int | None = None

    def __init__(
        self,
        key: str,
        kind: SessionKind,
        run_type: RunType | None = None,
        focus: LiftFocus | None = None,
        intensity: Intensity | None = None,
        distance_m: float | None = None,
        duration_s: int | None = None,
    ) -> None:
        init = object.__setattr__  # written out, not generated: see planner.domain.record
        init(self, "key", key)
        init(self, "kind", kind)
        init(self, "run_type", run_type)
        init(self, "focus", focus)
        init(self, "intensity", intensity)
        init(self, "distance_m", distance_m)
        init(self, "duration_s", duration_s)

    @property
    def label(self) -> str:
        if self.run_type is not None:
            return RUN_TITLES[self.run_type]
        if self.focus is not None and self.intensity is not None:
            return f"{LIFT_SHORT_TITLES[self.focus]} · {self.intensity.value}"
        return KIND_TITLES[self.kind]

    def session_on(self, day: date) -> Session:
        return Session(
            day=day,
            kind=self.kind,
            duration_s=self.duration_s,
            source=Source.MANUAL,
            run=RunDetails(run_type=self.run_type, distance_m=self.distance_m) if self.run_type else None,
            lift=LiftDetails(focus=self.focus, intensity=self.intensity) if self.focus and self.intensity else None,
        )


def _run(run_type: RunType, km: float, minutes: int) -> SessionTemplate:
    return SessionTemplate(
        f"run-{run_type.value}", SessionKind.RUN, run_type, distance_m=km * 1000, duration_s=minutes * 60
    )


def _lift(focus: LiftFocus, intensity: Intensity, minutes: int) -> SessionTemplate:
    return SessionTemplate(
        f"lift-{focus.value}-{intensity.value}",
        SessionKind.LIFT,
        focus=focus,
        intensity=intensity,
        duration_s=minutes * 60,
    )


TEMPLATES: tuple[SessionTemplate, ...] = (
    _run(RunType.EASY, 8, 48),
    _run(RunType.RECOVERY, 5, 32),
    _run(RunType.LONG, 18, 110),
    _run(RunType.TEMPO, 10, 55),
    _run(RunType.INTERVALS, 9, 50),
    _run(RunType.HILLS, 8, 50),
    _run(RunType.RACE, 10, 50),
    _lift(LiftFocus.LOWER, Intensity.HEAVY, 45),
    _lift(LiftFocus.LOWER, Intensity.MODERATE, 40),
    _lift(LiftFocus.UPPER, Intensity.MODERATE, 40),
    _lift(LiftFocus.FULL, Intensity.MODERATE, 50),
    _lift(LiftFocus.FULL, Intensity.LIGHT, 30),
    _lift(LiftFocus.PLYOMETRIC, Intensity.MODERATE, 20),
    _lift(LiftFocus.CORE, Intensity.LIGHT, 20),
    SessionTemplate("cross", SessionKind.CROSS, duration_s=45 * 60),
    SessionTemplate("rest", SessionKind.REST),
)
TEMPLATES_BY_KEY = {t.key: t for t in TEMPLATES}
