"""Seven day columns over one WeekModel: a header per day and a DayListView rooted at that day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.domain.checkin import CheckIn
from planner.domain.profile import Race
from planner.ui.calendar.card_delegate import CardDelegate
from planner.ui.calendar.day_view import DayListView
from planner.ui.calendar.week_model import Role, WeekModel
from planner.ui.look import panels

if TYPE_CHECKING:  # named in a signature only: PySide sets a class up when its name is first looked up (issue 21)
    from PySide6.QtGui import QMouseEvent

# a column's look by its state, named as its object name (what tests and accessibility tools see)
COLUMN_LOOKS = {
    "dayColumn": panels.DAY,
    "dayColumnToday": panels.TODAY,
    "dayColumnPast": panels.PAST,
    "dayColumnOff": panels.OFF,
}


class DayHeader(panels.PanelLabel):
    """A day's name (and its race's flag, which a double-click edits). A signal, not an event filter on the
    label: a filter in Python is called for every event the label gets, 40 of them before the first paint."""

    double_clicked = Signal()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        super().mouseDoubleClickEvent(event)


class DayColumn(panels.Panel):
    checkin_requested = Signal(object)  # the column's date
    unavailable_requested = Signal(object, bool)  # the column's date, whether it is to be unavailable
    race_edit_requested = Signal(object, bool)  # the day's Race, whether the date is what is to change
    race_delete_requested = Signal(object)  # the day's Race

    def __init__(self, row: int, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(panels.DAY, parent)
        self.day: date | None = None
        self.setObjectName("dayColumn")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # plain text in a bold font: a rich-text label re-lays itself out on every week switch
        self.header = DayHeader(None)
        self.header.setObjectName("dayHeader")
        self.header.setContentsMargins(6, 1, 2, 5)  # the text clear of the focus highlight round it
        self.header_font = self.header.font()
        self.header_font.setBold(True)
        self.header.setFont(self.header_font)
        self.focused = False
        # the day's check-in in words ("Slept 6.5 h · legs 6/10"); today without one offers a link
        self.checkin_line = QLabel()
        self.checkin_line.setObjectName("checkinLine")
        small = self.checkin_line.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.checkin_line.setFont(small)
        # wrapped in the column's own width: a long check-in must not widen its day past the others
        self.checkin_line.setWordWrap(True)
        self.checkin_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.checkin_line.linkActivated.connect(lambda _link: self._ask_checkin())
        self.checkin_line.hide()
        checkin_action = QAction("Check in…", self)
        checkin_action.triggered.connect(self._ask_checkin)
        # "I can't train that day": no runs planned and no lifts suggested there (the usual week has days off too)
        self.unavailable_action = QAction("Unavailable", self)
        self.unavailable_action.setCheckable(True)
        self.unavailable_action.setToolTip("No runs planned and no lifts suggested on this day")
        self.unavailable_action.triggered.connect(self._ask_unavailable)
        for label in (self.header, self.checkin_line):
            label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            label.addAction(checkin_action)
        self.header.addAction(self.unavailable_action)
        # a race day's flag: edit, move or delete the race where it shows (right-click, or double-click); the
        # actions are made the first time a race lands on the column, not for every day at start (issue 21)
        self.race: Race | None = None
        self.race_actions: list[QAction] = []
        self.header.double_clicked.connect(self._header_double_clicked)
        self.view = DayListView(row)
        self.view.setItemDelegate(delegate)
        self.view.focus_changed.connect(self.show_focus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.checkin_line)
        layout.addWidget(self.view, 1)

    def _make_race_actions(self) -> None:
        self.race_actions = [QAction("Edit race…", self), QAction("Move race to another day…", self)]
        self.race_actions.append(QAction("Delete race", self))
        self.race_actions[0].triggered.connect(lambda: self._ask_race(False))
        self.race_actions[1].triggered.connect(lambda: self._ask_race(True))
        self.race_actions[2].triggered.connect(self._ask_race_delete)
        for action in self.race_actions:
            self.header.addAction(action)

    def _header_double_clicked(self) -> None:
        if self.race is not None:
            self._ask_race(False)

    def show_focus(self, focused: bool) -> None:
        """The focused day's header is drawn highlighted: visible even on a day with no card to outline."""
        if self.focused == focused:
            return
        self.focused = focused
        self._paint_header()

    def _paint_header(self) -> None:
        """Focused: highlighted text on the highlight; else a past day or a day off is muted; a day off is italic."""
        muted = self.objectName() in ("dayColumnPast", "dayColumnOff")
        self.header.set_look(panels.HEADER_FOCUSED if self.focused else None)
        role = QPalette.ColorRole
        # muted in the placeholder grey, 4.5:1 or more on the column (WCAG 2.2, 1.4.3): Mid, a border colour, was 2:1
        quiet = role.PlaceholderText if muted else role.WindowText
        self.header.setForegroundRole(role.HighlightedText if self.focused else quiet)
        italic = self.objectName() == "dayColumnOff"
        if self.header_font.italic() != italic:
            self.header_font.setItalic(italic)
            self.header.setFont(self.header_font)

    def _ask_checkin(self) -> None:
        if self.day is not None:
            self.checkin_requested.emit(self.day)

    def _ask_race(self, move: bool) -> None:
        if self.race is not None:
            self.race_edit_requested.emit(self.race, move)

    def _ask_race_delete(self) -> None:
        if self.race is not None:
            self.race_delete_requested.emit(self.race)

    def _ask_unavailable(self, checked: bool) -> None:
        if self.day is not None:
            self.unavailable_requested.emit(self.day, checked)

    def set_checkin(self, checkin: CheckIn | None, today: date) -> None:
        """Show the day's check-in compactly, in words; today without one gets a "Check in…" link."""
        if checkin is None:
            if self.day == today:
                self.checkin_line.setTextFormat(Qt.TextFormat.RichText)
                self.checkin_line.setText('<a href="checkin">Check in…</a>')
                self.checkin_line.setToolTip("How did you sleep, how do your legs feel? (Ctrl+Shift+K)")
                self.checkin_line.show()
            else:
                self.checkin_line.hide()
            return
        from planner.engine.readiness import LEG_SORENESS_LIMIT, SLEEP_ENOUGH_H, lower_body_causes  # not at start

        self.checkin_line.setTextFormat(Qt.TextFormat.PlainText)
        causes = lower_body_causes(checkin)
        # no-break spaces inside each part: a narrow day wraps at the dot, never between "legs" and "4/10"
        self.checkin_line.setText(
            ("⚠ " if causes else "")
            + f"Slept\u00a0{checkin.sleep_hours:g}\u00a0h · legs\u00a0{checkin.soreness_legs}/10"
        )
        tip = [checkin.summary]
        if causes:
            tip.append(
                f"Under {SLEEP_ENOUGH_H:g} h of sleep or legs {LEG_SORENESS_LIMIT}+/10: heavy lower body waits "
                "(suggestions move it or make it moderate)."
            )
        if checkin.note:
            tip.append(checkin.note)
        tip.append("Right-click: Check in… to change it.")
        self.checkin_line.setToolTip("\n".join(tip))
        self.checkin_line.show()

    def set_day(self, day: date, today: date, race: Race | None = None, unavailable: bool = False) -> None:
        """Today is outlined; past days look past (muted, still editable for logging); a day off says so;
        a race day carries the race's flag, which edits it."""
        self.day = day
        self.race = race
        if race is not None and not self.race_actions:
            self._make_race_actions()
        for action in self.race_actions:
            action.setVisible(race is not None)
        name = "dayColumnToday" if day == today else "dayColumnPast" if day < today else "dayColumn"
        if unavailable:
            name = "dayColumnOff"
        if name != self.objectName():
            self.setObjectName(name)
            self.set_look(COLUMN_LOOKS[name])
            self._paint_header()
        # the 1st names its month (where a month starts in a week, four weeks or a month running into the next),
        # unless "today" or "off" follows: the header sets its day's least width, and the longer one would widen it
        suffix = (" · today" if day == today else "") + (" · off" if unavailable else "")
        text = f"{day:%a} {day.day}" + (f" {day:%b}" if day.day == 1 and not suffix else "") + suffix
        flag = f"{race.name} ({race.priority.value})" if race is not None else ""
        self.header.setText(text + (f"\n⚑ {flag}" if race else ""))
        tips = [
            f"Race day: {flag}\nDouble-click to edit the race; right-click to move or delete it" if race else "",
            "Unavailable: no runs planned, no lifts suggested" if unavailable else "",
        ]
        tips.append("Past: kept for logging; suggestions never land here" if day < today else "")
        self.header.setToolTip("\n".join(t for t in tips if t) or "Right-click: check in, or mark the day unavailable")
        self.unavailable_action.setChecked(unavailable)


