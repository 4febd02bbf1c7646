"""Seven day columns over one WeekModel: a header per day and a DayListView rooted at that day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.ui.calendar.card_delegate import CardDelegate
from planner.ui.calendar.day_view import DayListView
from planner.ui.calendar.week_model import Role, WeekModel


class DayColumn(QFrame):
    def __init__(self, row: int, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayColumn")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # plain text in a bold font: a rich-text label re-lays itself out on every week switch
        self.header = QLabel()
        self.header.setObjectName("dayHeader")
        bold = self.header.font()
        bold.setBold(True)
        self.header.setFont(bold)
        self.view = DayListView(row)
        self.view.setItemDelegate(delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def set_day(self, day: date, today: date, race: str = "") -> None:
        name = "dayColumnToday" if day == today else "dayColumn"
        if name != self.objectName():  # re-polishing costs ~1 ms a column: only when "today" moves
            self.setObjectName(name)
            self.style().unpolish(self)
            self.style().polish(self)
        text = f"{day:%a} {day.day}" + (" · today" if day == today else "")
        self.header.setText(text + (f"\n⚑ {race}" if race else ""))
        self.header.setToolTip(f"Race day: {race}" if race else "")


class WeekView(QWidget):
    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.delegate = CardDelegate(self)
        self.columns = [DayColumn(row, self.delegate) for row in range(7)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for column in self.columns:
            column.view.setModel(model)
            layout.addWidget(column, 1)
            column.view.neighbour_requested.connect(lambda step, r=column.view.day_row: self.focus_day(r + step))
        model.modelReset.connect(self._reroot)
        self._reroot()

    @property
    def views(self) -> list[DayListView]:
        return [c.view for c in self.columns]

    def _reroot(self) -> None:
        """A reset drops every view's root index: point each column at its day again."""
        today = date.today()
        plan = self.model.plan
        races = {r.day: f"{r.name} ({r.priority.value})" for r in plan.races} if plan is not None else {}
        for row, column in enumerate(self.columns):
            day_index = self.model.index(row, 0)
            column.view.setRootIndex(day_index)
            if day_index.isValid():
                day = day_index.data(Role.DAY)
                column.set_day(day, today, races.get(day, ""))

    def focus_day(self, row: int) -> None:
        if 0 <= row < len(self.columns):
            self.columns[row].view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focused_row(self) -> int:
        for row, view in enumerate(self.views):
            if view.hasFocus():
                return row
        return -1

    def select_sessions(self, session_ids: list[int]) -> None:
        """Select these cards (after an edit has reloaded the week) and focus the first one's day."""
        for view in self.views:
            view.clearSelection()
        found = [i for i in (self.model.session_index(s) for s in session_ids) if i.isValid()]
        if not found:
            return
        first_view = self.views[found[0].parent().row()]
        first_view.setCurrentIndex(found[0])  # sets the current card (and selects it alone)
        for index in found:
            self.views[index.parent().row()].selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
        first_view.scrollTo(found[0])
        first_view.setFocus(Qt.FocusReason.OtherFocusReason)
