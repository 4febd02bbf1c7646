"""Icons drawn by the project (resources/icons), cached per name."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from planner.domain.enums import SessionKind
from planner.resource_files import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def kind_icon(kind: SessionKind) -> QIcon:
    return icon(kind.value)


@cache
def _kind_pixmap(kind: SessionKind, size: int, ratio: float) -> QPixmap:
    return kind_icon(kind).pixmap(QSize(size, size), ratio)


def kind_pixmap(kind: SessionKind, size: int) -> QPixmap:
    """A rendered icon, cached: rendering SVG for every card on every paint is what this avoids."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return _kind_pixmap(kind, size, ratio)
