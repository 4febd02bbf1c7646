"""The session editor (double-click or Enter on a card): details, status and, for lifts, the sets."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import (
    DistanceUnit,
    Experience,
    Intensity,
    LiftFocus,
    MassUnit,
    RunType,
    Status,
    TimeOfDay,
)
from planner.domain.exercise import Exercise
from planner.domain.session import LIFT_TITLES, RUN_TITLES, Session
from planner.domain.units import elevation_in, elevation_to_metres, elevation_unit, format_mass, metres_per
from planner.engine.pace_zones import PaceZones
from planner.engine.progression import Step
from planner.engine.rest import rest_seconds
from planner.ui.calendar.rest_timer import RestTimer
from planner.ui.calendar.sets_editor import Kit, LastTime, SetsEditor
from planner.ui.calendar.workout_editor import WorkoutEditor
from planner.ui.widgets.screen_fit import screen_of

UNKNOWN = "—"
NO_HR = 29  # the heart-rate box's "—": one below the lowest rate it takes (30-250 bpm)
NO_ELEVATION = -1.0  # the elevation box's "—", so that 0 m (a flat run) stays a value


def _combo(items: list[tuple[str, object]], current: object) -> QComboBox:
    box = QComboBox()
    for label, value in items:
        box.addItem(label, value)
    box.setCurrentIndex(next((i for i, (_, value) in enumerate(items) if value == current), 0))
    return box


SAVE_KEYS = "Ctrl+Return"


# the stored columns an edit in this dialog can push past what a restore reads (planner/store/row_rules.py)
FIELD_NAMES = {
    "session.notes": "Notes",
    "lift_set.set_number": "Sets of one exercise",
    "lift_set.position": "Sets in the session",
}


def plain_problem(problem: str) -> str:
    """``session.notes: is 1,077,765 characters, over 1,000,000`` as "Notes: 1,077,765 characters, over ...";
    a column not named here keeps the store's wording."""
    column, _, why = problem.partition(": ")
    name = FIELD_NAMES.get(column)
    return f"{name}: {why.removeprefix('is ')}" if name else problem


