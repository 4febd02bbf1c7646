"""One day column: a list view rooted at that day's row of the WeekModel.

It only reports what the user asked for (signals); the controller decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from planner.ui.calendar.week_model import Role


class DayListView(QListView):
    neighbour_requested = Signal(int)  # -1 / +1: move focus to the day before / after
    edit_requested = Signal(int)
    status_toggle_requested = Signal(list)
    week_scroll_requested = Signal(int)
    accept_requested = Signal(list)  # ghost suggestions to accept
    drag_entered = Signal(int)  # day row: a drag is over this day (the page shows what the day holds)
    drag_left = Signal()
    focused = Signal(int, bool)  # day row, whether Tab brought the focus (the week is one Tab stop)

    def __init__(self, day_row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_row = day_row
        self.week_edges: tuple[DayListView, DayListView] | None = None  # the week's first and last day
        self.setObjectName(f"dayList{day_row}")
        # shown over the day's free space; a card shows its own details instead
        self.setToolTip(
            "Drop sessions here from the palette or another day (hold Ctrl to copy).\n"
            "Enter edits the selected session, Space marks it done, Delete removes it; "
            "Left and Right go to the previous or next day."
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure cards (title wrapping) on resize
        self.setSpacing(2)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        # setMovement(Static) above turned drops off on the viewport, which is where they land
        self.setDragEnabled(True)
        self.viewport().setAcceptDrops(True)

    def selected_ids(self) -> list[int]:
        chosen = [i for i in self.selectedIndexes() if i.data(Role.SESSION) is not None]
        if not chosen and self.currentIndex().isValid() and self.currentIndex().data(Role.SESSION) is not None:
            chosen = [self.currentIndex()]
        chosen.sort(key=lambda i: i.row())
        return [i.data(Role.SESSION).id for i in chosen]

    def selected_ghosts(self) -> list[object]:
        chosen = [i for i in self.selectedIndexes() if i.data(Role.GHOST) is not None]
        if not chosen and self.currentIndex().isValid() and self.currentIndex().data(Role.GHOST) is not None:
            chosen = [self.currentIndex()]
        chosen.sort(key=lambda i: i.row())
        return [i.data(Role.GHOST) for i in chosen]

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab leaves the week rather than walking its seven days (the arrows do that): one Tab stop, as
        for any composite control, so the palette and the side panel are a key away from any day."""
        edges = self.week_edges
        if edges is None:
            return super().focusNextPrevChild(forward)
        widget: QWidget | None = edges[1] if forward else edges[0]
        for _ in range(500):  # the window's whole focus chain, once round at most
            if widget is None:
                break
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is None:
                break
            if isinstance(widget, DayListView) and widget.week_edges == edges:
                continue
            tab_stop = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if tab_stop and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
                reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                widget.setFocus(reason)
                return True
        return super().focusNextPrevChild(forward)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        if event.isAccepted():
            self.drag_entered.emit(self.day_row)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self.drag_left.emit()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drag_left.emit()  # before the drop: the controller's own message (a rule warning) must stay
        super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows walk the week; Enter edits; Space ticks done. Moving, copying and deleting are the
        calendar page's actions (Edit menu), so each key has one meaning."""
        key = event.key()
        ids = self.selected_ids()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ids:
            self.edit_requested.emit(ids[0])
            return
        ghosts = self.selected_ghosts()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ghosts:
            self.accept_requested.emit(ghosts)
            return
        if key == Qt.Key.Key_Space and ids:
            self.status_toggle_requested.emit(ids)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        session = index.data(Role.SESSION) if index.isValid() else None
        if session is not None and session.id is not None:
            self.edit_requested.emit(session.id)
            return
        ghost = index.data(Role.GHOST) if index.isValid() else None
        if ghost is not None:
            self.accept_requested.emit([ghost])
            return
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and self.rootIndex().isValid() and model.rowCount(self.rootIndex()) == 0:
            # drawn, not a label shown and hidden: that would re-lay out the whole page on each week switch
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(  # wrapped: a narrow column shows it on two lines rather than cut
                self.viewport().rect().adjusted(2, 8, -2, 0),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                "Nothing planned",
            )
            painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls a crowded day; over a day with nothing to scroll it turns the week."""
        bar = self.verticalScrollBar()
        if bar.maximum() > 0:
            super().wheelEvent(event)
            return
        delta = event.angleDelta().y()
        if delta:
            self.week_scroll_requested.emit(-1 if delta > 0 else 1)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        by_tab = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self.focused.emit(self.day_row, by_tab)
        if not self.currentIndex().isValid() and self.model() is not None:
            first = self.model().index(0, 0, self.rootIndex())
            if first.isValid():
                self.setCurrentIndex(first)
