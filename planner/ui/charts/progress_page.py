"""The Progress page: four charts over a chosen range, redrawn when the data or the theme changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any, TypeVar

from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.engine.chart_range import ChartRange
from planner.engine.progress import E1rmMethod
from planner.services import progress
from planner.services.changes import Changes
from planner.services.progress import LiftChoice, ProgressData
from planner.ui.charts.adherence_chart import draw_adherence
from planner.ui.charts.chart_panel import ChartPanel, HoverSeries
from planner.ui.charts.chart_theme import ChartTheme, theme_for
from planner.ui.charts.gc_pause import gc_paused
from planner.ui.charts.load_chart import draw_load
from planner.ui.charts.recovery_chart import draw_recovery
from planner.ui.charts.strength_chart import draw_strength
from planner.ui.charts.volume_chart import HARD_SETS, TONNAGE, draw_volume
from planner.ui.look import panels
from planner.ui.shell.change_hub import ChangeHub
from planner.ui.widgets.choice_buttons import ChoiceToolButton

T = TypeVar("T")

NO_HISTORY = (
    "Nothing is marked done in this range yet. Mark sessions done in the calendar (Ctrl+D) or log a lift's "
    "sets, and these charts fill in; planned sessions already show, dashed or hatched."
)
MAX_LIFTS = 6
MAX_KEPT = 12  # spans kept read until the data changes (ranges x lift choices x formulas)
NONE_CHOSEN = "none"  # every lift unticked, which must not read back as "never chosen"


class ProgressPage(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        hub: ChangeHub | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data: ProgressData | None = None
        self.choices: list[LiftChoice] = []
        self.today: date | None = today  # `runlift --today` or a test's day; None means the real today
        if hub is not None:
            hub.subscribe(self.on_changes)
        self._stale = True
        self._pending = False
        self._read: dict[tuple[ChartRange, tuple[int, ...] | None, E1rmMethod, date], ProgressData] = {}
        self.range = self._setting("range", ChartRange.WEEKS_12, ChartRange)
        self.method = self._setting("method", E1rmMethod.RPE_TABLE, E1rmMethod)
        self.lift_ids: tuple[int, ...] | None = self._saved_lifts()

        self.range_buttons = QButtonGroup(self)
        ranges = QHBoxLayout()
        ranges.setSpacing(2)
        ranges.addWidget(QLabel("Range:"))
        for choice in ChartRange:
            button = ChoiceToolButton()
            button.setText(choice.label)
            button.setCheckable(True)
            button.setChecked(choice is self.range)
            button.setAccessibleName(f"Show {choice.label.lower()}")
            button.setToolTip(_RANGE_TIPS[choice])
            button.clicked.connect(partial(self.set_range, choice))
            button.installEventFilter(self)  # Left and Right walk the ranges, as in a radio group
            self.range_buttons.addButton(button)
            ranges.addWidget(button)
        self._mark_range(self.range)
        self.span_label = QLabel()
        self.span_label.setObjectName("progressSpan")
        ranges.addSpacing(12)
        ranges.addWidget(self.span_label)
        ranges.addStretch(1)

        self.notice = panels.PanelLabel(panels.BANNER)
        self.notice.setText(NO_HISTORY)
        self.notice.setObjectName("progressNotice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(8, 6, 8, 6)
        self.notice.hide()

        # a push button makes room for its menu arrow; a tool button's arrow sat on the ")" of "Lifts (2)"
        self.lifts_button = QPushButton("Lifts")
        self.lifts_button.setToolTip(f"Choose up to {MAX_LIFTS} lifts to chart (those logged with a load)")
        self.lifts_button.setAccessibleName("Choose the lifts to chart")
        self.lifts_menu = QMenu(self.lifts_button)
        self.lifts_button.setMenu(self.lifts_menu)
        self.method_box = QComboBox()
        self.method_box.setAccessibleName("e1RM formula")
        self.method_box.setToolTip(
            "How the estimated 1RM is worked out from a set's load and reps. By default the reps × RPE table, "
            "which uses the reps in reserve you logged (sets without it use Epley); or one formula for every set."
        )
        for method in E1rmMethod:
            self.method_box.addItem(method.label, method.value)
        self.method_box.setCurrentIndex(list(E1rmMethod).index(self.method))
        self.method_box.currentIndexChanged.connect(
            lambda _: self.set_method(E1rmMethod(self.method_box.currentData()))
        )
        self.measure_box = QComboBox()
        self.measure_box.setAccessibleName("Lifting volume measure")
        self.measure_box.setToolTip(
            "Hard sets: sets stopped within 4 reps of failure (sets logged without RIR count). "
            "Tonnage: reps × load summed."
        )
        self.measure_box.addItem("Hard sets", HARD_SETS)
        self.measure_box.addItem("Tonnage", TONNAGE)
        self.measure_box.setCurrentIndex(1 if self._setting("measure", HARD_SETS, str) == TONNAGE else 0)
        self.measure_box.currentIndexChanged.connect(lambda _: self._redraw_volume())

        self.strength = ChartPanel("Strength", "Point at a dot to read its value.")
        self.volume = ChartPanel("Running and lifting", "Point at a week to read its totals.")
        self.load = ChartPanel("Training load", "Point at a day or week to read its load, fitness, fatigue and form.")
        self.adherence = ChartPanel("Adherence", "Point at a week to read what was done.")
        self.recovery = ChartPanel("Recovery", "Point at a day or week to read its sleep, readiness and load.")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Progress charts")
        self.tabs.addTab(
            self._with_options(self.strength, QLabel("Formula:"), self.method_box, self.lifts_button), "Strength"
        )
        self.tabs.addTab(
            self._with_options(self.volume, QLabel("Lifting volume as:"), self.measure_box), "Running && lifting"
        )
        self.tabs.addTab(self._with_options(self.load), "Training load")
        self.tabs.addTab(self._with_options(self.adherence), "Adherence")
        self.tabs.addTab(self._with_options(self.recovery), "Recovery")
        self.tabs.setCurrentIndex(self._setting("tab", 0, int))
        self.tabs.currentChanged.connect(lambda i: self._store("tab", i))

        layout = QVBoxLayout(self)
        layout.addLayout(ranges)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    # ---- settings
    def _setting(self, key: str, default: T, kind: Callable[[Any], T]) -> T:
        """A remembered choice read back as ``kind``; the default when missing or unreadable (a newer version's)."""
        if self.settings is None:
            return default
        value = self.settings.value(f"progress/{key}", default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _store(self, key: str, value: object) -> None:
        if self.settings is not None:
            self.settings.setValue(f"progress/{key}", value)

    def _saved_lifts(self) -> tuple[int, ...] | None:
        raw = self._setting("lifts", "", str)
        if not raw:
            return None  # never chosen: the most logged lifts
        if raw == NONE_CHOSEN:
            return ()
        try:
            return tuple(int(x) for x in str(raw).split(",") if x)
        except ValueError:
            return None

    @staticmethod
    def _with_options(panel: ChartPanel, *controls: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if controls:
            row = QHBoxLayout()
            for control in controls:
                row.addWidget(control)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(panel, 1)
        return page

    # ---- choices
    def set_range(self, choice: ChartRange) -> None:
        self.range = choice
        self._store("range", choice.value)
        self._mark_range(choice)
        self.refresh()

    def _mark_range(self, choice: ChartRange) -> None:
        """The chosen range is checked and is the group's one Tab stop, so the focus ring never sits on
        another range than the one shown; Left and Right move between them."""
        for button in self.range_buttons.buttons():
            chosen = button.text() == choice.label
            button.setChecked(chosen)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if chosen else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        buttons = self.range_buttons.buttons()
        if event.type() == QEvent.Type.KeyPress and watched in buttons and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
            if step:
                choices = list(ChartRange)
                choice = choices[(choices.index(self.range) + step) % len(choices)]
                self.set_range(choice)
                buttons[choices.index(choice)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def set_method(self, method: E1rmMethod) -> None:
        self.method = method
        self._store("method", method.value)
        self.refresh()

    def _method_chosen(self) -> None:
        self.set_method(E1rmMethod(self.method_box.currentData()))

    def set_lifts(self, exercise_ids: Sequence[int]) -> None:
        self.lift_ids = tuple(exercise_ids)[:MAX_LIFTS]
        self._store("lifts", ",".join(str(i) for i in self.lift_ids) or NONE_CHOSEN)
        self.refresh()

    def _toggle_lift(self, exercise_id: int, on: bool) -> None:
        chosen = [i for i in self.chosen_lifts() if i != exercise_id]
        if on:
            chosen.append(exercise_id)
        self.set_lifts(chosen)

    def chosen_lifts(self) -> tuple[int, ...]:
        """The lifts charted: those chosen that the range logged, or its most logged ones."""
        return self.data.lift_ids if self.data is not None else ()

    def _fill_lifts_menu(self) -> None:
        self.lifts_menu.clear()
        chosen = set(self.chosen_lifts())
        for choice in self.choices:
            action = QAction(f"{choice.name} ({choice.logged_sets} sets)", self.lifts_menu)
            action.setCheckable(True)
            action.setChecked(choice.exercise_id in chosen)
            action.setEnabled(choice.exercise_id in chosen or len(chosen) < MAX_LIFTS)
            action.toggled.connect(partial(self._toggle_lift, choice.exercise_id))
            self.lifts_menu.addAction(action)
        if not self.choices:
            none = self.lifts_menu.addAction("No lift logged with a load yet")
            none.setEnabled(False)
        self.lifts_button.setText(f"Lifts ({len(chosen)})")

    # ---- data
    def on_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Every chart reads sessions, races (phases), check-ins (recovery), the profile (units, week start) or
        exercise names: any of them makes the page stale; it redraws now if shown, else when next shown."""
        if not changes.empty:
            self.mark_stale()

    def mark_stale(self) -> None:
        """The data changed: redraw now if the page is showing, else the next time it is shown."""
        self._stale = True
        if self.isVisible() and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        self._pending = False
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the range (if not read since the data last changed) and draw the chart on screen."""
        with gc_paused():  # one collection after the read and the build, not dozens during them
            self._refresh()

    def _refresh(self) -> None:
        if self._stale:
            self._read.clear()
        self._stale = False
        key = (self.range, self.lift_ids, self.method, self.today or date.today())
        if len(self._read) >= MAX_KEPT:
            self._read.clear()
        if key not in self._read:  # going back to a range already read costs only its drawing
            self._read[key] = progress.progress(self.range, key[1], self.method, today=key[3])
        self.data = self._read[key]
        span = self.data.span
        # "12 weeks" shows twelve weeks to today; planned weeks beyond it are counted apart, not added in
        ahead = max(0, (span.end - key[3]).days // 7)  # whole weeks after the one holding today
        past = span.weeks - ahead
        weeks = f"{past} week{'s' if past != 1 else ''}" + (f" + {ahead} planned" if ahead else "")
        self.span_label.setText(f"{span.start.day} {span.start:%b %Y} – {span.end.day} {span.end:%b %Y} ({weeks})")
        self.notice.setVisible(not self.data.has_history)
        self.redraw()

    def redraw(self) -> None:
        """Draw every chart from the data already read (a theme change needs no new read)."""
        data = self.data
        if data is None:
            return
        theme = self.chart_theme()
        measure = self.measure_box.currentData()
        self.strength.show_drawing(partial(self._draw_strength, data), theme)
        self.volume.show_drawing(lambda fig, t: draw_volume(fig, t, data, measure), theme)
        self.load.show_drawing(lambda fig, t: draw_load(fig, t, data), theme)
        self.adherence.show_drawing(lambda fig, t: draw_adherence(fig, t, data), theme)
        self.recovery.show_drawing(lambda fig, t: draw_recovery(fig, t, data), theme)

    def _draw_strength(self, data: ProgressData, figure: Figure, theme: ChartTheme) -> list[HoverSeries]:
        """The strength chart, and the Lifts menu beside it: the lifts the range logged are read with the chart
        (a switch drawn on another tab need not count ten years of sets)."""
        self.choices = list(data.choices)
        self._fill_lifts_menu()
        return draw_strength(figure, theme, data, self.method)

    def draw_all(self) -> None:
        """Build and render every chart now, shown or not (export, tests, benchmarks)."""
        with gc_paused():
            for panel in self.panels:
                panel.ensure_drawn()
                panel.canvas.draw()

    def _redraw_volume(self) -> None:
        self._store("measure", self.measure_box.currentData())
        if self.data is not None:
            data = self.data
            self.volume.redraw(
                lambda fig, t: draw_volume(fig, t, data, self.measure_box.currentData()), self.chart_theme()
            )

    @property
    def panels(self) -> tuple[ChartPanel, ...]:
        return (self.strength, self.volume, self.load, self.adherence, self.recovery)

    def chart_theme(self) -> ChartTheme:
        return theme_for(self.palette(), self.font())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.redraw()


_RANGE_TIPS = {
    ChartRange.WEEKS_4: "The last four weeks and the planned weeks ahead",
    ChartRange.WEEKS_12: "The last twelve weeks and the planned weeks ahead",
    ChartRange.SEASON: "The build-up to your next A race and its recovery week (or since the last one)",
    ChartRange.YEAR: "The last 52 weeks",
    ChartRange.ALL: "Everything on record",
}
