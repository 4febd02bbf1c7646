"""Toggle buttons in a row of choices (a chart's range, the library's grid or list) whose chosen one can be seen.

Fusion marks a checked button by shading its face a little darker: about 1.1:1 against the others in the dark
theme, and hard to find in the light one. The chosen button is drawn in the highlight colour instead, as a
selected item is, read from the palette at paint time so a theme switch follows.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionToolButton,
    QToolButton,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def chosen_look(palette: QPalette) -> None:
    """The button's face in the highlight colour and its text in the highlighted-text colour. On light buttons a
    shade darker: Fusion lightens a face towards its top, which took the blue under 3:1 against the other
    buttons and white text on it under 4.5:1."""
    for group in (Group.Active, Group.Inactive):
        light = palette.color(group, Role.Button).lightness() > 128
        face = palette.color(group, Role.Highlight)
        palette.setColor(group, Role.Button, face.darker(135) if light else face)
        palette.setColor(group, Role.ButtonText, palette.color(group, Role.HighlightedText))


class ChoiceToolButton(QToolButton):
    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isChecked() or not self.isEnabled():
            super().paintEvent(event)
            return
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        chosen_look(option.palette)
        painter = QPainter(self)
        self.style().drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option, painter, self)
        painter.end()


class ChoicePushButton(QPushButton):
    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isChecked() or not self.isEnabled():
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        chosen_look(option.palette)
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.end()
