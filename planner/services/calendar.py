"""What the calendar shows for a week, and the week-level edits (copy a week, move or copy several)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from planner.domain.enums import SessionKind
from planner.domain.profile import Race
from planner.domain.session import Session
from planner.domain.week import Week, week_days
from planner.engine.load import daily_loads_by_kind
from planner.engine.split_rules import RuleWarning, check_rules, fine_days
from planner.services import availability, sessions
from planner.services import records as record_service
from planner.store import exercise_rows, race_rows
from planner.store import session_rows as rows
from planner.store.transaction import transaction

if TYPE_CHECKING:  # records come after the first paint (services.records)
    from planner.engine.records import Record

# rules look a day back (a Sunday lift before Monday's intervals is last week's) and a week ahead (race week)
CONTEXT_BEFORE = timedelta(days=1)
CONTEXT_AFTER = timedelta(days=8)


class WeekPlan(NamedTuple):
    """Everything the week page draws, read in one go so a redraw never queries half-way.

    A named tuple, not a frozen dataclass: it is made before the first paint, where a dataclass's generated
    methods cost 1.4 ms to compile on Python 3.11 and a named tuple's 0.15 ms (issue 21). The empty defaults
    are shared, so a plan is never changed in place (nothing does: a change reads a new plan)."""

    week: Week
    warnings: dict[int, tuple[RuleWarning, ...]] = {}
    context: tuple[Session, ...] = ()
    races: tuple[Race, ...] = ()
    # daily load per kind over the overview span around the week (the month strip)
    loads: dict[date, dict[SessionKind, float]] = {}
    overview: tuple[date, date] | None = None
    # personal records set in the week's sessions, by session id, and the same in plain words
    records: dict[int, tuple[Record, ...]] = {}
    record_texts: dict[int, tuple[str, ...]] = {}
    unavailable: frozenset[date] = frozenset()  # days marked off, or off in the usual week
    exercise_names: dict[int, str] = {}  # of the week's lift sets, for wide cards

    def fine_days_for(self, session: Session) -> list[date]:
        return fine_days(session, self.context, self.week.days, self.races)


def week_plan(
    day: date, first_weekday: int = 0, weeks_before: int = 3, weeks_after: int = 2, *, with_records: bool = True
) -> WeekPlan:
    """The week holding ``day``: its sessions, rule warnings, and the load of the weeks around it.

    Three queries whatever the span: sessions, the week's lift sets, races; and when the week has logged
    sets, one read of the history before it for personal records (names and units only if there are any).
    ``with_records=False`` skips that read: the first one reads each exercise's whole history (about 0.1 s
    on ten years), which the window's first paint should not wait for; it starts in the background instead.
    """
    days = week_days(day, first_weekday)
    start, end = days[0] - CONTEXT_BEFORE, days[-1] + CONTEXT_AFTER
    overview = (days[0] - timedelta(weeks=weeks_before), days[0] + timedelta(weeks=weeks_after + 1, days=-1))
    span = rows.sessions_between(min(start, overview[0]), max(end, overview[1]), with_sets=False)
    # sets only for the week itself (card exercise counts, hard sets)
    in_week = [s for s in span if days[0] <= s.day <= days[-1]]
    week = Week.of(days, rows.with_sets(in_week))
    around = [s for s in span if start <= s.day <= end]
    races = race_rows.races_between(days[0], end)
    if with_records:
        records = record_service.records_of(week.sessions, days[0])
    else:
        records = {}
        record_service.warm_up()  # records come a moment later: their history is read meanwhile, off this thread
    texts: dict[int, tuple[str, ...]] = {}
    if records:
        lines = iter(record_service.describe(r for found in records.values() for r in found))
        texts = {session_id: tuple(next(lines) for _ in found) for session_id, found in records.items()}
    return WeekPlan(
        week=week,
        warnings=check_rules(around, races),
        context=tuple(around),
        races=tuple(races),
        loads=daily_loads_by_kind(s for s in span if overview[0] <= s.day <= overview[1]),
        overview=overview,
        records=records,
        record_texts=texts,
        unavailable=availability.unavailable_between(days[0], days[-1]),
        exercise_names=exercise_rows.exercise_names(s.exercise_id for x in week.sessions for s in x.sets),
    )


Origin = tuple[int, date, int]  # session id, day, position it had just before it moved


def move_many(session_ids: list[int], day: date, position: int | None = None) -> list[Origin]:
    """Move sessions to ``day`` as one block starting at ``position``, in the order given.

    Returns where each one was just before its own move: move_back() of that is an exact undo.
    """
    with transaction():
        origins = []
        for offset, session_id in enumerate(session_ids):
            current = rows.get_session(session_id)
            origins.append((session_id, current.day, current.position))
            sessions.move(session_id, day, None if position is None else position + offset)
        return origins


def move_back(origins: list[Origin]) -> None:
    """Undo move_many(): each session back where it was, last moved first."""
    with transaction():
        for session_id, day, position in reversed(origins):
            sessions.move(session_id, day, position, checked=False)  # where it was, as it was


def copy_many(session_ids: list[int], day: date, position: int | None = None) -> list[Session]:
    with transaction():
        copies = []
        for offset, session_id in enumerate(session_ids):
            at = None if position is None else position + offset
            copies.append(sessions.copy(session_id, day, at))
        return copies


def copy_week(from_day: date, to_day: date, first_weekday: int = 0) -> list[Session]:
    """Copy every session of the week holding ``from_day`` to the same weekdays of the week holding ``to_day``,
    but for the days marked unavailable there: nothing is planned on those (a day off in both weeks was the
    runner's own choice, and is copied)."""
    source = week_days(from_day, first_weekday)
    target = week_days(to_day, first_weekday)
    shift = target[0] - source[0]
    with transaction():
        left_out = copy_left_out(from_day, to_day, first_weekday)
        originals = rows.sessions_between(source[0], source[-1])
        return [
            sessions.copy(s.id, s.day + shift) for s in originals if s.id is not None and s.day + shift not in left_out
        ]


def copy_left_out(from_day: date, to_day: date, first_weekday: int = 0) -> frozenset[date]:
    """The days of the week holding ``to_day`` that ``copy_week`` leaves empty: unavailable there, not on the
    same weekday of the week copied."""
    source = week_days(from_day, first_weekday)
    target = week_days(to_day, first_weekday)
    shift = target[0] - source[0]
    off_before = availability.unavailable_between(source[0], source[-1])
    off = availability.unavailable_between(target[0], target[-1])
    return frozenset(day for day in off if day - shift not in off_before)
