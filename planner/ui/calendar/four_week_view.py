"""Four weeks at a glance: a row a week, the same day cells and cards as the week, and drag between weeks.

Each row is a WeekModel of its own; their drops go to the calendar controller like the week's do, so a
move from the first row to the fourth is the same undoable move. The overview re-reads its weeks when the
change hub reports anything, while it is shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QStyleOptionViewItem, QWidget

from planner.domain.session import Session
from planner.domain.week import week_start
from planner.services.calendar import week_plan
from planner.services.changes import Changes
from planner.ui.calendar.card_delegate import CardDelegate
from planner.ui.calendar.day_view import DayListView
from planner.ui.calendar.week_model import Role, WeekModel
from planner.ui.calendar.week_view import DayColumn

WEEKS = 4
MAX_WEEKS = 6  # a month touches at most six weeks


def row_stretch(week_sessions: Iterable[Session]) -> int:
    """A week row's share of the height: one for the day header, one more per card on its busiest day.

    Equal rows gave an empty week as much room as a week of two sessions a day, whose cells then scrolled
    and hid their second card even in a tall window.
    """
    per_day = Counter(session.day for session in week_sessions)
    return 1 + max(per_day.values(), default=0)


class FourWeekView(QWidget):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fourWeekView")
        self.setAccessibleName("Four weeks")
        self.today = today
        self.start: date | None = None
        self.first_weekday = 0
        self.weeks = WEEKS
        self.month: date | None = None  # the month shown (View > Month), or None for four weeks
        self.delegate = CardDelegate(self)
        self.delegate.compact = True  # a line or two a session: four weeks fit the window
        self.models = [WeekModel(self) for _ in range(MAX_WEEKS)]
        self.week_labels: list[QLabel] = []
        self.cells: list[list[DayColumn]] = []
        self.grid = grid = QGridLayout(self)
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
                position = week * 7 + day_row  # Left and Right walk the days across the weeks
                cell.view.neighbour_requested.connect(lambda step, at=position: self.focus_day(at + step))
                grid.addWidget(cell, week, day_row + 1)
                grid.setColumnStretch(day_row + 1, 1)
                row.append(cell)
            grid.setRowStretch(week, 1)
            self.cells.append(row)
        self._fit_pending = False
        for view in self.views:
            view.viewport().installEventFilter(self)
        self._fit_minimum_heights()

    def _fit_minimum_heights(self) -> None:
        """Two lines a day ("Nothing planned" wrapped), not the 68 px a scroll area asks for: four empty
        weeks at that height left a busy week no room to grow."""
        for view in self.views:
            view.setMinimumHeight(2 * view.fontMetrics().height() + 2 * view.frameWidth() + 8 + 4)  # 8: its top gap

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_minimum_heights()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_soon()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # a cell's list grew or shrank: the window, or a row's share
            self._fit_soon()
        return False

    def _fit_soon(self) -> None:
        """Once the layout has settled (a reload changes the rows' shares, which the layout applies later)."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self.fit_cards)

    def fit_cards(self) -> None:
        """One line a card on each day whose cards would not fit its cell as they are (a busy day of a month at
        1024x640: half a card and a scroll bar); the fuller cards on the days with room. The need is measured on
        the fuller cards at the cell's width without a scroll bar, whichever is shown, so no day flips back and
        forth."""
        self._fit_pending = False
        if not self.isVisible():
            return
        for cell in self._shown_cells():
            view = cell.view
            one_line = self._cards_height(view) > view.viewport().height()
            if one_line != view.one_line_cards:
                view.one_line_cards = one_line
                view.doItemsLayout()
                view.viewport().update()

    def _shown_cells(self) -> list[DayColumn]:
        return [cell for row in self.cells[: self.weeks] for cell in row]

    def _cards_height(self, view: DayListView) -> int:
        """The height the day's cards take as fuller compact cards, with the list's spacing."""
        root = view.rootIndex()
        model = view.model()
        if model is None or not root.isValid():
            return 0
        option = QStyleOptionViewItem()
        option.font = view.font()
        # no view given: the fuller cards' size, at the width they have without a scroll bar (from the rectangle)
        option.rect = QRect(0, 0, view.width() - 2 * view.frameWidth() - 6, 0)
        return sum(
            self.delegate.sizeHint(option, model.index(row, 0, root)).height() + 2 * view.spacing()
            for row in range(model.rowCount(root))
        )

    @property
    def views(self) -> list[DayListView]:
        return [cell.view for row in self.cells for cell in row]

    def focus_day(self, position: int) -> None:
        """Focus the ``position``-th day shown (week by week), if there is one."""
        if 0 <= position < self.weeks * 7:
            self.cells[position // 7][position % 7].view.setFocus()

    def show_from(self, start: date, first_weekday: int, weeks: int = WEEKS, month: date | None = None) -> None:
        """``weeks`` weeks from ``start`` (the shown week's first day, or the month's first week)."""
        self.start, self.first_weekday, self.weeks, self.month = start, first_weekday, weeks, month
        self.setAccessibleName(f"{month:%B %Y}" if month is not None else f"{weeks} weeks")
        for week in range(MAX_WEEKS):
            shown = week < weeks
            self.week_labels[week].setVisible(shown)
            for cell in self.cells[week]:
                cell.setVisible(shown)
            self.grid.setRowStretch(week, 1 if shown else 0)  # reload sets each shown row's share
        self.reload()

    def show_month(self, day: date, first_weekday: int) -> None:
        """The month holding ``day``, from the week of its 1st to the week of its last day."""
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        start = week_start(first, first_weekday)
        self.show_from(start, first_weekday, (last - start).days // 7 + 1, month=first)

    def reload(self) -> None:
        if self.start is None:
            return
        today = self.today()
        self.delegate.past_before = today
        for week, model in enumerate(self.models[: self.weeks]):
            model.past_before = today
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
            self.grid.setRowStretch(week, row_stretch(plan.week.sessions))
        self._fit_soon()

    def on_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Any change may touch one of the four weeks: re-read them while shown (four small queries)."""
        if self.isVisible():
            self.reload()
