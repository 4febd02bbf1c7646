"""What the engine needs to know about each day around a week: runs, key runs, races, lifts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.domain.enums import LiftFocus, RacePriority, RunType, SessionKind, Status, TimeOfDay
from planner.domain.profile import Race
from planner.domain.session import RUN_TITLES, Session
from planner.engine.split_rules import NO_HEAVY_LEGS_DAYS, is_heavy_lower, race_priorities

CLOCK = {TimeOfDay.AM: 8, TimeOfDay.PM: 18}  # nominal hours of a morning and an evening session


@dataclass(slots=True)
class DayFacts:
    day: date
    runs: list[Session] = field(default_factory=list)
    lifts: list[Session] = field(default_factory=list)
    cross: bool = False
    rest: bool = False
    race: str | None = None  # the race's name when one is run that day

    @property
    def key_run(self) -> Session | None:
        for run in self.runs:
            assert run.run is not None
            if run.run.run_type.is_key:
                return run
        return None

    @property
    def easy(self) -> bool:
        return bool(self.runs) and self.key_run is None

    @property
    def long(self) -> bool:
        return any(r.run is not None and r.run.run_type is RunType.LONG for r in self.runs)

    @property
    def run_time(self) -> TimeOfDay | None:
        """The time of the day's last run, when every run says when it is."""
        times = [r.time_of_day for r in self.runs]
        if not times or None in times:
            return None
        return TimeOfDay.PM if TimeOfDay.PM in times else TimeOfDay.AM

    def describe(self) -> str:
        """ "an easy-run day", "a run-free day", "the intervals day"."""
        if self.race:
            return "race day"
        key = self.key_run
        if key is not None and key.run is not None:
            return f"the {RUN_TITLES[key.run.run_type].lower()} day"
        if self.runs:
            return "an easy-run day"
        if self.cross:
            return "a cross-training day"
        if self.rest:
            return "a rest day"
        return "a run-free day"


@dataclass(frozen=True, slots=True)
class Facts:
    days: dict[date, DayFacts]
    key_days: dict[date, str]  # day -> what the key run is ("intervals", "long run", "race")
    heavy_lower_days: frozenset[date]
    lift_days: frozenset[date]
    races: dict[date, str]
    priorities: dict[date, RacePriority] = field(default_factory=dict)
    lift_regions: dict[date, frozenset[str]] = field(default_factory=dict)  # what the day's lifts work

    def at(self, day: date) -> DayFacts:
        return self.days.get(day) or DayFacts(day)

    def next_key(self, day: date, within: int = 3) -> tuple[date, str] | None:
        for offset in range(1, within + 1):
            other = day + timedelta(days=offset)
            if other in self.key_days:
                return other, self.key_days[other]
        return None

    def race_within(
        self, day: date, low: int, high: int, priorities: Iterable[RacePriority] = tuple(RacePriority)
    ) -> tuple[date, str] | None:
        wanted = set(priorities)
        for race_day, name in sorted(self.races.items()):
            if low <= (race_day - day).days <= high and self.priorities.get(race_day, RacePriority.A) in wanted:
                return race_day, name
        return None

    def race_forbids_heavy_legs(self, day: date) -> tuple[date, str, RacePriority] | None:
        """R7: an A race within 7 days, or a B race within 3 (its mini-taper); a C race is a key run only."""
        for race_day, name in sorted(self.races.items()):
            priority = self.priorities.get(race_day, RacePriority.A)
            window = NO_HEAVY_LEGS_DAYS.get(priority)
            if window is not None and 0 <= (race_day - day).days <= window:
                return race_day, name, priority
        return None

    def key_clock(self, day: date) -> int | None:
        """The nominal hour of the day's key run, when its time of day is known."""
        here = self.days.get(day)
        if here is None or here.key_run is None or here.key_run.time_of_day is None:
            return None
        return CLOCK[here.key_run.time_of_day]


def facts_of(sessions: Iterable[Session], races: Sequence[Race]) -> Facts:
    days: dict[date, DayFacts] = {}
    sessions = list(sessions)
    ranked = race_priorities(sessions, races)
    race_days = {d: name for d, (name, _) in ranked.items()}
    for s in sessions:
        if s.status is Status.SKIPPED:
            continue
        facts = days.setdefault(s.day, DayFacts(s.day))
        if s.run is not None:
            facts.runs.append(s)
        elif s.lift is not None:
            facts.lifts.append(s)
        elif s.kind is SessionKind.CROSS:
            facts.cross = True
        elif s.kind is SessionKind.REST:
            facts.rest = True
    for day, name in race_days.items():
        days.setdefault(day, DayFacts(day)).race = name
    key_days: dict[date, str] = {}
    for day, facts in days.items():
        key = facts.key_run
        if key is not None and key.run is not None:
            key_days[day] = RUN_TITLES[key.run.run_type].lower()
    for day, name in race_days.items():
        key_days[day] = name if name != "race" else "race"
    heavy = frozenset(s.day for f in days.values() for s in f.lifts if is_heavy_lower(s))
    lifted = frozenset(day for day, f in days.items() if f.lifts)
    regions = {
        day: frozenset(r for s in f.lifts if s.lift is not None for r in regions_of(s.lift.focus))
        for day, f in days.items()
        if f.lifts
    }
    return Facts(days, key_days, heavy, lifted, race_days, {d: p for d, (_, p) in ranked.items()}, regions)


REGIONS = {
    LiftFocus.LOWER: frozenset({"legs"}),
    LiftFocus.PLYOMETRIC: frozenset({"legs"}),
    LiftFocus.FULL: frozenset({"legs", "upper"}),
    LiftFocus.UPPER: frozenset({"upper"}),
    LiftFocus.CORE: frozenset({"core"}),
}


def regions_of(focus: LiftFocus) -> frozenset[str]:
    """What a session of this focus works: lifts on consecutive days matter only when these overlap."""
    return REGIONS[focus]
