"""One day column: a list view rooted at that day's row of the WeekModel.

It only reports what the user asked for (signals); the controller decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from planner.ui.calendar.card_delegate import WARNING_COLOR
from planner.ui.calendar.mime import EXERCISES_MIME
from planner.ui.calendar.week_model import Role
from planner.ui.look.focus_ring import OWN_FOCUS_INDICATOR


class DayListView(QListView):
    neighbour_requested = Signal(int)  # -1 / +1: move focus to the day before / after
    edit_requested = Signal(int)
    status_toggle_requested = Signal(list)
    week_scroll_requested = Signal(int)
    accept_requested = Signal(list)  # ghost suggestions to accept
    drag_entered = Signal(int)  # day row: a drag is over this day (the page shows what the day holds)
    drag_left = Signal()
    # a drag is over this day: row, the dragged data, whether it copies; the page answers with
    # show_drop_check() before the mouse is released (what rule the drop would break, if any)
    drop_probed = Signal(int, QMimeData, bool)
    focused = Signal(int, bool)  # day row, whether Tab brought the focus (the week is one Tab stop)
    focus_changed = Signal(bool)  # whether the list now has the focus (its day's header shows it)

    def __init__(self, day_row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_row = day_row
        self.week_edges: tuple[DayListView, DayListView] | None = None  # the week's first and last day
        self.one_line_cards = False  # set by the overview on a day whose fuller cards would not fit (CardDelegate)
        self.setObjectName(f"dayList{day_row}")
        self.setProperty(OWN_FOCUS_INDICATOR, True)  # the focused card's ring and the day's header show it
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
        self.setDropIndicatorShown(False)  # painted here instead: the whole day, and a line where it lands
        self._drop_line: int | None = None  # y of the insertion line while a drag is over the day
        self._dragging = False
        self._drag_copies = False
        self.drop_warning = ""  # the rule the drop under way would break; the day is outlined in amber
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure cards (title wrapping) on resize
        self.setSpacing(2)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        # setMovement(Static) above turned drags and drops off; drops land on the viewport
        self.setDragEnabled(True)
        # The viewport is made here, as Qt's own is (a plain widget filled with Base): the first call of
        # viewport() on a widget Qt made has PySide identify its class against every widget class, creating
        # about 40 of them with their enums (9.5 ms of the start, issue 21); a widget made in Python is known.
        own = QWidget()
        own.setObjectName("qt_scrollarea_viewport")
        own.setBackgroundRole(QPalette.ColorRole.Base)
        own.setAutoFillBackground(True)
        self.setViewport(own)
        own.setAcceptDrops(True)
        own.setMouseTracking(True)  # setMouseTracking above reached Qt's viewport, which this one replaced

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
            self._dragging = True
            self._drag_copies = event.dropAction() == Qt.DropAction.CopyAction
            self.drop_warning = ""
            self.drag_entered.emit(self.day_row)
            self.drop_probed.emit(self.day_row, event.mimeData(), self._drag_copies)
            self._place_line(event.position().toPoint(), event.mimeData())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        copies = event.dropAction() == Qt.DropAction.CopyAction
        if self._dragging and copies != self._drag_copies:  # Ctrl pressed or let go: a copy leaves the original
            self._drag_copies = copies
            self.drop_probed.emit(self.day_row, event.mimeData(), copies)
        self._place_line(event.position().toPoint(), event.mimeData())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._end_drag()
        self.drag_left.emit()

    def dropEvent(self, event: QDropEvent) -> None:
        self._end_drag()
        self.drag_left.emit()  # before the drop: the controller's own message (a rule warning) must stay
        super().dropEvent(event)

    def show_drop_check(self, warning: str) -> None:
        """The page's answer to drop_probed: the rule this drop would break ("" when none)."""
        self.drop_warning = warning
        self.viewport().update()

    def drop_line(self) -> int | None:
        """Where the insertion line is drawn (viewport y), None when no drag is over the day."""
        return self._drop_line if self._dragging else None

    def _end_drag(self) -> None:
        self._dragging = False
        self._drop_line = None
        self.drop_warning = ""
        self.viewport().update()

    def _place_line(self, pos: QPoint, data: QMimeData) -> None:
        """The line between the cards where the drop will land, worked out as the view decides it: near a
        card's edge, or on the upper or lower half of a card that takes no drop; a lift card taking exercises
        is outlined instead (and a drop onto any other card lands before it)."""
        line = None
        index = self.indexAt(pos)
        model = self.model()
        sessions = model.rowCount(self.rootIndex()) if model is not None else 0
        real = [model.index(r, 0, self.rootIndex()) for r in range(sessions)] if model is not None else []
        real = [i for i in real if i.data(Role.SESSION) is not None]
        if data.hasFormat(EXERCISES_MIME):
            line = None
        elif index.isValid() and index.data(Role.SESSION) is not None and model is not None:
            rect = self.visualRect(index)
            margin = max(2, min(int(rect.height() / 5.5), 12))
            if pos.y() - rect.top() < margin:
                above = True
            elif rect.bottom() - pos.y() < margin:
                above = False
            elif model.flags(index) & Qt.ItemFlag.ItemIsDropEnabled:
                above = True
            else:
                above = pos.y() < rect.center().y()
            line = max(2, rect.top() - 2) if above else rect.bottom() + 3
        elif real:
            line = self.visualRect(real[-1]).bottom() + 2  # after the day's last card (suggestions come after)
        else:
            line = 4
        if line != self._drop_line or not self._dragging:
            self._drop_line = line
            self.viewport().update()

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

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)

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
        if self._dragging:
            self._paint_drop_target()

    def _paint_drop_target(self) -> None:
        """The day a drag would land on, outlined and tinted; amber with a rule it would break."""
        color = QColor(WARNING_COLOR) if self.drop_warning else self.palette().color(QPalette.ColorRole.Highlight)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tint = QColor(color)
        tint.setAlpha(36)
        area = QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(area, tint)
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine if self.drop_warning else Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(area, 4, 4)
        if self._drop_line is not None:
            painter.setPen(QPen(color, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(6, self._drop_line, self.viewport().width() - 6, self._drop_line)
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
        self.focus_changed.emit(True)
        by_tab = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self.focused.emit(self.day_row, by_tab)
        if not self.currentIndex().isValid() and self.model() is not None:
            first = self.model().index(0, 0, self.rootIndex())
            if first.isValid():
                self.setCurrentIndex(first)
