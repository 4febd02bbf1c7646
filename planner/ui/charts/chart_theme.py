"""Chart colours for the light and dark themes, taken from the application palette.

The kind accents are the calendar's (runs blue, lifts orange, cross-training green), so a colour means
the same thing on every page; every series also has its own label and line style, so no chart depends
on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette

from planner.domain.enums import SessionKind
from planner.engine.phases import Phase
from planner.ui.look.session_colors import accent

if TYPE_CHECKING:  # only for the type checker: matplotlib.typing is newer than our lowest matplotlib
    from matplotlib.typing import RcKeyType


@dataclass(frozen=True)
class ChartTheme:
    dark: bool
    figure: str
    axes: str
    text: str
    muted: str
    grid: str
    run: str
    lift: str
    other: str
    fitness: str
    fatigue: str
    form_up: str
    form_down: str
    done: str
    skipped: str
    unmarked: str
    race: str
    phases: dict[Phase, str]
    series: tuple[str, ...]  # one per lift on the strength chart
    text_points: float = 9.0  # the interface font's size, so chart text grows with the system font

    def rc(self) -> dict[RcKeyType, Any]:
        """rcParams for figures drawn in this theme (applied with ``matplotlib.rc_context``)."""
        return {
            "figure.facecolor": self.figure,
            "axes.facecolor": self.axes,
            "axes.edgecolor": self.muted,
            "axes.labelcolor": self.text,
            "axes.titlecolor": self.text,
            "text.color": self.text,
            "xtick.color": self.text,
            "ytick.color": self.text,
            "grid.color": self.grid,
            "legend.facecolor": self.axes,
            "legend.edgecolor": self.grid,
            "legend.labelcolor": self.text,
            "savefig.facecolor": self.figure,
            "font.size": self.text_points,
            "axes.titlesize": self.text_points * 1.1,
            "axes.titleweight": "bold",
            "legend.fontsize": self.text_points * 0.9,
            "axes.spines.top": False,
            # titles sit at the top of their axes: left to matplotlib, every draw measured every y tick label
            # of every axes (twins too) to see whether an offset text would collide with the title, 10-25 ms
            # a chart (issue 21); these charts have no top ticks and no offset texts (numbers read 12.5k)
            "axes.titley": 1.0,
        }


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def theme_for(palette: QPalette, font: QFont | None = None) -> ChartTheme:
    """The chart theme for ``palette``, its text sized like ``font`` (the interface font when given)."""
    theme = _colours_for(palette)
    if font is None:
        return theme
    points = QFontInfo(font).pointSizeF()  # the size actually used, also for fonts set in pixels
    return replace(theme, text_points=points) if points > 0 else theme


def _colours_for(palette: QPalette) -> ChartTheme:
    window = palette.color(QPalette.ColorRole.Window)
    dark = window.lightness() < 128
    text = _hex(palette.color(QPalette.ColorRole.WindowText))
    if dark:
        return ChartTheme(
            dark=True,
            figure=_hex(window),
            axes=_hex(palette.color(QPalette.ColorRole.Base)),
            text=text,
            muted="#9aa0aa",
            grid="#555d69",  # seen over every phase's shading too (1.25:1 or more), not only the plain plot
            run="#5aa2ee",
            lift="#f0a050",
            other="#5cc48c",
            fitness="#e0b0ff",  # violet: the running bars are blue
            fatigue="#ff8a80",
            form_up="#5cc48c",
            form_down="#ff8a80",
            done="#5cc48c",
            skipped="#ff8a80",
            unmarked="#8a8f9c",
            race="#ffd166",
            # phase shading strong enough to tell apart from the plot's own background
            phases={
                Phase.BASE: "#3a4558",
                Phase.BUILD: "#32503a",
                Phase.PEAK: "#5c4c2a",
                Phase.TAPER: "#285158",
                Phase.RACE_WEEK: "#623838",
                Phase.RECOVERY: "#463e63",
            },
            series=("#f0a050", "#7ab8ff", "#5cc48c", "#e78ac3", "#c0a0ff", "#ffd166"),
        )
    return ChartTheme(
        dark=False,
        figure=_hex(window),
        axes=_hex(palette.color(QPalette.ColorRole.Base)),
        text=text,
        muted="#6b7280",
        grid="#cfd4db",  # seen over every phase's shading too (1.18:1 or more), not only the plain plot
        run=_hex(accent(SessionKind.RUN)),
        lift=_hex(accent(SessionKind.LIFT)),
        other=_hex(accent(SessionKind.CROSS)),
        fitness="#6a2c91",  # violet: the running bars are blue
        fatigue="#c8453b",
        form_up="#2e8b57",
        form_down="#c8453b",
        done="#2e8b57",
        skipped="#c8453b",
        unmarked="#a0a6b0",
        race="#b8860b",
        # 1.2:1 or more against the plot's white, and apart from the window's grey under the legend: base's old
        # #f2f4f7 was 1.10:1 on the plot and 1.03:1 beside the legend, whose box then read as empty
        phases={
            Phase.BASE: "#e2e8f0",
            Phase.BUILD: "#d7eddc",
            Phase.PEAK: "#f5e3c0",
            Phase.TAPER: "#d3e9ef",
            Phase.RACE_WEEK: "#f9e1df",
            Phase.RECOVERY: "#ece8f6",
        },
        series=("#d9731f", "#1f5fae", "#2e8b57", "#b5367a", "#6a4fb3", "#8a6d00"),
    )
