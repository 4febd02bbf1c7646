"""Chart text drawn from glyphs rendered once: the same label at the same sub-pixel position costs a copy.

Matplotlib 3.11's Agg renderer lays out and rasterises every string glyph by glyph through FreeType on every
draw (``RendererAgg.draw_text``; laying out alone takes 80 us plus 20 us a glyph here), and keeps the sizes
it measured per renderer, so each canvas measures the same words again: the text of one chart came to about
a quarter of a range switch (issue 21), and a hover read-out redraws the whole figure for one ring. Most
strings are drawn again unchanged (the legend, the axis labels, "0", "100", "2024"), so three caches, one
for the process like matplotlib's own font caches, keep:
- a string's glyph bitmaps, by what decides their pixels (the text, the fonts, size, dpi, angle, hinting,
  antialiasing and the origin's place within its pixel, in FreeType's 1/64 steps): after the first time the
  string is only copied onto the canvas;
- its layout (glyphs and offsets), the same wherever it is drawn;
- its measured size, for every canvas.

The one difference from matplotlib's own drawing: it rounds each glyph's origin to 1/64 px, where the cache
rounds the string's origin and adds each glyph's rounded offset, so a glyph can sit 1/64 px away (edge pixels
a few levels of 255 apart; tests/unit/test_text_cache.py measures it). Mathtext, and any matplotlib without
the 3.11 glyph-by-glyph renderer, are drawn by matplotlib as before.
"""

from __future__ import annotations

import logging
import math
import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any, Generic, TypeVar

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
from matplotlib.font_manager import fontManager
from matplotlib.ft2font import FT2Font

try:
    from matplotlib.ft2font import RenderMode
except ImportError:  # before matplotlib 3.11: no glyph-by-glyph renderer to spare
    RenderMode = None  # type: ignore[assignment,misc]

# the private pieces the cache renders with, all of matplotlib 3.11's Agg text path
SUPPORTED = (
    RenderMode is not None
    and all(hasattr(FT2Font, name) for name in ("_layout", "_render_glyph", "_set_transform"))
    and hasattr(RendererAgg, "_draw_text_glyphs_and_boxes")
    and hasattr(fontManager, "_find_fonts_by_props")
)
log = logging.getLogger("runlift")
MAX_STRINGS = 2048  # a few MiB of glyph bitmaps at most; a chart draws about a hundred strings

V = TypeVar("V")
Glyph = tuple[np.ndarray, int, int]  # coverage bitmap, its left and top relative to the string's pixel


class Recent(Generic[V]):
    """Values of recently used keys, the least recently used dropped first past ``limit``."""

    def __init__(self, limit: int = MAX_STRINGS) -> None:
        self.limit = limit
        self._values: OrderedDict[Hashable, V] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> V | None:
        value = self._values.get(key)
        if value is None:
            self.misses += 1
            return None
        self.hits += 1
        self._values.move_to_end(key)
        return value

    def put(self, key: Hashable, value: V) -> None:
        self._values[key] = value
        if len(self._values) > self.limit:
            self._values.popitem(last=False)

    def __len__(self) -> int:
        return len(self._values)

    def clear(self) -> None:
        self._values.clear()
        self.hits = self.misses = 0


# one of each for the process, as matplotlib's own font caches: every chart shares the legend's words, and
# matplotlib keeps text sizes per renderer, so each of the Progress page's five canvases measured them again
glyph_runs: Recent[list[Glyph]] = Recent()  # a string's glyph bitmaps at one sub-pixel place
layouts: Recent[list[Any]] = Recent()  # a string's glyphs and their offsets, wherever it is drawn
sizes: Recent[tuple[float, float, float]] = Recent(4 * MAX_STRINGS)  # a string's width, height and descent


def forget() -> None:
    """Empty every cache: the next text drawn is laid out and rasterised anew (benchmarks of a first drawing)."""
    for cache in (glyph_runs, layouts, sizes):
        cache.clear()


class _InUse:
    """Whether the caches are used: not on a matplotlib without the 3.11 text path, nor, for the rest of the
    session, once its private pieces fail (a newer matplotlib may change them): text is then drawn and
    measured by matplotlib itself, and the failure logged once."""

    def __init__(self) -> None:
        self.on = SUPPORTED

    def give_up(self, error: Exception) -> None:
        if self.on:
            self.on = False
            log.warning("chart text drawn without the glyph cache: matplotlib's text path differs (%r)", error)


_in_use = _InUse()


