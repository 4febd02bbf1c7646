"""Planned against done for a run an import completed: distance, duration and pace, and for a structured
run the watch's laps against the steps (a lap a step when the runner pressed the lap button at each)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.enums import DistanceUnit
from planner.domain.laps import Lap
from planner.domain.pace_source import clock
from planner.domain.session import RunDetails
from planner.domain.units import distance_in, format_pace, pace_in
from planner.domain.workout import Step, step_words

LAP_TOLERANCE = 0.15  # a lap within 15 % of its step's distance or time is that step (GPS and button timing)


@dataclass(frozen=True, slots=True)
class LapAgainstStep:
    step: Step
    lap: Lap

    def words(self, unit: DistanceUnit) -> str:
        """ "800 m @ 3:50/km: 0.80 km in 3:02 (3:48/km)"."""
        lap = self.lap
        done = f"{distance_in(lap.distance_m, unit):.2f} {unit.value} in " if lap.distance_m else ""
        pace = f" ({format_pace(lap.pace_s_per_km, unit)})" if lap.pace_s_per_km else ""
        return f"{step_words(self.step, unit)}: {done}{clock(lap.duration_s)}{pace}"


def comparison(run: RunDetails, done_seconds: int | None, unit: DistanceUnit) -> list[str]:
    """Lines saying planned, done and the difference; [] when nothing was planned (or nothing done)."""
    planned_m, planned_s = run.planned_distance_m, run.planned_duration_s
    if planned_m is None and planned_s is None:
        return []
    lines = [
        f"Planned: {_summary(planned_m, planned_s, unit)}",
        f"Done: {_summary(run.distance_m, done_seconds, unit)}",
    ]
    difference = []
    if planned_m and run.distance_m:
        delta = distance_in(run.distance_m - planned_m, unit)
        difference.append(f"{delta:+.2f} {unit.value}" if abs(delta) >= 0.005 else "the distance planned")
    if planned_s and done_seconds:
        delta_s = done_seconds - planned_s
        difference.append(("+" if delta_s >= 0 else "-") + clock(abs(delta_s)))
    if planned_m and planned_s and run.distance_m and done_seconds:
        pace_delta = done_seconds / (run.distance_m / 1000) - planned_s / (planned_m / 1000)
        seconds = abs(pace_in(pace_delta, unit))
        word = "slower" if pace_delta > 0 else "faster"
        difference.append(f"{seconds:.0f} s/{unit.value} {word}" if round(seconds) else "on pace")
    if difference:
        lines.append("Difference: " + ", ".join(difference))
    return lines


def laps_against_steps(run: RunDetails) -> list[LapAgainstStep] | None:
    """Each step with its lap when the laps follow the steps (as many, each close to its step's distance
    or time); None when they do not (auto laps every km say nothing about the steps)."""
    if run.workout is None or not run.laps:
        return None
    steps = run.workout.flat_steps()
    if len(steps) != len(run.laps):
        return None
    pairs = [LapAgainstStep(step, lap) for step, lap in zip(steps, run.laps, strict=True)]
    return pairs if all(_close(p.step, p.lap) for p in pairs) else None


def _close(step: Step, lap: Lap) -> bool:
    if step.distance_m is not None:
        return lap.distance_m is not None and abs(lap.distance_m - step.distance_m) <= LAP_TOLERANCE * step.distance_m
    assert step.duration_s is not None
    return abs(lap.duration_s - step.duration_s) <= LAP_TOLERANCE * step.duration_s


def _summary(metres: float | None, seconds: int | float | None, unit: DistanceUnit) -> str:
    parts = []
    if metres:
        parts.append(f"{distance_in(metres, unit):.2f} {unit.value}")
    if seconds:
        parts.append(f"in {clock(seconds)}")
    if metres and seconds:
        parts.append(f"({format_pace(seconds / (metres / 1000), unit)})")
    return " ".join(parts) or "—"
