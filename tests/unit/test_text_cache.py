"""Chart text from glyphs rendered once (charts.text_cache): the picture matplotlib draws, drawn again for a copy."""

from __future__ import annotations

from collections.abc import Callable

import matplotlib
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure

from planner.ui.charts import text_cache
from planner.ui.charts.text_cache import CachedTextRenderer, Recent

pytestmark = pytest.mark.skipif(not text_cache.SUPPORTED, reason="matplotlib before 3.11 draws its own text")

EDGE_LEVELS = 24  # of 255: a glyph 1/64 px from matplotlib's place changes only its edge pixels' coverage


class _Canvas(FigureCanvasAgg):
    """An Agg canvas drawing with ``renderer_class``, as ChartCanvas draws with CachedTextRenderer."""

    renderer_class: type[RendererAgg] = RendererAgg

    def get_renderer(self) -> RendererAgg:
        w, h = self.get_width_height(physical=True)
        key = (w, h, self.figure.dpi)
        if not isinstance(getattr(self, "renderer", None), self.renderer_class) or self._lastKey != key:
            self.renderer = self.renderer_class(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer


class _Cached(_Canvas):
    renderer_class = CachedTextRenderer


def _pixels(draw: Callable[[Figure], None], canvas_class: type[_Canvas], dpi: float = 100) -> np.ndarray:
    figure = Figure(figsize=(4, 2.5), dpi=dpi)
    draw(figure)
    canvas = canvas_class(figure)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).astype(int)


def _labels(figure: Figure) -> None:
    """What a chart writes: a left title, an axis label turned 90°, ticks, a legend, text at odd positions and
    angles, several sizes, weights and colours, ligatures and marks above and below the line."""
    ax = figure.add_subplot()
    ax.plot([0, 1, 2], [3, 1, 2], label="Fitness (CTL 42 d)")
    ax.set_title("Training load (RPE × min)", loc="left")
    ax.set_ylabel("Load (RPE × min)")
    ax.text(0.317, 0.613, "fl fi Åg jy 12,345 – ‘q’", transform=ax.transAxes, rotation=17, color="tab:red")
    ax.text(0.1031, 0.2077, "Bold", weight="bold", fontsize=15, transform=ax.transAxes)
    ax.text(0.1031, 0.4077, "Bold", weight="bold", fontsize=15, transform=ax.transAxes, color="tab:green")
    figure.legend(loc="lower center", frameon=False)


@pytest.fixture(autouse=True)
def _cold_cache() -> None:
    text_cache.forget()


def test_text_is_drawn_as_matplotlib_draws_it() -> None:
    plain = _pixels(_labels, _Canvas)
    cached = _pixels(_labels, _Cached)
    assert plain.shape == cached.shape
    difference = np.abs(plain - cached).max(axis=2)
    inked = (plain[..., :3] < 250).any(axis=2).sum()  # the pixels anything was drawn on
    assert difference.max() <= EDGE_LEVELS
    assert (difference > 0).sum() < 0.05 * inked


def test_the_second_drawing_copies_the_glyphs_and_is_the_same_picture() -> None:
    first = _pixels(_labels, _Cached)
    misses, hits = text_cache.glyph_runs.misses, text_cache.glyph_runs.hits
    second = _pixels(_labels, _Cached)
    assert np.array_equal(first, second)
    assert text_cache.glyph_runs.misses == misses  # every string came from the cache
    assert text_cache.glyph_runs.hits > hits


def test_the_same_word_in_two_colours_is_drawn_in_each() -> None:
    # "Bold" black and green at the same sub-pixel place share their glyphs; the colour is the drawing's
    cached = _pixels(_labels, _Cached)
    plain = _pixels(_labels, _Canvas)
    green = (cached[..., 1] - cached[..., 0] > 60).sum()
    assert green > 50
    assert abs(green - (plain[..., 1] - plain[..., 0] > 60).sum()) < 0.05 * green


def _maths(figure: Figure) -> None:
    figure.text(0.2, 0.5, r"$\sqrt{x^2} \geq \frac{a}{b}$", fontsize=14)


def test_mathtext_is_left_to_matplotlib() -> None:
    assert np.array_equal(_pixels(_maths, _Canvas), _pixels(_maths, _Cached))
    assert len(text_cache.glyph_runs) == 0


def _rough(figure: Figure) -> None:
    figure.text(0.2, 0.5, "Hard sets 12", fontsize=12, antialiased=False)


def _smooth(figure: Figure) -> None:
    figure.text(0.2, 0.5, "Hard sets 12", fontsize=12)


def test_text_without_antialiasing_is_drawn_in_whole_pixels() -> None:
    _pixels(_smooth, _Cached)  # the same words at the same place, smoothed: not what the rough ones copy
    plain = _pixels(_rough, _Canvas)
    cached = _pixels(_rough, _Cached)
    levels = set(np.unique(cached[..., 0]).tolist())
    assert levels <= {0, 255}  # no grey edge: each glyph pixel is on or off, as matplotlib draws it
    assert np.abs(plain - cached).max() == 0 or (np.abs(plain - cached).max(axis=2) > 0).sum() < 20


