"""A tool row that breaks onto a second line when the window is too narrow (or the text too large).

Squeezing a one-line row of filters below its natural width clips check-box labels; moving the middle
group under the row keeps every control whole at any window width and font size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLayout, QWidget


def group(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side in one borderless widget, to move as one."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder


class WrappingRow(QWidget):
    """``lead`` (stretching), ``middle`` and ``tail`` on one line, or ``middle`` on a line of its own."""

    def __init__(self, lead: QWidget, middle: QWidget, tail: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.middle, self.tail = lead, middle, tail
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # minimumSizeHint below decides
        self.grid.setColumnStretch(0, 1)
        # added in reading order, which is also the Tab order
        self.grid.addWidget(lead, 0, 0)
        self.grid.addWidget(middle, 0, 1)
        self.grid.addWidget(tail, 0, 2)
        self.wrapped = False

    def _lead_width(self) -> int:
        """The narrowest the lead may be: its own hint, or the minimum width set on it."""
        return max(self.lead.minimumSizeHint().width(), self.lead.minimumWidth())

    def one_line_width(self) -> int:
        spacing = max(0, self.grid.horizontalSpacing())
        return self._lead_width() + self.middle.sizeHint().width() + self.tail.sizeHint().width() + 2 * spacing

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for the wrapped form: the window may shrink until the row has to wrap."""
        spacing = max(0, self.grid.horizontalSpacing())
        first_line = self._lead_width() + spacing + self.tail.sizeHint().width()
        height = super().minimumSizeHint().height()
        return QSize(max(first_line, self.middle.minimumSizeHint().width()), height)

    def _place(self, wrapped: bool) -> None:
        if wrapped == self.wrapped:
            return
        self.wrapped = wrapped
        self.grid.removeWidget(self.middle)
        if wrapped:
            self.grid.addWidget(self.middle, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        else:
            self.grid.addWidget(self.middle, 0, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(wrapped=event.size().width() < self.one_line_width())
