"""What a runner needs to know about a day while dragging a lift over it: its runs and the key runs around it.

"Drop on Wednesday: easy-run day, 48 h before intervals". Plain facts from the plan, no judgement: the rule
check after the drop (split_rules) says whether a placement breaks a rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from planner.domain.enums import RunType, SessionKind, Status
from planner.domain.profile import Race
from planner.domain.session import RUN_TITLES, Session
from planner.engine.split_rules import is_heavy_lower, is_key_run

LOOK_AHEAD_DAYS = 2  # R5: 24 h is a hard limit, 48 h preferred
LOOK_BACK_DAYS = 2  # R6: 48 h between heavy lower-body sessions


def _run_name(session: Session) -> str:
    assert session.run is not None
    return RUN_TITLES[session.run.run_type].lower()


def _hours(days: int) -> str:
    return f"{days * 24} h"


def day_kind(day: date, sessions: Sequence[Session], race_days: dict[date, str]) -> str:
    """'easy-run day', 'intervals day', 'race day: City 10K', 'cross-training day' or 'no run planned'."""
    if day in race_days:
        return f"race day: {race_days[day]}"
    on_day = [s for s in sessions if s.day == day and s.status is not Status.SKIPPED]
    runs = [s for s in on_day if s.run is not None]
    key = [s for s in runs if is_key_run(s)]
    if key:
        return " and ".join(_run_name(s) for s in key) + " day"
    if runs:
        kinds = {s.run.run_type for s in runs if s.run is not None}
        return "recovery-run day" if kinds == {RunType.RECOVERY} else "easy-run day"
    if any(s.kind is SessionKind.CROSS for s in on_day):
        return "cross-training day"
    return "rest day" if any(s.kind is SessionKind.REST for s in on_day) else "no run planned"


def drop_hint(day: date, sessions: Sequence[Session], races: Iterable[Race] = ()) -> str:
    """One status-bar line about ``day`` for a lift about to land there."""
    race_days = {race.day: race.name for race in races}
    parts = [day_kind(day, sessions, race_days)]
    window = (day, day + timedelta(days=LOOK_AHEAD_DAYS))
    ahead = [(s.day, _run_name(s)) for s in sessions if is_key_run(s) and window[0] < s.day <= window[1]]
    # races from the race list count as key days even with no race session on them (and name the race)
    ahead += [(d, f"the race ({name})") for d, name in race_days.items() if window[0] < d <= window[1]]
    if ahead:
        soonest = min(ahead, key=lambda found: (found[0], not found[1].startswith("the race")))
        parts.append(f"{_hours((soonest[0] - day).days)} before {soonest[1]}")
    behind = [s for s in sessions if is_key_run(s) and s.day == day - timedelta(days=1)]
    if behind:
        parts.append(f"the day after {_run_name(behind[0])}")
    heavy = [s for s in sessions if is_heavy_lower(s) and s.day != day and abs((s.day - day).days) < LOOK_BACK_DAYS]
    if heavy:
        other = min(heavy, key=lambda s: abs((s.day - day).days))
        parts.append(f"heavy lower body on {other.day:%A}")
    return f"Drop on {day:%A}: " + ", ".join(parts)