def test_a_word_drawn_elsewhere_is_laid_out_once_and_measured_once_for_every_canvas() -> None:
    def here(figure: Figure) -> None:
        figure.text(0.1, 0.5, "Readiness", fontsize=11)

    def there(figure: Figure) -> None:
        figure.text(0.3717, 0.2203, "Readiness", fontsize=11)

    first = _pixels(here, _Cached)
    assert (len(text_cache.glyph_runs), len(text_cache.layouts)) == (1, 1)
    sizes = len(text_cache.sizes)
    moved = _pixels(there, _Cached)  # another canvas, another place
    assert len(text_cache.glyph_runs) == 2  # other pixels: rasterised for that place
    assert len(text_cache.layouts) == 1  # the same glyphs and offsets
    assert len(text_cache.sizes) == sizes  # and the same size, though measured on another renderer
    assert np.abs(moved - _pixels(there, _Canvas)).max() <= EDGE_LEVELS
    assert (first[..., 0] < 128).sum() == pytest.approx((moved[..., 0] < 128).sum(), rel=0.1)


def test_the_sizes_kept_are_matplotlib_s() -> None:
    figure = Figure(dpi=100)
    text = figure.text(0.1, 0.5, "Hard sets 12 – Åg", fontsize=13)
    plain = RendererAgg(400, 300, 100)
    cached = CachedTextRenderer(400, 300, 100)
    prop = text.get_fontproperties()
    assert cached.get_text_width_height_descent("Hard sets 12 – Åg", prop, False) == (
        plain.get_text_width_height_descent("Hard sets 12 – Åg", prop, False)
    )
    assert cached.get_text_width_height_descent("Hard sets 12 – Åg", prop, False) == (
        plain.get_text_width_height_descent("Hard sets 12 – Åg", prop, False)
    )
    assert text_cache.sizes.hits == 1
    bigger = prop.copy()
    bigger.set_size(20)
    assert cached.get_text_width_height_descent("Hard sets 12 – Åg", bigger, False) == (
        plain.get_text_width_height_descent("Hard sets 12 – Åg", bigger, False)
    )


def _turned(figure: Figure) -> None:
    """The same word at the same place upright and turned: the same sub-pixel phase, other glyph images."""
    for angle in (0, 90, 33):
        figure.text(0.4, 0.4, "Strain", fontsize=12, rotation=angle, rotation_mode="anchor")


def _close(plain: np.ndarray, cached: np.ndarray) -> bool:
    difference = np.abs(plain - cached).max(axis=2)
    return bool(difference.max() <= EDGE_LEVELS and (difference > 0).sum() < 0.05 * (plain[..., 0] < 250).sum())


def test_a_word_turned_or_at_another_dpi_is_not_the_one_drawn_before() -> None:
    assert _close(_pixels(_turned, _Canvas), _pixels(_turned, _Cached))
    assert len(text_cache.glyph_runs) == 3  # one per angle
    assert len(text_cache.layouts) == 1  # the same glyphs and offsets
    assert _close(_pixels(_turned, _Canvas, dpi=150), _pixels(_turned, _Cached, dpi=150))  # an export's dpi


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
def test_the_last_resort_font_setting_is_part_of_the_measure() -> None:
    # matplotlib falls back to its last-resort font for glyphs no font has, unless told not to
    figure = Figure(dpi=100)
    prop = figure.text(0, 0, "x").get_fontproperties()
    plain, cached = RendererAgg(400, 300, 100), CachedTextRenderer(400, 300, 100)
    words = "x \u6f22\u5b57 y"
    for last_resort in (True, False, True):
        with matplotlib.rc_context({"font.enable_last_resort": last_resort}):
            expected = plain.get_text_width_height_descent(words, prop, False)
            assert cached.get_text_width_height_descent(words, prop, False) == expected


def test_a_larger_font_is_not_the_smaller_one_copied() -> None:
    small = _pixels(lambda f: f.text(0.1, 0.5, "Recovery", fontsize=9), _Cached)
    large = _pixels(lambda f: f.text(0.1, 0.5, "Recovery", fontsize=18), _Cached)
    assert (large[..., 0] < 128).sum() > 2.5 * (small[..., 0] < 128).sum()


def test_the_cache_keeps_the_most_recently_drawn_strings_up_to_its_limit() -> None:
    runs: Recent[list[object]] = Recent(limit=2)
    runs.put("a", [])
    runs.put("b", [])
    assert runs.get("a") == []  # "a" drawn again: now "b" is the oldest
    runs.put("c", [])
    assert len(runs) == 2
    assert runs.get("b") is None
    assert runs.get("a") == []
    assert runs.get("c") == []


def test_a_chart_canvas_draws_with_the_cache(qapp: object) -> None:
    from planner.ui.charts.chart_panel import ChartPanel

    panel = ChartPanel("Test")
    panel.figure.add_subplot().set_title("Sleep and readiness")
    panel.canvas.draw()
    assert isinstance(panel.canvas.renderer, CachedTextRenderer)
    assert len(text_cache.glyph_runs) > 0
    panel.deleteLater()


def test_a_matplotlib_whose_text_path_changed_draws_its_own_text(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The cache renders with matplotlib's private pieces; should a newer matplotlib change them, the charts
    still get their text, drawn and measured by matplotlib, with one warning in the log."""
    monkeypatch.setattr(text_cache._in_use, "on", True)  # restored after the test

    def changed(*_args: object) -> None:
        raise TypeError("_layout() got an unexpected keyword argument 'flags'")

    monkeypatch.setattr(text_cache, "_layout_key", changed)
    monkeypatch.setattr(text_cache, "_font_key", changed)
    with caplog.at_level("WARNING", logger="runlift"):
        cached = _pixels(_labels, _Cached)
    assert np.array_equal(cached, _pixels(_labels, _Canvas))  # matplotlib's own drawing, pixel for pixel
    assert not text_cache._in_use.on
    assert len(text_cache.glyph_runs) == 0
    assert [r.message for r in caplog.records].count(
        "chart text drawn without the glyph cache: matplotlib's text path differs "
        "(TypeError(\"_layout() got an unexpected keyword argument 'flags'\"))"
    ) == 1
