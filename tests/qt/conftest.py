from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner.services import example_week
from planner.services.workspace import Workspace
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY
from tests.qt.window_helpers import main_window


@pytest.fixture
def undo_stack(qtbot: QtBot) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, undo_stack: QUndoStack) -> Iterator[CalendarPage]:
    """The calendar page on the week of Monday 23 November 2026, shown at a realistic size."""
    calendar = CalendarPage(undo_stack, today=lambda: MONDAY)  # the whole week lies ahead, as when planning it
    qtbot.addWidget(calendar)
    calendar.resize(1200, 700)
    calendar.show()
    calendar.show_week(MONDAY)
    qtbot.waitExposed(calendar)
    yield calendar
    calendar.close()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    """The main window on an empty data folder; modules with data to show first override this."""
    with main_window(qtbot, workspace) as shown:
        yield shown


@pytest.fixture
def example_window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    """The main window on DESIGN's example week (Monday 23 November 2026), which has a session on its first day."""
    example_week.add_example_week(MONDAY, 0)
    with main_window(qtbot, workspace) as shown:
        yield shown
