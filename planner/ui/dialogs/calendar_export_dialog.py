"""The small dialog before a calendar export: which days, and whether finished sessions go too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.ui.widgets.qt_values import kept_dates_only, to_date


class CalendarExportDialog(QDialog):
    def __init__(self, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export to calendar")
        self.start_edit = self._date_edit(start, "exportFrom")
        self.end_edit = self._date_edit(end, "exportTo")
        self.include_done = QCheckBox("Also sessions marked done or skipped")
        self.include_done.setObjectName("exportIncludeDone")
        note = QLabel("Import the file into your calendar app; exporting again updates the same events.")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("From", self.start_edit)
        form.addRow("To", self.end_edit)
        form.addRow(self.include_done)
        form.addRow(note)
        form.addRow(self.buttons)
        self.start_edit.dateChanged.connect(self._check)
        self.end_edit.dateChanged.connect(self._check)

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        return kept_dates_only(edit)

    def _check(self) -> None:
        """The range must run forwards."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.start <= self.end)

    @property
    def start(self) -> date:
        return to_date(self.start_edit.date())

    @property
    def end(self) -> date:
        return to_date(self.end_edit.date())
