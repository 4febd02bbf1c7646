"""Readiness from daily check-ins: a transparent rule the suggestion engine listens to (DESIGN R14).

The rule, in full:
- A day whose check-in says the runner slept under ``SLEEP_ENOUGH_H`` hours, or rates leg soreness at or
  above ``LEG_SORENESS_LIMIT``/10, is a *caution day*: no heavy lower-body session on it. The engine moves
  the session to a later day of the week that passes every other rule, or makes it moderate when no such
  day exists (see engine/suggest.py).
- A *poor day* is a caution day, or one with upper-body soreness at or above ``UPPER_SORENESS_LIMIT``/10
  or energy at or below ``LOW_ENERGY``/5. ``POOR_STREAK`` poor days in a row suggest a recovery day: the
  day after the streak becomes a caution day too, and the week's warnings say so.
- A day without a check-in changes nothing.

Sources, named honestly: the 7 h floor is the adult minimum of the AASM/SRS consensus (Watson et al.,
Sleep 2015; the 7-9 h band of R14 and the seed articles; athletes may need more). The soreness and energy
cut-offs and the three-day streak are coaching conventions on 0-10 and 1-5 self-report scales, not trial
results; they are constants here so they can be read and changed.

The readiness *score* (0-100) only summarises a check-in for the Recovery chart; decisions use the rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple, Protocol

from planner.domain.checkin import CheckIn

SLEEP_ENOUGH_H = 7.0  # Watson et al. 2015 (AASM/SRS): adults need 7 h or more
SLEEP_BAND_H = (7.0, 9.0)  # R14: 7-9 h, drawn as the band on the Recovery chart
LEG_SORENESS_LIMIT = 6  # 0-10: "clearly sore", a coaching convention
UPPER_SORENESS_LIMIT = 6
LOW_ENERGY = 2  # 1-5: "low" or "very low"
POOR_STREAK = 3  # poor days in a row before a recovery day is suggested
SCORE_SLEEP_FLOOR_H = 4.0  # the score's sleep part is 0 at or below this, full from SLEEP_ENOUGH_H


class Answers(Protocol):
    """What the rule and the score read of a check-in: a ``CheckIn``, or a ``SleepAndSoreness`` row."""

    @property
    def day(self) -> date: ...
    @property
    def sleep_hours(self) -> float: ...
    @property
    def sleep_quality(self) -> int: ...
    @property
    def soreness_legs(self) -> int: ...
    @property
    def soreness_upper(self) -> int: ...
    @property
    def energy(self) -> int: ...


class SleepAndSoreness(NamedTuple):
    """A stored check-in's answers as the Recovery chart reads them: a tuple, as ten years are 3,600 days
    and the chart needs no body mass, heart rate or note (issue 21)."""

    day: date
    sleep_hours: float
    sleep_quality: int
    soreness_legs: int
    soreness_upper: int
    energy: int


def _short_sleep(checkin: Answers) -> bool:
    return checkin.sleep_hours < SLEEP_ENOUGH_H


def _sore_legs(checkin: Answers) -> bool:
    return checkin.soreness_legs >= LEG_SORENESS_LIMIT


def lower_body_causes(checkin: Answers) -> tuple[str, ...]:
    """Why heavy legs should wait today, in the words the reasons use; empty when nothing says so."""
    causes = []
    if _short_sleep(checkin):
        causes.append(f"slept {checkin.sleep_hours:g} h")
    if _sore_legs(checkin):
        causes.append(f"legs sore ({checkin.soreness_legs}/10)")
    return tuple(causes)


def heavy_legs_wait(checkin: Answers) -> bool:
    """Whether ``lower_body_causes`` has any, without wording them (the Recovery chart asks for every day)."""
    return _short_sleep(checkin) or _sore_legs(checkin)


def is_poor(checkin: CheckIn) -> bool:
    return (
        bool(lower_body_causes(checkin))
        or checkin.soreness_upper >= UPPER_SORENESS_LIMIT
        or checkin.energy <= LOW_ENERGY
    )


def readiness_score(checkin: Answers) -> float:
    """0-100, the mean of five equal parts each scaled 0-1: sleep hours (0 at 4 h, full from 7 h), sleep
    quality, energy, and the absence of leg and upper-body soreness."""
    span = SLEEP_ENOUGH_H - SCORE_SLEEP_FLOOR_H
    sleep = min(max((checkin.sleep_hours - SCORE_SLEEP_FLOOR_H) / span, 0.0), 1.0)
    parts = (
        sleep,
        (checkin.sleep_quality - 1) / 4,
        (checkin.energy - 1) / 4,
        1 - checkin.soreness_legs / 10,
        1 - checkin.soreness_upper / 10,
    )
    return round(100 * sum(parts) / len(parts), 1)


@dataclass(frozen=True, slots=True)
class Streak:
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def recovery_day(self) -> date:
        return self.last + timedelta(days=1)


def poor_streaks(checkins: Iterable[CheckIn], length: int = POOR_STREAK) -> list[Streak]:
    """Runs of at least ``length`` poor days on consecutive dates (a missing check-in breaks a run)."""
    poor_days = sorted(c.day for c in checkins if is_poor(c))
    out: list[Streak] = []
    start: date | None = None
    previous: date | None = None
    for day in [*poor_days, None]:
        if day is not None and previous is not None and day - previous == timedelta(days=1):
            previous = day
            continue
        if start is not None and previous is not None and (previous - start).days + 1 >= length:
            out.append(Streak(start, previous))
        start = previous = day
    return out


@dataclass(frozen=True, slots=True)
class Readiness:
    """What the week's check-ins say: caution days with their cause, and recovery streaks."""

    caution: dict[date, str]
    streaks: tuple[Streak, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.caution or self.streaks)


