"""One chart: a matplotlib Figure in a Qt canvas, its navigation toolbar, hover read-out and export.

Never pyplot: figures made here belong to their canvas and go when it goes (pyplot keeps global state).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import DrawEvent, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.ui.charts import axes_reuse
from planner.ui.charts.chart_parts import fit_layout
from planner.ui.charts.chart_theme import ChartTheme
from planner.ui.charts.gc_pause import gc_paused
from planner.ui.charts.text_cache import CachedTextRenderer

HOVER_PX = 24  # how near the pointer must be to a point, in pixels, for its read-out
EXPORT_FILTERS = "PNG image (*.png);;SVG image (*.svg)"


class ChartToolbar(NavigationToolbar2QT):
    """Home, back, forward, pan and zoom: matplotlib's toolbar without its subplot spacing and figure-options
    editors, which change the drawing rather than the view and mean nothing to a runner."""

    toolitems = [item for item in NavigationToolbar2QT.toolitems if item[0] not in ("Subplots", "Customize")]


@dataclass(frozen=True)
class HoverSeries:
    """Points the read-out can name: x as matplotlib date numbers, and a sentence for point i."""

    axes: Axes
    x: np.ndarray
    y: np.ndarray
    describe: Callable[[int], str]


Draw = Callable[[Figure, ChartTheme], list[HoverSeries]]


class ChartCanvas(FigureCanvasQTAgg):
    """Matplotlib's Qt canvas, rendering with the garbage collector held off (``gc_pause``) and its text from
    glyphs rendered once (``text_cache``)."""

    def draw(self) -> None:
        with gc_paused():
            super().draw()

    def get_renderer(self) -> CachedTextRenderer:
        """``FigureCanvasAgg.get_renderer`` with the text-caching renderer: one per size and dpi."""
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        if self._lastKey != key or not isinstance(getattr(self, "renderer", None), CachedTextRenderer):
            self.renderer = CachedTextRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer


class ChartPanel(QWidget):
    def __init__(self, name: str, empty_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.figure = Figure(figsize=(8, 4.5))
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(220)
        self.canvas.setAccessibleName(f"{name} chart")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toolbar = ChartToolbar(self.canvas, self, coordinates=False)
        self.toolbar.setAccessibleName(f"{name} chart tools")
        self.export_button = QPushButton("Export…")
        self.export_button.setToolTip(f"Save the {name.lower()} chart as a PNG or SVG image")
        self.export_button.setAccessibleName(f"Export the {name.lower()} chart")
        self.export_button.clicked.connect(self._ask_export)
        self.readout = QLabel(empty_hint)
        self.readout.setObjectName("chartReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setAccessibleName(f"{name} value under the pointer")
        self.hint = empty_hint
        self.hover: list[HoverSeries] = []
        self._marker: Artist | None = None
        self._pointed: tuple[int, int] | None = None
        # the figure as last drawn, kept while the pointer is over it so the hover ring moves by a blit
        self._background: object | None = None
        self._canvas_is_figure = False  # the canvas shows the figure as last drawn, with no ring on it
        self._pending: tuple[Draw, ChartTheme] | None = None
        self._drawn_theme: ChartTheme | None = None
        self._text_points = self.font().pointSizeF()
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("draw_event", self._on_drawn)
        self.canvas.mpl_connect("figure_leave_event", self._on_leave)
        self.canvas.mpl_connect("resize_event", self._on_resize)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.readout)

    def show_drawing(self, draw: Draw, theme: ChartTheme) -> None:
        """Draw now if the chart is on screen, else when it is next shown: a range switch pays for one chart."""
        self._pending = (draw, theme)
        if self.isVisible():
            self.ensure_drawn()

    def ensure_drawn(self) -> None:
        """Build the figure from the drawing last asked for, if it has not been built yet."""
        if self._pending is not None:
            draw, theme = self._pending
            self._pending = None
            self.redraw(draw, theme)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_drawn()

    def redraw(self, draw: Draw, theme: ChartTheme) -> None:
        """Clear the figure and draw it again in ``theme``; the canvas paints it when next shown."""
        with gc_paused():
            self._build(draw, theme)
        self.canvas.draw_idle()

    def _build(self, draw: Draw, theme: ChartTheme) -> None:
        self._pending = None
        # the axes of the last drawing, emptied, when only the data changed (a range switch); new ones when
        # the theme or font did, as the ticks keep the colours and sizes they were made with
        reuse = theme == self._drawn_theme
        self._drawn_theme = None  # until this drawing is through: a failed one is not reused
        self._marker = None
        self._pointed = None
        self._forget_background()
        with matplotlib.rc_context(theme.rc()):
            axes_reuse.begin(self.figure, reuse)
            self.figure.set_facecolor(theme.figure)
            self.hover = draw(self.figure, theme)
            axes_reuse.end(self.figure)
        self._drawn_theme = theme
        self._text_points = theme.text_points
        fit_layout(self.figure, theme.text_points)
        self.readout.setText(self.hint)
        self.toolbar.update()  # forget zoom/pan history made on the old data

    def export(self, path: Path) -> Path:
        """Save the chart; the format follows the suffix (.png or .svg)."""
        self.ensure_drawn()  # a chart on a hidden tab may not be built yet: never save a blank figure
        suffix = path.suffix.lower()
        if suffix not in (".png", ".svg"):
            path = path.with_suffix(".png")
        ring = self._marker
        if ring is not None:  # the pointer's, not the chart's (matplotlib saves animated artists too)
            ring.set_visible(False)
        try:
            self.figure.savefig(path, dpi=150 if path.suffix == ".png" else "figure")
        finally:
            if ring is not None:
                ring.set_visible(True)
        self._forget_background()  # the canvas drew at the file's dpi: the screen's is drawn again when painted
        return path

    def _ask_export(self) -> None:
        name = f"runlift-{self.name.lower().replace(' ', '-').replace('&', 'and')}.png"
        chosen, _ = QFileDialog.getSaveFileName(self, f"Export the {self.name.lower()} chart", name, EXPORT_FILTERS)
        if chosen:
            self.export(Path(chosen))

    # ---- hover read-out
    def point_near(self, x: float, y: float) -> tuple[int, int] | None:
        """(series index, point index) of the point nearest display position (x, y), if close enough."""
        best: tuple[float, int, int] | None = None
        for n, series in enumerate(self.hover):
            if not len(series.x) or not series.axes.bbox.contains(x, y):
                continue
            shown = series.axes.transData.transform(np.column_stack([series.x, series.y]))
            distance = np.hypot(shown[:, 0] - x, shown[:, 1] - y)
            i = int(np.nanargmin(distance))
            if distance[i] <= HOVER_PX and (best is None or distance[i] < best[0]):
                best = (float(distance[i]), n, i)
        return None if best is None else (best[1], best[2])

    def _on_resize(self, _event: object) -> None:
        self._forget_background()
        fit_layout(self.figure, self._text_points)

    def _forget_background(self) -> None:
        self._background = None
        self._canvas_is_figure = False

    def _on_drawn(self, event: DrawEvent) -> None:
        """After each whole drawing (the ring is animated: not in it), put the ring back on, keeping what is
        under it first."""
        if self.canvas.is_saving() or event.canvas is not self.canvas:
            return  # an export: at the file's dpi, or through matplotlib's SVG canvas
        self._background = None
        self._canvas_is_figure = True
        if self._marker is not None and self._marker.axes is not None:
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
            self._marker.axes.draw_artist(self._marker)
            self._canvas_is_figure = False

    def _show_marker(self) -> None:
        """The ring where it now is: the figure as last drawn copied back and the ring drawn over it (a blit,
        a few ms), not the whole figure drawn again (60-100 ms on ten years)."""
        if self._background is None:
            if not self._canvas_is_figure:  # built, resized or exported since: draw it whole
                self.canvas.draw_idle()
                return
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self.canvas.restore_region(self._background)
        self._canvas_is_figure = True
        if self._marker is not None and self._marker.axes is not None:
            self._marker.axes.draw_artist(self._marker)
            self._canvas_is_figure = False
        self.canvas.blit(self.figure.bbox)

    def _on_leave(self, _event: object) -> None:
        """The pointer left the chart: no ring, the hint back, and the kept copy of the figure let go (a
        canvas's worth of memory for each chart drawn)."""
        if self._pointed is not None:
            self._pointed = None
            if self._marker is not None:
                self._marker.remove()
                self._marker = None
            self.readout.setText(self.hint)
            QToolTip.hideText()
            self._show_marker()
        self._background = None

    def _on_motion(self, event: MouseEvent) -> None:
        if self.toolbar.mode and (getattr(event, "buttons", None) or event.button is not None):
            return  # panning or zooming: the toolbar redraws the figure as the pointer moves
        pointed = self.point_near(event.x, event.y) if event.x is not None else None
        if pointed == self._pointed:
            return
        self._pointed = pointed
        if self._marker is not None:
            self._marker.remove()
            self._marker = None
        if pointed is None:
            self.readout.setText(self.hint)
            QToolTip.hideText()
        else:
            series = self.hover[pointed[0]]
            i = pointed[1]
            self.readout.setText(series.describe(i))
            # at the pointer too, where the eye is; the line below the chart stays for screen readers
            QToolTip.showText(QCursor.pos(), series.describe(i), self.canvas)
            (self._marker,) = series.axes.plot(
                [series.x[i]],
                [series.y[i]],
                marker="o",
                markersize=10,
                fillstyle="none",
                color="#888888",
                zorder=10,
                animated=True,  # drawn over the kept figure, never into it
                scalex=False,
                scaley=False,
            )
        self._show_marker()
