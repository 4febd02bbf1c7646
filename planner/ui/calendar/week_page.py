"""The Calendar page: week navigation, seven day columns of session cards and the weekly totals.

It reads weeks through a loader callable (a service) and changes nothing itself; the main window turns
its signals into undoable commands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DistanceUnit
from planner.domain.formatting import format_distance, format_duration
from planner.domain.week import Week
from planner.engine.week_totals import week_totals
from planner.ui.calendar.session_card import SessionCard

WeekLoader = Callable[[date], Week]


def week_title(week: Week) -> str:
    start, end = week.start, week.end
    if start.month == end.month:
        return f"{start.day} – {end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


class DayColumn(QFrame):
    def __init__(self, day: date, is_today: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setObjectName("dayColumnToday" if is_today else "dayColumn")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        header = QLabel(f"<b>{day:%a}</b> {day.day}" + ("  · today" if is_today else ""))
        header.setObjectName("dayHeader")
        layout.addWidget(header)
        self.cards = layout

    def add_card(self, card: SessionCard) -> None:
        self.cards.addWidget(card)

    def finish(self, empty: bool) -> None:
        if empty:
            hint = QLabel("Nothing planned")
            hint.setObjectName("emptyDay")
            hint.setEnabled(False)
            self.cards.addWidget(hint)
        self.cards.addStretch(1)


class CalendarPage(QWidget):
    add_example_requested = Signal()
    dismiss_example_requested = Signal()
    remove_example_requested = Signal()
    week_changed = Signal(date)

    def __init__(self, load_week: WeekLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self._load_week = load_week
        self._anchor = date.today()
        self._unit = DistanceUnit.KM
        self.week: Week | None = None

        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        big = self.title.font()
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.title.setFont(big)
        self.previous_button = QPushButton("◀ Previous")
        self.today_button = QPushButton("This week")
        self.next_button = QPushButton("Next ▶")
        self.previous_button.setToolTip("Previous week")
        self.next_button.setToolTip("Next week")
        self.previous_button.clicked.connect(lambda: self.show_week(self._anchor - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self._anchor + timedelta(days=7)))
        self.today_button.clicked.connect(lambda: self.show_week(date.today()))
        navigation = QHBoxLayout()
        navigation.addWidget(self.title, 1)
        for button in (self.previous_button, self.today_button, self.next_button):
            navigation.addWidget(button)

        self.banner = self._make_banner()

        self.grid_host = QWidget()
        self.grid = QHBoxLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.grid_host)

        self.footer = QLabel()
        self.footer.setObjectName("weekFooter")
        self.footer.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(navigation)
        layout.addWidget(self.banner)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.footer)
        self.columns: list[DayColumn] = []

    def _make_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("exampleBanner")
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.add_example_button = QPushButton("Add an example week")
        self.dismiss_example_button = QPushButton("No thanks")
        self.remove_example_button = QPushButton("Remove example sessions")
        self.add_example_button.clicked.connect(self.add_example_requested)
        self.dismiss_example_button.clicked.connect(self.dismiss_example_requested)
        self.remove_example_button.clicked.connect(self.remove_example_requested)
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.banner_text, 1)
        for button in (self.add_example_button, self.dismiss_example_button, self.remove_example_button):
            row.addWidget(button)
        banner.hide()
        return banner

    def set_example_state(self, offer: bool, present: bool) -> None:
        """Offer the example to a new user, or let them remove it in one step once it is there."""
        if offer:
            self.banner_text.setText(
                "<b>New to Runlift?</b> Add an example week with easy runs, intervals, a long run and "
                "two lift days, to see how lifting fits around running."
            )
        elif present:
            self.banner_text.setText("Example sessions are in your calendar. Remove them when you are ready.")
        self.add_example_button.setVisible(offer)
        self.dismiss_example_button.setVisible(offer)
        self.remove_example_button.setVisible(present and not offer)
        self.banner.setVisible(offer or present)

    def set_distance_unit(self, unit: DistanceUnit) -> None:
        self._unit = unit

    @property
    def anchor(self) -> date:
        return self._anchor

    def show_week(self, day: date) -> None:
        self._anchor = day
        self.refresh()
        self.week_changed.emit(day)

    def refresh(self) -> None:
        week = self._load_week(self._anchor)
        self.week = week
        self.title.setText(week_title(week))
        today = date.today()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.columns = []
        for day in week.days:
            column = DayColumn(day, day == today)
            todays = week.on(day)
            for session in todays:
                column.add_card(SessionCard(session, self._unit))
            column.finish(empty=not todays)
            self.grid.addWidget(column, 1)
            self.columns.append(column)
        self.footer.setText(self._footer_text(week))

    def _footer_text(self, week: Week) -> str:
        totals = week_totals(week.sessions)
        run_time = format_duration(totals.run_duration_s) or "0 min"
        return (
            f"<b>Running</b> {format_distance(totals.run_distance_m, self._unit)} · {run_time} · "
            f"{totals.runs} run{'s' if totals.runs != 1 else ''}"
            f"&nbsp;&nbsp;&nbsp;<b>Lifting</b> {totals.lift_sessions} "
            f"session{'s' if totals.lift_sessions != 1 else ''} · {totals.hard_sets} hard sets"
        )
