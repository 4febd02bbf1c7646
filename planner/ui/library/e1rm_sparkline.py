"""A small e1RM-over-time line for the library's exercise detail, drawn with QPainter.

A handful of points does not justify importing matplotlib (about 0.8 s) when the library opens; the
Progress page keeps the full chart.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.domain.enums import MassUnit
from planner.domain.units import format_mass


class E1rmSparkline(QWidget):
    """``set_points([(day, e1RM kg), ...])``, oldest first; draws nothing with fewer than two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, float]] = []
        self.unit = MassUnit.KG
        self.setAccessibleName("Estimated 1RM over time")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320, self.fontMetrics().height() * 5)

    def set_points(self, points: list[tuple[date, float]], unit: MassUnit) -> None:
        self.points, self.unit = points, unit
        self.setVisible(len(points) >= 2)
        if len(points) >= 2:
            (first_day, first), (last_day, last) = points[0], points[-1]
            summary = (
                f"Estimated 1RM from {format_mass(first, unit)} on {first_day:%d %b %Y} "
                f"to {format_mass(last, unit)} on {last_day:%d %b %Y}"
            )
            self.setToolTip(summary)
            self.setAccessibleDescription(summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self.points) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        values = [v for _, v in self.points]
        low, high = min(values), max(values)
        label_width = max(metrics.horizontalAdvance(format_mass(v, self.unit)) for v in (low, high)) + 6
        area = QRectF(self.rect()).adjusted(label_width, metrics.height() / 2, -4, -metrics.height() / 2)
        span_days = max(1, (self.points[-1][0] - self.points[0][0]).days)
        span_value = (high - low) or 1.0

        def at(day: date, value: float) -> QPointF:
            x = area.left() + area.width() * (day - self.points[0][0]).days / span_days
            y = area.bottom() - area.height() * (value - low) / span_value
            return QPointF(x, y)

        text = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text)
        for value, y in ((high, area.top()), (low, area.bottom())):
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, label_width - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_mass(value, self.unit),
            )
        path = QPainterPath(at(*self.points[0]))
        for day, value in self.points[1:]:
            path.lineTo(at(day, value))
        line = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(line)
        painter.drawPath(path)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        for day, value in self.points:
            painter.drawEllipse(at(day, value), 2.5, 2.5)
        painter.end()
