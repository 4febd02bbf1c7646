"""A lift logged by exercise: a card per exercise with its sets as rows (last time, target, done, a tick).

Logging as a lifter does between sets: a tick (or Space on it, or Enter in the row) marks the set done as
prescribed, filling what was left empty from the target; typing a different number logs the difference;
Enter moves on to the next set. Only the done fields are Tab stops (targets take a click), so a set costs
one key when it went as planned.

Loads are shown and typed in the profile's unit but stored in kilograms. Each field keeps the exact value
it was filled from, so a load nobody touched comes back as the same kilograms (no kg -> lb -> kg drift).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import Enum
from functools import partial
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QFocusEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Experience, MassUnit, SessionKind
from planner.domain.exercise import Exercise
from planner.domain.session import LiftDetails, LiftSet, Session
from planner.domain.units import MAX_LOAD_KG, format_mass, mass_in, mass_to_kg
from planner.engine.plates import DEFAULT_BAR, DEFAULT_PLATES, loaded_equipment, plates_per_side, round_load
from planner.engine.progression import Step
from planner.services.library import BUILTIN_IMAGE_PREFIX, image_file
from planner.services.prescriptions import with_exercises
from planner.ui.calendar.mime import exercise_ids_from
from planner.ui.library.thumbnails import render
from planner.ui.look.text_metrics import text_width

AS_PLANNED_KEYS = QKeySequence("Ctrl+Shift+P")
RIR_TIP = "RIR = reps in reserve: how many more clean reps you could have done at the end of the set."
# warm-up ladder before the working sets: share of the working load and reps (a coaching convention)
WARMUP_LADDER = ((0.5, 5), (0.7, 3), (0.85, 2))
THUMB = QSize(60, 30)  # the illustrations show start and end side by side: 2:1

LastTime = dict[int, tuple[date, tuple[LiftSet, ...]]]
Kit = tuple[float, tuple[float, ...]]  # bar and plates, in the user's unit


class Kind(Enum):
    REPS = "reps"
    LOAD = "load"
    RIR = "rir"


TARGET_FIELDS = {Kind.REPS: "target_reps", Kind.LOAD: "target_load_kg", Kind.RIR: "target_rir"}
DONE_FIELDS = {Kind.REPS: "actual_reps", Kind.LOAD: "actual_load_kg", Kind.RIR: "actual_rir"}


def parse(kind: Kind, text: str, unit: MassUnit) -> tuple[bool, float | int | None]:
    """(readable, value in storage units) for what was typed; empty means none, a decimal comma reads."""
    text = text.strip().replace(",", ".")
    if not text:
        return True, None
    try:
        number = float(text)
    except ValueError:
        return False, None
    if not math.isfinite(number) or number < 0:
        return False, None
    if kind is Kind.REPS:
        return (number.is_integer() and number < 1000), int(number)
    if kind is Kind.RIR:
        return number <= 10, number
    kg = mass_to_kg(number, unit)
    return kg <= MAX_LOAD_KG, kg  # more would make every later backup one a restore refuses


def shown(kind: Kind, value: float | None, unit: MassUnit) -> str:
    if value is None:
        return ""
    if kind is Kind.LOAD:
        return f"{round(mass_in(value, unit), 2):g}"
    return f"{value:g}"


def set_text(s: LiftSet, unit: MassUnit, done: bool = True) -> str:
    """``100 x 5`` (load in the unit, then reps), ``x 12`` without a load; empty when there is nothing."""
    reps = s.actual_reps if done else s.target_reps
    load = s.actual_load_kg if done else s.target_load_kg
    if reps is None:
        return ""
    return f"{shown(Kind.LOAD, load, unit)} × {reps}" if load else f"× {reps}"


def plates_text(kg: float | None, unit: MassUnit, kit: Kit) -> str:
    """``25 + 15 a side`` for a barbell load; empty when it is lighter than the bar."""
    if kg is None:
        return ""
    bar, plates = kit
    load = plates_per_side(round(mass_in(kg, unit), 2), bar, plates)
    if load is None:
        return ""
    if not load.per_side:
        return f"the empty bar ({bar:g} {unit.value})"
    text = " + ".join(f"{p:g}" for p in load.per_side) + " a side"
    return text if load.exact else f"{text} ({load.left_over:g} {unit.value} short a side)"


def illustration(exercise: Exercise) -> Path | None:
    """The exercise's first built-in illustration, for the card's thumbnail."""
    for stored in exercise.images:
        if stored.startswith(BUILTIN_IMAGE_PREFIX):
            return image_file(stored, Path())
    return None


class NumberField(QLineEdit):
    """One number of a set. Keeps the exact stored value behind its text; a bad entry puts it back.
    Enter commits and asks the row to log and move on (never reaching the dialog)."""

    committed = Signal()
    enter = Signal()

    def __init__(self, kind: Kind, unit: MassUnit, value: float | None, name: str) -> None:
        super().__init__()
        self.kind, self.unit = kind, unit
        self.value: float | int | None = None
        self._shown = ""
        self.setAccessibleName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setFixedWidth(text_width(self, 6 if kind is Kind.LOAD else 4) + 12)
        self.put(value)
        self.editingFinished.connect(self.commit)

    def put(self, value: float | int | None) -> None:
        self.value = value
        self._shown = shown(self.kind, value, self.unit)
        self.setText(self._shown)

    def commit(self) -> bool:
        """Read the text; returns True when the value changed."""
        if self.text() == self._shown:
            return False
        readable, value = parse(self.kind, self.text(), self.unit)
        if not readable:
            self.put(self.value)
            return False
        self.put(value)
        self.committed.emit()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.commit()
            self.enter.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()


class SetRow:
    """The widgets of one set in the grid; ``index`` is the set's place in the lift."""

    def __init__(self, editor: SetsEditor, index: int, label: str, last: LiftSet | None) -> None:
        s = editor._sets[index]
        unit = editor.mass_unit
        name = editor.exercise_name(s.exercise_id)
        what = f"{name}, {'warm-up' if s.warmup else 'set'} {label}"
        self.index = index
        self.number = QLabel(label)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setToolTip("A warm-up set: not a hard set, never a record" if s.warmup else "")
        self.last = QLabel(set_text(last, unit) if last else "—")
        self.last.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.last.setAccessibleName(f"{what}, last time")
        self.targets = {
            kind: NumberField(kind, unit, getattr(s, field), f"{what}, target {kind.value}")
            for kind, field in TARGET_FIELDS.items()
        }
        self.done = {
            kind: NumberField(kind, unit, getattr(s, field), f"{what}, done {kind.value}")
            for kind, field in DONE_FIELDS.items()
        }
        for field in self.targets.values():
            field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the plan is changed now and then: no Tab stop
            field.setFrame(False)
            field.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            field.setAutoFillBackground(True)
        self.tick = QCheckBox()
        self.tick.setAccessibleName(f"{what} done")
        self.tick.setToolTip("Done as prescribed (Space); untick to take the set back")
        self.tick.setChecked(s.logged)
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setAutoRaise(True)
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Delete in the row does it by keyboard
        self.remove.setAccessibleName(f"Remove {what}")
        self.remove.setToolTip("Remove this set (Ctrl+Delete in its fields)")
        self.show_placeholders(s)
        self.show_logged(s.logged)
        self.update_plates(editor, s)

    def show_logged(self, logged: bool) -> None:
        """A logged set's numbers in bold, so done and still-to-do sets differ at a glance in both themes."""
        for widget in (self.number, *self.done.values()):
            font = widget.font()
            font.setBold(logged)
            widget.setFont(font)

    def fields(self) -> list[NumberField]:
        return [*self.targets.values(), *self.done.values()]

    def show_placeholders(self, s: LiftSet) -> None:
        """Empty done fields show the target greyed: left empty, a tick logs that."""
        for kind, field in self.done.items():
            target = getattr(s, TARGET_FIELDS[kind])
            field.setPlaceholderText(shown(kind, target, field.unit))

    def update_plates(self, editor: SetsEditor, s: LiftSet) -> None:
        if not editor.barbell(s.exercise_id):
            return
        for field, kg in ((self.targets[Kind.LOAD], s.target_load_kg), (self.done[Kind.LOAD], s.actual_load_kg)):
            text = plates_text(kg if kg is not None else s.target_load_kg, editor.mass_unit, editor.kit)
            field.setToolTip(f"Plates: {text}" if text else "")


