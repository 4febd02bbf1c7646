"""The Exercise library page: search and filters, a grid or list of pictures, and the chosen exercise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import LiftFocus, MovementPattern
from planner.domain.exercise import EQUIPMENT, Exercise, LibraryFilter, equipment_label, pattern_label
from planner.io.images import ImageImportError
from planner.services import exercise_history, library, profile
from planner.services.changes import Changes
from planner.services.errors import StoreError
from planner.ui.library.exercise_detail import ExerciseDetail
from planner.ui.library.library_model import EXERCISE_ROLE, LibraryModel
from planner.ui.look.text_metrics import line_height, text_width
from planner.ui.shell.change_hub import ChangeHub
from planner.ui.widgets.choice_buttons import ChoicePushButton
from planner.ui.widgets.empty_list_view import EmptyStateListView
from planner.ui.widgets.modal import run_modal
from planner.ui.widgets.wrapping_row import WrappingRow, group

GRID_ICON = QSize(128, 64)
LIST_ICON = QSize(64, 32)


def no_match_text(wanted: LibraryFilter) -> str:
    """What an empty result says: what was asked for, and the ways out."""
    text = wanted.text.strip()
    narrowed = wanted != LibraryFilter(text=wanted.text, show_hidden=wanted.show_hidden)
    if text:
        asked = f"No exercise matches \u201c{text}\u201d" + (" with these filters" if narrowed else "")
    else:
        asked = "No exercise matches these filters"
    ways = [way for way, applies in (
        ("clear the search", bool(text)),
        ("set the filters back to Any", narrowed),
        ("tick Show hidden", not wanted.show_hidden),
    ) if applies]  # fmt: skip
    if not ways:  # nothing narrows the list: there is nothing to show at all
        return "There are no exercises yet.\n\nAdd your own with New exercise\u2026"
    tries = ways[0] if len(ways) == 1 else f"{', '.join(ways[:-1])} or {ways[-1]}"
    return f"{asked}.\n\nTry to {tries}, or add your own with New exercise\u2026"


def _combo(all_label: str, items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    box.addItem(all_label, None)
    for label, value in items:
        box.addItem(label, value)
    return box


class GridCellDelegate(QStyledItemDelegate):
    """In the grid every item fills its cell, so a long name wraps onto a second line.

    The view measures only its first item (uniform sizes, for speed), which would cut every name to
    the width of the shortest one.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = option.widget
        grid = view.gridSize() if isinstance(view, QListView) else QSize()
        if grid.isValid():
            return grid - QSize(6, 4)
        return super().sizeHint(option, index)


