"""A rest timer beside the sets: starts when a set is ticked, counts down, cues at zero; never in the way.

The clock is injected (``time.monotonic`` by default) so tests move time by hand instead of waiting; the
widget only reads it on each tick of a coarse QTimer, so a busy event loop never makes the count wrong.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

TICK_MS = 250
MORE = 30  # seconds "+30 s" adds


def clock_text(seconds: float) -> str:
    """``2:05`` for a countdown (whole seconds, rounded up so 0:00 means really over)."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


class RestTimer(QWidget):
    """``start(seconds)`` begins a rest; ``finished`` fires once when it reaches zero (not on skip)."""

    finished = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._end: float | None = None
        self._over = False
        self.label = QLabel("Rest: —")
        self.label.setObjectName("restClock")
        self.label.setAccessibleName("Rest timer")
        self.label.setToolTip("Starts when you tick a set: 2-3 min after heavy sets, 60-90 s after moderate ones")
        self.more = QPushButton(f"+{MORE} s")
        self.more.setAccessibleName(f"Rest {MORE} seconds longer")
        self.more.setToolTip(f"Rest {MORE} seconds longer")
        self.more.clicked.connect(self.add_time)
        self.skip = QPushButton("Skip")
        self.skip.setAccessibleName("Skip the rest")
        self.skip.setToolTip("Stop the rest timer")
        self.skip.clicked.connect(self.stop)
        for button in (self.more, self.skip):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.more)
        layout.addWidget(self.skip)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._show_buttons(False)

    @property
    def running(self) -> bool:
        return self._end is not None

    def remaining(self) -> float:
        """Seconds left, 0 when over or stopped."""
        return max(0.0, self._end - self.clock()) if self._end is not None else 0.0

    def start(self, seconds: int) -> None:
        """(Re)start a rest of ``seconds``: ticking the next set early simply starts the next rest."""
        self._end = self.clock() + seconds
        self._over = False
        self._show_buttons(True)
        self._timer.start()
        self.refresh()

    def add_time(self) -> None:
        if self._end is not None:
            self._end = max(self._end, self.clock()) + MORE
            self._over = False
            self.refresh()

    def stop(self) -> None:
        self._end = None
        self._timer.stop()
        self._show_buttons(False)
        self.label.setText("Rest: —")
        self.label.setAccessibleDescription("")

    def refresh(self) -> None:
        """Show what is left; at zero, cue once (a beep and the words) and stop counting."""
        if self._end is None:
            return
        left = self.remaining()
        if left > 0:
            self.label.setText(f"Rest {clock_text(left)}")
            return
        self._end = None
        self._timer.stop()
        self._show_buttons(False)
        self.label.setText("Rest over: next set")
        self.label.setAccessibleDescription("Rest over: next set")
        if not self._over:
            self._over = True
            QApplication.beep()
            self.finished.emit()

    def _show_buttons(self, shown: bool) -> None:
        self.more.setEnabled(shown)
        self.skip.setEnabled(shown)
