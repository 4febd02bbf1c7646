"""The daily check-in: six numbers in under ten seconds. Starts from the last answers; Enter saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.checkin import (
    BODY_MASS_RANGE_KG,
    NOTE_MAX,
    QUALITY_RANGE,
    RESTING_HR_RANGE,
    SLEEP_HOURS_MAX,
    SORENESS_RANGE,
    CheckIn,
)

NOT_GIVEN = "not given"


def _spin(bounds: tuple[int, int], value: int, suffix: str, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(*bounds)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    box.setAccelerated(True)
    return box


class CheckInDialog(QDialog):
    """Edits one day's check-in; ``checkin()`` is the answer, ``delete_requested`` set by Delete."""

    def __init__(self, start: CheckIn, exists: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date = start.day
        self.delete_requested = False
        self.setObjectName("checkinDialog")
        self.setWindowTitle(f"Check-in · {start.day:%a %d %b %Y}")
        self.sleep = QDoubleSpinBox()
        self.sleep.setRange(0.0, SLEEP_HOURS_MAX)
        self.sleep.setDecimals(2)
        self.sleep.setSingleStep(0.25)
        self.sleep.setValue(start.sleep_hours)
        self.sleep.setSuffix(" h")
        self.sleep.setToolTip("Hours slept last night; 7-9 h is the aim (under 7 h: no heavy legs today)")
        self.quality = _spin(QUALITY_RANGE, start.sleep_quality, "/5", "Sleep quality: 1 very poor, 5 very good")
        self.legs = _spin(
            SORENESS_RANGE, start.soreness_legs, "/10", "Leg soreness: 0 none, 10 worst (6+: no heavy legs)"
        )
        self.upper = _spin(SORENESS_RANGE, start.soreness_upper, "/10", "Upper-body soreness: 0 none, 10 worst")
        self.energy = _spin(QUALITY_RANGE, start.energy, "/5", "Energy: 1 very low, 5 very high")
        self.body_mass = QDoubleSpinBox()
        low_mass, high_mass = BODY_MASS_RANGE_KG
        self.body_mass.setRange(low_mass - 0.1, high_mass)  # the minimum reads "not given"
        self.body_mass.setDecimals(1)
        self.body_mass.setSingleStep(0.1)
        self.body_mass.setSuffix(" kg")
        self.body_mass.setSpecialValueText(NOT_GIVEN)
        self.body_mass.setValue(start.body_mass_kg if start.body_mass_kg is not None else self.body_mass.minimum())
        self.resting_hr = QSpinBox()
        self.resting_hr.setRange(RESTING_HR_RANGE[0] - 1, RESTING_HR_RANGE[1])
        self.resting_hr.setSuffix(" bpm")
        self.resting_hr.setSpecialValueText(NOT_GIVEN)
        self.resting_hr.setValue(start.resting_hr if start.resting_hr is not None else self.resting_hr.minimum())
        self.note = QLineEdit(start.note)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText("optional")
        for box in (self.sleep, self.quality, self.legs, self.upper, self.energy, self.body_mass, self.resting_hr):
            box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

        form = QFormLayout()
        form.addRow("&Slept", self.sleep)
        form.addRow("Sleep &quality", self.quality)
        form.addRow("&Legs sore", self.legs)
        form.addRow("&Upper body sore", self.upper)
        form.addRow("&Energy", self.energy)
        form.addRow("Body &mass", self.body_mass)
        form.addRow("&Resting HR", self.resting_hr)
        form.addRow("&Note", self.note)
        start_from = "This day's check-in" if exists else "Starts from your last check-in"
        hint = QLabel(f"{start_from}: change what differs, then Enter.")
        hint.setObjectName("checkinHint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.delete_button = buttons.addButton("Delete", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(exists)
        self.delete_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.sleep.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sleep.selectAll()

    def _delete(self) -> None:
        self.delete_requested = True
        self.accept()

    def checkin(self) -> CheckIn:
        """The answers as a CheckIn; raises ValueError (with a plain message) for values out of range."""
        mass = self.body_mass.value()
        heart = self.resting_hr.value()
        return CheckIn(
            day=self.day,
            sleep_hours=round(self.sleep.value(), 2),
            sleep_quality=self.quality.value(),
            soreness_legs=self.legs.value(),
            soreness_upper=self.upper.value(),
            energy=self.energy.value(),
            body_mass_kg=None if mass <= self.body_mass.minimum() else round(mass, 1),
            resting_hr=None if heart <= self.resting_hr.minimum() else heart,
            note=self.note.text().strip(),
        )
