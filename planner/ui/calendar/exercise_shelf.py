"""The calendar's exercise shelf: a searchable list of the library to drag onto lift cards.

The library page and the calendar are separate pages, so the calendar carries its own compact list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from planner.domain.exercise import LibraryFilter
from planner.services import library
from planner.ui.library.library_model import LibraryModel


class ExerciseShelf(QWidget):
    def __init__(self, images_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(lambda stored: library.image_file(stored, images_dir), self)
        self.model.set_icon_size(QSize(48, 24))
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find an exercise…")
        self.search.setAccessibleName("Find an exercise")
        self.search.setClearButtonEnabled(True)
        self.view = QListView()
        self.view.setObjectName("exerciseShelf")
        self.view.setModel(self.model)
        self.view.setIconSize(QSize(48, 24))
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setUniformItemSizes(True)
        hint = QLabel("Drag onto a lift card")
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.search.textChanged.connect(lambda text: self.model.set_filter(LibraryFilter(text=text)))
        self.reload()

    def reload(self) -> None:
        self.model.set_exercises(library.exercises())
