"""The one path by which "the data changed" reaches every screen.

Whoever writes (an undo command on redo and on undo, an import, a restore, a dialog) publishes the
``Changes`` the services reported; every page, view and dock subscribes once and reloads what concerns it.
No page refreshes another by hand. A page that published a change itself can skip it (``initiator``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from planner.services.changes import Changes

Listener = Callable[[Changes, object], None]


class ChangeHub(QObject):
    changed = Signal(object, object)  # Changes, the initiator (or None)

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        if not changes.empty:
            self.changed.emit(changes, initiator)

    def subscribe(self, listener: Listener) -> None:
        """Hook a page in: ``hub.subscribe(self.on_changes)``; the listener decides what concerns it."""
        self.changed.connect(listener)
