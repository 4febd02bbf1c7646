"""Session load (Foster et al., J Strength Cond Res 2001): session RPE (CR-10) x minutes, runs and lifts alike.

When the runner has not logged an RPE, a typical value for the session type stands in, so a planned week
already shows its shape; these defaults are coaching conventions, not measurements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from planner.domain.enums import Intensity, RunType, SessionKind, Status
from planner.domain.session import Session

TYPICAL_RUN_RPE = {
    RunType.RECOVERY: 2.0,
    RunType.EASY: 3.0,
    RunType.LONG: 4.5,
    RunType.HILLS: 7.0,
    RunType.TEMPO: 6.5,
    RunType.INTERVALS: 7.5,
    RunType.RACE: 9.0,
}
TYPICAL_LIFT_RPE = {Intensity.LIGHT: 3.5, Intensity.MODERATE: 5.0, Intensity.HEAVY: 7.0}
TYPICAL_MINUTES = {SessionKind.RUN: 45, SessionKind.LIFT: 45, SessionKind.CROSS: 45, SessionKind.REST: 0}
CROSS_RPE = 3.0


def session_rpe(session: Session) -> float:
    return rpe_or_typical(
        session.kind,
        session.rpe,
        session.run.run_type if session.run is not None else None,
        session.lift.intensity if session.lift is not None else None,
    )


def rpe_or_typical(
    kind: SessionKind, rpe: float | None, run_type: RunType | None, intensity: Intensity | None
) -> float:
    """The logged RPE, else the typical one for a run of ``run_type`` or a lift of ``intensity``."""
    if rpe is not None:
        return rpe
    if run_type is not None:
        return TYPICAL_RUN_RPE[run_type]
    if intensity is not None:
        return TYPICAL_LIFT_RPE[intensity]
    return CROSS_RPE if kind is SessionKind.CROSS else 0.0


def session_load(session: Session) -> float:
    """Arbitrary units (RPE x min); 0 for rest and for skipped sessions."""
    return load_of(
        session.kind,
        session.status,
        session.duration_s,
        session.rpe,
        session.run.run_type if session.run is not None else None,
        session.lift.intensity if session.lift is not None else None,
    )


def load_of(
    kind: SessionKind,
    status: Status,
    duration_s: int | None,
    rpe: float | None,
    run_type: RunType | None = None,
    intensity: Intensity | None = None,
) -> float:
    """``session_load`` from a session's columns: the Progress charts read years of them as plain rows."""
    if status is Status.SKIPPED or kind is SessionKind.REST:
        return 0.0
    minutes = duration_s / 60 if duration_s is not None else TYPICAL_MINUTES[kind]
    return rpe_or_typical(kind, rpe, run_type, intensity) * minutes


def daily_loads_by_kind(sessions: Iterable[Session]) -> dict[date, dict[SessionKind, float]]:
    """Per day, the load of runs, lifts and cross-training apart: the month strip stacks them."""
    loads: dict[date, dict[SessionKind, float]] = defaultdict(lambda: defaultdict(float))
    for session in sessions:
        load = session_load(session)
        if load:
            loads[session.day][session.kind] += load
    return {day: dict(kinds) for day, kinds in loads.items()}
