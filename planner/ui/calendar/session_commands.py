"""Undoable calendar edits. Each wraps service calls; undo puts the database back exactly as it was.

Deleted sessions come back with their ids, so a redo after an undo touches the very same rows.
Command texts name the action the way the Edit menu shows it: "Undo move Long run to Sunday".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.domain.enums import Status
from planner.domain.session import Session
from planner.domain.templates import SessionTemplate
from planner.services import calendar, sessions

if TYPE_CHECKING:
    from planner.engine.suggestion import Suggestion

Changed = Callable[[list[int]], None]  # told which sessions the edit touched


def _what(titles: list[str]) -> str:
    return titles[0] if len(titles) == 1 else f"{len(titles)} sessions"


class AddsSessions(QUndoCommand):
    """An edit that adds sessions: undo deletes them, and redo restores those very rows (same ids)."""

    def __init__(self, text: str, changed: Changed) -> None:
        super().__init__(text)
        self._changed = changed
        self._added: list[Session] = []
        self._deleted: list[Session] = []

    @property
    def added(self) -> list[Session]:
        return self._added

    def _add(self) -> list[Session]:
        raise NotImplementedError

    def redo(self) -> None:
        self._added = sessions.restore_many(self._deleted) if self._deleted else self._add()
        self._changed([s.id for s in self._added if s.id is not None])

    def undo(self) -> None:
        self._deleted = sessions.delete_many([s.id for s in self._added if s.id is not None])
        self._changed([])


class CreateSession(AddsSessions):
    def __init__(self, template: SessionTemplate, day: date, position: int, changed: Changed) -> None:
        self._draft = template.session_on(day)
        super().__init__(f"add {self._draft.title} on {day:%A}", changed)
        self._position = position

    def _add(self) -> list[Session]:
        return [sessions.create(self._draft, self._position)]


class MoveSessions(QUndoCommand):
    def __init__(self, moving: list[Session], day: date, position: int, changed: Changed) -> None:
        titles = [s.title for s in moving]
        same_day = all(s.day == day for s in moving)
        super().__init__(f"reorder {_what(titles)}" if same_day else f"move {_what(titles)} to {day:%A}")
        self._ids = [s.id for s in moving if s.id is not None]
        self._day = day
        self._position = position
        self._changed = changed
        self._origins: list[calendar.Origin] = []

    def redo(self) -> None:
        self._origins = calendar.move_many(self._ids, self._day, self._position)
        self._changed(self._ids)

    def undo(self) -> None:
        calendar.move_back(self._origins)
        self._changed(self._ids)


class CopySessions(AddsSessions):
    def __init__(self, originals: list[Session], day: date, position: int | None, changed: Changed) -> None:
        super().__init__(f"copy {_what([s.title for s in originals])} to {day:%A}", changed)
        self._ids = [s.id for s in originals if s.id is not None]
        self._day = day
        self._position = position

    def _add(self) -> list[Session]:
        return calendar.copy_many(self._ids, self._day, self._position)


class DeleteSessions(QUndoCommand):
    def __init__(self, doomed: list[Session], changed: Changed) -> None:
        super().__init__(f"delete {_what([s.title for s in doomed])}")
        self._ids = [s.id for s in doomed if s.id is not None]
        self._changed = changed
        self._deleted: list[Session] = []

    def redo(self) -> None:
        self._deleted = sessions.delete_many(self._ids)
        self._changed([])

    def undo(self) -> None:
        sessions.restore_many(self._deleted)
        self._changed(self._ids)


class UpdateSession(QUndoCommand):
    def __init__(self, before: Session, after: Session, changed: Changed, text: str | None = None) -> None:
        super().__init__(text or f"edit {before.title}")
        self._before = before
        self._after = after
        self._changed = changed

    def redo(self) -> None:
        sessions.update(self._after)
        self._changed([self._before.id])  # type: ignore[list-item]

    def undo(self) -> None:
        sessions.update(self._before)
        self._changed([self._before.id])  # type: ignore[list-item]


class SetStatus(QUndoCommand):
    def __init__(self, targets: list[Session], status: Status, changed: Changed) -> None:
        super().__init__(f"mark {_what([s.title for s in targets])} {status.value}")
        self._before = {s.id: s.status for s in targets if s.id is not None}
        self._status = status
        self._changed = changed

    def redo(self) -> None:
        for session_id in self._before:
            sessions.set_status(session_id, self._status)
        self._changed(list(self._before))

    def undo(self) -> None:
        for session_id, status in self._before.items():
            sessions.set_status(session_id, status)
        self._changed(list(self._before))


class CopyWeek(AddsSessions):
    def __init__(self, from_day: date, to_day: date, first_weekday: int, changed: Changed) -> None:
        super().__init__(f"copy week to the week of {to_day:%d %b}", changed)
        self._from = from_day
        self._to = to_day
        self._first_weekday = first_weekday

    def _add(self) -> list[Session]:
        return calendar.copy_week(self._from, self._to, self._first_weekday)


GhostHook = Callable[[list["Suggestion"], bool], None]  # (suggestions, accepted): keeps ghost cards in step


class AcceptSuggestions(AddsSessions):
    """Suggested lifts saved as planned sessions, all in one step (accept one, accept all, plan a season)."""

    def __init__(
        self, chosen: list[Suggestion], changed: Changed, ghosts: GhostHook | None = None, text: str | None = None
    ) -> None:
        if text is None:
            first = chosen[0].as_session()
            text = (
                f"accept suggested {first.title} on {first.day:%A}"
                if len(chosen) == 1
                else f"accept {len(chosen)} suggested lifts"
            )
        super().__init__(text, changed)
        self._chosen = list(chosen)
        self._ghosts = ghosts

    def _add(self) -> list[Session]:
        from planner.services import suggestions

        return suggestions.accept(self._chosen)

    def redo(self) -> None:
        if self._ghosts is not None:
            self._ghosts(self._chosen, True)
        super().redo()

    def undo(self) -> None:
        if self._ghosts is not None:
            self._ghosts(self._chosen, False)
        super().undo()
