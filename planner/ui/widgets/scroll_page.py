"""A page that scrolls only when its window is smaller than the page would like.

A plain QScrollArea asks for at most 24 lines of height, so a dialog of scrolling tabs would open smaller than
its content on a desktop screen; this one asks for its page's whole size, and as its least a few lines, so the
window can shrink to a 640-px laptop screen and scroll there instead of putting its buttons off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

LEAST_LINES = 6


class ScrollPage(QScrollArea):
    def __init__(self, page: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)  # a screen reader names the section it scrolls
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(page)
        # setWidget makes the page paint the window colour: inside a tab that hid the tab pane's own shade
        page.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        page = self.widget()
        if page is None:
            return super().sizeHint()
        wanted = page.sizeHint()
        # room for a vertical scroll bar, so that shrinking the height never makes the page wider than this
        return QSize(wanted.width() + self.verticalScrollBar().sizeHint().width(), wanted.height())

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        width = page.minimumSizeHint().width() if page is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), LEAST_LINES * self.fontMetrics().height())
