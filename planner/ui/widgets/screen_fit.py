"""A top-level window's first size: what it would like, but never bigger than the screen it opens on.

A fixed ``resize(820, 620)`` looked right on a desktop monitor and put a dialog's buttons under the bottom
panel of a 1024 x 640 laptop screen; the title bar and panel need room too.

The screen is found by position, never with ``QWidget.screen()`` or ``QWindow.screen()``: PySide6 records the
screen's Python wrapper as a child of the widget asked, and when that widget later dies in a reference cycle the
collector may clear the screen's wrapper first, which hands it to Python and deletes the C++ screen. Every later
paint or new widget then crashed (a segfault about one test run in four; a closed session editor could do it to
the app).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME_ROOM = 48  # a title bar and a window frame, which ``availableGeometry`` still counts as free


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, shrunk to fit its screen's free area and frame."""
    screen = screen_of(window)
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_ROOM // 2)
        height = min(height, free.height() - FRAME_ROOM)
    minimum = window.minimumSizeHint()
    window.resize(max(width, minimum.width()), max(height, minimum.height()))


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget``'s window is on, or, not shown yet, the one its parent window is on (where a dialog
    opens); found by position so that the screen's wrapper stays nobody's child (see the module's note)."""
    window = widget.window()
    parent = window.parentWidget()
    anchor = parent.window() if not window.isVisible() and parent is not None else window
    return QGuiApplication.screenAt(anchor.geometry().center()) or QGuiApplication.primaryScreen()
