"""A real mouse drag (QDrag.exec) on a real X server, run by test_real_drag.py under xvfb-run.

The drag's nested event loop blocks until the mouse is released, so the moves and the release that
finish it are queued first with QTimer.singleShot onto the window handle (DESIGN §7).
Prints one JSON line: where the dragged session ended up.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.config import Paths
from planner.services import sessions
from planner.services.workspace import open_workspace
from planner.ui.app import make_application
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, run


def main() -> int:
    app = make_application([])
    workspace = open_workspace(Paths(Path(sys.argv[1])))
    moving = sessions.create(run(MONDAY))
    page = CalendarPage(QUndoStack())
    page.resize(1200, 700)
    page.show()
    page.show_week(MONDAY)
    QTest.qWaitForWindowExposed(page)
    app.processEvents()

    source_view, target_view = page.week_view.views[0], page.week_view.views[3]
    card = source_view.visualRect(page.model.session_index(moving.id))
    start = source_view.viewport().mapTo(page, card.center())
    end = target_view.viewport().mapTo(page, QPoint(target_view.viewport().width() // 2, 150))
    window = page.windowHandle()

    def finish() -> None:
        steps = 12
        for i in range(1, steps + 1):
            QTest.mouseMove(window, start + (end - start) * (i / steps))
            QTest.qWait(15)
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTimer.singleShot(300, finish)
    QTimer.singleShot(15000, app.quit)  # a safety net: never hang CI
    # past the start-drag distance: the view starts QDrag.exec, which returns after the queued release
    QTest.mouseMove(window, start + QPoint(QApplication.startDragDistance() * 3, 0))
    QTest.mouseMove(window, start + QPoint(QApplication.startDragDistance() * 4, 5))
    QTest.qWait(400)
    app.processEvents()
    result = sessions.get(moving.id)
    print(json.dumps({"day": result.day.isoformat(), "planned": result.planned_day.isoformat()}), flush=True)
    page.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
