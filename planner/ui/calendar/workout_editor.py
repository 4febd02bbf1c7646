"""The run editor's steps: typed one block a line in the runner's units, a template to start from, the
card's short form and the zones' paces read back as you type, and planned against done once a run is in.

Typing, not a grid of spin boxes: "6 x 800 m @ 3:50, 400 m jog" is how runners write a session down, and
the same words go to the card, the .ics event and the CSV export.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit

from planner.domain.enums import DistanceUnit
from planner.domain.planned_done import comparison, laps_against_steps
from planner.domain.session import RunDetails
from planner.domain.units import format_distance, format_pace
from planner.domain.workout import (
    TEMPLATES,
    ZONES,
    Workout,
    WorkoutError,
    in_words,
    parse_workout,
    short_form,
    template,
)
from planner.engine.pace_zones import PaceZones

PLACEHOLDER = "2 km warm-up\n6 x 800 m @ 3:50, 400 m jog\n2 km cool-down"
CHOOSE = "Start from a template…"


class WorkoutEditor:
    """The widgets and their logic; the dialog places them in its form (``add_rows``)."""

    def __init__(
        self, run: RunDetails, unit: DistanceUnit, zones: PaceZones | None = None, done_seconds: int | None = None
    ) -> None:
        self.run = run
        self.done_seconds = done_seconds
        self.unit = unit
        self.zones = zones
        self.templates = QComboBox()
        self.templates.setObjectName("workoutTemplates")
        self.templates.setAccessibleName("Workout templates")
        self.templates.addItem(CHOOSE, None)
        for name in TEMPLATES:
            self.templates.addItem(name, name)
        self.templates.activated.connect(self._use_template)
        self.steps = QPlainTextEdit("\n".join(in_words(run.workout, unit)) if run.workout is not None else "")
        self.steps.setObjectName("workoutSteps")
        self.steps.setAccessibleName("Steps, one a line")
        self.steps.setPlaceholderText(PLACEHOLDER)
        self.steps.setToolTip(
            "One line a step or repeat: a distance (800 m, 2 km, 1 mi) or a time (20 min, 90 s), then warm-up, "
            "cool-down or jog, then @ a pace (3:50) or a zone (E, M, T, I, R: Daniels). "
            "A repeat: 6 x 800 m @ 3:50, 400 m jog"
        )
        self.steps.setMaximumHeight(110)
        self._initial = self.steps.toPlainText()
        self.status = QLabel()
        self.status.setObjectName("workoutStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.steps.textChanged.connect(self._read_back)
        self.done = QLabel(self._planned_done_text())
        self.done.setObjectName("plannedDone")
        self.done.setWordWrap(True)
        self.done.setTextFormat(Qt.TextFormat.RichText)
        self.done.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._read_back()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow("Steps", self.templates)
        form.addRow("", self.steps)
        form.addRow("", self.status)
        if self.done.text():
            form.addRow("Planned / done", self.done)

    # ---- results
    def changed(self) -> bool:
        return self.steps.toPlainText() != self._initial

    def workout(self) -> Workout | None:
        """The steps as typed (None when empty); WorkoutError when they cannot be read."""
        return parse_workout(self.steps.toPlainText(), self.unit)

    def check(self) -> bool:
        """True when the steps read (or are untouched); else the reason is shown and focus goes there."""
        if not self.changed():
            return True
        try:
            self.workout()
        except WorkoutError:
            self._read_back()
            self.steps.setFocus()
            return False
        return True

    # ---- as you type
    def _use_template(self, index: int) -> None:
        name = self.templates.itemData(index)
        if name is None:
            return
        self.steps.setPlainText("\n".join(in_words(template(name), self.unit)))
        self.templates.setCurrentIndex(0)
        self.steps.setFocus()

    def _read_back(self) -> None:
        try:
            workout = self.workout()
        except WorkoutError as exc:
            self.status.setText(f"Cannot read: {exc}")
            self.status.setForegroundRole(QPalette.ColorRole.WindowText)
            return
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if workout is None:
            self.status.setText("No steps: a plain run. Pick a template or type the steps.")
            return
        parts = [f"Card: {short_form(workout, self.unit) or 'no work steps'}"]
        total = workout.total_distance_m()
        if total is not None:
            parts.append(f"total {format_distance(total, self.unit, 2)}")
        parts.extend(self._zone_paces(workout))
        self.status.setText(" · ".join(parts))

    def _zone_paces(self, workout: Workout) -> list[str]:
        used = [z for z in ZONES if any(s.zone == z for s in workout.flat_steps())]
        if not used:
            return []
        if self.zones is None:
            return [", ".join(f"{z} = {ZONES[z]}" for z in used) + " (Daniels; set a race in Settings for paces)"]
        out = []
        for zone in used:
            fast, slow = self.zones.paces[zone]
            same = format_pace(fast, self.unit) == format_pace(slow, self.unit)
            span = format_pace(fast, self.unit) if same else (
                f"{format_pace(fast, self.unit, False)}–{format_pace(slow, self.unit)}"
            )  # fmt: skip
            out.append(f"{zone} {span}")
        return out

    def _planned_done_text(self) -> str:
        lines = [html.escape(line) for line in comparison(self.run, self.done_seconds, self.unit)]
        pairs = laps_against_steps(self.run)
        if pairs:
            lines.append("<b>Laps against steps</b>")
            lines.extend(html.escape(p.words(self.unit)) for p in pairs)
        elif self.run.workout is not None and self.run.laps:
            lines.append(f"{len(self.run.laps)} laps recorded; they do not follow the steps (auto laps?)")
        return "<br>".join(lines)
