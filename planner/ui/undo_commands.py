"""Undoable edits: each command wraps service calls, and undoing restores the database exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

from planner.domain.session import Session
from planner.services import example_week, sessions
from planner.ui.calendar.session_commands import AddsSessions

Changed = Callable[[], None]


class AddExampleWeek(AddsSessions):
    def __init__(self, day: date, first_weekday: int, changed: Changed) -> None:
        super().__init__("add example week", lambda _touched: changed())
        self._day = day
        self._first_weekday = first_weekday

    def _add(self) -> list[Session]:
        return example_week.add_example_week(self._day, self._first_weekday)


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
