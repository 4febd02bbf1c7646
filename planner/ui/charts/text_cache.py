"""Chart text drawn from glyphs rendered once: the same label at the same sub-pixel position costs a copy.

Matplotlib 3.11's Agg renderer lays out and rasterises every string glyph by glyph through FreeType on every
draw (``RendererAgg.draw_text``): the tick labels, titles and legend of one chart came to about a quarter of a
range switch here (issue 21), and a hover read-out redraws the whole figure for one ring. Most of those strings
are drawn again unchanged (the legend, the axis labels, "0", "100", "2024"), so a string's glyph bitmaps are
kept by what decides their pixels (the text, the fonts, size, dpi, angle, hinting, antialiasing and the
origin's position within its pixel, in FreeType's 1/64 steps) and only copied onto the canvas after the first
time.

The one difference from matplotlib's own drawing: it rounds each glyph's origin to 1/64 px, where the cache
rounds the string's origin and adds each glyph's rounded offset, so a glyph can sit 1/64 px away (edge pixels
a few levels of 255 apart; tests/qt/test_text_cache.py measures it). Mathtext, and any matplotlib without the
3.11 glyph-by-glyph renderer, are drawn by matplotlib as before.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

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
MAX_STRINGS = 2048  # a few MiB of glyph bitmaps at most; a chart draws about a hundred strings

Glyph = tuple[np.ndarray, int, int]  # coverage bitmap, its left and top relative to the string's pixel


class GlyphRuns:
    """The glyph bitmaps of recently drawn strings, least recently drawn dropped first."""

    def __init__(self, limit: int = MAX_STRINGS) -> None:
        self.limit = limit
        self._runs: OrderedDict[Hashable, list[Glyph]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> list[Glyph] | None:
        run = self._runs.get(key)
        if run is None:
            self.misses += 1
            return None
        self.hits += 1
        self._runs.move_to_end(key)
        return run

    def put(self, key: Hashable, run: list[Glyph]) -> None:
        self._runs[key] = run
        if len(self._runs) > self.limit:
            self._runs.popitem(last=False)

    def __len__(self) -> int:
        return len(self._runs)

    def clear(self) -> None:
        self._runs.clear()


# one for the process, as matplotlib's own font and text-size caches: every chart shares the legend's words
glyph_runs = GlyphRuns()


class CachedTextRenderer(RendererAgg):
    """Matplotlib's Agg renderer drawing plain text from ``glyph_runs``."""

    def draw_text(  # type: ignore[override]
        self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float, ismath: Any = False, mtext: Any = None
    ) -> None:
        if ismath or not SUPPORTED or not (math.isfinite(x) and math.isfinite(y)):
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        # the string's origin in FreeType's 1/64 px, y upwards: whole pixels apart, its place within one
        pixel_x, phase_x = divmod(round(64 * x), 64)
        pixel_y, phase_y = divmod(round(64 * (self.height - y)), 64)
        key = _run_key(self, gc, s, prop, angle, mtext, phase_x, phase_y)
        if key is None:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        run = glyph_runs.get(key)
        if run is None:
            run = self._render_run(gc, s, prop, angle, mtext, phase_x, phase_y)
            glyph_runs.put(key, run)
        height = int(self.height)
        for buffer, left, top in run:  # as RendererAgg._draw_text_glyphs_and_boxes places each glyph
            self._renderer.draw_text_image(buffer, pixel_x + left, height - (pixel_y + top) + buffer.shape[0], 0, gc)

    def _render_run(
        self, gc: Any, s: str, prop: Any, angle: float, mtext: Any, phase_x: int, phase_y: int
    ) -> list[Glyph]:
        """Lay ``s`` out and rasterise each glyph with the string's origin at (phase_x, phase_y) / 64 px, as
        matplotlib does at the real position (``RendererAgg.draw_text``)."""
        flags = get_hinting_flag()
        font = self._prepare_font(prop)
        items = font._layout(
            s,
            flags=flags,
            features=mtext.get_fontfeatures() if mtext is not None else None,
            language=mtext.get_language() if mtext is not None else None,
        )
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


def _run_key(
    renderer: RendererAgg, gc: Any, s: str, prop: Any, angle: float, mtext: Any, phase_x: int, phase_y: int
) -> Hashable | None:
    """What decides the pixels of ``s``'s glyphs, or None when something of it cannot be a key."""
    features = mtext.get_fontfeatures() if mtext is not None else None
    language = mtext.get_language() if mtext is not None else None
    key = (
        s,
        tuple(fontManager._find_fonts_by_props(prop)),  # the files, after the rcParams' generic families
        prop.get_size_in_points(),
        renderer.dpi,
        angle,
        get_hinting_flag(),
        matplotlib.rcParams["text.hinting_factor"],
        bool(gc.get_antialiased()),
        features,
        language,
        phase_x,
        phase_y,
    )
    try:
        hash(key)
    except TypeError:  # a language given as a list of ranges, say: drawn by matplotlib, not cached
        return None
    return key