class SetsEditor(QWidget):
    """A lift's exercises as cards of sets, with a picker to add exercises. ``logged_as_planned`` says the
    lift happened; ``set_logged(exercise_id)`` starts the rest timer."""

    logged_as_planned = Signal(int)  # how many sets "As planned" logged
    set_logged = Signal(int)

    def __init__(
        self,
        sets: tuple[LiftSet, ...],
        exercises: list[Exercise],
        experience: Experience,
        parent: QWidget | None = None,
        mass_unit: MassUnit = MassUnit.KG,
        last_time: LastTime | None = None,
        kit: Kit | None = None,
    ) -> None:
        super().__init__(parent)
        self.exercises = {e.id: e for e in exercises if e.id is not None}
        self.by_slug = {e.slug: e for e in exercises if e.id is not None}
        self.experience = experience
        self.mass_unit = mass_unit
        self.last_time = last_time or {}
        self.kit = kit or (DEFAULT_BAR[mass_unit], DEFAULT_PLATES[mass_unit])
        self._sets = list(sets)
        self.rows: list[SetRow] = []
        self._generation = 0  # bumped on every rebuild: a field of an old grid finishing its edit is ignored
        self.needs_load: list[int] = []  # exercises "As planned" could not log: no load to log
        self.picker_filter = QLineEdit()
        self.picker_filter.setPlaceholderText("Find an exercise…")
        self.picker_filter.setAccessibleName("Find an exercise")
        self.picker = QListWidget()
        self.picker.setAccessibleName("Exercises to add")
        self.picker.setToolTip("Drag an exercise onto the sets, or double-click it (or press Enter), to add its sets")
        self.picker.setDragEnabled(True)
        for exercise in sorted(exercises, key=lambda e: e.name.lower()):
            if exercise.hidden or exercise.id is None:
                continue
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.picker.addItem(item)
        names = self.picker.sizeHintForColumn(0) + self.picker.verticalScrollBar().sizeHint().width() + 8
        self.picker.setMinimumWidth(min(max(160, names), max(210, text_width(self.picker, 32))))
        self.picker.itemActivated.connect(lambda item: self.add_exercises([item.data(Qt.ItemDataRole.UserRole)]))
        self.picker_filter.textChanged.connect(self._filter_picker)
        self.add_button = QPushButton("Add exercise")
        self.add_button.setToolTip("Add the exercises chosen in the list, with their starting dose")
        self.add_button.clicked.connect(self._add_picked)
        self.as_planned_button = QPushButton("As planned")
        self.as_planned_button.setShortcut(AS_PLANNED_KEYS)
        self.as_planned_button.setAccessibleName("Log the sets not yet logged as planned")
        self.as_planned_button.setToolTip(
            "Log every set not yet logged with its target reps, load and RIR and mark the session done; "
            "then change the sets that went differently "
            f"({AS_PLANNED_KEYS.toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        self.as_planned_button.clicked.connect(self.log_as_planned)
        for button in (self.add_button, self.as_planned_button):
            button.setAutoDefault(False)  # Enter in the sets must not press a button by accident
        self.prompt = QLabel()
        self.prompt.setObjectName("loadPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.hide()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName("Exercises and sets")
        self.scroll_area.setAcceptDrops(True)
        self.scroll_area.viewport().setAcceptDrops(True)
        self.scroll_area.viewport().installEventFilter(self)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fill()

    # --- layout pieces the dialog places ---

    def picker_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(self.picker_filter)
        box.addWidget(self.picker, 1)
        box.addWidget(self.add_button)
        return box

    def exercise_name(self, exercise_id: int) -> str:
        exercise = self.exercises.get(exercise_id)
        return exercise.name if exercise else "?"

    def barbell(self, exercise_id: int) -> bool:
        exercise = self.exercises.get(exercise_id)
        return exercise is not None and loaded_equipment(exercise.equipment) == "barbell"

    def loaded(self, exercise_id: int) -> bool:
        exercise = self.exercises.get(exercise_id)
        return exercise is not None and loaded_equipment(exercise.equipment) is not None

    # --- building the grid ---

    def blocks(self) -> list[list[int]]:
        """Indexes of the sets, grouped into runs of one exercise (a card each)."""
        groups: list[list[int]] = []
        for i, s in enumerate(self._sets):
            if groups and self._sets[groups[-1][0]].exercise_id == s.exercise_id:
                groups[-1].append(i)
            else:
                groups.append([i])
        return groups

    def _fill(self, focus: tuple[int, str] | None = None) -> None:
        """Rebuild the cards from ``_sets``; ``focus`` is (set index, "done reps"-like key) to focus after."""
        self._renumber()
        self._generation += 1
        self.rows = []
        content = QWidget()
        content.setObjectName("exerciseCards")
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        captions = ["Set", "Last time", "Target reps", self.mass_unit.value, "RIR", "Done reps", self.mass_unit.value]
        tips = [
            "W marks a warm-up set",
            "What you did in the same set last time",
            "Reps planned (click to change)",
            f"Load planned, in {self.mass_unit.value} (click to change)",
            f"Reps in reserve planned. {RIR_TIP}",
            "Reps you did; a set with reps done counts as logged",
            f"Load you lifted, in {self.mass_unit.value}",
        ]
        pairs = zip([*captions, "RIR", "Done"], [*tips, RIR_TIP, "Tick: done"], strict=True)
        for column, (text, tip) in enumerate(pairs):
            caption = QLabel(f"<small>{text}</small>")
            caption.setToolTip(tip)
            grid.addWidget(caption, 0, column, Qt.AlignmentFlag.AlignBottom)
        row = 1
        for block in self.blocks():
            row = self._add_card(grid, row, block)
        if not self._sets:
            empty = QLabel("No exercises yet: pick one from the list (double-click or Enter) or drag it here.")
            empty.setWordWrap(True)
            grid.addWidget(empty, row, 0, 1, 10)
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(10, 1)
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(content)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.scroll_area.setMinimumWidth(content.sizeHint().width() + bar + 4)
        if old is not None:
            old.deleteLater()
        self._chain_tabs()
        if focus is not None:
            self.focus_field(*focus)

    def _add_card(self, grid: QGridLayout, row: int, block: list[int]) -> int:
        first = self._sets[block[0]]
        exercise_id = first.exercise_id
        exercise = self.exercises.get(exercise_id)
        header = QWidget()
        header.setObjectName("exerciseHeader")
        header.setAutoFillBackground(True)
        header.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        line = QHBoxLayout(header)
        line.setContentsMargins(4, 2, 2, 2)
        picture = illustration(exercise) if exercise else None
        if picture is not None:
            thumb = QLabel()
            thumb.setPixmap(render(picture, THUMB))
            thumb.setFixedSize(THUMB)
            line.addWidget(thumb)
        title = QLabel(f"<b>{self.exercise_name(exercise_id)}</b> &nbsp; {self.prescription(block)}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setToolTip(self.last_summary(exercise_id))
        line.addWidget(title, 1)
        name = self.exercise_name(exercise_id)
        line.addWidget(self._tool("+ Set", f"Add a set of {name}", lambda: self.add_set(block[-1])))
        more = self._tool("⋯", f"More for {name}: warm-up, move, swap, remove", lambda: None)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction("Add a warm-up set", lambda: self.add_warmup(block[0])).setToolTip(
            "Before the working sets; not counted as a hard set nor for records"
        )
        menu.addAction("Move up (Alt+Up)", lambda: self.move_exercise(block[0], -1))
        menu.addAction("Move down (Alt+Down)", lambda: self.move_exercise(block[0], 1))
        variants = self.variants(exercise)
        if variants:
            menu.addSeparator()
            for word, variant in variants:
                if variant.id is not None:
                    menu.addAction(f"Swap for {word.lower()}: {variant.name}", partial(self.swap, block[0], variant.id))
        menu.addSeparator()
        menu.addAction(f"Remove {name}", lambda: self.remove(block))
        more.setMenu(menu)
        line.addWidget(more)
        grid.addWidget(header, row, 0, 1, 11)
        row += 1
        last = self.last_time.get(exercise_id, (None, ()))[1]
        last_warmups = [s for s in last if s.warmup]
        last_working = [s for s in last if not s.warmup]
        warmups = working = 0
        for index in block:
            s = self._sets[index]
            if s.warmup:
                warmups += 1
                label, before = "W", (last_warmups[warmups - 1] if warmups <= len(last_warmups) else None)
            else:
                working += 1
                label, before = str(working), (last_working[working - 1] if working <= len(last_working) else None)
            set_row = SetRow(self, index, label, before)
            self._wire(set_row)
            self.rows.append(set_row)
            widgets = [set_row.number, set_row.last, *set_row.targets.values(), *set_row.done.values()]
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, row, column)
            grid.addWidget(set_row.tick, row, len(widgets), Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(set_row.remove, row, len(widgets) + 1)
            row += 1
        return row

    def _tool(self, text: str, tip: str, action: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.clicked.connect(action)
        return button

    def variants(self, exercise: Exercise | None) -> list[tuple[str, Exercise]]:
        """The library's easier and harder variants of ``exercise`` that exist here."""
        if exercise is None:
            return []
        linked = [("Easier", slug) for slug in exercise.easier] + [("Harder", slug) for slug in exercise.harder]
        return [(word, self.by_slug[slug]) for word, slug in linked if slug in self.by_slug]

    def _wire(self, set_row: SetRow) -> None:
        index, generation = set_row.index, self._generation

        def live(action: Callable[[], object]) -> Callable[..., None]:
            def call(*_: object) -> None:
                if generation == self._generation:
                    action()

            return call

        for kind, field in set_row.targets.items():
            field.committed.connect(live(partial(self._target_changed_from, index, kind, field)))
            field.enter.connect(live(lambda: self.focus_field(index, "done reps")))
        for kind, field in set_row.done.items():
            field.committed.connect(live(partial(self._done_changed_from, index, kind, field)))
            field.enter.connect(live(lambda: self.enter_in_row(index)))
        for widget in (*set_row.fields(), set_row.tick):
            widget.installEventFilter(self)
        set_row.tick.clicked.connect(live(lambda: self.tick(index, set_row.tick.isChecked())))
        set_row.remove.clicked.connect(live(lambda: self.remove([index])))

    def _chain_tabs(self) -> None:
        """Tab walks done reps, load, RIR and the tick of each set in order, then leaves the sets."""
        chain: list[QWidget] = []
        for set_row in self.rows:
            chain += [*set_row.done.values(), set_row.tick]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _renumber(self) -> None:
        """Set numbers close up: 1..n within each exercise, warm-ups first as they stand."""
        counts: dict[int, int] = {}
        for i, s in enumerate(self._sets):
            counts[s.exercise_id] = counts.get(s.exercise_id, 0) + 1
            self._sets[i] = replace(s, set_number=counts[s.exercise_id], position=i)

    # --- words ---

    def prescription(self, block: list[int]) -> str:
        """Today's prescription: ``3 x 5 @ 100 kg, RIR 2`` (the working sets), plates for a barbell."""
        working = [self._sets[i] for i in block if not self._sets[i].warmup] or [self._sets[i] for i in block]
        first = working[0]
        reps = f"{first.target_reps}" if first.target_reps is not None else "?"
        text = f"{len(working)} × {reps}"
        if first.target_load_kg is not None:
            text += f" @ {format_mass(first.target_load_kg, self.mass_unit)}"
        if first.target_rir is not None:
            text += f", RIR {first.target_rir:g}"
        if self.barbell(first.exercise_id):
            plates = plates_text(first.target_load_kg, self.mass_unit, self.kit)
            if plates:
                text += f" <small>({plates})</small>"
        return text

    def last_summary(self, exercise_id: int) -> str:
        found = self.last_time.get(exercise_id)
        if found is None:
            return "Not done before"
        day, sets = found
        working = [set_text(s, self.mass_unit) for s in sets if not s.warmup and s.logged]
        return f"Last time, {day:%a %d %b}: " + (", ".join(working) or "warm-ups only")

    # --- the sets ---

    def sets(self) -> tuple[LiftSet, ...]:
        """The sets as edited, in order (loads in kg)."""
        return tuple(self._sets)

    def _refresh_row(self, index: int) -> None:
        set_row = next((r for r in self.rows if r.index == index), None)
        if set_row is None:
            return
        s = self._sets[index]
        for kind, field in set_row.targets.items():
            if field.value != getattr(s, TARGET_FIELDS[kind]):
                field.put(getattr(s, TARGET_FIELDS[kind]))
        for kind, field in set_row.done.items():
            if field.value != getattr(s, DONE_FIELDS[kind]):
                field.put(getattr(s, DONE_FIELDS[kind]))
        set_row.tick.setChecked(s.logged)
        set_row.show_logged(s.logged)
        set_row.show_placeholders(s)
        set_row.update_plates(self, s)

    def _target_changed_from(self, index: int, kind: Kind, field: NumberField) -> None:
        self._target_changed(index, kind, field.value)

    def _done_changed_from(self, index: int, kind: Kind, field: NumberField) -> None:
        self._done_changed(index, kind, field.value)

    def _target_changed(self, index: int, kind: Kind, value: float | None) -> None:
        self._sets[index] = replace(self._sets[index], **{TARGET_FIELDS[kind]: value})  # type: ignore[arg-type]  # the field names the value's own type
        self._refresh_row(index)

    def _done_changed(self, index: int, kind: Kind, value: float | None) -> None:
        """A typed number: reps make the set logged (blanks taken from the target); clearing reps unlogs it."""
        s = self._sets[index]
        was_logged = s.logged
        s = replace(s, **{DONE_FIELDS[kind]: value})  # type: ignore[arg-type]  # the field names the value's own type
        if kind is Kind.REPS and value is None:
            s = replace(s, actual_load_kg=None, actual_rir=None) if was_logged else s
        elif kind is Kind.REPS:
            s = self._filled(s)
        self._sets[index] = s
        self._refresh_row(index)
        if s.logged and not was_logged:
            self.set_logged.emit(s.exercise_id)

    @staticmethod
    def _filled(s: LiftSet) -> LiftSet:
        """The set logged: what was left empty is what was planned."""
        return replace(
            s,
            actual_reps=s.actual_reps if s.actual_reps is not None else s.target_reps,
            actual_load_kg=s.actual_load_kg if s.actual_load_kg is not None else s.target_load_kg,
            actual_rir=s.actual_rir if s.actual_rir is not None else s.target_rir,
        )

    def tick(self, index: int, checked: bool = True) -> bool:
        """Tick: done as prescribed (typed numbers kept); untick: the set taken back. Returns True when
        the set is logged afterwards."""
        self._commit_all(index)
        s = self._sets[index]
        if checked and not s.logged:
            if s.target_reps is None and s.actual_reps is None:
                self._refresh_row(index)  # nothing to log: ask for the reps
                self.focus_field(index, "done reps")
                return False
            self._sets[index] = self._filled(s)
            self._refresh_row(index)
            self.set_logged.emit(s.exercise_id)
        elif not checked and s.logged:
            self._sets[index] = replace(s, actual_reps=None, actual_load_kg=None, actual_rir=None)
            self._refresh_row(index)
        return self._sets[index].logged

    def _commit_all(self, index: int) -> None:
        set_row = next((r for r in self.rows if r.index == index), None)
        if set_row is not None:
            for field in set_row.fields():
                field.commit()

    def enter_in_row(self, index: int) -> None:
        """Enter in a set: log it (as typed, the rest as planned) and go on to the next set's reps."""
        exercise_id = self._sets[index].exercise_id
        typed_load = self._sets[index].actual_load_kg
        if exercise_id in self.needs_load and typed_load is not None:
            self.answer_load(exercise_id, typed_load)
            return
        if not self.tick(index, True):
            return
        if index + 1 < len(self._sets):
            self.focus_field(index + 1, "done reps")

    def focus_field(self, index: int, which: str) -> None:
        """Focus a field of a set: ``which`` is "done reps", "done load", "target load"..."""
        set_row = next((r for r in self.rows if r.index == index), None)
        if set_row is None:
            return
        place, kind = which.split()
        fields = set_row.done if place == "done" else set_row.targets
        field = fields[Kind(kind)]
        self.scroll_area.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.TabFocusReason)

    # --- logging everything ---

    def log_as_planned(self) -> int:
        """Log every set not yet logged with its targets; returns how many sets that logged.

        A loaded exercise with no target load is not logged with nothing: the prompt asks for its load and
        the first of its sets' load field takes the focus (Enter there logs all its sets at that load)."""
        logged = 0
        asking: list[int] = []
        for i, s in enumerate(self._sets):
            if s.logged or s.target_reps is None:
                continue
            if self.loaded(s.exercise_id) and s.target_load_kg is None and s.actual_load_kg is None:
                if s.exercise_id not in asking:
                    asking.append(s.exercise_id)
                continue
            self._sets[i] = self._filled(s)
            self._refresh_row(i)
            logged += 1
        self.needs_load = asking
        self._show_prompt()
        self.logged_as_planned.emit(logged)
        return logged

    def _show_prompt(self) -> None:
        if not self.needs_load:
            self.prompt.hide()
            return
        exercise_id = self.needs_load[0]
        name = self.exercise_name(exercise_id)
        self.prompt.setText(
            f"<b>{name} has no planned load.</b> Type the load you lifted ({self.mass_unit.value}) and press Enter: "
            "it logs all its sets at that load."
        )
        self.prompt.show()
        first = next(i for i, s in enumerate(self._sets) if s.exercise_id == exercise_id and not s.logged)
        self.focus_field(first, "done load")

    def answer_load(self, exercise_id: int, kg: float) -> int:
        """The load "As planned" asked for: it becomes the target and the done load of the exercise's sets
        not yet logged, which are logged. Returns how many."""
        count = 0
        for i, s in enumerate(self._sets):
            if s.exercise_id != exercise_id or s.logged or s.target_reps is None:
                continue
            load = s.target_load_kg if s.target_load_kg is not None else kg
            self._sets[i] = self._filled(replace(s, target_load_kg=load, actual_load_kg=kg))
            count += 1
        if exercise_id in self.needs_load:
            self.needs_load.remove(exercise_id)
        self._fill()
        self._show_prompt()
        return count

    def apply_steps(self, steps: dict[int, Step]) -> int:
        """Put each exercise's next progression step (R11) into its working sets not yet logged."""
        changed = 0
        for i, s in enumerate(self._sets):
            step = steps.get(s.exercise_id)
            if step is None or s.logged or s.warmup:
                continue
            load = step.load_kg if step.load_kg is not None else s.target_load_kg
            self._sets[i] = replace(s, target_reps=step.reps, target_load_kg=load)
            changed += 1
        if changed:
            self._fill()
        return changed

    # --- adding, removing, reordering, swapping ---

    def add_set(self, after: int) -> None:
        """Another working set of the exercise of set ``after``, with its targets, after the exercise's last
        set; the focus goes to the new set's reps."""
        s = self._sets[after]
        block = next(b for b in self.blocks() if after in b)
        model = next((self._sets[i] for i in reversed(block) if not self._sets[i].warmup), s)
        new = replace(model.as_planned(), warmup=False)
        self._sets.insert(block[-1] + 1, new)
        self._fill((block[-1] + 1, "done reps"))

    def add_warmup(self, first: int) -> None:
        """A warm-up set before the working sets: the next rung of the ladder (50 %, 70 %, 85 % of the
        working load, 5, 3, 2 reps), on a loadable weight."""
        block = next(b for b in self.blocks() if first in b)
        warmups = [i for i in block if self._sets[i].warmup]
        working = next((self._sets[i] for i in block if not self._sets[i].warmup), self._sets[first])
        share, reps = WARMUP_LADDER[min(len(warmups), len(WARMUP_LADDER) - 1)]
        load = working.target_load_kg
        exercise = self.exercises.get(working.exercise_id)
        equipment = loaded_equipment(exercise.equipment) if exercise else None
        if load is not None:
            load = round_load(load * share, equipment, self.mass_unit) if equipment else load * share
        new = LiftSet(working.exercise_id, target_reps=reps, target_load_kg=load, warmup=True)
        at = (warmups[-1] + 1) if warmups else block[0]
        self._sets.insert(at, new)
        self._fill((at, "done reps"))

    def remove(self, indexes: list[int]) -> None:
        """Remove sets; the numbers close up and the focus stays near."""
        if not indexes:
            return
        gone = set(indexes)
        self._sets = [s for i, s in enumerate(self._sets) if i not in gone]
        if self._sets:
            self._fill((min(min(gone), len(self._sets) - 1), "done reps"))
        else:
            self._fill()

    def move_exercise(self, index: int, step: int) -> None:
        """Swap the card holding set ``index`` with the card above or below it."""
        blocks = self.blocks()
        owner = next(i for i, b in enumerate(blocks) if index in b)
        target = owner + step
        if not 0 <= target < len(blocks):
            return
        blocks[owner], blocks[target] = blocks[target], blocks[owner]
        self._sets = [self._sets[i] for b in blocks for i in b]
        self._fill((sum(len(b) for b in blocks[:target]), "done reps"))

    def swap(self, index: int, variant_id: int) -> None:
        """Put an easier or harder variant in place of the card's sets not yet logged: same reps and RIR,
        no load (the variant's load is not the old one's)."""
        block = next(b for b in self.blocks() if index in b)
        for i in block:
            s = self._sets[i]
            if not s.logged:
                self._sets[i] = replace(s, exercise_id=variant_id, target_load_kg=None, actual_load_kg=None)
        self._fill((block[0], "done reps"))

    def add_exercises(self, exercise_ids: list[int]) -> None:
        chosen = [self.exercises[i] for i in exercise_ids if i in self.exercises]
        if not chosen:
            return
        holder = Session(day=date.min, kind=SessionKind.LIFT, lift=LiftDetails(), sets=self.sets())
        before = len(self._sets)
        self._sets = list(with_exercises(holder, chosen, self.experience).sets)
        self._fill((before, "done reps") if len(self._sets) > before else None)

    def _add_picked(self) -> None:
        self.add_exercises([i.data(Qt.ItemDataRole.UserRole) for i in self.picker.selectedItems()])

    def _filter_picker(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.picker.count()):
            item = self.picker.item(i)
            exercise = self.exercises.get(item.data(Qt.ItemDataRole.UserRole))
            haystack = exercise.search_text if exercise else item.text().lower()
            item.setHidden(not all(w in haystack for w in words))

    def _row_of(self, widget: QObject) -> SetRow | None:
        return next((r for r in self.rows if widget in r.fields() or widget is r.tick), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys in a set's fields (Ctrl+Delete removes the set, Alt+Up/Down move its exercise) and
        exercises dropped onto the sets."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            set_row = self._row_of(watched)
            if set_row is not None:
                ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
                alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
                if ctrl and event.key() == Qt.Key.Key_Delete:
                    self.remove([set_row.index])
                    return True
                enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
                if enter and watched is set_row.tick:  # the dialog's default button must not take it
                    self.enter_in_row(set_row.index)
                    return True
                if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    self.move_exercise(set_row.index, -1 if event.key() == Qt.Key.Key_Up else 1)
                    return True
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
