"""A compact strip of the weeks around the one shown, each day a bar of its training load.

Runs, lifts and cross-training are stacked in their own colours, so a glance shows how the week sits in
its block: the build, the long-run days, the lift days. Click a week to go there.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.domain.enums import SessionKind
from planner.ui.look.session_colors import accent
from planner.ui.look.text_metrics import line_height

STACK_ORDER = (SessionKind.RUN, SessionKind.LIFT, SessionKind.CROSS)
FULL_SCALE = 450.0  # RPE x min: a hard long run; bars are capped beyond it


class MonthStrip(QWidget):
    week_clicked = Signal(object)  # a date in the chosen week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthStrip")
        self.setMinimumHeight(max(54, 40 + line_height(self)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.first_day = date.today()
        self.current_start = date.today()
        self.loads: dict[date, dict[SessionKind, float]] = {}
        self._weeks = 1
        self._cache: QPixmap | None = None
        self._cache_key: object = None
        self.setToolTip("Training load of the weeks around this one (runs blue, lifts orange). Click to go there.")

    def set_data(
        self, week_start: date, overview: tuple[date, date] | None, loads: dict[date, dict[SessionKind, float]]
    ) -> None:
        """Show the weeks from ``overview[0]`` to ``overview[1]``, ``week_start``'s highlighted."""
        self.current_start = week_start
        first, last = overview or (week_start, week_start + timedelta(days=6))
        self.first_day = first
        self._weeks = ((last - first).days + 1) // 7
        self.loads = loads
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, max(58, 44 + line_height(self)))

    @property
    def week_count(self) -> int:
        return max(1, self._weeks)

    def _week_rect(self, week: int) -> QRectF:
        gap = 8.0
        width = (self.width() - gap * (self.week_count - 1)) / self.week_count
        return QRectF(week * (width + gap), 0, width, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        # hundreds of bars: drawn once into a pixmap per change of data, size or palette, then copied
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.current_start, self.first_day, id(self.loads), self.palette().cacheKey())
        if self._cache is None or self._cache_key != key:
            self._cache = QPixmap(self.size() * ratio)
            self._cache.setDevicePixelRatio(ratio)
            self._cache.fill(Qt.GlobalColor.transparent)
            self._draw(QPainter(self._cache))
            self._cache_key = key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        painter.end()

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        label_height = line_height(self)
        today = date.today()
        for week in range(self.week_count):
            start = self.first_day + timedelta(weeks=week)
            area = self._week_rect(week)
            if start == self.current_start:
                painter.setPen(Qt.PenStyle.NoPen)
                highlight = palette.color(QPalette.ColorRole.Highlight)
                highlight.setAlpha(45)
                painter.setBrush(highlight)
                painter.drawRoundedRect(area, 4, 4)
            bars = area.adjusted(4, 3, -4, -(label_height + 2))
            bar_width = bars.width() / 7
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(QPointF(bars.left(), bars.bottom()), QPointF(bars.right(), bars.bottom()))
            for offset in range(7):
                day = start + timedelta(days=offset)
                x = bars.left() + offset * bar_width + 1
                base = bars.bottom()
                painter.setPen(Qt.PenStyle.NoPen)
                for kind in STACK_ORDER:
                    load = self.loads.get(day, {}).get(kind, 0.0)
                    if not load:
                        continue
                    height = min(load / FULL_SCALE, 1.0) * bars.height()
                    painter.setBrush(accent(kind))
                    painter.drawRect(QRectF(x, base - height, bar_width - 2, height))
                    base -= height
                if day == today:
                    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                    painter.drawEllipse(QRectF(x + bar_width / 2 - 3, bars.bottom() + 1, 4, 4))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(area.left(), area.bottom() - label_height, area.width(), label_height),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{start.day} {start:%b}",
            )
        painter.end()

    def week_at(self, x: float) -> date | None:
        for week in range(self.week_count):
            if self._week_rect(week).left() <= x <= self._week_rect(week).right():
                return self.first_day + timedelta(weeks=week)
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        chosen = self.week_at(event.position().x())
        if chosen is not None:
            self.week_clicked.emit(chosen)