def readiness_of(checkins: Sequence[CheckIn], days: Sequence[date]) -> Readiness:
    """Caution days among ``days``; ``checkins`` may reach back before the week (a streak can end there)."""
    in_week = set(days)
    caution: dict[date, str] = {}
    for checkin in checkins:
        causes = lower_body_causes(checkin)
        if causes and checkin.day in in_week:
            caution[checkin.day] = " and ".join(causes)
    streaks = tuple(s for s in poor_streaks(checkins) if s.recovery_day in in_week or s.last in in_week)
    for streak in streaks:
        if streak.recovery_day in in_week:
            caution.setdefault(
                streak.recovery_day, f"{streak.days} poor days in a row ({streak.first:%a}-{streak.last:%a})"
            )
    return Readiness(caution, streaks)


class RecoveryDay(NamedTuple):
    """One day of the Recovery chart: hours slept and the readiness score, None without a check-in (a tuple:
    ten years are 3,650 days, and a frozen dataclass costs an ``object.__setattr__`` call per field)."""

    day: date
    sleep_hours: float | None = None
    score: float | None = None
    caution: bool = False


class RecoveryWeek(NamedTuple):
    """One week of the Recovery chart on a long span, dated on its first day: the means of its check-in days
    and its mean daily load (the Training load chart's weekly bars are mean daily loads too)."""

    start: date
    checkins: int
    sleep_hours: float | None
    score: float | None
    caution_days: int  # check-in days on which heavy legs wait
    load: float

    @property
    def mostly_caution(self) -> bool:
        """More than half its check-in days said heavy legs wait: the week's bar is marked as such."""
        return 2 * self.caution_days > self.checkins


def recovery_weeks(days: Sequence[RecoveryDay], loads: Sequence[float]) -> list[RecoveryWeek]:
    """Whole weeks of ``days`` (with each day's load), for spans too long to read day by day: years of daily
    bars and points run into one block. A part-week at the end is left out, as the weekly load bars do."""
    weeks = []
    for i in range(0, len(days) - 6, 7):
        checked = [d for d in days[i : i + 7] if d.sleep_hours is not None]
        hours = [d.sleep_hours for d in checked if d.sleep_hours is not None]
        scores = [d.score for d in checked if d.score is not None]
        weeks.append(
            RecoveryWeek(
                start=days[i].day,
                checkins=len(checked),
                sleep_hours=sum(hours) / len(hours) if hours else None,
                score=sum(scores) / len(scores) if scores else None,
                caution_days=sum(1 for d in checked if d.caution),
                load=sum(loads[i : i + 7]) / 7,
            )
        )
    return weeks


def recovery_days(checkins: Iterable[Answers], start: date, end: date) -> tuple[RecoveryDay, ...]:
    """Every day from ``start`` to ``end``, so the chart shares its x axis with the daily training load."""
    by_day = {c.day: c for c in checkins}
    out = []
    day = start
    one = timedelta(days=1)
    while day <= end:
        found = by_day.get(day)
        if found is None:
            out.append(RecoveryDay(day))
        else:
            out.append(RecoveryDay(day, found.sleep_hours, readiness_score(found), heavy_legs_wait(found)))
        day += one
    return tuple(out)
