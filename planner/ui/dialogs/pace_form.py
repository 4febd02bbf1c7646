"""Settings > Training > Pace zones: a recent race or a threshold pace, and the zones they give, named.

The method is said with the paces (Daniels' VDOT), so a runner can check them against the book.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from planner.domain.enums import DistanceUnit
from planner.domain.pace_source import (
    RACE_DISTANCES,
    THRESHOLD,
    PaceSource,
    clock,
    parse_clock,
    parse_threshold,
)
from planner.domain.units import format_pace
from planner.engine.pace_zones import METHOD, PaceZones
from planner.services.pace_settings import zones_for

NONE = "None (zones in words only)"


def zones_text(zones: PaceZones, unit: DistanceUnit) -> str:
    """ "E 4:54-5:52/km · M 4:31/km · ..." with the method and VDOT."""
    parts = []
    for zone, (fast, slow) in zones.paces.items():
        same = format_pace(fast, unit, False) == format_pace(slow, unit, False)
        span = format_pace(fast, unit) if same else f"{format_pace(fast, unit, False)}–{format_pace(slow, unit)}"
        parts.append(f"{zone} {span}")
    return f"VDOT {zones.vdot:.1f}: " + " · ".join(parts)


class PaceForm(QGroupBox):
    def __init__(self, chosen: PaceSource | None, unit: DistanceUnit, parent: QWidget | None = None) -> None:
        super().__init__("Pace zones", parent)
        self.unit = unit
        self.kind = QComboBox()
        self.kind.setAccessibleName("Pace zones from")
        self.kind.addItem(NONE, None)
        for name, metres in RACE_DISTANCES.items():
            self.kind.addItem(f"A recent race: {name}", metres)
        self.kind.addItem(THRESHOLD, THRESHOLD)
        self.value = QLineEdit()
        self.value.setAccessibleName("Race time or threshold pace")
        self.result = QLabel()
        self.result.setObjectName("paceZones")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        method = QLabel(f"Method: {METHOD}. E easy, M marathon, T threshold, I interval, R repetition.")
        method.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("From:", self.kind)
        form.addRow("Time or pace:", self.value)
        form.addRow(self.result)
        form.addRow(method)
        if chosen is not None and chosen.threshold_s_per_km is not None:
            self.kind.setCurrentIndex(self.kind.findData(THRESHOLD))
            self.value.setText(format_pace(chosen.threshold_s_per_km, unit, False))
        elif chosen is not None:
            index = self.kind.findData(chosen.distance_m)
            self.kind.setCurrentIndex(max(index, 0))
            self.value.setText(clock(chosen.seconds or 0))
        self.kind.currentIndexChanged.connect(self._show)
        self.value.textChanged.connect(self._show)
        self._show()

    def set_unit(self, unit: DistanceUnit) -> None:
        self.unit = unit
        self._show()

    def source(self) -> PaceSource | None:
        """The chosen source; ValueError with a one-line reason when the time or pace cannot be read."""
        data = self.kind.currentData()
        if data is None:
            return None
        if data == THRESHOLD:
            return PaceSource(threshold_s_per_km=parse_threshold(self.value.text(), self.unit))
        return PaceSource(distance_m=float(data), seconds=parse_clock(self.value.text()))

    def _show(self) -> None:
        data = self.kind.currentData()
        self.value.setEnabled(data is not None)
        self.value.setPlaceholderText(f"4:15 per {self.unit.value}" if data == THRESHOLD else "41:21 or 1:31:35")
        try:
            chosen = self.source()
        except ValueError as exc:
            self.result.setText(str(exc) if self.value.text().strip() else "Type the time or the pace.")
            return
        zones = zones_for(chosen)
        self.result.setText(zones_text(zones, self.unit) if zones is not None else "No zones: steps say E, M, T, I, R.")
