"""The library as a flat Qt list model over domain Exercises, filtered in Python (hundreds of rows)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, QSize, Qt

from planner.domain.exercise import Exercise, LibraryFilter
from planner.ui.calendar.mime import EXERCISES_MIME, exercises_mime
from planner.ui.library.thumbnails import ThumbnailCache

AnyIndex = QModelIndex | QPersistentModelIndex
EXERCISE_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryModel(QAbstractListModel):
    def __init__(self, image_file: object, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._image_file = image_file  # callable: stored image reference -> Path
        self._all: list[Exercise] = []
        self._shown: list[Exercise] = []
        self.filter = LibraryFilter()
        self.icon_size = QSize(96, 48)
        self.thumbnails = ThumbnailCache()

    def set_exercises(self, exercises: list[Exercise]) -> None:
        self._all = sorted(exercises, key=lambda e: e.name.lower())
        self._apply()

    def set_filter(self, library_filter: LibraryFilter) -> None:
        self.filter = library_filter
        self._apply()

    def set_icon_size(self, size: QSize) -> None:
        self.icon_size = size
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(len(self._shown) - 1), [Qt.ItemDataRole.DecorationRole])

    def _apply(self) -> None:
        self.beginResetModel()
        self._shown = [e for e in self._all if self.filter.accepts(e)]
        self.endResetModel()

    @property
    def all_exercises(self) -> list[Exercise]:
        return self._all

    @property
    def shown(self) -> list[Exercise]:
        return self._shown

    def row_of(self, exercise_id: int) -> int:
        return next((i for i, e in enumerate(self._shown) if e.id == exercise_id), -1)

    def by_slug(self, slug: str) -> Exercise | None:
        return next((e for e in self._all if e.slug == slug), None)

    def picture(self, exercise: Exercise) -> Path | None:
        return self._image_file(exercise.images[0]) if exercise.images else None  # type: ignore[operator]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        exercise = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name
        if role == Qt.ItemDataRole.DecorationRole:
            picture = self.picture(exercise)
            return self.thumbnails.pixmap(picture, self.icon_size) if picture else None
        if role == Qt.ItemDataRole.ToolTipRole:
            muscles = ", ".join(m.replace("_", " ") for m in exercise.primary_muscles)
            return f"{exercise.name}\n{muscles}\nDrag onto a lift session to add it."
        if role == EXERCISE_ROLE:
            return exercise
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [EXERCISES_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        chosen = [self._shown[i.row()] for i in indexes if i.isValid()]
        return exercises_mime([e.id for e in chosen if e.id is not None], [e.name for e in chosen])