class WeekView(QWidget):
    checkin_requested = Signal(object)  # a day whose check-in the user wants to fill in or change
    unavailable_requested = Signal(object, bool)  # a day, whether it is to be unavailable
    race_edit_requested = Signal(object, bool)  # a Race, whether to move it (the date first)
    race_delete_requested = Signal(object)  # a Race

    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.today: Callable[[], date] = date.today  # the page's clock (`runlift --today`, tests)
        self.delegate = CardDelegate(self)
        self.columns = [DayColumn(row, self.delegate) for row in range(7)]
        self.last_focused_row = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for column in self.columns:
            column.view.setModel(model)
            layout.addWidget(column, 1)
            column.view.neighbour_requested.connect(lambda step, r=column.view.day_row: self.focus_day(r + step))
            column.checkin_requested.connect(self.checkin_requested)
            column.unavailable_requested.connect(self.unavailable_requested)
            column.race_edit_requested.connect(self.race_edit_requested)
            column.race_delete_requested.connect(self.race_delete_requested)
            column.view.focused.connect(self._remember_focus)
        for column in self.columns:
            column.view.week_edges = (self.columns[0].view, self.columns[-1].view)
        model.modelReset.connect(self._reroot)
        self._reroot()

    @property
    def views(self) -> list[DayListView]:
        return [c.view for c in self.columns]

    def _reroot(self) -> None:
        """A reset drops every view's root index: point each column at its day again."""
        today = self.today()
        plan = self.model.plan
        races = {r.day: r for r in plan.races} if plan is not None else {}
        off = plan.unavailable if plan is not None else frozenset()
        self.delegate.past_before = self.model.past_before = today
        for row, column in enumerate(self.columns):
            day_index = self.model.index(row, 0)
            column.view.setRootIndex(day_index)
            if day_index.isValid():
                day = day_index.data(Role.DAY)
                column.set_day(day, today, races.get(day), day in off)
                column.view.setAccessibleName(f"{day:%A} {day.day} {day:%B}")

    def show_checkins(self, by_day: dict[date, CheckIn]) -> None:
        today = self.today()
        for column in self.columns:
            if column.day is not None:
                column.set_checkin(by_day.get(column.day), today)

    def focus_day(self, row: int) -> None:
        if 0 <= row < len(self.columns):
            self.columns[row].view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focused_row(self) -> int:
        """The day with the focus or, when the focus has gone elsewhere (the palette), the day it was on last."""
        for row, view in enumerate(self.views):
            if view.hasFocus():
                return row
        return self.last_focused_row

    def _remember_focus(self, row: int, by_tab: bool) -> None:
        """Tab into the week lands on the day the user was last on, not always the first."""
        if by_tab and 0 <= self.last_focused_row != row:
            self.focus_day(self.last_focused_row)
            return
        self.last_focused_row = row

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
