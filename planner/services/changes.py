"""What an edit touched, as a small Qt-free value: the one thing every screen needs to decide whether to reload.

Each service call that writes says what it touched; the UI's change hub publishes it; pages, views and docks
subscribe and reload only what concerns them (Anki's ``OpChanges`` is the model). Values combine with ``|``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import date, timedelta

from planner.domain.record import Record, record
from planner.domain.session import Session

# the rules look this far around a day (R5's 48 h, R6's 48 h): a change here can change a neighbour's warnings
RULE_REACH = timedelta(days=2)


@record
class Changes(Record):
    """What one write changed, so each page reloads only what it shows (DESIGN §1, the change hub)."""

    days: frozenset[date] = frozenset()  # days whose sessions were added, removed or edited
    sessions: frozenset[int] = frozenset()  # the sessions an edit left in place (to select them again)
    races: bool = False
    checkins: frozenset[date] = frozenset()
    exercises: bool = False  # the library: an exercise added, edited, hidden, or its images
    profile: bool = False  # the profile or a setting that changes what pages show (units, week start, plan)
    everything: bool = False  # a restore or a database swap: every page reloads
    label: str = field(default="", compare=False)  # what happened, for logs and tests

    def __init__(
        self,
        days: frozenset[date] = frozenset(),
        sessions: frozenset[int] = frozenset(),
        races: bool = False,
        checkins: frozenset[date] = frozenset(),
        exercises: bool = False,
        profile: bool = False,
        everything: bool = False,
        label: str = "",
    ) -> None:
        init = object.__setattr__  # written out, not generated: see planner.domain.record
        init(self, "days", days)
        init(self, "sessions", sessions)
        init(self, "races", races)
        init(self, "checkins", checkins)
        init(self, "exercises", exercises)
        init(self, "profile", profile)
        init(self, "everything", everything)
        init(self, "label", label)

    # ---- building
    @classmethod
    def of_sessions(cls, *groups: Iterable[Session], keep: Iterable[Session] = ()) -> Changes:
        """The days of every session given (before and after an edit); ``keep`` are the ones still there."""
        days = frozenset(s.day for group in groups for s in group)
        kept = frozenset(s.id for s in keep if s.id is not None)
        return cls(days=days, sessions=kept)

    @classmethod
    def on_days(cls, days: Iterable[date]) -> Changes:
        return cls(days=frozenset(days))

    @classmethod
    def all(cls, label: str = "") -> Changes:
        return cls(everything=True, label=label)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            days=self.days | other.days,
            sessions=self.sessions | other.sessions,
            races=self.races or other.races,
            checkins=self.checkins | other.checkins,
            exercises=self.exercises or other.exercises,
            profile=self.profile or other.profile,
            everything=self.everything or other.everything,
            label=self.label or other.label,
        )

    # ---- reading
    @property
    def empty(self) -> bool:
        return not (self.days or self.races or self.checkins or self.exercises or self.profile or self.everything)

    @property
    def sessions_changed(self) -> bool:
        return self.everything or bool(self.days)

    def touches(self, start: date, end: date, reach: timedelta = RULE_REACH) -> bool:
        """Whether sessions or check-ins changed within ``reach`` of the days ``start``..``end``.

        A run moved to the day after a week can put a key run 24 h after that week's Sunday lift,
        so a week cares about its neighbours within the rules' reach, not only its own days.
        """
        if self.everything:
            return True
        low, high = start - reach, end + reach
        return any(low <= d <= high for d in self.days | self.checkins)

    def affects_plan(self, start: date, end: date) -> bool:
        """Whether a week's warnings and suggestions may differ: its days, races, the profile, or everything."""
        return self.touches(start, end) or self.races or self.profile
