"""Sizes measured in the widget's own font, so layouts grow with the system font size.

Fixed pixel widths clip text for a user who reads at 150 %; these helpers turn "room for about
N characters" or "a line of text" into pixels for the font actually in use.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def text_width(widget: QWidget, chars: int) -> int:
    """Pixels for about ``chars`` characters of ordinary text in ``widget``'s font."""
    return widget.fontMetrics().averageCharWidth() * chars


def line_height(widget: QWidget) -> int:
    """Pixels of one line of text in ``widget``'s font."""
    return widget.fontMetrics().height()
