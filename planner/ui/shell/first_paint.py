"""Work for once the window is on screen.

``QTimer.singleShot(0, ...)`` from a constructor is not that: Qt delivers the call with the events posted before
the window's first paint, so it runs ahead of it (a watched folder of 3,000 files added 60 ms to the start that
way, issue 21). A call posted from inside the first paint event runs after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

NEVER_PAINTED_MS = 3000  # a window started minimised is never painted: the work is not held back for ever


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work: Callable[[], None] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(NEVER_PAINTED_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # posted during the paint: delivered after it
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


def after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    """Call ``work`` once, after ``window`` first paints (or after a few seconds if it never does)."""
    _AfterFirstPaint(window, work)
