"""Create or edit an exercise: the fields a runner needs, one cue or mistake per line."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import LiftFocus, MovementPattern
from planner.domain.exercise import EQUIPMENT, MUSCLES, Exercise, Prescription, pattern_label

NEW_EXERCISE = Exercise(
    slug="",
    name="",
    pattern=MovementPattern.SQUAT,
    focus=LiftFocus.LOWER,
    novice=Prescription(2, 8, 12, 3),
    experienced=Prescription(3, 6, 10, 2),
)


def _words(text: str, allowed: tuple[str, ...], keep_others: bool = False) -> tuple[str, ...]:
    """The comma-separated words that name something in ``allowed`` (spaces, - and _ alike), in its spelling;
    with ``keep_others`` the rest stay too, as typed ("Partner or anchor" is equipment the list lacks)."""
    spelling = {a.replace("-", " ").replace("_", " "): a for a in allowed}
    found = []
    for typed in (" ".join(w.split()) for w in text.split(",")):
        key = typed.replace("-", " ").replace("_", " ").lower()
        key = " ".join(key.split())
        if key in spelling:
            found.append(spelling[key])
        elif typed and keep_others:
            found.append(typed)
    return tuple(dict.fromkeys(found))


class ExerciseEditor(QDialog):
    def __init__(self, exercise: Exercise = NEW_EXERCISE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.setWindowTitle(f"Edit {exercise.name}" if exercise.name else "New exercise")
        self.name = QLineEdit(exercise.name)
        self.name.setPlaceholderText("e.g. Banded hip hinge")
        self.pattern = QComboBox()
        for pattern in MovementPattern:
            self.pattern.addItem(pattern_label(pattern), pattern)
        self.pattern.setCurrentIndex(list(MovementPattern).index(exercise.pattern))
        self.focus = QComboBox()
        for focus in LiftFocus:
            self.focus.addItem(focus.value.capitalize(), focus)
        self.focus.setCurrentIndex(list(LiftFocus).index(exercise.focus))
        self.equipment = QLineEdit(", ".join(exercise.equipment))
        self.equipment.setToolTip(
            "Comma-separated. Known to the planner: " + ", ".join(EQUIPMENT) + ". Anything else is kept as you type it."
        )
        self.equipment.setPlaceholderText("e.g. dumbbell, bench, partner or anchor")
        self.unilateral = QCheckBox("One side at a time")
        self.unilateral.setChecked(exercise.unilateral)
        self.primary = QLineEdit(", ".join(m.replace("_", " ") for m in exercise.primary_muscles))
        self.primary.setToolTip("Comma-separated: " + ", ".join(m.replace("_", " ") for m in MUSCLES))
        self.cues = QPlainTextEdit("\n".join(exercise.cues))
        self.mistakes = QPlainTextEdit("\n".join(exercise.mistakes))
        self.why = QPlainTextEdit(exercise.why)
        for box in (self.cues, self.mistakes, self.why):
            box.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Movement", self.pattern)
        form.addRow("Focus", self.focus)
        form.addRow("Equipment", self.equipment)
        form.addRow("", self.unilateral)
        form.addRow("Main muscles", self.primary)
        form.addRow("Cues (one a line)", self.cues)
        form.addRow("Common mistakes", self.mistakes)
        form.addRow("Why it helps", self.why)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def _accept_if_named(self) -> None:
        if self.name.text().strip():
            self.accept()
        else:
            self.name.setFocus()
            self.name.setPlaceholderText("A name is needed")

    def edited(self) -> Exercise:
        def lines(box: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(line.strip() for line in box.toPlainText().splitlines() if line.strip())

        return replace(
            self.exercise,
            name=self.name.text().strip(),
            pattern=MovementPattern(self.pattern.currentData()),  # Qt hands enums back as str
            focus=LiftFocus(self.focus.currentData()),
            equipment=_words(self.equipment.text(), EQUIPMENT, keep_others=True) or ("none",),
            unilateral=self.unilateral.isChecked(),
            primary_muscles=_words(self.primary.text(), MUSCLES),
            cues=lines(self.cues),
            mistakes=lines(self.mistakes),
            why=self.why.toPlainText().strip(),
        )
