"""The season: races, the phases they set week by week, and "plan the season" (one undoable step)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DistanceUnit, RacePriority, RunType
from planner.domain.profile import Race
from planner.domain.units import distance_in, distance_to_metres, format_distance
from planner.engine.phases import Phase
from planner.engine.suggestion import Suggestion, WeekSuggestion
from planner.services import profile, races, sessions, suggestions
from planner.services.changes import Changes
from planner.ui.widgets.empty_table import EmptyStateTable
from planner.ui.widgets.qt_values import kept_dates_only, to_date
from planner.ui.widgets.screen_fit import resize_within_screen

PHASE_COLORS = {
    Phase.BASE: "#8fb8de",
    Phase.BUILD: "#5b9bd5",
    Phase.PEAK: "#e0a040",
    Phase.TAPER: "#9ccc65",
    Phase.RACE_WEEK: "#e06666",
    Phase.RECOVERY: "#b4a7d6",
}
DEFAULT_WEEKS = 16


class SeasonDialog(QDialog):
    plan_requested = Signal(list)  # the suggestions to accept, as one step

    def __init__(
        self,
        first_day: date,
        today: date | None = None,
        parent: QWidget | None = None,
        add_race: Callable[[Race], object] | None = None,
        remove_race: Callable[[Race], object] | None = None,
    ) -> None:
        """``add_race`` and ``remove_race`` make those edits undo steps (the calendar's controller); alone, the
        dialog saves them straight away."""
        super().__init__(parent)
        self.add_race: Callable[[Race], object] = add_race or races.add
        self.remove_race: Callable[[Race], object] = remove_race or (lambda race: races.remove(race.id or -1))
        self._editing = False  # an edit of its own under way: the hub's news of it is already in hand
        self.setWindowTitle("Season")
        self.setObjectName("seasonDialog")
        self.first_day = first_day
        self.today = today or date.today()
        self.unit: DistanceUnit = profile.current().distance_unit
        self.plan: list[WeekSuggestion] = []
        self.shown_races: list[Race] = []

        self.race_table = EmptyStateTable(
            0, 4, "No races yet. Add your goal race below (priority A): the season's phases build up to it."
        )
        self.race_table.setObjectName("raceTable")
        self.race_table.setAccessibleName("Races")
        self.race_table.setHorizontalHeaderLabels(["Date", "Race", "Distance", "Priority"])
        self.race_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.race_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.race_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.race_table.verticalHeader().hide()
        self.race_table.setMaximumHeight(130)
        self.race_date = QDateEdit(QDate(first_day.year, first_day.month, first_day.day).addDays(16 * 7))
        kept_dates_only(self.race_date)
        self.race_date.setCalendarPopup(True)
        self.race_date.setDisplayFormat("d MMM yyyy")
        self.race_date.setAccessibleName("Race date")
        self.race_name = QLineEdit()
        self.race_name.setPlaceholderText("Race name")
        self.race_name.setAccessibleName("Race name")
        self.race_distance = QDoubleSpinBox()
        self.race_distance.setRange(0.1, 500.0)
        self.race_distance.setDecimals(1)
        self.race_distance.setValue(round(distance_in(21097.5, self.unit), 1))  # a half marathon
        self.race_distance.setSuffix(f" {self.unit.value}")
        self.race_distance.setAccessibleName("Race distance")
        self.race_priority = QComboBox()
        self.race_priority.setAccessibleName("Race priority")
        for priority, text in (("A", "A: the goal race"), ("B", "B: a tune-up"), ("C", "C: a training race")):
            self.race_priority.addItem(text, priority)
        self.race_priority.setToolTip("Only A races set the season's phases; B and C races still keep heavy legs away")
        self.add_race_button = QPushButton("Add race")
        self.remove_race_button = QPushButton("Remove race")
        self.add_race_button.clicked.connect(self._add_race)
        self.remove_race_button.clicked.connect(self._remove_race)
        # which race goes is the one selected: with none, the button did nothing and said nothing
        self.race_table.itemSelectionChanged.connect(self._enable_remove)
        form = QHBoxLayout()
        for widget in (self.race_date, self.race_name, self.race_distance, self.race_priority, self.add_race_button):
            form.addWidget(widget)
        form.addWidget(self.remove_race_button)
        race_box = QGroupBox("Races")
        race_layout = QVBoxLayout(race_box)
        race_layout.addWidget(self.race_table)
        race_layout.addLayout(form)

        self.weeks = QSpinBox()
        self.weeks.setRange(1, suggestions.MAX_SEASON_WEEKS)
        self.weeks.setSuffix(" weeks")
        self.weeks.setAccessibleName("Weeks to plan")
        self.weeks.setToolTip("How many weeks to show and plan (up to the next A race by default)")
        self.week_table = QTableWidget(0, 5)
        self.week_table.setObjectName("seasonWeeks")
        self.week_table.setAccessibleName("Season weeks")
        self.week_table.setHorizontalHeaderLabels(["Week of", "Phase", "Runs planned", "Lifts", "Lifts the plan adds"])
        self.week_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.week_table.verticalHeader().hide()
        self.week_table.setWordWrap(True)
        # rows as tall as their wrapped lifts ("Wed moderate upper, Sun moderate full · deload week"), at any width
        self.week_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        weeks_row = QHBoxLayout()
        weeks_row.addWidget(QLabel("Show"))
        weeks_row.addWidget(self.weeks)
        weeks_row.addWidget(self.summary, 1)
        season_box = QGroupBox("Phases and lifts per week")
        season_layout = QVBoxLayout(season_box)
        season_layout.addLayout(weeks_row)
        season_layout.addWidget(self.week_table, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.plan_button = self.buttons.addButton("Plan the season", QDialogButtonBox.ButtonRole.AcceptRole)
        self.plan_button.setToolTip("Add every suggested lift from today to the last week shown (one undoable step)")
        self.buttons.rejected.connect(self.reject)
        self.plan_button.clicked.connect(self._plan)
        layout = QVBoxLayout(self)
        layout.addWidget(race_box)
        layout.addWidget(season_box, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 820, 620)

        self._load_races(default_weeks=True)
        self.weeks.valueChanged.connect(lambda _: self.recompute())
        self.recompute()

    # ---- races
    def _load_races(self, default_weeks: bool = False) -> None:
        self.shown_races = shown = races.upcoming(self.first_day)  # row by row, as the table lists them
        self.race_table.setRowCount(len(shown))
        for row, race in enumerate(shown):
            distance = format_distance(race.distance_m, self.unit)
            cells = [f"{race.day:%a %d %b %Y}", race.name, distance, race.priority.value]
            for column, text in enumerate(cells):
                self.race_table.setItem(row, column, QTableWidgetItem(text))
        self.race_table.resizeColumnsToContents()
        self._enable_remove()
        self.race_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if default_weeks:
            goal = next((r for r in shown if r.priority is RacePriority.A and r.day >= self.first_day), None)
            weeks = (goal.day - self.first_day).days // 7 + 2 if goal else DEFAULT_WEEKS
            self.weeks.blockSignals(True)
            self.weeks.setValue(max(1, min(weeks, suggestions.MAX_SEASON_WEEKS)))
            self.weeks.blockSignals(False)

    def _add_race(self) -> None:
        day = to_date(self.race_date.date())
        name = self.race_name.text().strip() or f"{self.race_distance.value():g} {self.unit.value} race"
        priority = RacePriority(str(self.race_priority.currentData()))
        metres = distance_to_metres(self.race_distance.value(), self.unit)
        self._own_edit(lambda: self.add_race(Race(day=day, name=name, distance_m=metres, priority=priority)))
        self.race_name.clear()
        self._load_races(default_weeks=True)
        self.recompute()

    def _enable_remove(self) -> None:
        self.remove_race_button.setEnabled(bool(self.race_table.selectionModel().selectedRows()))

    def _remove_race(self) -> None:
        selected = self.race_table.selectionModel().selectedRows()
        if not selected:
            return
        chosen = self.shown_races[selected[0].row()]
        self._own_edit(lambda: self.remove_race(chosen))
        self._load_races()
        self.recompute()

    def _own_edit(self, edit: Callable[[], object]) -> None:
        self._editing = True
        try:
            edit()
        finally:
            self._editing = False

    def on_changes(self, changes: Changes, initiator: object = None) -> None:
        """Live while open: an undo, an import or a check-in elsewhere re-plans the weeks shown."""
        if initiator is self or self._editing:
            return
        if changes.profile or changes.everything:
            self.unit = profile.current().distance_unit
        if changes.races or changes.everything:
            self._load_races()
        self.recompute()

    # ---- the season
    def recompute(self) -> None:
        self.plan = suggestions.season(self.first_day, self.weeks.value(), today=self.today)
        self.week_table.setRowCount(len(self.plan))
        for row, week in enumerate(self.plan):
            adds = [s for s in week.suggestions if s.day >= self.today]
            what = ", ".join(f"{s.day:%a} {s.intensity.value} {s.focus.value}" for s in adds) or "nothing to add"
            if week.warnings:
                what += f"  ⚠ {week.warnings[0].message}"
            if any("Deload" in note for note in week.notes):
                what += "  · deload week (R12)"
            cells = [
                f"{week.start:%d %b %Y}",
                week.phase.phase.label,
                self._runs_text(week.start),
                str(week.target),
                what,
            ]
            details = "\n".join(
                [week.phase.reason, *week.notes[1:]] + [f"{s.day:%a}: " + " ".join(s.reasons) for s in adds]
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # the lifts cell is often cut short ("…make Friday a recovery day…"): its tooltip holds it whole
                item.setToolTip(f"{text}\n\n{details}" if column == 4 else details)
                if column == 1:
                    item.setBackground(QColor(PHASE_COLORS[week.phase.phase]))
                    item.setForeground(QColor("#111111"))
                self.week_table.setItem(row, column, item)
        self.week_table.resizeColumnsToContents()
        self.week_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        count = len(self.to_accept())
        last = self.plan[-1].start + timedelta(days=6) if self.plan else self.first_day
        self.summary.setText(f"{count} lift sessions to add up to {last:%d %b %Y}.")
        self.plan_button.setEnabled(count > 0)

    def _runs_text(self, start: date) -> str:
        """The week's runs as planned: the key ones by day, the total distance ("Tue intervals · Sat long · 28 km")."""
        runs = [s for s in sessions.sessions_between(start, start + timedelta(days=6)) if s.run is not None]
        if not runs:
            return "no runs"
        keys = [f"{s.day:%a} {s.run.run_type.value}" for s in runs if s.run and s.run.run_type.is_key]
        total = sum(s.run.distance_m or 0 for s in runs if s.run and s.run.run_type is not RunType.RACE)
        parts = [*keys, f"{len(runs)} run{'s' if len(runs) != 1 else ''}"]
        if total:
            parts.append(format_distance(total, self.unit))
        return " · ".join(parts)

    def to_accept(self) -> list[Suggestion]:
        return [s for week in self.plan for s in week.suggestions if s.day >= self.today]

    def _plan(self) -> None:
        chosen = self.to_accept()
        if chosen:
            self.plan_requested.emit(chosen)
        self.accept()
