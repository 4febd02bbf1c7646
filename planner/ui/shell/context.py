"""What the window's satellites (imports, exports, settings) are given instead of the window itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from planner.config import Paths
from planner.ui.shell.change_hub import ChangeHub

StatusSink = Callable[[str, int], None]  # (message, milliseconds shown)


class ShellContext(NamedTuple):
    """What a satellite of the window may use, instead of the window itself (no reach into MainWindow).
    A named tuple: made on every start, where a frozen dataclass costs 0.7 ms (issue 21)."""

    parent: QWidget  # for dialogs: they open over it
    hub: ChangeHub
    undo_stack: QUndoStack
    status: StatusSink
    paths: Paths
    today: Callable[[], date]
