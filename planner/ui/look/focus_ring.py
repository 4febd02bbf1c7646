"""A focus ring that can be seen: 2 px in the highlight colour round whichever control has keyboard focus.

Fusion marks focus with a 1 px tint that is hard to find on a busy page (and fails the 3:1 contrast WCAG 2.2 asks
of a focus indicator). One frame follows the focus from control to control and draws the ring just outside it:
Qt's QFocusFrame keeps it on top of the control and in step with its moves and resizes, in C++. Tab bars (round
the current tab), lists, text boxes and any control flush with its parent's edge get the ring laid inside them
instead, where an outside one would be cut off. (This was a Python proxy style: every primitive every widget drew
went through Python, about 100 calls a paint of the week, and it made PySide set up QStyle and twenty option
classes at each start: 14 ms, issue 21.)
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFocusFrame,
    QTabBar,
    QWidget,
)

RING_WIDTH = 2.0
# a widget with this property set draws its own focus (the week's day lists: the focused card and day header)
OWN_FOCUS_INDICATOR = "runliftOwnFocus"


def ringed(widget: QWidget | None) -> QWidget | None:
    """The control a ring goes round when ``widget`` has focus: the drop-down or date box, not the text field
    inside it; none for a widget that shows focus itself."""
    if widget is None:
        return None
    parent = widget.parentWidget()
    # by class name: naming QComboBox would set the class up at start for nothing (issue 21)
    if parent is not None and (parent.inherits("QComboBox") or parent.inherits("QAbstractSpinBox")):
        widget = parent
    if widget.property(OWN_FOCUS_INDICATOR) or widget.isWindow():
        return None
    return widget


class FocusRing(QFocusFrame):
    """Painted only when it moves or the theme changes; the frame lies in the 2 px round the control."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.widget() is not None:
            draw_ring(self)


def draw_ring(widget: QWidget) -> None:
    """The ring along the inside of ``widget``'s rectangle, on half pixels so it stays crisp."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    painter.setPen(QPen(color, RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(half, half, -half, -half), 4, 4)
    painter.end()


def inner_rect(widget: QWidget) -> QRect | None:
    """Where a ring goes inside the control instead of round it: the current tab of a tab bar, and the whole of a
    list, a text box or any control flush with its parent's edge, where a ring outside it would be cut off."""
    if isinstance(widget, QTabBar):
        return widget.tabRect(widget.currentIndex()).adjusted(1, 1, -1, 0)
    if isinstance(widget, QAbstractScrollArea) or _flush_with_parent(widget):
        return widget.rect()
    return None


def _flush_with_parent(widget: QWidget) -> bool:
    """Whether the parent leaves no room round ``widget`` for the ring (a date box at the end of a tool row)."""
    parent = widget.parentWidget()
    room = round(RING_WIDTH)
    return parent is not None and not parent.rect().adjusted(room, room, -room, -room).contains(widget.geometry())


class InnerRing(QWidget):
    """A ring laid over a control, kept on its current tab or its whole rectangle as that changes."""

    def __init__(self, control: QWidget) -> None:
        super().__init__(control)
        self.control = control
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if isinstance(control, QTabBar):
            control.currentChanged.connect(self.place)
        control.installEventFilter(self)
        self.place()
        self.show()

    def place(self) -> None:
        rect = inner_rect(self.control)
        if rect is not None:
            self.setGeometry(rect)
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        draw_ring(self)

    def remove(self) -> None:
        if not shiboken6.isValid(self.control):
            return  # the focus left a control being deleted: this ring goes with it
        self.control.removeEventFilter(self)
        self.hide()  # at once: the deletion waits for the event loop
        self.deleteLater()


class FocusFollower(QObject):
    """Moves the one ring to each newly focused control (a frame deleted with its last parent is made again)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring = FocusRing()
        self.inner: InnerRing | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.ring):
            self.ring = FocusRing()
        if self.inner is not None and shiboken6.isValid(self.inner):
            self.inner.remove()
        self.inner = None
        target = ringed(new)
        if target is not None and inner_rect(target) is not None:
            self.inner = InnerRing(target)
            target = None
        self.ring.setWidget(target)  # type: ignore[arg-type]  # None hides it; the stubs miss that


_follower: FocusFollower | None = None


def follow_focus(app: QApplication) -> FocusFollower:
    """Once per application: the ring follows the focus from now on. (Not found among the application's children:
    looking there would wrap its style object and set QStyle up after all.)"""
    global _follower
    if _follower is None or not shiboken6.isValid(_follower) or _follower.parent() is not app:
        _follower = FocusFollower(app)
    return _follower
