"""The usual running week as seven rows: a run type (or none) and an optional distance per weekday."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QWidget

from planner.domain.enums import DistanceUnit, RunType
from planner.domain.units import metres_per
from planner.domain.usual_week import USUAL_RUN_TYPES, UsualRun, UsualWeek

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# keyboard mnemonics that do not clash (Alt+letter jumps to that day's run)
WEEKDAY_LABELS = ("&Monday", "&Tuesday", "&Wednesday", "T&hursday", "&Friday", "S&aturday", "&Sunday")


class UsualWeekForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = DistanceUnit.KM
        self.kinds: list[QComboBox] = []
        self.distances: list[QDoubleSpinBox] = []
        grid = QGridLayout(self)
        grid.addWidget(QLabel("<b>Day</b>"), 0, 0)
        grid.addWidget(QLabel("<b>Run</b>"), 0, 1)
        grid.addWidget(QLabel("<b>Distance (optional)</b>"), 0, 2)
        for weekday, name in enumerate(WEEKDAY_NAMES):
            kind = QComboBox()
            kind.addItem("No run", None)
            for run_type in USUAL_RUN_TYPES:
                kind.addItem(f"{run_type.value.capitalize()} run", run_type)
            kind.setAccessibleName(f"{name} run")
            kind.setToolTip(f"The run you usually do on {name}")
            distance = QDoubleSpinBox()
            distance.setRange(0, 100)
            distance.setDecimals(1)
            distance.setSingleStep(1)
            distance.setSpecialValueText("not set")
            distance.setAccessibleName(f"{name} distance")
            distance.setToolTip("Leave at 'not set' if it varies")
            distance.setEnabled(False)
            kind.currentIndexChanged.connect(lambda _i, k=kind, d=distance: d.setEnabled(k.currentData() is not None))
            label = QLabel(f"{WEEKDAY_LABELS[weekday]}:")
            label.setBuddy(kind)
            grid.addWidget(label, weekday + 1, 0)
            grid.addWidget(kind, weekday + 1, 1)
            grid.addWidget(distance, weekday + 1, 2)
            self.kinds.append(kind)
            self.distances.append(distance)
        self.set_unit(DistanceUnit.KM)

    def set_unit(self, unit: DistanceUnit) -> None:
        """Show distances in ``unit``, keeping what was typed as the same distance."""
        week = self.usual_week() if self.kinds else UsualWeek()
        self.unit = unit
        for box in self.distances:
            box.setSuffix(f" {unit.value}")
        self.set_usual_week(week)

    def _metres_per_unit(self) -> float:
        return metres_per(self.unit)

    def set_usual_week(self, week: UsualWeek) -> None:
        for weekday, (kind, distance) in enumerate(zip(self.kinds, self.distances, strict=True)):
            run = week.runs.get(weekday)
            kind.setCurrentIndex(kind.findData(run.run_type) if run is not None else 0)
            metres = run.distance_m if run is not None else None
            distance.setValue(round(metres / self._metres_per_unit(), 1) if metres else 0)

    def usual_week(self) -> UsualWeek:
        runs = {}
        for weekday, (kind, distance) in enumerate(zip(self.kinds, self.distances, strict=True)):
            if kind.currentData() is not None:
                run_type = RunType(kind.currentData())
                metres = distance.value() * self._metres_per_unit() if distance.value() > 0 else None
                runs[weekday] = UsualRun(run_type, metres)
        return UsualWeek(runs)
