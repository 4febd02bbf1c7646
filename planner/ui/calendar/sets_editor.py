"""A lift's sets as an editable table of targets and what was done, with a picker to add exercises.

Loads are shown and typed in the profile's unit but stored in kilograms. Each number cell keeps the exact
value it was filled from, so a load nobody touched comes back as the same kilograms (no kg -> lb -> kg drift).
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Experience, MassUnit, SessionKind
from planner.domain.exercise import Exercise
from planner.domain.session import LiftDetails, LiftSet, Session
from planner.engine.plates import to_kg, to_unit
from planner.engine.progression import Step
from planner.services.prescriptions import with_exercises
from planner.ui.calendar.mime import exercise_ids_from
from planner.ui.look.text_metrics import text_width

EXERCISE, SET, TARGET_REPS, TARGET_LOAD, TARGET_RIR, DONE_REPS, DONE_LOAD, DONE_RIR = range(8)
EDITABLE = (TARGET_REPS, TARGET_LOAD, TARGET_RIR, DONE_REPS, DONE_LOAD, DONE_RIR)
REPS, LOADS, RIRS = (TARGET_REPS, DONE_REPS), (TARGET_LOAD, DONE_LOAD), (TARGET_RIR, DONE_RIR)
TARGET_TO_DONE = {TARGET_REPS: DONE_REPS, TARGET_LOAD: DONE_LOAD, TARGET_RIR: DONE_RIR}
VALUE_ROLE = Qt.ItemDataRole.UserRole  # the exact stored value (kg for loads) behind the text
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 1  # the text that value was shown as: other text means an edit
AS_PLANNED_KEYS = QKeySequence("Ctrl+Shift+P")
RIR_TIP = "RIR = reps in reserve: how many more clean reps you could have done at the end of the set."


def headers(unit: MassUnit) -> list[tuple[str, str]]:
    """Column labels (two short lines: plan or done, then what) with their tooltips."""
    load = f"load ({unit.value})"
    return [
        ("Exercise", "Select a row, then Enter adds a set of its exercise; Delete removes the selected sets."),
        ("Set", "The set's number within its exercise."),
        ("Target\nreps", "Reps planned for the set."),
        (f"Target\n{load}", f"Load planned, in {unit.value}; empty for bodyweight."),
        ("Target\nRIR", f"Reps in reserve planned. {RIR_TIP}"),
        ("Done\nreps", "Reps you did. A set with reps done counts as logged; empty = not logged."),
        (f"Done\n{load}", f"Load you lifted, in {unit.value}; empty for bodyweight."),
        ("Done\nRIR", f"Reps in reserve you had left. {RIR_TIP}"),
    ]


class SetsTable(QTableWidget):
    """The sets grid with keys for fast logging: Tab walks the number cells only, Enter adds a set,
    Delete removes sets. Enter never reaches the dialog, so committing a cell cannot close it."""

    add_requested = Signal()
    delete_requested = Signal()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Backtab visit the editable cells in reading order; past the last one focus leaves."""
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if not forward and action != QAbstractItemView.CursorAction.MovePrevious:
            return super().moveCursor(action, modifiers)
        cells = [(row, column) for row in range(self.rowCount()) for column in EDITABLE]
        current = self.currentIndex()
        if not cells:
            return QModelIndex()
        if not current.isValid():
            row, column = cells[0] if forward else cells[-1]
            return self.model().index(row, column)
        here = (current.row(), current.column())
        further = [c for c in cells if c > here] if forward else [c for c in cells if c < here]
        if not further:
            return QModelIndex()
        row, column = further[0] if forward else further[-1]
        return self.model().index(row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not editing:  # while editing, Enter only commits the cell (the editor queues that itself)
                self.add_requested.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and not editing:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SetsEditor(QWidget):
    """Edits targets and logs what was done; ``logged_as_planned`` tells the dialog the lift happened."""

    logged_as_planned = Signal(int)  # how many sets "As planned" logged

    def __init__(
        self,
        sets: tuple[LiftSet, ...],
        exercises: list[Exercise],
        experience: Experience,
        parent: QWidget | None = None,
        mass_unit: MassUnit = MassUnit.KG,
    ) -> None:
        super().__init__(parent)
        self.exercises = {e.id: e for e in exercises if e.id is not None}
        self.experience = experience
        self.mass_unit = mass_unit
        self._sets = list(sets)
        self._filling = False
        columns = headers(mass_unit)
        self.table = SetsTable(0, len(columns))
        for column, (label, tip) in enumerate(columns):
            item = QTableWidgetItem(label)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(column, item)
        # cells, not rows, are selected so the cell being typed into stands out; Delete takes the selected cells' sets
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(EXERCISE, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(7 * self.table.verticalHeader().defaultSectionSize())
        self.table.setAccessibleName("Sets")
        self.table.itemChanged.connect(self._checked)
        self.table.add_requested.connect(self.add_set)
        self.table.delete_requested.connect(self.remove_selected)
        self.table.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().installEventFilter(self)
        self.picker_filter = QLineEdit()
        self.picker_filter.setPlaceholderText("Find an exercise…")
        self.picker_filter.setAccessibleName("Find an exercise")
        self.picker = QListWidget()
        self.picker.setAccessibleName("Exercises to add")
        self.picker.setToolTip("Drag an exercise into the table, or double-click it (or press Enter), to add its sets")
        self.picker.setDragEnabled(True)
        for exercise in sorted(exercises, key=lambda e: e.name.lower()):
            if exercise.hidden or exercise.id is None:
                continue
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.picker.addItem(item)
        # wide enough for the longest name in the font in use, within reason
        names = self.picker.sizeHintForColumn(0) + self.picker.verticalScrollBar().sizeHint().width() + 8
        self.picker.setMaximumWidth(max(210, text_width(self.picker, 32)))
        self.picker.setMinimumWidth(min(max(160, names), self.picker.maximumWidth()))
        # activated: a double-click, or Enter for keyboard users
        self.picker.itemActivated.connect(lambda item: self.add_exercises([item.data(Qt.ItemDataRole.UserRole)]))
        self.picker_filter.textChanged.connect(self._filter_picker)
        add = QPushButton("Add ▶")
        add.clicked.connect(self._add_picked)
        remove = QPushButton("Remove")
        remove.setToolTip("Remove the selected sets (Delete)")
        remove.clicked.connect(self.remove_selected)
        up = QPushButton("Up")
        up.setToolTip("Move the selected exercise and its sets up")
        up.clicked.connect(lambda: self.move_selected_exercise(-1))
        down = QPushButton("Down")
        down.setToolTip("Move the selected exercise and its sets down")
        down.clicked.connect(lambda: self.move_selected_exercise(1))
        self.as_planned_button = QPushButton("As planned")
        self.as_planned_button.setShortcut(AS_PLANNED_KEYS)
        self.as_planned_button.setAccessibleName("Log the sets not yet logged as planned")
        self.as_planned_button.setToolTip(
            "Log every set not yet logged with its target reps, load and RIR and mark the session done; "
            f"then change the sets that went differently ({AS_PLANNED_KEYS.toString(QKeySequence.NativeText)})"
        )
        self.as_planned_button.clicked.connect(self.log_as_planned)
        for button in (add, remove, up, down, self.as_planned_button):
            button.setAutoDefault(False)  # Enter in the sets area must not press a button by accident
        picker_box = QVBoxLayout()
        picker_box.addWidget(self.picker_filter)
        picker_box.addWidget(self.picker, 1)
        picker_box.addWidget(add)
        buttons = QHBoxLayout()
        for button in (up, down, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.as_planned_button)
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

    # --- cells: text shown in the profile's unit, exact value kept behind it ---

    def _text(self, column: int, value: float | None) -> str:
        if value is None:
            return ""
        if column in LOADS:
            return f"{round(to_unit(value, self.mass_unit), 2):g}"
        return f"{value:g}"

    def _put(self, row: int, column: int, value: float | None) -> None:
        """Show ``value`` (kg for loads) in a cell and remember it exactly."""
        item = self.table.item(row, column)
        was_filling, self._filling = self._filling, True
        try:
            item.setData(VALUE_ROLE, value)
            item.setData(SHOWN_ROLE, self._text(column, value))
            item.setText(self._text(column, value))
        finally:
            self._filling = was_filling

    def _value(self, row: int, column: int) -> float | None:
        return self.table.item(row, column).data(VALUE_ROLE)  # type: ignore[no-any-return]

    def _parse(self, column: int, text: str) -> tuple[bool, float | None]:
        """(readable, value in storage units) for what was typed into ``column``; empty means none."""
        text = text.strip().replace(",", ".")
        if not text:
            return True, None
        try:
            number = float(text)
        except ValueError:
            return False, None
        if not math.isfinite(number) or number < 0:
            return False, None
        if column in REPS:
            return (number.is_integer() and number < 1000), int(number)
        if column in RIRS:
            return number <= 10, number
        return number < 10_000, to_kg(number, self.mass_unit)

    def _checked(self, item: QTableWidgetItem) -> None:
        """Read a typed number at once: a bad one puts the previous value back, so what is shown is what is saved."""
        if self._filling or item.column() not in EDITABLE or item.text() == item.data(SHOWN_ROLE):
            return
        readable, value = self._parse(item.column(), item.text())
        self._put(item.row(), item.column(), value if readable else item.data(VALUE_ROLE))

    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self._sets))
            for row, lift_set in enumerate(self._sets):
                exercise = self.exercises.get(lift_set.exercise_id)
                for column, text in ((EXERCISE, exercise.name if exercise else "?"), (SET, str(lift_set.set_number))):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, column, item)
                values = {
                    TARGET_REPS: lift_set.target_reps,
                    TARGET_LOAD: lift_set.target_load_kg,
                    TARGET_RIR: lift_set.target_rir,
                    DONE_REPS: lift_set.actual_reps,
                    DONE_LOAD: lift_set.actual_load_kg,
                    DONE_RIR: lift_set.actual_rir,
                }
                for column, value in values.items():
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if column not in TARGET_TO_DONE.values():  # the plan sits on a tint, what was done on white
                        item.setBackground(self.palette().alternateBase())
                    self.table.setItem(row, column, item)
                    self._put(row, column, value)
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            widths = sum(
                max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(self.table.columnCount())
            )
            self.table.setMinimumWidth(widths + self.table.verticalScrollBar().sizeHint().width() + 4)
        finally:
            self._filling = False

    def sets(self) -> tuple[LiftSet, ...]:
        """The sets as edited, in table order (loads in kg)."""

        def reps(row: int, column: int) -> int | None:
            value = self._value(row, column)
            return None if value is None else int(value)

        return tuple(
            replace(
                lift_set,
                position=row,
                target_reps=reps(row, TARGET_REPS),
                target_load_kg=self._value(row, TARGET_LOAD),
                target_rir=self._value(row, TARGET_RIR),
                actual_reps=reps(row, DONE_REPS),
                actual_load_kg=self._value(row, DONE_LOAD),
                actual_rir=self._value(row, DONE_RIR),
            )
            for row, lift_set in enumerate(self._sets)
        )

    def _logged(self, row: int) -> bool:
        return self._value(row, DONE_REPS) is not None

    # --- logging ---

    def log_as_planned(self) -> int:
        """Copy the targets into the empty "done" cells of every set not yet logged; returns how many sets
        that logged. The user then corrects only the sets that went differently."""
        if not self._sets:
            return 0
        logged = 0
        for row in range(self.table.rowCount()):
            if self._logged(row) or self._value(row, TARGET_REPS) is None:
                continue
            for target, done in TARGET_TO_DONE.items():
                if self._value(row, done) is None:
                    self._put(row, done, self._value(row, target))
            logged += 1
        self.logged_as_planned.emit(logged)
        return logged

    def apply_steps(self, steps: dict[int, Step]) -> int:
        """Put each exercise's next progression step (R11) into its sets not yet logged; returns how many."""
        changed = 0
        for row, lift_set in enumerate(self._sets):
            step = steps.get(lift_set.exercise_id)
            if step is None or self._logged(row):
                continue
            self._put(row, TARGET_REPS, step.reps)
            if step.load_kg is not None:
                self._put(row, TARGET_LOAD, step.load_kg)
            changed += 1
        return changed

    # --- adding, removing, reordering ---

    def add_set(self) -> None:
        """Another set of the current row's exercise, with its targets, after that exercise's last set;
        the cursor goes to the new set's first number."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._sets):
            return
        current = list(self.sets())
        last = row
        while last + 1 < len(current) and current[last + 1].exercise_id == current[row].exercise_id:
            last += 1
        block = [s for s in current[: last + 1] if s.exercise_id == current[row].exercise_id]
        new = replace(current[row].as_planned(), set_number=max(s.set_number for s in block) + 1)
        current.insert(last + 1, new)
        self._sets = current
        self._fill()
        self.table.setCurrentCell(last + 1, TARGET_REPS)

    def add_exercises(self, exercise_ids: list[int]) -> None:
        chosen = [self.exercises[i] for i in exercise_ids if i in self.exercises]
        if not chosen:
            return
        holder = Session(day=date.min, kind=SessionKind.LIFT, lift=LiftDetails(), sets=self.sets())
        self._sets = list(with_exercises(holder, chosen, self.experience).sets)
        self._fill()

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            return
        self._sets = [s for row, s in enumerate(self.sets()) if row not in rows]
        self._fill()
        if self._sets:  # keep the cursor where it was, so Delete can be pressed again
            self.table.setCurrentCell(min(min(rows), len(self._sets) - 1), TARGET_REPS)

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
