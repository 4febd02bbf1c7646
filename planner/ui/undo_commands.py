"""Every undoable edit in one place. Each wraps service calls and, on redo and on undo alike, publishes the
``Changes`` it made through the change hub: that is how every page hears of it.

Undo puts the database back exactly as it was: deleted sessions come back with their ids, so a redo after an
undo touches the very same rows. Command texts name the action the way the Edit menu shows it
("Undo move Long run to Sunday").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.domain.enums import Status
from planner.domain.profile import Race
from planner.domain.session import Session
from planner.domain.templates import SessionTemplate
from planner.services import availability, calendar, races, sessions
from planner.services.changes import Changes
from planner.services.errors import NotFoundError

if TYPE_CHECKING:  # the example week, the set-up, planning and imports load when such a command runs
    from planner.engine.run_plan import RunPlan
    from planner.engine.suggestion import Suggestion
    from planner.services.first_run import SetupAnswers
    from planner.services.importing import FileOutcome

Publish = Callable[[Changes], None]  # the hub's publish, or a test's recorder


def _what(titles: list[str]) -> str:
    return titles[0] if len(titles) == 1 else f"{len(titles)} sessions"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _ids(found: Iterable[Session]) -> list[int]:
    return [s.id for s in found if s.id is not None]


class AddsSessions(QUndoCommand):
    """An edit that adds sessions: undo deletes them, and redo restores those very rows (same ids)."""

    also = Changes()  # what else the edit touches besides the sessions' days (races, the profile)

    def __init__(self, text: str, publish: Publish) -> None:
        super().__init__(text)
        self._publish = publish
        self._added: list[Session] = []
        self._deleted: list[Session] = []

    @property
    def added(self) -> list[Session]:
        return self._added

    def _add(self) -> list[Session]:
        raise NotImplementedError

    def redo(self) -> None:
        self._added = sessions.restore_many(self._deleted) if self._deleted else self._add()
        self._publish(Changes.of_sessions(self._added, keep=self._added) | self.also)

    def undo(self) -> None:
        self._deleted = sessions.delete_many(_ids(self._added))
        self._publish(Changes.of_sessions(self._deleted) | self.also)


# ---- calendar edits
class CreateSession(AddsSessions):
    def __init__(self, template: SessionTemplate, day: date, position: int, publish: Publish) -> None:
        self._draft = template.session_on(day)
        super().__init__(f"add {self._draft.title} on {day:%A}", publish)
        self._position = position

    def _add(self) -> list[Session]:
        return [sessions.create(self._draft, self._position)]


class MoveSessions(QUndoCommand):
    def __init__(self, moving: list[Session], day: date, position: int, publish: Publish) -> None:
        titles = [s.title for s in moving]
        same_day = all(s.day == day for s in moving)
        super().__init__(f"reorder {_what(titles)}" if same_day else f"move {_what(titles)} to {day:%A}")
        self._ids = _ids(moving)
        self._day = day
        self._position = position
        self._publish = publish
        self._origins: list[calendar.Origin] = []
        # the days left and the day reached: their warnings and suggestions may both change
        self._changes = Changes(days=frozenset({*(s.day for s in moving), day}), sessions=frozenset(self._ids))

    def redo(self) -> None:
        self._origins = calendar.move_many(self._ids, self._day, self._position)
        self._publish(self._changes)

    def undo(self) -> None:
        calendar.move_back(self._origins)
        self._publish(self._changes)


class CopySessions(AddsSessions):
    def __init__(self, originals: list[Session], day: date, position: int | None, publish: Publish) -> None:
        super().__init__(f"copy {_what([s.title for s in originals])} to {day:%A}", publish)
        self._ids = _ids(originals)
        self._day = day
        self._position = position

    def _add(self) -> list[Session]:
        return calendar.copy_many(self._ids, self._day, self._position)


class DeleteSessions(QUndoCommand):
    def __init__(self, doomed: list[Session], publish: Publish) -> None:
        super().__init__(f"delete {_what([s.title for s in doomed])}")
        self._ids = _ids(doomed)
        self._publish = publish
        self._deleted: list[Session] = []

    def redo(self) -> None:
        self._deleted = sessions.delete_many(self._ids)
        self._publish(Changes.of_sessions(self._deleted))

    def undo(self) -> None:
        back = sessions.restore_many(self._deleted)
        self._publish(Changes.of_sessions(back, keep=back))


class UpdateSession(QUndoCommand):
    def __init__(self, before: Session, after: Session, publish: Publish, text: str | None = None) -> None:
        super().__init__(text or f"edit {before.title}")
        self._before = before
        self._after = after
        self._publish = publish
        self._changes = Changes.of_sessions([before, after], keep=[before])

    def redo(self) -> None:
        sessions.update(self._after)
        self._publish(self._changes)

    def undo(self) -> None:
        sessions.update(self._before, checked=False)  # what was stored, even from before the checks
        self._publish(self._changes)


class SetStatus(QUndoCommand):
    def __init__(self, targets: list[Session], status: Status, publish: Publish) -> None:
        super().__init__(f"mark {_what([s.title for s in targets])} {status.value}")
        self._before = {s.id: s.status for s in targets if s.id is not None}
        self._status = status
        self._publish = publish
        self._changes = Changes.of_sessions(targets, keep=targets)

    def redo(self) -> None:
        sessions.set_statuses(dict.fromkeys(self._before, self._status))
        self._publish(self._changes)

    def undo(self) -> None:
        sessions.set_statuses(self._before)
        self._publish(self._changes)


class CopyWeek(AddsSessions):
    def __init__(self, from_day: date, to_day: date, first_weekday: int, publish: Publish) -> None:
        super().__init__(f"copy week to the week of {to_day:%d %b}", publish)
        self._from = from_day
        self._to = to_day
        self._first_weekday = first_weekday

    def _add(self) -> list[Session]:
        return calendar.copy_week(self._from, self._to, self._first_weekday)


class AcceptSuggestions(AddsSessions):
    """Suggested lifts saved as planned sessions, all in one step (accept one, accept all, plan a season)."""

    def __init__(self, chosen: list[Suggestion], publish: Publish, text: str | None = None) -> None:
        if text is None:
            first = chosen[0].as_session()
            text = (
                f"accept suggested {first.title} on {first.day:%A}"
                if len(chosen) == 1
                else f"accept {len(chosen)} suggested lifts"
            )
        super().__init__(text, publish)
        self._chosen = list(chosen)

    def _add(self) -> list[Session]:
        from planner.services import suggestions

        return suggestions.accept(self._chosen)


# ---- the example week and the first-run plan
class AddExampleWeek(AddsSessions):
    def __init__(self, day: date, first_weekday: int, publish: Publish) -> None:
        super().__init__("add example week", publish)
        self._day = day
        self._first_weekday = first_weekday

    def _add(self) -> list[Session]:
        from planner.services import example_week

        return example_week.add_example_week(self._day, self._first_weekday)


class RemoveExampleSessions(QUndoCommand):
    def __init__(self, publish: Publish) -> None:
        super().__init__("remove example sessions")
        self._publish = publish
        self._removed: list[Session] = []

    def redo(self) -> None:
        from planner.services import example_week

        self._removed = example_week.remove_example_sessions()
        self._publish(Changes.of_sessions(self._removed))

    def undo(self) -> None:
        back = sessions.restore_many(self._removed)
        self._publish(Changes.of_sessions(back, keep=back))


class ApplySetup(AddsSessions):
    """Finishing the set-up as one undo step: undo takes the planned runs away (the profile stays as chosen)."""

    also = Changes(races=True, profile=True, label="set-up")

    def __init__(self, answers: SetupAnswers, today: date, publish: Publish) -> None:
        super().__init__("the set-up's runs", publish)
        self._answers = answers
        self._today = today

    def redo(self) -> None:
        super().redo()
        # named with its size: "Undo the set-up's 24 runs" says what a Ctrl+Z is about to take away
        self.setText(f"the set-up's {_plural(len(self.added), 'run', 'runs')}" if self.added else "the set-up")

    def _add(self) -> list[Session]:
        from planner.services import first_run

        return first_run.apply_setup(self._answers, self._today)


class PlanMyRuns(AddsSessions):
    """Plan > Plan my runs: the usual week laid out to race day as one step ("Undo plan my runs")."""

    def __init__(self, plan: RunPlan, publish: Publish) -> None:
        super().__init__("plan my runs", publish)
        self._plan = plan

    def _add(self) -> list[Session]:
        from planner.services import run_planning

        return run_planning.apply(self._plan)


class SetUnavailable(QUndoCommand):
    """A day marked unavailable (or available again): no runs planned there, no lifts suggested."""

    def __init__(self, day: date, unavailable: bool, publish: Publish) -> None:
        super().__init__(f"mark {day:%A %d %b} {'unavailable' if unavailable else 'available'}")
        self._day = day
        self._unavailable = unavailable
        self._publish = publish
        self._was_marked: bool | None = None  # read on the first redo: undo puts back what was, not its opposite

    def redo(self) -> None:
        if self._was_marked is None:
            self._was_marked = availability.is_marked(self._day)
        availability.set_unavailable(self._day, self._unavailable)
        self._publish(Changes.on_days([self._day]))

    def undo(self) -> None:
        # unticking a usual-week day off marks nothing, so its undo must not mark the date either
        availability.set_unavailable(self._day, bool(self._was_marked))
        self._publish(Changes.on_days([self._day]))


# ---- imports
class ImportActivities(QUndoCommand):
    """An import already done, as one undo step: undo removes what it added and reopens completed plans."""

    def __init__(self, results: list[FileOutcome], publish: Publish) -> None:
        from planner.services import importing

        count = sum(1 for r in results for a in r.activities if a.outcome in importing.CHANGING)
        super().__init__(f"import {_plural(count, 'activity', 'activities')}")
        self._results = results
        self._publish = publish
        self._deleted: list[Session] = []
        self._applied = True  # pushed after the import ran: the first redo only tells the pages
        self._changes = Changes.of_sessions(
            [a.after for r in results for a in r.activities if a.after is not None],
            [a.before for r in results for a in r.activities if a.before is not None],
        )

    def redo(self) -> None:
        if not self._applied:
            from planner.services import importing

            importing.reapply(self._results, self._deleted)
            self._applied = True
        self._publish(self._changes)

    def undo(self) -> None:
        from planner.services import importing

        self._deleted = importing.revert(self._results)
        self._applied = False
        self._publish(self._changes)


# ---- races, edited where the calendar shows them (the race flag on a day)
class EditRace(QUndoCommand):
    """A race's day, name, distance or priority changed as one step; undo puts the old values back."""

    def __init__(self, before: Race, after: Race, publish: Publish) -> None:
        moved = before.day != after.day
        super().__init__(f"move {before.name} to {after.day:%a %d %b}" if moved else f"edit race {after.name}")
        self._before, self._after = before, after
        self._publish = publish

    def redo(self) -> None:
        self._save(self._after)

    def undo(self) -> None:
        self._save(self._before)

    def _save(self, race: Race) -> None:
        """The race as it was or is to be; one removed since (Season dialog) leaves nothing to step back or
        forth, so the step does nothing rather than failing (it raised out of the Undo)."""
        try:
            races.update(race)
        except NotFoundError:
            return
        self._publish(Changes(days=frozenset({self._before.day, self._after.day}), races=True, label="race"))


class AddRace(QUndoCommand):
    """A race added (the Season dialog) as one step: undo removes it, redo brings it back with its id."""

    def __init__(self, race: Race, publish: Publish) -> None:
        super().__init__(f"add race {race.name}")
        self._race = race
        self._publish = publish

    def redo(self) -> None:
        self._race = races.add(self._race) if self._race.id is None else races.restore(self._race)
        self._publish(Changes(days=frozenset({self._race.day}), races=True, label="race"))

    def undo(self) -> None:
        assert self._race.id is not None
        races.remove(self._race.id)
        self._publish(Changes(days=frozenset({self._race.day}), races=True, label="race"))


class DeleteRace(QUndoCommand):
    """Remove a race; undo brings it back with its id."""

    def __init__(self, race: Race, publish: Publish) -> None:
        super().__init__(f"delete race {race.name}")
        self._race = race
        self._publish = publish

    def redo(self) -> None:
        assert self._race.id is not None
        races.remove(self._race.id)
        self._publish(Changes(days=frozenset({self._race.day}), races=True, label="race"))

    def undo(self) -> None:
        self._race = races.restore(self._race)
        self._publish(Changes(days=frozenset({self._race.day}), races=True, label="race"))
