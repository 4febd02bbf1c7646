"""Colours that tell runs, lifts, cross-training and rest apart in light and dark themes.

Cards use a translucent tint of the accent over the window colour, so the same accent reads on either
background, and the text keeps the palette's own colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from planner.domain.enums import SessionKind

ACCENTS = {
    SessionKind.RUN: QColor("#2f80d8"),
    SessionKind.LIFT: QColor("#e0812a"),
    SessionKind.CROSS: QColor("#35a36a"),
    SessionKind.REST: QColor("#8a8f9c"),
}


def accent(kind: SessionKind) -> QColor:
    return ACCENTS[kind]


def tint(kind: SessionKind, alpha: int = 40) -> QColor:
    color = QColor(ACCENTS[kind])
    color.setAlpha(alpha)
    return color
