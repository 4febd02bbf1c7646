"""Exercise pictures rendered once per size and cached: painting a grid must not re-render SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImageReader, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

MAX_CACHED = 600


class ThumbnailCache:
    def __init__(self) -> None:
        self._pixmaps: dict[tuple[str, int, int], QPixmap] = {}

    def pixmap(self, path: Path, size: QSize) -> QPixmap:
        key = (str(path), size.width(), size.height())
        cached = self._pixmaps.get(key)
        if cached is None:
            if len(self._pixmaps) >= MAX_CACHED:
                self._pixmaps.clear()
            cached = self._pixmaps[key] = render(path, size)
        return cached


def render(path: Path, size: QSize) -> QPixmap:
    """The picture fitted into ``size`` with its proportions kept; an empty pixmap if it cannot be read."""
    canvas = QPixmap(size)
    canvas.fill(Qt.GlobalColor.transparent)
    if not path.is_file():
        return canvas
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return canvas
        view = renderer.viewBoxF()
        if view.width() <= 0 or view.height() <= 0:  # no size to fit (stored before imports checked it)
            return canvas
        scale = min(size.width() / view.width(), size.height() / view.height())
        width, height = view.width() * scale, view.height() * scale
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF((size.width() - width) / 2, (size.height() - height) / 2, width, height))
        painter.end()
        return canvas
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return canvas
    painter = QPainter(canvas)
    painter.drawImage((size.width() - image.width()) // 2, (size.height() - image.height()) // 2, image)
    painter.end()
    return canvas
