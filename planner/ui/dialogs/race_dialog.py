"""One race, edited where the calendar shows it (the race flag on a day): name, date, distance, priority,
or Delete. The answer goes back to the calendar, which saves it as one undoable step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from planner.domain.enums import DistanceUnit
from planner.domain.profile import Race
from planner.domain.units import metres_per
from planner.ui.dialogs.first_run import RaceForm
from planner.ui.widgets.qt_values import to_qdate


class RaceDialog(QDialog):
    """``edited()`` is the race as changed; ``delete_requested`` is set when the user chose Delete."""

    def __init__(self, race: Race, unit: DistanceUnit, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = race
        self.delete_requested = False
        self.setWindowTitle(f"Race · {race.name}")
        self.setAccessibleName(f"Edit the race {race.name}")
        self.form = RaceForm(min(today, race.day))
        self.form.has_race.setChecked(True)
        self.form.has_race.hide()  # the race exists: the question is only the set-up's
        self.form.set_unit(unit)
        self.form.name.setText(race.name)
        self.form.day.setDate(to_qdate(race.day))
        preset = next(
            (i for i in range(self.form.preset.count()) if self.form.preset.itemData(i) == race.distance_m), -1
        )
        if preset >= 0:
            self.form.preset.setCurrentIndex(preset)
        else:
            self.form.distance.setValue(race.distance_m / metres_per(unit))
        priority = self.form.priority.findData(race.priority)
        if priority >= 0:
            self.form.priority.setCurrentIndex(priority)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        delete = buttons.addButton("&Delete race", QDialogButtonBox.ButtonRole.DestructiveRole)
        delete.setToolTip("Remove the race from the season (Undo brings it back)")
        delete.clicked.connect(self._delete)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def focus_date(self) -> None:
        """Open on the date: "Move race…" is a change of day."""
        self.form.day.setFocus()

    def _delete(self) -> None:
        self.delete_requested = True
        self.accept()

    def edited(self) -> Race:
        found = self.form.race()
        assert found is not None  # has_race is checked and hidden
        return replace(found, id=self.original.id)
