"""The hard timing rules of DESIGN §3, checked on a plan: which lift sessions break one, and why.

Used at drop time by the calendar and, later, by the suggestion engine. A drop that breaks a rule still
happens (the runner decides); the card is flagged with the reason and the days that would be fine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from planner.domain.enums import Intensity, LiftFocus, RacePriority, RunType, Status, TimeOfDay
from planner.domain.profile import Race
from planner.domain.session import RUN_TITLES, Session

RACE_WEEK_DAYS = 7  # R7: no heavy lower body with an A race within 7 days
# R7 by priority: days before the race with no heavy legs. A: the race week; B: a 2-3 day mini-taper;
# C: none beyond R5 (the race is a key run). A race run with no race entry counts as a C race.
NO_HEAVY_LEGS_DAYS = {RacePriority.A: RACE_WEEK_DAYS, RacePriority.B: 3}


def race_priorities(sessions: Iterable[Session], races: Iterable[Race]) -> dict[date, tuple[str, RacePriority]]:
    """Each race day with its name and priority: the race entries, then race runs without one (C)."""
    found: dict[date, tuple[str, RacePriority]] = {}
    for race in sorted(races, key=lambda r: "ABC".index(r.priority.value)):
        found.setdefault(race.day, (race.name or "race", race.priority))
    for s in sessions:
        if s.run is not None and s.run.run_type is RunType.RACE and s.status is not Status.SKIPPED:
            found.setdefault(s.day, ("race", RacePriority.C))
    return found


class RuleWarning(NamedTuple):
    """A broken split rule on one session, with the rule's id so the UI can explain it (DESIGN §3).
    A named tuple: made on every start, where a frozen dataclass costs 0.7 ms (issue 21)."""

    session_id: int
    rule: str
    message: str


def is_heavy_legs(session: Session) -> bool:
    """Heavy lower-body or plyometric work: what R5 and R7 keep away from key runs and races."""
    lift = session.lift
    if lift is None or session.status is Status.SKIPPED:
        return False
    if lift.focus is LiftFocus.PLYOMETRIC:
        return True
    return lift.intensity is Intensity.HEAVY and lift.focus in (LiftFocus.LOWER, LiftFocus.FULL)


def is_heavy_lower(session: Session) -> bool:
    lift = session.lift
    return (
        lift is not None
        and session.status is not Status.SKIPPED
        and lift.intensity is Intensity.HEAVY
        and lift.focus in (LiftFocus.LOWER, LiftFocus.FULL)
    )


def is_key_run(session: Session) -> bool:
    return session.run is not None and session.status is not Status.SKIPPED and session.run.run_type.is_key


def _before_on_same_day(lift: Session, run: Session) -> bool:
    """Same day, lift first: by time of day when both are known, else by their order in the day."""
    if lift.day != run.day:
        return False
    if lift.time_of_day and run.time_of_day and lift.time_of_day != run.time_of_day:
        return lift.time_of_day is TimeOfDay.AM
    return lift.position < run.position


def _day_name(day: date) -> str:
    return f"{day:%A}"


def _a_race_ahead(day: date, race_days: dict[date, tuple[str, RacePriority]]) -> tuple[date, str] | None:
    """The A race within RACE_WEEK_DAYS after ``day`` (or on it), if any."""
    for race_day, (name, priority) in sorted(race_days.items()):
        if priority is RacePriority.A and 0 <= (race_day - day).days <= RACE_WEEK_DAYS:
            return race_day, name
    return None


def _lighter_legs_in_race_week(lift: Session, race_days: dict[date, tuple[str, RacePriority]]) -> bool:
    """R7: a lower, full-body or plyometric lift below heavy within a week of an A race, other than a light
    activation session 2-4 days out (heavy ones get their own warning)."""
    detail = lift.lift
    if detail is None or lift.status is Status.SKIPPED or is_heavy_legs(lift):
        return False
    if detail.focus not in (LiftFocus.LOWER, LiftFocus.FULL):
        return False
    race = _a_race_ahead(lift.day, race_days)
    if race is None:
        return False
    return not (detail.intensity is Intensity.LIGHT and 2 <= (race[0] - lift.day).days <= 4)


def _lighter_legs_warning(lift: Session, race_days: dict[date, tuple[str, RacePriority]]) -> RuleWarning:
    race = _a_race_ahead(lift.day, race_days)
    assert lift.id is not None and race is not None
    return RuleWarning(
        lift.id,
        "R7",
        f"Leg work in race week ({race[1]} on {race[0]:%a %d %b}): a light activation session 2-4 days out "
        "at most (coaching convention, not a trial result).",
    )


def check_rules(sessions: Sequence[Session], races: Iterable[Race] = ()) -> dict[int, tuple[RuleWarning, ...]]:
    """Warnings per saved lift session id. ``sessions`` should span the week plus a week of context after."""
    found: dict[int, list[RuleWarning]] = {}
    race_days = race_priorities(sessions, races)
    key_runs = [s for s in sessions if is_key_run(s)]
    heavy_lower = [s for s in sessions if is_heavy_lower(s)]

    for lift in sessions:
        if lift.id is not None and _lighter_legs_in_race_week(lift, race_days):
            found.setdefault(lift.id, []).append(_lighter_legs_warning(lift, race_days))
        if lift.id is None or not is_heavy_legs(lift):
            continue
        what = "plyometrics" if lift.lift and lift.lift.focus is LiftFocus.PLYOMETRIC else "heavy leg work"
        for key in key_runs:
            assert key.run is not None
            if key.day == lift.day + timedelta(days=1) or _before_on_same_day(lift, key):
                when = "the day before" if key.day != lift.day else "just before"
                found.setdefault(lift.id, []).append(
                    RuleWarning(
                        lift.id,
                        "R5",
                        f"{what.capitalize()} {when} the {RUN_TITLES[key.run.run_type].lower()} on "
                        f"{_day_name(key.day)}: tired legs spoil key runs; keep 24 h (48 h is better).",
                    )
                )
                break
        else:  # a race in the season's list is a key run too, though no run session stands for it
            race = race_days.get(lift.day + timedelta(days=1))
            if race is not None:
                found.setdefault(lift.id, []).append(
                    RuleWarning(
                        lift.id,
                        "R5",
                        f"{what.capitalize()} the day before {race[0]} on {_day_name(lift.day + timedelta(days=1))}: "
                        "tired legs spoil a race; keep 24 h (48 h is better).",
                    )
                )
        for race_day, (name, priority) in sorted(race_days.items()):
            window = NO_HEAVY_LEGS_DAYS.get(priority)
            if window is not None and 0 <= (race_day - lift.day).days <= window:
                span = "race week" if priority is RacePriority.A else f"the {window} days before a B race"
                found.setdefault(lift.id, []).append(
                    RuleWarning(
                        lift.id,
                        "R7",
                        f"{what.capitalize()} in {span} ({name} on {race_day:%a %d %b}): keep lifting light "
                        "until after the race (coaching convention, not a trial result).",
                    )
                )
                break
    for i, first in enumerate(heavy_lower):
        for second in heavy_lower[i + 1 :]:
            if abs((second.day - first.day).days) < 2:
                for this, other in ((first, second), (second, first)):
                    if this.id is not None:
                        found.setdefault(this.id, []).append(
                            RuleWarning(
                                this.id,
                                "R6",
                                f"Two heavy lower-body sessions within 48 h (the other on "
                                f"{_day_name(other.day)}): legs need two days to recover.",
                            )
                        )
    return {key: tuple(value) for key, value in found.items()}


def fine_days(
    lift: Session, sessions: Sequence[Session], days: Sequence[date], races: Iterable[Race] = ()
) -> list[date]:
    """The days among ``days`` where ``lift`` would break no hard rule (the rest of the plan unchanged)."""
    if lift.id is None:
        raise ValueError("fine_days needs a saved session")
    race_list = list(races)
    others = [s for s in sessions if s.id != lift.id]
    good = []
    for day in days:
        moved = replace(lift, day=day, position=sum(1 for s in others if s.day == day))
        if not check_rules([*others, moved], race_list).get(lift.id):
            good.append(day)
    return good


def drop_warnings(
    placed: Sequence[Session], sessions: Sequence[Session], races: Iterable[Race] = (), *, copies: bool = False
) -> list[RuleWarning]:
    """What a drop would break, asked before the mouse is released: ``placed`` are the sessions already on
    their new day; saved ones leave their old day unless ``copies``, new ones (no id) join under stand-in ids.

    Returns the warnings the drop adds, one per rule: on the placed sessions first, then on others it newly
    puts at fault (a key run dropped the day after a heavy lift flags the lift; R6 flags both lifts of a pair,
    said once).
    """
    race_list = list(races)
    leaving = set() if copies else {s.id for s in placed if s.id is not None}
    others = [s for s in sessions if s.id not in leaving]
    stand_in = min((s.id for s in sessions if s.id is not None), default=0)
    landed = []
    for session in placed:
        if session.id is None or copies:
            stand_in = min(stand_in, 0) - 1
            session = replace(session, id=stand_in)
        landed.append(session)
    before = {(w.session_id, w.message) for found in check_rules(others, race_list).values() for w in found}
    after = check_rules([*others, *landed], race_list)
    landed_ids = {s.id for s in landed}
    added: dict[str, RuleWarning] = {}
    for session_id, found in sorted(after.items(), key=lambda item: item[0] not in landed_ids):
        for warning in found:
            if session_id in landed_ids or (session_id, warning.message) not in before:
                added.setdefault(warning.rule, warning)
    return list(added.values())
