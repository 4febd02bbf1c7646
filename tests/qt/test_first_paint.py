"""Work held for once the window is on screen (planner/ui/shell/first_paint.py): after the first paint, once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.shell import first_paint
from planner.ui.shell.first_paint import after_first_paint


class _Order(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "paint" not in self.log:
            self.log.append("paint")
        return False


def test_the_work_runs_after_the_first_paint_even_when_queued_calls_run_before_it(qtbot: QtBot) -> None:
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("a week"))
    qtbot.addWidget(window)
    log: list[str] = []
    order = _Order(log)
    window.installEventFilter(order)
    QTimer.singleShot(0, lambda: log.append("queued"))  # what a constructor's zero timer does
    after_first_paint(window, lambda: log.append("work"))
    window.show()
    qtbot.waitUntil(lambda: "work" in log)
    assert log.index("paint") < log.index("work")
    assert log.index("queued") < log.index("paint")  # why the helper exists: a zero timer ran first
    window.repaint()
    qtbot.wait(20)
    assert log.count("work") == 1


def test_a_window_never_painted_still_gets_its_work(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(first_paint, "NEVER_PAINTED_MS", 30)
    window = QWidget()  # never shown, as when started minimised
    qtbot.addWidget(window)
    done: list[int] = []
    after_first_paint(window, lambda: done.append(1))
    qtbot.waitUntil(lambda: done == [1], timeout=2000)
    window.show()
    qtbot.wait(20)
    assert done == [1]
