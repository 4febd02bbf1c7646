"""What the window's satellites (imports, exports, settings) are given instead of the window itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from planner.config import Paths
from planner.ui.shell.change_hub import ChangeHub

StatusSink = Callable[[str, int], None]  # (message, milliseconds shown)


@dataclass(frozen=True)
class ShellContext:
    """What a satellite of the window may use, instead of the window itself (no reach into MainWindow)."""

    parent: QWidget  # for dialogs: they open over it
    hub: ChangeHub
    undo_stack: QUndoStack
    status: StatusSink
    paths: Paths
    today: Callable[[], date]
