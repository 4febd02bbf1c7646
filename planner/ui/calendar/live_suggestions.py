"""The week's suggested lifts kept true while the user edits: recomputed on every change, news when they move.

Plain Python (no Qt): the controller asks it after each reload. A suggestion is known by its focus and
intensity, so "heavy legs" moving from Friday to Wednesday reads as a move, not as one gone and one new.
Dismissed suggestions stay dismissed for the week they were asked for.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from planner.domain.enums import Intensity, LiftFocus

if TYPE_CHECKING:
    from planner.engine.suggestion import Suggestion, WeekSuggestion
    from planner.services.calendar import WeekPlan

Key = tuple[LiftFocus, Intensity]


def key_of(suggestion: Suggestion) -> Key:
    return suggestion.focus, suggestion.intensity


class LiveSuggestions:
    def __init__(self) -> None:
        self.active = False
        self.result: WeekSuggestion | None = None
        self.ghosts: tuple[Suggestion, ...] = ()
        self._dismissed: set[Key] = set()

    # ---- on and off
    def start(self, anchor: date, today: date) -> WeekSuggestion:
        self.active = True
        self._dismissed = set()
        return self._compute(anchor, today)

    def stop(self) -> None:
        self.active = False
        self.result = None
        self.ghosts = ()
        self._dismissed = set()

    def dismiss(self, chosen: list[Suggestion]) -> None:
        self._dismissed |= {key_of(g) for g in chosen}
        self.ghosts = tuple(g for g in self.ghosts if key_of(g) not in self._dismissed)

    # ---- keeping them true
    def refresh(self, anchor: date, today: date, plan: WeekPlan) -> str | None:
        """Recompute after a change; one sentence for the status bar when a suggestion moved or went."""
        before = {key_of(g): g for g in self.ghosts}
        self._compute(anchor, today)
        after = {key_of(g): g for g in self.ghosts}
        lifts_now = {(s.day, s.lift.focus) for s in plan.week.sessions if s.lift is not None}
        news = []
        for key, old in before.items():
            new = after.get(key)
            title = old.as_session().title
            if new is None:
                if (old.day, old.focus) in lifts_now:
                    continue  # accepted: it is a real session now
                reason = self.why_none() if not self.ghosts else "the week no longer has room for it"
                news.append(f"Suggested {title} on {old.day:%A} withdrawn: {reason}")
            elif new.day != old.day:  # on the same day, its reasons are brought up to date silently
                news.append(f"Suggested {title} moved from {old.day:%A} to {new.day:%A}: {new.reasons[0]}")
        return " · ".join(news) or None

    def recheck(self, chosen: list[Suggestion], today: date) -> list[Suggestion]:
        """What of ``chosen`` a fresh look at the week still suggests, as freshly computed (never a stale one)."""
        if self.result is None:
            return []
        anchor = self.result.start
        wanted = {(g.day, key_of(g)) for g in chosen}
        self._compute(anchor, today)
        return [g for g in self.ghosts if (g.day, key_of(g)) in wanted]

    def moved(self, ghost: Suggestion, day: date) -> Suggestion:
        """A suggestion the user dragged to ``day``: theirs now, with a reason that says so."""
        reasons = (f"You moved it from {ghost.day:%A} to {day:%A}.", *ghost.reasons[1:])
        return replace(ghost, day=day, reasons=reasons, alternatives=())

    def why_none(self) -> str:
        result = self.result
        if result is None:
            return "nothing was asked for."
        if result.warnings:
            return result.warnings[0].message
        return f"the week already has the {result.target} the plan wants."

    def _compute(self, anchor: date, today: date) -> WeekSuggestion:
        from planner.services import suggestions  # the engine loads on the first suggestion

        self.result = suggestions.suggest(anchor, today=today)  # days before today are never suggested
        self.ghosts = tuple(g for g in self.result.suggestions if key_of(g) not in self._dismissed)
        return self.result
