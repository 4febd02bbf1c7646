"""The palette of session types to drag onto a day, and the trash target to drag cards onto."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from planner.domain.templates import TEMPLATES, SessionTemplate
from planner.resource_files import resource_path
from planner.ui.calendar.mime import SESSIONS_MIME, TEMPLATE_MIME, session_ids_from, template_mime
from planner.ui.look import panels
from planner.ui.look.icons import kind_icon
from planner.ui.look.text_metrics import line_height

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


class PaletteModel(QStandardItemModel):
    """The session types as items Qt holds: the list asks each row's text, icon, size and more about 250 times
    before the window's first paint, which a Python ``data()`` answered one call at a time (issue 21). Only
    the drag (mimeData) is Python's."""

    def __init__(self, templates: tuple[SessionTemplate, ...] = TEMPLATES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates = templates
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        for template in templates:
            item = QStandardItem(kind_icon(template.kind), template.label)
            item.setToolTip(
                f"Drag onto a day to plan a {template.label.lower()} (or select a day and press Enter here)"
            )
            item.setData(template, TEMPLATE_ROLE)
            item.setFlags(flags)
            self.appendRow(item)

    def mimeTypes(self) -> list[str]:
        return [TEMPLATE_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
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
