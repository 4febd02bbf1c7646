"""Waiting for a real repaint in benchmarks: count paint events on a widget and pump events until one comes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class PaintCounter(QObject):
    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.paints = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False

    def wait_for_paint(self, rounds: int = 100) -> None:
        """Run the event loop as the app would (delayed layouts, then paint) until the widget is painted."""
        before = self.paints
        for _ in range(rounds):
            QApplication.processEvents()
            if self.paints > before:
                return
        raise RuntimeError("the widget was never repainted")
