"""A list view that says what to do next when it has nothing to show (an empty search, an empty shelf)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from planner.ui.look.text_metrics import line_height


class EmptyStateListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = ""

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """Shown (and announced as the view's description) only while the model has no rows."""
        self._empty_text = text
        self.setAccessibleDescription(text if self._is_empty() else "")
        self.viewport().update()

    def _is_empty(self) -> bool:
        model = self.model()
        return model is not None and model.rowCount(self.rootIndex()) == 0

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._empty_text or not self._is_empty():
            return
        paint_empty_text(self, self._empty_text)


def paint_empty_text(view: QAbstractItemView, text: str, top_lines: float = 2) -> None:
    """The muted, wrapped sentence an empty view shows, ``top_lines`` lines below its top."""
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    margin = line_height(view)
    painter.drawText(
        view.viewport().rect().adjusted(margin, int(margin * top_lines), -margin, 0),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
        text,
    )
