"""The runner's usual running week, and the planned runs it gives for a span of weeks."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import field
from datetime import date, timedelta

from planner.domain.enums import RunType, SessionKind, Source, TimeOfDay
from planner.domain.record import Record, record
from planner.domain.session import RunDetails, Session

# a race is entered as a race, not as a run the week repeats
USUAL_RUN_TYPES = tuple(t for t in RunType if t is not RunType.RACE)


@record
class UsualRun(Record):
    """One run of the runner's usual week, from which the running plan is laid out."""

    run_type: RunType
    distance_m: float | None = None
    time_of_day: TimeOfDay | None = None  # am/pm when the runner keeps to it: lifts are timed around it (R4)

    def __init__(
        self, run_type: RunType, distance_m: float | None = None, time_of_day: TimeOfDay | None = None
    ) -> None:
        init = object.__setattr__  # written out, not generated: see planner.domain.record
        init(self, "run_type", run_type)
        init(self, "distance_m", distance_m)
        init(self, "time_of_day", time_of_day)
        self._check()

    def _check(self) -> None:
        if self.run_type is RunType.RACE:
            raise ValueError("a race is not part of the usual week; add it as a race")
        if self.distance_m is not None and self.distance_m <= 0:
            raise ValueError("a run's distance must be more than zero")


@record
class UsualWeek(Record):
    """One run at most per weekday (0 = Monday ... 6 = Sunday); a missing day has no run.

    ``unavailable`` weekdays ("never on Fridays") get neither runs nor suggested lifts.
    """

    runs: Mapping[int, UsualRun] = field(default_factory=dict)
    unavailable: frozenset[int] = frozenset()

    def __init__(self, runs: Mapping[int, UsualRun] | None = None, unavailable: frozenset[int] = frozenset()) -> None:
        init = object.__setattr__
        init(self, "runs", {} if runs is None else runs)  # a new dict each, as the field's default_factory
        init(self, "unavailable", unavailable)
        self._check()

    def _check(self) -> None:
        if any(not 0 <= day <= 6 for day in (*self.runs, *self.unavailable)):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        if set(self.runs) & set(self.unavailable):
            raise ValueError("a day with a usual run cannot be unavailable")

    def __bool__(self) -> bool:
        return bool(self.runs)

    @property
    def weekly_distance_m(self) -> float:
        return sum(run.distance_m or 0.0 for run in self.runs.values())

    def to_json(self) -> str:
        runs = {
            str(day): [run.run_type.value, run.distance_m, run.time_of_day.value if run.time_of_day else None]
            for day, run in sorted(self.runs.items())
        }
        return json.dumps({"runs": runs, "unavailable": sorted(self.unavailable)})

    @classmethod
    def from_json(cls, text: str) -> UsualWeek:
        """The week saved by ``to_json`` (or by version one: the runs alone); ValueError for anything else."""
        try:
            raw = json.loads(text)
            if "runs" in raw:
                runs_raw, unavailable = raw["runs"], frozenset(int(d) for d in raw.get("unavailable", []))
            else:
                runs_raw, unavailable = raw, frozenset()
            runs = {int(day): _usual_run(item) for day, item in runs_raw.items()}
        except (TypeError, AttributeError, KeyError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a saved usual week: {exc}") from exc
        return cls(runs, unavailable)


def _usual_run(item: list[object]) -> UsualRun:
    kind, km, *rest = item
    when = rest[0] if rest else None
    return UsualRun(
        RunType(str(kind)),
        None if km is None else float(km),  # type: ignore[arg-type]  # checked by float() itself
        None if when is None else TimeOfDay(str(when)),
    )


def planned_runs(usual: UsualWeek, first: date, last: date, busy: Iterable[date] = ()) -> list[Session]:
    """Planned runs from ``first`` to ``last`` inclusive, skipping the ``busy`` days (they already hold
    something the runner chose), so nothing already planned is doubled or crowded."""
    skip = set(busy) | {d for d in _days(first, last) if d.weekday() in usual.unavailable}
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
                    time_of_day=run.time_of_day,
                    planned_day=day,
                    source=Source.MANUAL,
                )
            )
        day += timedelta(days=1)
    return made


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)] if last >= first else []
