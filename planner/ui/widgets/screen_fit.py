"""A top-level window's first size: what it would like, but never bigger than the screen it opens on.

A fixed ``resize(820, 620)`` looked right on a desktop monitor and put a dialog's buttons under the bottom
panel of a 1024 x 640 laptop screen; the title bar and panel need room too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FRAME_ROOM = 48  # a title bar and a window frame, which ``availableGeometry`` still counts as free


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, shrunk to fit its screen's free area and frame."""
    screen = window.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_ROOM // 2)
        height = min(height, free.height() - FRAME_ROOM)
    minimum = window.minimumSizeHint()
    window.resize(max(width, minimum.width()), max(height, minimum.height()))
