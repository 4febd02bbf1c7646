"""Season phases from the next A race (DESIGN §3): how many lift sessions a week gets and how hard.

Weeks are counted from the week holding the race: race week (0), taper (1-2, R8), peak (3-4, R2),
build (5-12), base (earlier, or no A race ahead); the week after an A race is recovery.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.domain.week import week_start


class Phase(StrEnum):
    RECOVERY = "recovery"
    BASE = "base"
    BUILD = "build"
    PEAK = "peak"
    TAPER = "taper"
    RACE_WEEK = "race_week"

    @property
    def label(self) -> str:
        return PHASE_LABELS[self]


PHASE_LABELS = {
    Phase.RECOVERY: "Recovery",
    Phase.BASE: "Base",
    Phase.BUILD: "Build",
    Phase.PEAK: "Peak",
    Phase.TAPER: "Taper",
    Phase.RACE_WEEK: "Race week",
}
TAPER_WEEKS = 2
PEAK_WEEKS = 2  # the two weeks before the taper: "peak (last 3-4 weeks)"
BUILD_WEEKS = 8


@dataclass(frozen=True, slots=True)
class PhaseInfo:
    phase: Phase
    race: Race | None = None  # the A race the phase counts towards (or just ran, for recovery)
    weeks_to_race: int | None = None

    @property
    def reason(self) -> str:
        if self.race is None:
            return "No A race ahead: base phase, two lift sessions a week build strength (R1)."
        name = self.race.name or "A race"
        when = f"{name} on {self.race.day:%a %d %b}"
        match self.phase:
            case Phase.RECOVERY:
                return f"Recovery week after {when}: one light session at most, legs recover first."
            case Phase.RACE_WEEK:
                return f"Race week ({when}): at most a light activation session 2-4 days out (R7)."
            case Phase.TAPER:
                return f"Taper, {self.weeks_to_race} week(s) to {when}: lifting volume halved, intensity kept (R8)."
            case Phase.PEAK:
                return f"Peak phase, {self.weeks_to_race} weeks to {when}: one maintenance session a week (R2)."
            case Phase.BUILD:
                return f"Build phase, {self.weeks_to_race} weeks to {when}: strength work continues (R1)."
            case _:
                return f"Base phase, {self.weeks_to_race} weeks to {when}: build strength now (R1)."


def phase_of(start: date, races: Iterable[Race], first_weekday: int = 0) -> PhaseInfo:
    """The phase of the week starting ``start``."""
    a_races = sorted((r for r in races if r.priority is RacePriority.A), key=lambda r: r.day)
    for race in a_races:
        race_week = week_start(race.day, first_weekday)
        if race_week + timedelta(days=7) == start:
            return PhaseInfo(Phase.RECOVERY, race, -1)
    for race in a_races:
        weeks = (week_start(race.day, first_weekday) - start).days // 7
        if weeks < 0:
            continue
        if weeks == 0:
            phase = Phase.RACE_WEEK
        elif weeks <= TAPER_WEEKS:
            phase = Phase.TAPER
        elif weeks <= TAPER_WEEKS + PEAK_WEEKS:
            phase = Phase.PEAK
        elif weeks <= TAPER_WEEKS + PEAK_WEEKS + BUILD_WEEKS:
            phase = Phase.BUILD
        else:
            phase = Phase.BASE
        return PhaseInfo(phase, race, weeks)
    return PhaseInfo(Phase.BASE)


def week_phases(starts: Sequence[date], races: Iterable[Race], first_weekday: int = 0) -> list[Phase]:
    """``phase_of(start).phase`` for each week start, worked out only where an A race reaches: ten years of
    weeks are 520 calls, nearly all of them base. A week is other than base only as an A race's recovery week
    (its race week 7 days before) or within BUILD+PEAK+TAPER weeks of its next one (0 to 90 days to its week)."""
    race_list = list(races)
    ahead = 7 * (TAPER_WEEKS + PEAK_WEEKS + BUILD_WEEKS + 1) - 1
    race_weeks = sorted(week_start(r.day, first_weekday).toordinal() for r in race_list if r.priority is RacePriority.A)
    phases = []
    for start in starts:
        day = start.toordinal()
        i = bisect_left(race_weeks, day - 7)
        reached = i < len(race_weeks) and race_weeks[i] <= day + ahead
        phases.append(phase_of(start, race_list, first_weekday).phase if reached else Phase.BASE)
    return phases


def sessions_for(phase: Phase, wanted: int) -> int:
    """R1: the runner's 2-3 in base and build; R2: one maintenance session in peak and taper; R7: one
    activation session in race week; one light session in the recovery week."""
    if phase in (Phase.BASE, Phase.BUILD):
        return wanted
    return min(1, wanted)
