"""The usual running week as seven rows: a run type (none, or a day off), an optional distance and time."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QWidget

from planner.domain.enums import DistanceUnit, RunType, TimeOfDay
from planner.domain.units import metres_per
from planner.domain.usual_week import USUAL_RUN_TYPES, UsualRun, UsualWeek

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# keyboard mnemonics that do not clash (Alt+letter jumps to that day's run)
WEEKDAY_LABELS = ("&Monday", "&Tuesday", "&Wednesday", "T&hursday", "&Friday", "S&aturday", "&Sunday")
DAY_OFF = "off"  # the run box's "Day off": never a run, never a suggested lift


class UsualWeekForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = DistanceUnit.KM
        self.kinds: list[QComboBox] = []
        self.distances: list[QDoubleSpinBox] = []
        self.times: list[QComboBox] = []
        grid = QGridLayout(self)
        grid.addWidget(QLabel("<b>Day</b>"), 0, 0)
        grid.addWidget(QLabel("<b>Run</b>"), 0, 1)
        grid.addWidget(QLabel("<b>Distance (optional)</b>"), 0, 2)
        grid.addWidget(QLabel("<b>When</b>"), 0, 3)
        for weekday, name in enumerate(WEEKDAY_NAMES):
            kind = QComboBox()
            kind.addItem("No run", None)
            for run_type in USUAL_RUN_TYPES:
                kind.addItem(f"{run_type.value.capitalize()} run", run_type)
            kind.addItem("Day off (never train)", DAY_OFF)
            kind.setAccessibleName(f"{name} run")
            kind.setToolTip(f"The run you usually do on {name}, or a day you never train (no runs, no lifts)")
            when = QComboBox()
            when.addItem("Any time", None)
            when.addItem("Morning", TimeOfDay.AM)
            when.addItem("Evening", TimeOfDay.PM)
            when.setAccessibleName(f"{name} run time")
            when.setToolTip("When the run usually is: lifts are timed around it (run first, hours apart)")
            when.setEnabled(False)
            distance = QDoubleSpinBox()
            distance.setRange(0, 100)
            distance.setDecimals(1)
            distance.setSingleStep(1)
            distance.setSpecialValueText("not set")
            distance.setAccessibleName(f"{name} distance")
            distance.setToolTip("Leave at 'not set' if it varies")
            distance.setEnabled(False)
            kind.currentIndexChanged.connect(lambda _i, k=kind, d=distance, w=when: self._enable(k, d, w))
            label = QLabel(f"{WEEKDAY_LABELS[weekday]}:")
            label.setBuddy(kind)
            grid.addWidget(label, weekday + 1, 0)
            grid.addWidget(kind, weekday + 1, 1)
            grid.addWidget(distance, weekday + 1, 2)
            grid.addWidget(when, weekday + 1, 3)
            self.kinds.append(kind)
            self.distances.append(distance)
            self.times.append(when)
        self.set_unit(DistanceUnit.KM)

    @staticmethod
    def _enable(kind: QComboBox, distance: QDoubleSpinBox, when: QComboBox) -> None:
        is_run = kind.currentData() not in (None, DAY_OFF)
        distance.setEnabled(is_run)
        when.setEnabled(is_run)

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
        rows = zip(self.kinds, self.distances, self.times, strict=True)
        for weekday, (kind, distance, when) in enumerate(rows):
            run = week.runs.get(weekday)
            if run is not None:
                kind.setCurrentIndex(kind.findData(run.run_type))
            else:
                kind.setCurrentIndex(kind.findData(DAY_OFF) if weekday in week.unavailable else 0)
            metres = run.distance_m if run is not None else None
            distance.setValue(round(metres / self._metres_per_unit(), 1) if metres else 0)
            when.setCurrentIndex(max(0, when.findData(run.time_of_day)) if run is not None and run.time_of_day else 0)

    def usual_week(self) -> UsualWeek:
        runs = {}
        off = set()
        rows = zip(self.kinds, self.distances, self.times, strict=True)
        for weekday, (kind, distance, when) in enumerate(rows):
            chosen = kind.currentData()
            if chosen == DAY_OFF:
                off.add(weekday)
            elif chosen is not None:
                metres = distance.value() * self._metres_per_unit() if distance.value() > 0 else None
                time = when.currentData()
                runs[weekday] = UsualRun(RunType(chosen), metres, TimeOfDay(time) if time is not None else None)
        return UsualWeek(runs, frozenset(off))
