"""The runner's usual running week, and the planned runs it gives for a span of weeks."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.domain.enums import RunType, SessionKind, Source
from planner.domain.session import RunDetails, Session

# a race is entered as a race, not as a run the week repeats
USUAL_RUN_TYPES = tuple(t for t in RunType if t is not RunType.RACE)


@dataclass(frozen=True, slots=True)
class UsualRun:
    run_type: RunType
    distance_m: float | None = None

    def __post_init__(self) -> None:
        if self.run_type is RunType.RACE:
            raise ValueError("a race is not part of the usual week; add it as a race")
        if self.distance_m is not None and self.distance_m <= 0:
            raise ValueError("a run's distance must be more than zero")


@dataclass(frozen=True, slots=True)
class UsualWeek:
    """One run at most per weekday (0 = Monday ... 6 = Sunday); a missing day has no run."""

    runs: Mapping[int, UsualRun] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if any(not 0 <= day <= 6 for day in self.runs):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")

    def __bool__(self) -> bool:
        return bool(self.runs)

    def to_json(self) -> str:
        return json.dumps({str(day): [run.run_type.value, run.distance_m] for day, run in sorted(self.runs.items())})

    @classmethod
    def from_json(cls, text: str) -> UsualWeek:
        """The week saved by ``to_json``; ValueError for anything else."""
        try:
            raw = json.loads(text)
            runs = {
                int(day): UsualRun(RunType(kind), None if km is None else float(km)) for day, (kind, km) in raw.items()
            }
        except (TypeError, AttributeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a saved usual week: {exc}") from exc
        return cls(runs)


def planned_runs(usual: UsualWeek, first: date, last: date, busy: Iterable[date] = ()) -> list[Session]:
    """Planned runs from ``first`` to ``last`` inclusive, skipping the ``busy`` days (they already hold
    something the runner chose), so nothing already planned is doubled or crowded."""
    skip = set(busy)
    made = []
    day = first
    while day <= last:
        run = usual.runs.get(day.weekday())
        if run is not None and day not in skip:
            made.append(
                Session(
                    day=day,
                    kind=SessionKind.RUN,
                    run=RunDetails(run_type=run.run_type, distance_m=run.distance_m),
                    planned_day=day,
                    source=Source.MANUAL,
                )
            )
        day += timedelta(days=1)
    return made
