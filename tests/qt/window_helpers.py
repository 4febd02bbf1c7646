"""The main window as the tests open it: shown at its remembered size, closed (settings saved) afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from planner.services.workspace import Workspace
from planner.ui.shell.main_window import MainWindow


@contextmanager
def main_window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        main.close()