class SessionEditor(QDialog):
    def __init__(
        self,
        session: Session,
        exercises: list[Exercise],
        unit: DistanceUnit = DistanceUnit.KM,
        experience: Experience = Experience.NOVICE,
        parent: QWidget | None = None,
        progression: dict[int, Step] | None = None,
        mass_unit: MassUnit = MassUnit.KG,
        last_time: LastTime | None = None,
        kit: Kit | None = None,
        clock: Callable[[], float] = time.monotonic,
        zones: PaceZones | None = None,
        keep_problem: Callable[[Session], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.keep_problem = keep_problem  # why saving the edit would be refused (sessions.unkeepable), or None
        self.unit = unit
        self.setWindowTitle(f"{session.title} — {session.day:%A %d %B}")
        form = QFormLayout()

        self.run_type: QComboBox | None = None
        self.distance: QDoubleSpinBox | None = None
        self.avg_hr: QSpinBox | None = None
        self.elevation: QDoubleSpinBox | None = None
        self.focus: QComboBox | None = None
        self.intensity: QComboBox | None = None
        self.workout_editor: WorkoutEditor | None = None
        if session.run is not None:
            self.run_type = _combo([(RUN_TITLES[t], t) for t in RunType], session.run.run_type)
            form.addRow("Type", self.run_type)
            self.distance = QDoubleSpinBox()
            self.distance.setRange(0, 400)
            self.distance.setDecimals(2)
            self.distance.setSpecialValueText(UNKNOWN)
            self.distance.setSuffix(f" {unit.value}")
            per_unit = metres_per(unit)
            self.distance.setValue((session.run.distance_m or 0) / per_unit)
            self._initial_distance = self.distance.value()
            form.addRow("Distance", self.distance)
            self.avg_hr = QSpinBox()
            self.avg_hr.setRange(NO_HR, 250)
            self.avg_hr.setSpecialValueText(UNKNOWN)
            self.avg_hr.setSuffix(" bpm")
            self.avg_hr.setValue(session.run.avg_hr if session.run.avg_hr is not None else NO_HR)
            self.avg_hr.setToolTip("Average heart rate over the run, 30-250 bpm; — when not known")
            self._initial_hr = self.avg_hr.value()
            form.addRow("Average HR", self.avg_hr)
            self.elevation = QDoubleSpinBox()
            self.elevation.setRange(NO_ELEVATION, 10_000)
            self.elevation.setDecimals(0)
            self.elevation.setSpecialValueText(UNKNOWN)
            self.elevation.setSuffix(f" {elevation_unit(unit)}")  # feet for a runner in miles
            elevation = session.run.elevation_m
            self.elevation.setValue(elevation_in(elevation, unit) if elevation is not None else NO_ELEVATION)
            self.elevation.setToolTip("Total climb over the run; — when not known")
            self._initial_elevation = self.elevation.value()
            form.addRow("Elevation gain", self.elevation)
            self.workout_editor = WorkoutEditor(session.run, unit, zones, session.duration_s)
            self.workout_editor.add_rows(form)
        if session.lift is not None:
            self.focus = _combo([(LIFT_TITLES[f].capitalize(), f) for f in LiftFocus], session.lift.focus)
            self.intensity = _combo([(i.value.capitalize(), i) for i in Intensity], session.lift.intensity)
            form.addRow("Focus", self.focus)
            form.addRow("Intensity", self.intensity)

        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSpecialValueText(UNKNOWN)
        self.duration.setSuffix(" min")
        self.duration.setValue(round((session.duration_s or 0) / 60))
        self._initial_minutes = self.duration.value()
        form.addRow("Duration", self.duration)
        self.rpe = QDoubleSpinBox()
        self.rpe.setRange(-0.5, 10)
        self.rpe.setSingleStep(0.5)
        self.rpe.setDecimals(1)
        self.rpe.setSpecialValueText(UNKNOWN)
        self.rpe.setValue(session.rpe if session.rpe is not None else -0.5)
        self.rpe.setToolTip("Session RPE, 0 (rest) to 10 (maximal), asked about 30 minutes after the session")
        form.addRow("Effort (RPE)", self.rpe)
        self.status = _combo([(s.value.capitalize(), s) for s in Status], session.status)
        form.addRow("Status", self.status)
        self.time_of_day = _combo(
            [(UNKNOWN, None), ("Morning", TimeOfDay.AM), ("Afternoon/evening", TimeOfDay.PM)], session.time_of_day
        )
        form.addRow("Time of day", self.time_of_day)
        self.notes = QPlainTextEdit(session.notes)
        self.notes.setMaximumHeight(90)
        self.notes.setAccessibleName("Notes")
        self.notes.setPlaceholderText("How it went, in your words")
        form.addRow("Notes", self.notes)
        if session.moved and session.planned_day:
            form.addRow("Planned for", QLabel(f"{session.planned_day:%A %d %B}"))
        self.why: QLabel | None = None
        self.why_button: QToolButton | None = None
        if session.reasons:
            self.why_button, self.why = self._why(session.reasons)
            form.addRow(self.why_button)
            form.addRow(self.why)

        layout = QVBoxLayout(self)
        self._opened = False
        self.sets_editor: SetsEditor | None = None
        self.rest_timer: RestTimer | None = None
        if session.lift is None:
            layout.addLayout(form)
        else:
            self.sets_editor = SetsEditor(
                session.sets, exercises, experience, mass_unit=mass_unit, last_time=last_time, kit=kit
            )
            self.sets_editor.logged_as_planned.connect(self._mark_done)
            self.rest_timer = RestTimer(clock)
            self.sets_editor.set_logged.connect(self._rest)
            self.sets_editor.set_logged.connect(self._mark_done)  # a ticked set says the lift happened
            self._exercises = {e.id: e for e in exercises}
            self.progression = progression or {}
            self.next_steps = QLabel(self._steps_text(self._exercises, mass_unit))
            self.next_steps.setObjectName("nextSteps")
            self.next_steps.setWordWrap(True)
            self.next_steps.setTextFormat(Qt.TextFormat.RichText)
            self.next_steps.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            if session.status is Status.PLANNED:  # today's prescription already holds the next step
                self.sets_editor.apply_steps(self.progression)
            side = QVBoxLayout()
            side.addLayout(form)
            side.addWidget(self.next_steps)  # beside the sets, not under them: the cards keep the height
            side.addLayout(self.sets_editor.picker_box(), 1)
            main = QVBoxLayout()
            bar = QHBoxLayout()
            bar.addWidget(QLabel("<b>Exercises and sets</b>"))
            bar.addStretch(1)
            bar.addWidget(self.rest_timer)
            bar.addWidget(self.sets_editor.as_planned_button)
            main.addLayout(bar)
            main.addWidget(self.sets_editor.prompt)
            main.addWidget(self.sets_editor.scroll_area, 1)
            hint = QLabel(
                "Tick a set (Space) when it went as planned, or type what differed; Enter logs the set and goes "
                "to the next. Targets change with a click. Ctrl+Enter saves."
            )
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, yet not "disabled" to a screen reader
            main.addWidget(hint)
            row = QHBoxLayout()
            row.addLayout(side)
            row.addLayout(main, 1)
            layout.addLayout(row, 1)
            # the sets editor's widgets live in this dialog's layouts; the editor itself only holds the logic
            self.sets_editor.setParent(self)
            self.sets_editor.hide()
            self._size_for_lifting()
        self.problem = QLabel()
        self.problem.setObjectName("saveProblem")
        self.problem.setAccessibleName("Why the session was not saved")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setToolTip("Save (Ctrl+Enter)")
        # Enter adds a set while the sets table has the focus: Ctrl+Enter saves from anywhere
        for keys in (SAVE_KEYS, "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Steps that cannot be read, or an edit the store would refuse (notes pasted past a million characters,
        a 1,001st set), keep the dialog open with the reason shown: nothing typed is lost."""
        if self.workout_editor is not None and not self.workout_editor.check():
            return
        problem = self.keep_problem(self.edited()) if self.keep_problem is not None else None
        if problem:
            self.problem.setText(f"⚠ Not saved yet. {plain_problem(problem)}. Change that and save again, or Cancel.")
            self.problem.setVisible(True)
            return
        super().accept()

    def _mark_done(self) -> None:
        """Logging a set says the lift happened: a planned lift becomes done (a skipped one stays as chosen)."""
        if self.status.currentData() == Status.PLANNED:
            self.status.setCurrentIndex(self.status.findData(Status.DONE))

    def showEvent(self, event: QShowEvent) -> None:
        """A lift opens on the first set still to log, ready for Space, Enter or its reps."""
        super().showEvent(event)
        if self.sets_editor is not None and not self._opened:
            self._opened = True
            first = next((i for i, s in enumerate(self.sets_editor.sets()) if not s.logged), None)
            if first is not None:
                self.sets_editor.focus_field(first, "done reps")

    def _why(self, reasons: str) -> tuple[QToolButton, QLabel]:
        """The planner's reasons, folded under a "Why this session" toggle: read once, not in the way."""
        button = QToolButton()
        button.setText("Why this session")
        button.setCheckable(True)
        button.setArrowType(Qt.ArrowType.RightArrow)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setAccessibleName("Why this session: the planner's reasons")
        text = QLabel("<br>".join(html.escape(line) for line in reasons.splitlines() if line.strip()))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAccessibleName("The planner's reasons")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setVisible(False)

        def fold(shown: bool) -> None:
            text.setVisible(shown)
            button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

        button.toggled.connect(fold)
        return button, text

    def _rest(self, exercise_id: int) -> None:
        """A set was ticked: rest as long as the prescription asks (plyometrics rest for quality)."""
        if self.rest_timer is None or self.intensity is None or self.focus is None:
            return
        exercise = self._exercises.get(exercise_id)
        plyometric = (exercise is not None and exercise.plyometric) or self.focus.currentData() == LiftFocus.PLYOMETRIC
        self.rest_timer.start(rest_seconds(Intensity(self.intensity.currentData()), plyometric))

    def _size_for_lifting(self) -> None:
        """Wide and tall enough for four or five exercises' sets without scrolling, within the screen."""
        screen = screen_of(self)
        width, height = 1180, 760
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, int(free.width() * 0.95)), min(height, int(free.height() * 0.95))
        self.resize(width, height)

    def _steps_text(self, exercises: dict[int | None, Exercise], unit: MassUnit) -> str:
        if not self.progression:
            return "<i>Next step: log this lift's sets to get a progression (R11).</i>"
        lines = ["<b>Next step</b> (from your last logged sets, R11; already in the targets)"]
        for exercise_id, step in self.progression.items():
            exercise = exercises.get(exercise_id)
            name = exercise.name if exercise else "?"
            load = f" @ {format_mass(step.load_kg, unit)}" if step.load_kg is not None else ""
            lines.append(f"{html.escape(name)}: {step.reps} reps{load}. {html.escape(step.note)}")
        return "<br>".join(lines)

    def edited(self) -> Session:
        """The session as the form now describes it."""
        s = self.session
        if s.run is not None and self.run_type is not None and self.distance is not None:
            distance = s.run.distance_m
            if self.distance.value() != self._initial_distance:  # untouched: keep the exact metres
                per_unit = metres_per(self.unit)
                distance = self.distance.value() * per_unit if self.distance.value() > 0 else None
            s = replace(s, run=replace(s.run, run_type=RunType(self.run_type.currentData()), distance_m=distance))
        if s.run is not None and self.workout_editor is not None and self.workout_editor.changed():
            workout = self.workout_editor.workout()
            total = workout.total_distance_m() if workout is not None else None
            run_now = replace(s.run, workout=workout)
            untouched = self.distance is not None and self.distance.value() == self._initial_distance
            if total is not None and untouched and self.status.currentData() == Status.PLANNED:
                run_now = replace(
                    run_now, distance_m=total
                )  # the plan's steps say its distance; a run done keeps its own
            s = replace(s, run=run_now)
        if s.run is not None and self.avg_hr is not None and self.elevation is not None:
            hr = self.avg_hr.value()
            if hr != self._initial_hr:  # untouched: keep what was stored, even outside the box's range
                s = replace(s, run=replace(s.run, avg_hr=hr if hr != NO_HR else None))
            shown = self.elevation.value()
            if shown != self._initial_elevation and s.run is not None:  # untouched: keep the exact metres
                metres = elevation_to_metres(shown, self.unit) if shown != NO_ELEVATION else None
                s = replace(s, run=replace(s.run, elevation_m=metres))
        if s.lift is not None and self.focus is not None and self.intensity is not None:
            s = replace(
                s,
                lift=replace(
                    s.lift, focus=LiftFocus(self.focus.currentData()), intensity=Intensity(self.intensity.currentData())
                ),
            )
        if self.sets_editor is not None:
            s = replace(s, sets=self.sets_editor.sets())
        minutes = self.duration.value()
        duration = s.duration_s if minutes == self._initial_minutes else (minutes * 60 if minutes else None)
        return replace(
            s,
            duration_s=duration,
            rpe=self.rpe.value() if self.rpe.value() >= 0 else None,
            status=Status(self.status.currentData()),
            time_of_day=TimeOfDay(self.time_of_day.currentData()) if self.time_of_day.currentData() else None,
            notes=self.notes.toPlainText().strip(),
        )