class CachedTextRenderer(RendererAgg):
    """Matplotlib's Agg renderer drawing plain text from ``glyph_runs``."""

    def draw_text(
        self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float, ismath: Any = False, mtext: Any = None
    ) -> None:
        if ismath or not _in_use.on or not (math.isfinite(x) and math.isfinite(y)):
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        try:
            run, pixel_x, pixel_y = self._run_at(gc, x, y, s, prop, angle, mtext)
        except Exception as error:  # matplotlib's private text path changed: draw as it does
            _in_use.give_up(error)
            run = None
        if run is None:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        height = int(self.height)
        for buffer, left, top in run:  # as RendererAgg._draw_text_glyphs_and_boxes places each glyph
            self._renderer.draw_text_image(buffer, pixel_x + left, height - (pixel_y + top) + buffer.shape[0], 0, gc)

    def _run_at(
        self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float, mtext: Any
    ) -> tuple[list[Glyph] | None, int, int]:
        """``s``'s glyphs at (x, y), from the cache or rendered into it, and the whole pixel they are placed
        from; no glyphs when something of the string cannot be a key."""
        # the string's origin in FreeType's 1/64 px, y upwards: whole pixels apart, its place within one
        pixel_x, phase_x = divmod(round(64 * x), 64)
        pixel_y, phase_y = divmod(round(64 * (self.height - y)), 64)
        laid = _layout_key(self, s, prop, mtext)
        if laid is None:
            return None, pixel_x, pixel_y
        key = (laid, angle, bool(gc.get_antialiased()), phase_x, phase_y)
        run = glyph_runs.get(key)
        if run is None:
            run = self._render_run(gc, laid, s, prop, angle, mtext, phase_x, phase_y)
            glyph_runs.put(key, run)
        return run, pixel_x, pixel_y

    def get_text_width_height_descent(self, s: str, prop: Any, ismath: Any) -> tuple[float, float, float]:
        """Matplotlib's measure of plain text, kept for the process: its own cache is per renderer, and each
        canvas (and each size of it) has one."""
        if not _in_use.on or ismath is not False:
            return super().get_text_width_height_descent(s, prop, ismath)
        try:
            key = _font_key(self, s, prop)
        except Exception as error:  # as in draw_text
            _in_use.give_up(error)
            return super().get_text_width_height_descent(s, prop, ismath)
        measured = sizes.get(key)
        if measured is None:
            measured = super().get_text_width_height_descent(s, prop, ismath)
            sizes.put(key, measured)
        return measured

    def _render_run(
        self, gc: Any, laid: Hashable, s: str, prop: Any, angle: float, mtext: Any, phase_x: int, phase_y: int
    ) -> list[Glyph]:
        """Rasterise each glyph of ``s`` with the string's origin at (phase_x, phase_y) / 64 px, as matplotlib
        does at the real position (``RendererAgg.draw_text``); the layout (``laid``) is kept apart, as it is
        the same wherever the string is drawn."""
        flags = get_hinting_flag()
        items = layouts.get(laid)
        if items is None:
            items = self._prepare_font(prop)._layout(
                s,
                flags=flags,
                features=mtext.get_fontfeatures() if mtext is not None else None,
                language=mtext.get_language() if mtext is not None else None,
            )
            layouts.put(laid, items)
        size = prop.get_size_in_points()
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        rotation = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        mode = RenderMode.NORMAL if gc.get_antialiased() else RenderMode.MONO
        run: list[Glyph] = []
        for item in items:
            glyph_font = item.ft_object
            glyph_font.set_size(size, self.dpi)
            dx, dy = item.x, item.y  # dy is upwards
            glyph_font._set_transform(
                rotation, [phase_x + round(0x40 * (dx * cos - dy * sin)), phase_y + round(0x40 * (dx * sin + dy * cos))]
            )
            bitmap = glyph_font._render_glyph(item.glyph_index, flags, mode)
            buffer = np.array(bitmap.buffer)  # a copy: FreeType's slot is overwritten by the next glyph
            if mode is RenderMode.MONO:
                buffer *= 0xFF
            run.append((buffer, bitmap.left, bitmap.top))
        return run


def _font_key(renderer: RendererAgg, s: str, prop: Any) -> Hashable:
    """What decides how ``s`` is measured: the font files (after the rcParams' generic families), size, dpi and
    hinting."""
    return (
        s,
        tuple(fontManager._find_fonts_by_props(prop)),
        prop.get_size_in_points(),
        renderer.dpi,
        get_hinting_flag(),
        # besides the properties, what changes the layout: get_font's fallback and hinting, and kerning
        matplotlib.rcParams.get("text.hinting_factor"),
        matplotlib.rcParams.get("text.kerning_factor"),
        matplotlib.rcParams.get("font.enable_last_resort"),
        threading.get_ident(),  # matplotlib keeps fonts per thread (FreeType's faces are not thread-safe)
    )


def _layout_key(renderer: RendererAgg, s: str, prop: Any, mtext: Any) -> Hashable | None:
    """What decides ``s``'s glyphs and their offsets, or None when something of it cannot be a key."""
    features = mtext.get_fontfeatures() if mtext is not None else None
    language = mtext.get_language() if mtext is not None else None
    key = (_font_key(renderer, s, prop), features, language)
    try:
        hash(key)
    except TypeError:  # a language given as a list of ranges, say: drawn by matplotlib, not cached
        return None
    return key
