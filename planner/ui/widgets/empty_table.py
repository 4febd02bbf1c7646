"""A table that says what to do next while it has no rows (the Season dialog's races)."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableWidget, QWidget

from planner.ui.widgets.empty_list_view import paint_empty_text


class EmptyStateTable(QTableWidget):
    def __init__(self, rows: int, columns: int, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.empty_text = empty_text
        self.model().rowsInserted.connect(self._describe)
        self.model().rowsRemoved.connect(self._describe)
        self._describe()

    def _describe(self) -> None:
        """The sentence is the table's description while empty, so a screen reader says it too."""
        self.setAccessibleDescription(self.empty_text if self.rowCount() == 0 else "")
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.rowCount() == 0:
            paint_empty_text(self, self.empty_text, top_lines=0.5)
