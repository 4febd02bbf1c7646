"""A chart's axes kept from one drawing to the next (a range switch), emptied instead of built again.

New axes cost a chart 20-45 ms on this machine before anything is plotted: each builds its spines, axis
objects and, on the first draw, a tick (two lines, two texts, a grid line) per label, copying properties tick
by tick (issue 21). A range switch draws the same grid of axes in the same theme, so the chart takes back the
axes of its last drawing with their artists, titles, labels and limits gone and their ticks kept. A chart asks
for its grid (``chart_axes``) and twins (``twin_of``) and sets every property it needs on each drawing, as on
new axes; ``ChartPanel`` starts a drawing with ``begin`` (fresh axes when the theme or font changed: ticks
keep the colours and sizes they were made with) and ends it with ``end``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from matplotlib.axes import Axes
from matplotlib.figure import Figure

Grid = tuple[int, tuple[float, ...] | None]


@dataclass
class _Kept:
    grid: Grid | None = None
    axes: list[Axes] = field(default_factory=list)
    twins: dict[Axes, Axes] = field(default_factory=dict)  # parent -> its twin
    claimed: set[Axes] = field(default_factory=set)  # asked for again by the drawing under way
    emptied: list[Axes] = field(default_factory=list)  # kept from the last drawing, waiting to be asked for


# on the figure itself, so it goes with it: a side table keyed weakly by figure kept every figure alive, as
# its axes refer back to the figure (a page opened and closed 60 times held 700 MiB)
_ATTRIBUTE = "_runlift_kept_axes"


def _kept_of(figure: Figure) -> _Kept:
    kept = getattr(figure, _ATTRIBUTE, None)
    if not isinstance(kept, _Kept):
        kept = _Kept()
        setattr(figure, _ATTRIBUTE, kept)
    return kept


def begin(figure: Figure, reuse: bool) -> None:
    """Start a drawing on ``figure`` (under the drawing's rcParams): its axes emptied for reuse, or dropped."""
    kept = _kept_of(figure)
    for legend in list(figure.legends):
        legend.remove()
    if not reuse:
        _drop_all(figure, kept)
        return
    for ax in figure.axes:
        _empty(ax)
    kept.claimed.clear()
    kept.emptied = list(figure.axes)


def end(figure: Figure) -> None:
    """Drop the axes kept from the last drawing that this one did not ask for (a twin it no longer needs)."""
    kept = _kept_of(figure)
    for ax in kept.emptied:
        if ax not in kept.claimed and ax in figure.axes:
            figure.delaxes(ax)
    kept.twins = {parent: twin for parent, twin in kept.twins.items() if twin in figure.axes}
    if not all(ax in figure.axes for ax in kept.axes):
        kept.grid, kept.axes = None, []
    kept.emptied = []


def chart_axes(figure: Figure, rows: int = 1, height_ratios: Sequence[float] | None = None) -> list[Axes]:
    """``rows`` axes stacked on a shared x axis (one: a plain subplot): the last drawing's if it had this grid."""
    kept = _kept_of(figure)
    grid: Grid = (rows, tuple(height_ratios) if height_ratios is not None else None)
    if kept.grid == grid and kept.axes and all(ax in kept.emptied for ax in kept.axes):
        kept.claimed.update(kept.axes)
        return list(kept.axes)
    _drop_all(figure, kept)
    if rows == 1:
        axes = [figure.add_subplot()]
    else:
        axes = list(figure.subplots(rows, 1, sharex=True, height_ratios=height_ratios))
    kept.grid, kept.axes = grid, axes
    return list(axes)


def twin_of(ax: Axes) -> Axes:
    """A twin of ``ax`` with its y axis on the right (``Axes.twinx``): the last drawing's if it had one."""
    figure = ax.get_figure(root=True)
    assert isinstance(figure, Figure)
    kept = _kept_of(figure)
    twin = kept.twins.get(ax)
    if twin is None or twin not in kept.emptied or twin in kept.claimed:
        twin = ax.twinx()
        kept.twins[ax] = twin
    kept.claimed.add(twin)
    return twin


def _drop_all(figure: Figure, kept: _Kept) -> None:
    # dropped, not cleared: Figure.clear() first clears every axes, which builds their ticks afresh only to
    # throw them away (20-40 ms a chart of three or four axes)
    for ax in tuple(figure.axes):
        figure.delaxes(ax)
    figure.clear()
    kept.grid, kept.axes = None, []
    kept.twins.clear()
    kept.claimed.clear()
    kept.emptied = []


def _empty(ax: Axes) -> None:
    """``ax`` as a new one would be for a chart that sets its own locators, formatters, labels and limits:
    nothing plotted, no titles or labels, the colour cycle from its start, limits back to (0, 1) and
    autoscaling on; its ticks stay. Called under the theme's rcParams, as the titles take theirs."""
    for artist in (*ax.lines, *ax.collections, *ax.patches, *ax.texts, *ax.images, *ax.artists, *ax.tables):
        artist.remove()
    ax.containers.clear()
    ax.set_prop_cycle(None)  # colours not given start from the first again
    if ax.legend_ is not None:
        ax.legend_.remove()
    for loc in ("center", "left", "right"):
        ax.set_title("", loc=loc)
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.relim()
    ax.ignore_existing_data_limits = True
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_autoscale_on(True)
