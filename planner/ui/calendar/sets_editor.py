"""A lift's sets as an editable table, with a picker to add exercises (double-click, Add, or drag)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Experience, SessionKind
from planner.domain.exercise import Exercise
from planner.domain.session import LiftDetails, LiftSet, Session
from planner.engine.progression import Step
from planner.services.prescriptions import with_exercises
from planner.ui.calendar.mime import exercise_ids_from

COLUMNS = ("Exercise", "Set", "Reps", "Load (kg)", "RIR", "Done")
EDITABLE = (2, 3, 4)


def logged_text(s: LiftSet) -> str:
    if s.actual_reps is None:
        return ""
    text = f"{s.actual_reps} reps"
    if s.actual_load_kg:
        text += f" × {s.actual_load_kg:g} kg"
    if s.actual_rir is not None:
        text += f" @ {s.actual_rir:g} RIR"
    return text


class SetsEditor(QWidget):
    def __init__(
        self,
        sets: tuple[LiftSet, ...],
        exercises: list[Exercise],
        experience: Experience,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exercises = {e.id: e for e in exercises if e.id is not None}
        self.experience = experience
        self._sets = list(sets)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().installEventFilter(self)
        self.picker_filter = QLineEdit()
        self.picker_filter.setPlaceholderText("Find an exercise…")
        self.picker = QListWidget()
        self.picker.setDragEnabled(True)
        self.picker.setMaximumWidth(230)
        for exercise in sorted(exercises, key=lambda e: e.name.lower()):
            if exercise.hidden or exercise.id is None:
                continue
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.picker.addItem(item)
        self.picker.itemDoubleClicked.connect(lambda item: self.add_exercises([item.data(Qt.ItemDataRole.UserRole)]))
        self.picker_filter.textChanged.connect(self._filter_picker)
        add = QPushButton("Add ▶")
        add.clicked.connect(self._add_picked)
        remove = QPushButton("Remove")
        remove.clicked.connect(self.remove_selected)
        up = QPushButton("Up")
        up.clicked.connect(lambda: self.move_selected_exercise(-1))
        down = QPushButton("Down")
        down.clicked.connect(lambda: self.move_selected_exercise(1))
        picker_box = QVBoxLayout()
        picker_box.addWidget(self.picker_filter)
        picker_box.addWidget(self.picker, 1)
        picker_box.addWidget(add)
        buttons = QHBoxLayout()
        for button in (up, down, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        table_box = QVBoxLayout()
        table_box.addWidget(self.table, 1)
        table_box.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(picker_box)
        row.addLayout(table_box, 1)
        self._fill()

    def _add_picked(self) -> None:
        self.add_exercises([i.data(Qt.ItemDataRole.UserRole) for i in self.picker.selectedItems()])

    def _filter_picker(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.picker.count()):
            item = self.picker.item(i)
            exercise = self.exercises.get(item.data(Qt.ItemDataRole.UserRole))
            haystack = exercise.search_text if exercise else item.text().lower()
            item.setHidden(not all(w in haystack for w in words))

    def _fill(self) -> None:
        self.table.setRowCount(len(self._sets))
        for row, lift_set in enumerate(self._sets):
            exercise = self.exercises.get(lift_set.exercise_id)
            values = [
                exercise.name if exercise else "?",
                str(lift_set.set_number),
                "" if lift_set.target_reps is None else str(lift_set.target_reps),
                "" if lift_set.target_load_kg is None else f"{lift_set.target_load_kg:g}",
                "" if lift_set.target_rir is None else f"{lift_set.target_rir:g}",
                logged_text(lift_set),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def sets(self) -> tuple[LiftSet, ...]:
        """The sets as edited; a number that cannot be read keeps its previous value."""

        def number(row: int, column: int, old: float | None, kind: type) -> float | None:
            text = self.table.item(row, column).text().strip().replace(",", ".")
            if not text:
                return None
            try:
                value = kind(float(text))
            except ValueError:
                return old
            return value if value >= 0 else old

        return tuple(
            replace(
                lift_set,
                position=row,
                target_reps=number(row, 2, lift_set.target_reps, int),  # type: ignore[arg-type]
                target_load_kg=number(row, 3, lift_set.target_load_kg, float),
                target_rir=number(row, 4, lift_set.target_rir, float),
            )
            for row, lift_set in enumerate(self._sets)
        )

    def apply_steps(self, steps: dict[int, Step]) -> int:
        """Put each exercise's next progression step (R11) into its sets not yet logged; returns how many."""
        changed = 0
        for row, lift_set in enumerate(self._sets):
            step = steps.get(lift_set.exercise_id)
            if step is None or lift_set.logged:
                continue
            self.table.item(row, 2).setText(str(step.reps))
            if step.load_kg is not None:
                self.table.item(row, 3).setText(f"{round(step.load_kg, 2):g}")
            changed += 1
        return changed

    def add_exercises(self, exercise_ids: list[int]) -> None:
        chosen = [self.exercises[i] for i in exercise_ids if i in self.exercises]
        if not chosen:
            return
        holder = Session(day=date.min, kind=SessionKind.LIFT, lift=LiftDetails(), sets=self.sets())
        self._sets = list(with_exercises(holder, chosen, self.experience).sets)
        self._fill()

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        self._sets = [s for row, s in enumerate(self.sets()) if row not in rows]
        self._fill()

    def move_selected_exercise(self, step: int) -> None:
        """Swap the selected exercise's block of sets with the block above or below it."""
        row = self.table.currentRow()
        if row < 0:
            return
        current = list(self.sets())
        blocks: list[list[LiftSet]] = []
        for lift_set in current:
            if blocks and blocks[-1][0].exercise_id == lift_set.exercise_id:
                blocks[-1].append(lift_set)
            else:
                blocks.append([lift_set])
        owner = next(i for i, block in enumerate(blocks) if current[row] in block)
        target = owner + step
        if not 0 <= target < len(blocks):
            return
        blocks[owner], blocks[target] = blocks[target], blocks[owner]
        self._sets = [s for block in blocks for s in block]
        self._fill()
        self.table.selectRow(sum(len(b) for b in blocks[:target]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Exercises dragged from the picker (or carrying Runlift's exercise MIME type) drop onto the table."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) and isinstance(
            event, QDropEvent
        ):
            ids = exercise_ids_from(event.mimeData())
            if not ids and event.source() is self.picker:
                ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.picker.selectedItems()]
            if not ids:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.add_exercises(ids)
            return True
        return super().eventFilter(watched, event)
