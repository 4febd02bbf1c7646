"""The palette of session types to drag onto a day, and the trash target to drag cards onto."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from planner.domain.templates import TEMPLATES, SessionTemplate
from planner.resource_files import resource_path
from planner.ui.calendar.mime import SESSIONS_MIME, TEMPLATE_MIME, session_ids_from, template_mime
from planner.ui.look import panels
from planner.ui.look.icons import kind_icon
from planner.ui.look.text_metrics import line_height

AnyIndex = QModelIndex | QPersistentModelIndex
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


class PaletteModel(QAbstractListModel):
    def __init__(self, templates: tuple[SessionTemplate, ...] = TEMPLATES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates = templates

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.templates)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.templates):
            return None
        template = self.templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return template.label
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(template.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Drag onto a day to plan a {template.label.lower()} (or select a day and press Enter here)"
        if role == TEMPLATE_ROLE:
            return template
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [TEMPLATE_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        template = self.templates[indexes[0].row()]
        return template_mime(template.key, template.label)


class PaletteView(QListView):
    """Drag a session type out; Enter adds the selected type to the focused day."""

    add_requested = Signal(str)  # template key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPalette")
        self.setAccessibleName("Sessions to add")
        self.setToolTip("Drag a session onto a day, or select one and press Enter to add it to the selected day")
        self.setModel(PaletteModel(parent=self))
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDragEnabled(True)
        icon = max(18, line_height(self))  # the run and lift marks grow with the text
        self.setIconSize(QSize(icon, icon))
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        self.doubleClicked.connect(self._add)

    def _add(self, index: QModelIndex) -> None:
        template = index.data(TEMPLATE_ROLE)
        if template is not None:
            self.add_requested.emit(template.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._add(self.currentIndex())
            return
        super().keyPressEvent(event)


class TrashTarget(panels.PanelLabel):
    """Drop cards here to delete them (undoable); armed (red) while cards are held over it."""

    delete_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(panels.DROP_TARGET, parent)
        self.setObjectName("trashTarget")
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(44)
        self.setToolTip("Drag sessions here to delete them; Edit > Undo brings them back. Delete key works too.")
        trash = resource_path("icons", "trash.svg").as_uri()
        self.setText(f'<img src="{trash}" width="18" height="18" style="vertical-align: middle"> Drop here to delete')
        self._set_hot(False)

    def _set_hot(self, hot: bool) -> None:
        self.hot = hot
        self.set_look(panels.DROP_TARGET_ARMED if hot else panels.DROP_TARGET)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(SESSIONS_MIME):
            self._set_hot(True)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(SESSIONS_MIME):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_hot(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hot(False)
        ids = session_ids_from(event.mimeData())
        if not ids:
            event.ignore()
            return
        # reported as a copy, so the source view never tries to remove rows itself
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.delete_requested.emit(ids)
