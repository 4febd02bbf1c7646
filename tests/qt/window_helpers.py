"""The main window as the tests open it: shown at its remembered size, closed (settings saved) afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from pytestqt.qtbot import QtBot

from planner.services.workspace import Workspace
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY


@contextmanager
def main_window(qtbot: QtBot, workspace: Workspace, today: date | None = MONDAY) -> Iterator[MainWindow]:
    """``today`` pins the window's clock (None: the system's): Monday 23 November 2026 unless a test says."""
    main = MainWindow(workspace, today=today)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        main.close()