class LibraryPage(QWidget):
    status_message = Signal(str)

    def __init__(self, images_dir: Path, parent: QWidget | None = None, hub: ChangeHub | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.images_dir = images_dir
        self.hub = hub if hub is not None else ChangeHub(self)
        self.hub.subscribe(self.on_changes)
        self.model = LibraryModel(lambda stored: library.image_file(stored, images_dir), self)

        self.search = QLineEdit()
        # short enough to read whole in a 1024-wide window ("Search by name, cue or muscle…" lost its end)
        self.search.setPlaceholderText("Name, cue, muscle")
        self.search.setToolTip("Search the exercises by name, form cue or muscle")
        self.search.setAccessibleName("Search exercises")
        self.search.setClearButtonEnabled(True)
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(max(text_width(self.search, 18), hint + 16))
        self.pattern = _combo("Any movement", [(pattern_label(p), p) for p in MovementPattern])
        self.focus = _combo("Any focus", [(f.value.capitalize(), f) for f in LiftFocus])
        self.equipment = _combo("Any equipment", [(equipment_label(e), e) for e in EQUIPMENT])
        self.unilateral = QCheckBox("One side at a time")
        self.plyometric = QCheckBox("Plyometric")
        self.show_hidden = QCheckBox("Show hidden")
        self.grid_button = ChoicePushButton("Grid")
        self.list_button = ChoicePushButton("List")
        for choice in (self.grid_button, self.list_button):
            choice.setCheckable(True)
            choice.setAutoExclusive(True)
        self.grid_button.setChecked(True)

        self.view = EmptyStateListView()
        self.view.setObjectName("exerciseList")
        self.view.setAccessibleName("Exercises")
        self.view.setModel(self.model)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(GridCellDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.detail = ExerciseDetail(self.model.thumbnails)

        self.new_button = QPushButton("New exercise…")
        self.edit_button = QPushButton("Edit…")
        self.hide_button = QPushButton("Hide")
        self.restore_button = QPushButton("Restore original")
        self.photo_button = QPushButton("Add photo…")
        tips = {
            self.pattern: "Only exercises of one movement pattern (squat, hinge, lunge…)",
            self.focus: "Only exercises for one part of the body: lower, upper, full body, plyometric or core",
            self.equipment: "Only exercises you can do with this equipment",
            self.unilateral: "Only exercises done one leg or one arm at a time",
            self.plyometric: "Only jumps, hops and bounds",
            self.show_hidden: "Also list the exercises you hid; select one and press Show again to bring it back",
            self.grid_button: "Pictures in a grid",
            self.list_button: "A compact list, one exercise a line",
            self.new_button: "Add an exercise of your own: its movement, equipment, muscles and cues",
            self.edit_button: "Change the selected exercise's name, movement, muscles and cues",
            self.hide_button: "Keep the selected exercise out of the lists and suggestions; nothing is deleted",
            self.restore_button: "Undo your edits to a built-in exercise and go back to Runlift's text",
            self.photo_button: "Show a photo of your own (PNG, JPEG, WebP or SVG) beside the drawing",
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)

        self.filters = WrappingRow(
            self.search,
            group(self.pattern, self.focus, self.equipment, self.unilateral, self.plyometric, self.show_hidden),
            group(self.grid_button, self.list_button),
        )
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.hide_button, self.restore_button, self.photo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

        # typing filters on every key; a tiny delay lets fast typists finish a word first
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for box in (self.pattern, self.focus, self.equipment):
            box.currentIndexChanged.connect(self.apply_filter)
        for check in (self.unilateral, self.plyometric, self.show_hidden):
            check.toggled.connect(self.apply_filter)
        self.grid_button.toggled.connect(lambda grid: self.set_grid(grid))
        self.view.selectionModel().currentChanged.connect(lambda current, _previous: self._show(current))
        self.detail.variant_chosen.connect(self.select_slug)
        self.detail.photos_dropped.connect(self.add_photos)
        self.new_button.clicked.connect(self.new_exercise)
        self.edit_button.clicked.connect(self.edit_exercise)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.restore_button.clicked.connect(self.restore_exercise)
        self.photo_button.clicked.connect(self.choose_photos)
        self.set_grid(True)
        self.reload()

    # ---- data
    def on_changes(self, changes: Changes, initiator: object = None) -> None:
        if initiator is not self and (changes.exercises or changes.everything):
            current = self.current()
            self.reload(current.id if current is not None else None)
        elif changes.days or changes.profile:  # a lift logged or the unit changed: the history shown follows
            self._show(self.view.currentIndex())

    def _edited(self, exercise_id: int | None) -> None:
        """After an edit here: this page shows it at once, the hub tells the others (the calendar's shelf)."""
        self.reload(exercise_id)
        self.hub.publish(Changes(exercises=True, label="library"), self)

    def reload(self, keep: int | None = None) -> None:
        self.model.set_exercises(library.exercises())
        self._select(keep)

    def current_filter(self) -> LibraryFilter:
        return LibraryFilter(
            text=self.search.text(),
            # Qt hands enum data back as plain strings
            pattern=MovementPattern(self.pattern.currentData()) if self.pattern.currentData() else None,
            focus=LiftFocus(self.focus.currentData()) if self.focus.currentData() else None,
            equipment=self.equipment.currentData(),
            unilateral_only=self.unilateral.isChecked(),
            plyometric_only=self.plyometric.isChecked(),
            show_hidden=self.show_hidden.isChecked(),
        )

    def apply_filter(self) -> None:
        chosen = self.current()
        wanted = self.current_filter()
        self.model.set_filter(wanted)
        self.view.set_empty_text(no_match_text(wanted))
        self._select(chosen.id if chosen else None)

    def set_grid(self, grid: bool) -> None:
        if grid:
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.view.setIconSize(GRID_ICON)
            # room for two lines of the name under the picture, in the font in use
            cell_width = max(GRID_ICON.width() + 28, text_width(self.view, 20))
            self.view.setGridSize(QSize(cell_width, GRID_ICON.height() + 2 * line_height(self.view) + 10))
            self.view.setWordWrap(True)
            self.view.setMovement(QListView.Movement.Static)
        else:
            self.view.setViewMode(QListView.ViewMode.ListMode)
            self.view.setIconSize(LIST_ICON)
            self.view.setGridSize(QSize())
        self.model.set_icon_size(self.view.iconSize())

    # ---- selection
    def current(self) -> Exercise | None:
        index = self.view.currentIndex()
        return index.data(EXERCISE_ROLE) if index.isValid() else None

    def _select(self, exercise_id: int | None) -> None:
        row = self.model.row_of(exercise_id) if exercise_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        else:
            self._show(QModelIndex())

    def select_slug(self, slug: str) -> None:
        exercise = self.model.by_slug(slug)
        if exercise is None or exercise.id is None:
            return
        if self.model.row_of(exercise.id) < 0:  # filtered out: show everything again
            self.search.clear()
            for box in (self.pattern, self.focus, self.equipment):
                box.setCurrentIndex(0)
            for check in (self.unilateral, self.plyometric):
                check.setChecked(False)
            self.apply_filter()
        self._select(exercise.id)

    def _show(self, index: QModelIndex) -> None:
        exercise = index.data(EXERCISE_ROLE) if index.isValid() else None
        found = [library.image_file(p, self.images_dir) for p in exercise.images] if exercise else []
        pictures = [p for p in found if p is not None]  # a reference leaving its folder is never shown
        names = {e.slug: e.name for e in self.model.all_exercises}
        past = exercise_history.history(exercise.id) if exercise is not None and exercise.id is not None else None
        self.detail.show_exercise(exercise, pictures, names, past, profile.current().mass_unit)
        self.edit_button.setEnabled(exercise is not None)
        self.photo_button.setEnabled(exercise is not None)
        self.hide_button.setEnabled(exercise is not None)
        self.hide_button.setText("Show again" if exercise and exercise.hidden else "Hide")
        self.restore_button.setVisible(bool(exercise and exercise.builtin and exercise.edited))

    # ---- editing
    def new_exercise(self) -> None:
        from planner.ui.library.exercise_editor import ExerciseEditor

        dialog = ExerciseEditor(parent=self)
        if run_modal(dialog):
            made = library.create(dialog.edited())
            self._edited(made.id)
            self.status_message.emit(f"Added {made.name} to your library.")

    def edit_exercise(self) -> None:
        from planner.ui.library.exercise_editor import ExerciseEditor

        exercise = self.current()
        if exercise is None:
            return
        dialog = ExerciseEditor(exercise, self)
        if run_modal(dialog):
            saved = library.update(dialog.edited())
            self._edited(saved.id)

    def toggle_hidden(self) -> None:
        exercise = self.current()
        if exercise is None or exercise.id is None:
            return
        changed = library.set_hidden(exercise.id, not exercise.hidden)
        self._edited(changed.id)
        shown = "hidden (tick Show hidden to see it)" if changed.hidden else "shown again"
        self.status_message.emit(f"{changed.name} is {shown}.")

    def restore_exercise(self) -> None:
        exercise = self.current()
        if exercise is not None and exercise.id is not None and exercise.builtin:
            self._edited(library.restore_builtin(exercise.id).id)

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Add photos", str(Path.home()), "Images (*.png *.jpg *.jpeg *.webp *.svg)"
        )
        self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> list[str]:
        """Import each file; a bad one is reported and skipped, the good ones still go in."""
        exercise = self.current()
        if exercise is None or exercise.id is None:
            return []
        problems = []
        for path in paths:
            try:
                library.add_photo(exercise.id, path, self.images_dir)
            except (ImageImportError, StoreError) as exc:
                problems.append(str(exc))
        self._edited(exercise.id)
        if problems:
            QMessageBox.warning(self, "Some images were not added", "\n".join(problems))
        return problems
