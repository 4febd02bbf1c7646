"""Rounded panels painted from the palette: day columns, banners, the trash target, the focused day's header.

These were an application style sheet. A sheet puts every widget of the app behind Qt's style-sheet style, which
re-resolves rules at each polish and paint: 20 ms of the start on its own (issue 21), and slower painting
everywhere after. Painting the few panels that need a border keeps Fusion (and the focus-ring proxy) in charge of
every other widget, and follows a theme change by the PaletteChange every widget receives.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QWidget

Role = QPalette.ColorRole
# a drop target armed for deleting: the same red in both themes, a translucent fill under it
DANGER = QColor(217, 83, 79)
DANGER_FILL = QColor(217, 83, 79, 40)


class PanelLook(NamedTuple):
    """A panel's fill and border: palette roles (so themes follow), or a fixed colour; no fill is transparent.
    (A named tuple: a frozen dataclass costs 0.7 ms to make at import, this 0.1 ms.)"""

    border: Role | QColor
    fill: Role | QColor | None = None
    width: float = 1.0
    dashed: bool = False
    radius: float = 6.0


DAY = PanelLook(Role.Mid, Role.Base)
TODAY = PanelLook(Role.Highlight, Role.Base, width=2.0)
PAST = PanelLook(Role.Midlight, Role.Window)
OFF = PanelLook(Role.Mid, Role.Window, dashed=True)
BANNER = PanelLook(Role.Mid, Role.AlternateBase)
SUGGESTIONS = PanelLook(Role.Highlight, Role.AlternateBase, dashed=True)
DROP_TARGET = PanelLook(Role.Mid, dashed=True)
DROP_TARGET_ARMED = PanelLook(DANGER, DANGER_FILL, width=2.0)
HEADER_FOCUSED = PanelLook(Role.Highlight, Role.Highlight, width=0.0, radius=3.0)


def _color(palette: QPalette, value: Role | QColor) -> QColor:
    return value if isinstance(value, QColor) else palette.color(value)


def paint_panel(widget: QWidget, look: PanelLook) -> None:
    """The look over the widget's whole rectangle, its border inside it on half pixels so it stays crisp."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = widget.palette()
    if look.width > 0:
        pen = QPen(_color(palette, look.border), look.width)
        if look.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_color(palette, look.fill) if look.fill is not None else Qt.BrushStyle.NoBrush)
    half = look.width / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(half, half, -half, -half), look.radius, look.radius)
    painter.end()


def inset(look: PanelLook) -> int:
    """What the border takes from the contents (as a style sheet's box model did): a thicker border moves none
    of the children over it."""
    return math.ceil(look.width)


class Panel(QFrame):
    """A frame that paints its look under its children, which sit inside its border."""

    def __init__(self, look: PanelLook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.look = look
        self.setContentsMargins(*[inset(look)] * 4)

    def set_look(self, look: PanelLook) -> None:
        if look != self.look:
            if inset(look) != inset(self.look):
                self.setContentsMargins(*[inset(look)] * 4)
            self.look = look
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_panel(self, self.look)


class PanelLabel(QLabel):
    """A label on a panel of its own (a notice, a drop target); no look paints the plain label."""

    def __init__(self, look: PanelLook | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.look = look

    def set_look(self, look: PanelLook | None) -> None:
        if look != self.look:
            self.look = look
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.look is not None:
            paint_panel(self, self.look)
        super().paintEvent(event)
