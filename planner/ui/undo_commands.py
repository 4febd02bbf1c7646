"""Undoable edits: each command wraps service calls, and undoing restores the database exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

from planner.domain.session import Session
from planner.services import example_week, sessions

Changed = Callable[[], None]


class AddExampleWeek(QUndoCommand):
    def __init__(self, day: date, first_weekday: int, changed: Changed) -> None:
        super().__init__("add example week")
        self._day = day
        self._first_weekday = first_weekday
        self._changed = changed
        self._added: list[Session] = []
        self._deleted: list[Session] = []

    def redo(self) -> None:
        if self._deleted:
            self._added = sessions.restore_many(self._deleted)
        else:
            self._added = example_week.add_example_week(self._day, self._first_weekday)
        self._changed()

    def undo(self) -> None:
        self._deleted = sessions.delete_many([s.id for s in self._added if s.id is not None])
        self._changed()


class RemoveExampleSessions(QUndoCommand):
    def __init__(self, changed: Changed) -> None:
        super().__init__("remove example sessions")
        self._changed = changed
        self._removed: list[Session] = []

    def redo(self) -> None:
        self._removed = example_week.remove_example_sessions()
        self._changed()

    def undo(self) -> None:
        sessions.restore_many(self._removed)
        self._changed()
