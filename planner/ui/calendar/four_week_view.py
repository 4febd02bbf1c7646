"""Four weeks at a glance: a row a week, the same day cells and cards as the week, and drag between weeks.

Each row is a WeekModel of its own; their drops go to the calendar controller like the week's do, so a
move from the first row to the fourth is the same undoable move. The overview re-reads its weeks when the
change hub reports anything, while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from planner.services.calendar import week_plan
from planner.services.changes import Changes
from planner.ui.calendar.card_delegate import CardDelegate
from planner.ui.calendar.day_view import DayListView
from planner.ui.calendar.week_model import Role, WeekModel
from planner.ui.calendar.week_view import DayColumn

WEEKS = 4


class FourWeekView(QWidget):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fourWeekView")
        self.setAccessibleName("Four weeks")
        self.today = today
        self.start: date | None = None
        self.first_weekday = 0
        self.delegate = CardDelegate(self)
        self.delegate.compact = True  # a line or two a session: four weeks fit the window
        self.models = [WeekModel(self) for _ in range(WEEKS)]
        self.week_labels: list[QLabel] = []
        self.cells: list[list[DayColumn]] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for week, model in enumerate(self.models):
            label = QLabel()
            label.setObjectName("fourWeekLabel")
            self.week_labels.append(label)
            grid.addWidget(label, week, 0)
            row = []
            for day_row in range(7):
                cell = DayColumn(day_row, self.delegate)
                cell.view.setModel(model)
                cell.view.week_edges = None
                grid.addWidget(cell, week, day_row + 1)
                grid.setColumnStretch(day_row + 1, 1)
                row.append(cell)
            grid.setRowStretch(week, 1)
            self.cells.append(row)

    @property
    def views(self) -> list[DayListView]:
        return [cell.view for row in self.cells for cell in row]

    def show_from(self, start: date, first_weekday: int) -> None:
        """The four weeks from ``start`` (the shown week's first day)."""
        self.start, self.first_weekday = start, first_weekday
        self.reload()

    def reload(self) -> None:
        if self.start is None:
            return
        today = self.today()
        self.delegate.past_before = today
        for week, model in enumerate(self.models):
            plan = week_plan(self.start + timedelta(weeks=week), self.first_weekday, 0, 0, with_records=False)
            model.load(plan)
            races = {r.day: r for r in plan.races}
            days = plan.week.days
            self.week_labels[week].setText(f"{days[0].day} {days[0]:%b}")
            run_km = sum(s.distance_m or 0 for s in plan.week.sessions if s.run is not None) / 1000
            self.week_labels[week].setToolTip(f"Week of {days[0]:%d %B}: {run_km:.1f} km of running planned or done")
            for day_row, cell in enumerate(self.cells[week]):
                index = model.index(day_row, 0)
                cell.view.setRootIndex(index)
                day = index.data(Role.DAY)
                cell.set_day(day, today, races.get(day), day in plan.unavailable)
                cell.view.setAccessibleName(f"{day:%A} {day.day} {day:%B}")

    def on_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Any change may touch one of the four weeks: re-read them while shown (four small queries)."""
        if self.isVisible():
            self.reload()
