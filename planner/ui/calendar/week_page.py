"""The Calendar page: navigation, the month strip, the palette and trash, the week and its totals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QUndoStack, QWheelEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.dates import day_problem
from planner.domain.enums import DistanceUnit, Status
from planner.domain.formatting import format_distance, format_duration
from planner.domain.profile import Race
from planner.domain.session import Session
from planner.domain.week import Week
from planner.engine.week_totals import week_totals
from planner.services import example_week, profile
from planner.services.calendar import WeekPlan
from planner.services.changes import Changes
from planner.ui.calendar.calendar_controller import CalendarController, Today, editor_dialog
from planner.ui.calendar.day_view import DayListView
from planner.ui.calendar.month_strip import MonthStrip
from planner.ui.calendar.palette import PaletteView, TrashTarget
from planner.ui.calendar.week_model import WeekModel
from planner.ui.calendar.week_view import WeekView
from planner.ui.look import panels
from planner.ui.look.text_metrics import line_height
from planner.ui.shell.change_hub import ChangeHub
from planner.ui.widgets.modal import run_modal
from planner.ui.widgets.qt_values import Keys, kept_dates_only, key_list

if TYPE_CHECKING:
    from planner.ui.calendar.exercise_shelf import ExerciseShelf
    from planner.ui.calendar.four_week_view import FourWeekView


def week_title(week: Week) -> str:
    return span_title(week.start, week.end)


def span_title(start: date, end: date) -> str:
    """ "30 Nov - 27 Dec 2026" (with an en dash): the month and year once when the two ends share them."""
    if start.month == end.month and start.year == end.year:
        return f"{start.day} – {end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


# the calendar page's height from which four weeks or a month keep the month strip above them
STRIP_IN_OVERVIEW_FROM = 700
# under this height the week's own room matters more than the tips (R14: reminders, never rules): folded
TIPS_FOLDED_UNDER = 640
EMPTY_WEEK_TEXT = (
    "<b>This week is empty.</b> Drag runs from <i>Sessions</i> onto the days (or pick a day, then a session, "
    "and press Enter), then <i>Suggest lifts</i> (Ctrl+Shift+L) places your lift sessions around them. "
    "File &gt; Import activities brings in runs from your watch."
)


def footer_text(plan: WeekPlan, unit: DistanceUnit) -> str:
    if not plan.week.sessions:  # what to do next, instead of a row of zeros
        return EMPTY_WEEK_TEXT
    totals = week_totals(plan.week.sessions)
    running = [format_distance(totals.run_distance_m, unit)]
    if totals.run_duration_s:
        running.append(format_duration(totals.run_duration_s))
    running.append(f"{totals.runs} run{'s' if totals.runs != 1 else ''}")
    text = (
        f"<b>Running</b> {' · '.join(running)}"
        f"&nbsp;&nbsp;&nbsp;<b>Lifting</b> {totals.lift_sessions} "
        f"session{'s' if totals.lift_sessions != 1 else ''} · {totals.hard_sets} hard sets"
    )
    flagged = sum(1 for s in plan.week.sessions if s.id in plan.warnings)
    if flagged:
        text += f"&nbsp;&nbsp;&nbsp;⚠ {flagged} session{'s break' if flagged != 1 else ' breaks'} a timing rule"
    return text


class NavigationBar(QWidget):
    """Title, previous/this/next week and a date picker; the wheel over it turns weeks too."""

    step_requested = Signal(int)
    today_requested = Signal()
    date_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        big = self.title.font()
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.title.setFont(big)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip("Previous week (PageUp)")
        self.today_button = QPushButton("This week")
        self.today_button.setToolTip("Back to this week (Ctrl+T)")
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip("Next week (PageDown)")
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(max(36, 2 * line_height(button) + 8))
        self.picker = kept_dates_only(QDateEdit())
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("d MMM yyyy")
        self.picker.setToolTip("Go to the week holding a date")
        self.picker.setAccessibleName("Go to the week of")
        self.suggest_button = QPushButton("Suggest lifts")
        self.suggest_button.setObjectName("suggestButton")
        self.suggest_button.setToolTip(
            "Place lift sessions around this week's runs, with the reasons for each (Ctrl+Shift+L)"
        )
        self.season_button = QPushButton("Season…")
        self.season_button.setToolTip("Races, season phases and lifts per week; plan the weeks to a race")
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.today_button.clicked.connect(self.today_requested)
        self.picker.dateChanged.connect(lambda d: self.date_chosen.emit(d.toPython()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        row.addWidget(self.suggest_button)
        row.addWidget(self.season_button)
        row.addSpacing(12)
        for widget in (self.previous_button, self.today_button, self.next_button, self.picker):
            row.addWidget(widget)

    def show_week(self, week: Week, anchor: date, title: str | None = None) -> None:
        """``title``: what an overview shows instead of the week's dates (the month, or its four weeks)."""
        self.title.setText(title or week_title(week))
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(anchor.year, anchor.month, anchor.day))
        self.picker.blockSignals(False)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.step_requested.emit(-1 if delta > 0 else 1)


class CalendarPage(QWidget):
    add_example_requested = Signal()
    dismiss_example_requested = Signal()
    remove_example_requested = Signal()
    status_message = Signal(str)
    status_withdrawn = Signal(str)  # a message that no longer holds: cleared if the bar still shows it
    example_present = Signal(bool)  # whether example sessions are in the calendar (File > Remove example...)

    def __init__(
        self,
        undo_stack: QUndoStack,
        first_weekday: int = 0,
        images_dir: Path | None = None,
        parent: QWidget | None = None,
        hub: ChangeHub | None = None,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.images_dir = images_dir or Path()
        self.unit = DistanceUnit.KM
        self.today = today
        self.model = WeekModel(self)
        self.controller = CalendarController(
            self.model, undo_stack, first_weekday, editor_dialog(self), self, hub=hub, today=today
        )
        self.hub = self.controller.hub
        self.navigation = NavigationBar()
        self.month_strip = MonthStrip()
        self.banner = self._make_banner()
        self._tips_folded = False
        self.suggestion_bar = self._make_suggestion_bar()
        self.week_view = WeekView(self.model)
        self.week_view.today = today
        self.session_palette = PaletteView()
        self.trash = TrashTarget()
        self.footer = QLabel()
        self.footer.setObjectName("weekFooter")
        self.footer.setContentsMargins(2, 6, 2, 0)
        self.footer.setTextFormat(Qt.TextFormat.RichText)
        self.footer.setWordWrap(True)

        sessions_tab = QWidget()
        side = QVBoxLayout(sessions_tab)
        side.setContentsMargins(0, 4, 0, 0)
        side.setSpacing(4)
        side.addWidget(self.session_palette, 1)
        side.addWidget(self.trash)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sidePanel")
        self.side_tabs.setAccessibleName("Sessions and exercises to add")
        self.side_tabs.addTab(sessions_tab, "Sessions")
        self.side_tabs.addTab(QWidget(), "Exercises")  # built on first use (the library costs start-up time)
        self.side_tabs.currentChanged.connect(self._build_shelf)
        self.side_tabs.setFixedWidth(self._side_width())
        side_panel = self.side_tabs
        self.shelf: ExerciseShelf | None = None
        middle = QHBoxLayout()
        middle.setSpacing(8)
        middle.addWidget(side_panel)
        # the week, or four weeks at a glance (View > Four weeks); both take drops. The overview's 42 day
        # cells are built the first time it is shown: start-up pays only for the week (issue 21)
        self._four_weeks: FourWeekView | None = None
        self.overview: str | None = None  # "four" weeks, a "month", or None for the week
        self.views_stack = QStackedWidget()
        self.views_stack.addWidget(self.week_view)
        middle.addWidget(self.views_stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.navigation)
        layout.addWidget(self.month_strip)
        layout.addWidget(self.banner)
        layout.addWidget(self.suggestion_bar)
        layout.addLayout(middle, 1)
        layout.addWidget(self.footer)

        self._connect()
        self.actions_by_name = self._make_actions()
        self.hub.subscribe(self.on_changes)
        # as the README says: Tab leaves the week for the session palette, Shift+Tab from there comes back
        # (to the day the user was on); the navigation buttons come after the palette
        QWidget.setTabOrder(self.week_view.views[-1], self.session_palette)

    def on_changes(self, changes: Changes, _initiator: object = None) -> None:
        """The week itself reloads in its controller; the page keeps its side panel and banner in step."""
        if changes.profile or changes.everything:
            self.set_distance_unit(self.controller.unit)
        if (changes.exercises or changes.everything) and self.shelf is not None:
            self.shelf.reload()
        if changes.sessions_changed:
            self.refresh_example_banner()

    def _side_width(self) -> int:
        """Room for the longest session type and the tab titles, in the current font."""
        palette = self.session_palette
        labels = palette.sizeHintForColumn(0) + palette.verticalScrollBar().sizeHint().width()
        labels += 2 * palette.frameWidth() + 12
        return max(206, labels, self.side_tabs.tabBar().sizeHint().width() + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.side_tabs.setFixedWidth(self._side_width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_strip()
        short = self.height() < TIPS_FOLDED_UNDER
        if short != self._tips_folded:
            self._tips_folded = short
            # after this resize, not inside it: the bar's new text changes the layout being applied
            QTimer.singleShot(0, self, self._refold_tips)

    def _refold_tips(self) -> None:
        if self.suggestion_bar.isVisible():
            self._show_suggestions(self.controller.suggestion)

    def _fit_strip(self) -> None:
        """Four weeks or a month on a short screen (1024x640) give the strip's height to their rows, whose
        cells then hold two cards a day; the week, and a tall window, keep it."""
        self.month_strip.setVisible(self.overview is None or self.height() >= STRIP_IN_OVERVIEW_FROM)

    @property
    def four_weeks(self) -> FourWeekView:
        """View > Four weeks and View > Month, built and wired on first use."""
        if self._four_weeks is None:
            from planner.ui.calendar.four_week_view import FourWeekView

            self._four_weeks = overview = FourWeekView(self.today)
            overview.delegate.unit = self.unit
            c = self.controller
            for model in overview.models:
                c.connect_model(model)
            overview.delegate.status_clicked.connect(lambda session_id: c.toggle_done([session_id]))
            self.hub.subscribe(overview.on_changes)
            for row in overview.cells:
                for cell in row:
                    cell.race_edit_requested.connect(self.edit_race)
                    cell.race_delete_requested.connect(c.delete_race)
                    cell.checkin_requested.connect(self.open_checkin)
                    cell.unavailable_requested.connect(c.set_unavailable)
                    cell.view.edit_requested.connect(c.edit)
                    cell.view.status_toggle_requested.connect(c.toggle_done)
                    cell.view.drag_entered.connect(lambda row_, v=cell.view: self._drag_hint_in(v, row_))
                    cell.view.drag_left.connect(lambda: self.status_message.emit(""))
                    cell.view.drop_probed.connect(
                        lambda r, data, copies, v=cell.view: self._check_drop(v, r, data, copies)
                    )
            self.views_stack.addWidget(overview)
        return self._four_weeks

    # ---- wiring
    def _connect(self) -> None:
        c = self.controller
        self.navigation.step_requested.connect(self.step_weeks)
        self.navigation.today_requested.connect(lambda: self.show_week(self.today()))
        self.navigation.date_chosen.connect(self.show_week)
        self.month_strip.week_clicked.connect(self.show_week)
        c.week_loaded.connect(self._week_loaded)
        c.message.connect(self.status_message)
        c.message_withdrawn.connect(self.status_withdrawn)
        c.select_requested.connect(self.week_view.select_sessions)
        self.week_view.delegate.status_clicked.connect(lambda session_id: c.toggle_done([session_id]))
        self.week_view.delegate.accept_clicked.connect(lambda ghost: c.accept([ghost]))
        c.suggestions_changed.connect(self._show_suggestions)
        self.navigation.suggest_button.clicked.connect(c.suggest_lifts)
        self.navigation.season_button.clicked.connect(self.open_season)
        self.week_view.checkin_requested.connect(self.open_checkin)
        self.week_view.unavailable_requested.connect(c.set_unavailable)
        self.week_view.race_edit_requested.connect(self.edit_race)
        self.week_view.race_delete_requested.connect(c.delete_race)
        self.trash.delete_requested.connect(c.delete)
        self.session_palette.add_requested.connect(self._add_from_palette)
        for view in self.week_view.views:
            view.edit_requested.connect(c.edit)
            view.status_toggle_requested.connect(c.toggle_done)
            view.week_scroll_requested.connect(self.step_weeks)
            view.accept_requested.connect(c.accept)
            view.drag_entered.connect(self._drag_hint)
            view.drop_probed.connect(lambda row, data, copies, v=view: self._check_drop(v, row, data, copies))
            view.drag_left.connect(lambda: self.status_message.emit(""))

    def _make_actions(self) -> dict[str, QAction]:
        """Keyboard equivalents, shown in the Edit menu; active while the week has the focus."""
        c = self.controller

        def selected() -> list[int]:
            return self.selected_ids()

        specs: list[tuple[str, str, Keys, Callable[[], object]]] = [
            ("copy", "Copy session", QKeySequence.StandardKey.Copy, lambda: c.copy_to_clipboard(selected())),
            ("paste", "Paste session", QKeySequence.StandardKey.Paste, self._paste),
            # Del by name: the platform's Delete is also Ctrl+D on Linux, Mark done's key, and Qt fires neither
            ("delete", "Delete session", QKeySequence(Qt.Key.Key_Delete), self._delete_or_dismiss),
            ("edit", "Edit session…", QKeySequence("Ctrl+E"), self._edit_selected),
            ("done", "Mark done", QKeySequence("Ctrl+D"), lambda: c.set_status(selected(), Status.DONE)),
            ("skipped", "Mark skipped", QKeySequence("Ctrl+K"), lambda: c.set_status(selected(), Status.SKIPPED)),
            ("planned", "Mark planned", QKeySequence("Ctrl+P"), lambda: c.set_status(selected(), Status.PLANNED)),
            ("earlier", "Move a day earlier", QKeySequence("Ctrl+Left"), lambda: c.shift(selected(), -1)),
            ("later", "Move a day later", QKeySequence("Ctrl+Right"), lambda: c.shift(selected(), 1)),
            ("up", "Move up in the day", QKeySequence("Ctrl+Up"), lambda: c.reorder(selected(), -1)),
            ("down", "Move down in the day", QKeySequence("Ctrl+Down"), lambda: c.reorder(selected(), 1)),
            ("copy_week", "Copy this week to next week", QKeySequence("Ctrl+Shift+W"), c.copy_week_to_next),
            ("suggest", "Suggest lifts for this week", QKeySequence("Ctrl+Shift+L"), c.suggest_lifts),
            ("accept_all", "Accept all suggestions", QKeySequence("Ctrl+Shift+Return"), c.accept_all),
            ("dismiss_all", "Dismiss all suggestions", QKeySequence("Ctrl+Shift+Backspace"), c.clear_suggestions),
            ("season", "Season and races…", QKeySequence("Ctrl+Shift+R"), self.open_season),
            ("plan_runs", "Plan my runs…", QKeySequence("Ctrl+Shift+U"), self.plan_my_runs),
            ("checkin", "Today's check-in…", QKeySequence("Ctrl+Shift+K"), lambda: self.open_checkin(self.today())),
        ]
        extra_keys = {"delete": [QKeySequence(Qt.Key.Key_Backspace)]}
        made: dict[str, QAction] = {}
        for name, text, shortcut, slot in specs:
            action = QAction(text, self)
            action.setObjectName(f"calendar_{name}")
            action.setShortcuts(key_list(shortcut, *extra_keys.get(name, [])))
            window_wide = name in ("suggest", "season", "checkin", "plan_runs")  # asked for from anywhere in the window
            action.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut if window_wide else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            action.triggered.connect(slot)
            self.week_view.addAction(action)
            made[name] = action
        # on paper: the week (File menu) and a lift's workout card (right click on a lift)
        for name, text, slot in (
            ("export_pdf", "Export week as PDF…", lambda: self.export_week_pdf()),
            ("print", "Print week…", self.print_week),
            ("export_month", "Export four weeks or the month as PDF…", lambda: self.export_month_pdf()),
            ("workout_card", "Workout card as PDF…", lambda: self.export_workout_card()),
            ("print_card", "Print workout card…", self.print_workout_card),
        ):
            action = QAction(text, self)
            action.setObjectName(f"calendar_{name}")
            action.triggered.connect(slot)
            made[name] = action
        # the same actions on a right click over a card
        menu = [made[n] for n in ("edit", "done", "skipped", "planned", "copy", "paste", "delete")]
        menu += [made["workout_card"], made["print_card"]]
        for view in self.week_view.views:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions(menu)
        return made

    def _build_shelf(self, tab: int) -> None:
        if tab != 1 or self.shelf is not None:
            return
        from planner.ui.calendar.exercise_shelf import ExerciseShelf

        self.shelf = ExerciseShelf(self.images_dir)
        placeholder = self.side_tabs.widget(1)
        self.side_tabs.blockSignals(True)
        self.side_tabs.removeTab(1)
        self.side_tabs.insertTab(1, self.shelf, "Exercises")
        QWidget.setTabOrder(self.session_palette, self.shelf)  # the week's next stop when the palette is hidden
        self.side_tabs.setCurrentIndex(1)
        self.side_tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    # ---- navigation
    @property
    def anchor(self) -> date:
        return self.controller.anchor

    @property
    def week(self) -> Week | None:
        plan = self.controller.plan
        return plan.week if plan else None

    def show_week(self, day: date) -> None:
        self.controller.show_week(day)

    def step_weeks(self, step: int) -> None:
        self.show_week(self.anchor + timedelta(days=7 * step))

    def refresh(self) -> None:
        self.controller.reload()

    def set_distance_unit(self, unit: DistanceUnit) -> None:
        self.unit = unit
        self.controller.unit = unit
        self.week_view.delegate.unit = unit
        if self._four_weeks is not None:
            self._four_weeks.delegate.unit = unit
        self.model.distance_unit = unit

    def show_four_weeks(self, on: bool) -> None:
        """View > Four weeks: the shown week and the three after it, cards and drag as in the week."""
        self.overview = "four" if on else None
        self._show_overview()

    def show_month(self, on: bool) -> None:
        """View > Month: the shown week's month, a row a week, cards and drag as in the week."""
        self.overview = "month" if on else None
        self._show_overview()

    def _show_overview(self) -> None:
        self.views_stack.setCurrentWidget(self.four_weeks if self.overview else self.week_view)
        self._fit_strip()
        plan = self.controller.plan
        if plan is None:
            return
        if self.overview == "month":
            self.four_weeks.show_month(self.anchor, self.controller.first_weekday)
        elif self.overview is not None:
            self.four_weeks.show_from(plan.week.start, self.controller.first_weekday)
        self._show_titles(plan)

    def _week_loaded(self, plan: WeekPlan) -> None:
        if self.overview is not None:
            self._show_overview()  # which titles it
        else:
            self._show_titles(plan)
        self.month_strip.set_data(plan.week.start, plan.overview, plan.loads)
        self._show_checkins()

    def _show_titles(self, plan: WeekPlan) -> None:
        """The title names what is shown: the week, its four weeks, or the month. The footer's totals are the
        shown week's; over an overview it says which week that is (the one Previous, Next and the week's
        actions work on)."""
        title, footer = None, footer_text(plan, self.unit)
        overview = self._four_weeks if self.overview is not None else None
        if overview is not None and overview.start is not None:
            if overview.month is not None:
                title = f"{overview.month:%B %Y}"
            else:
                title = span_title(overview.start, overview.start + timedelta(weeks=overview.weeks, days=-1))
            footer = f"<b>Week of {plan.week.start.day} {plan.week.start:%b}</b>&nbsp;&nbsp;&nbsp;{footer}"
        self.navigation.show_week(plan.week, self.anchor, title)
        self.footer.setText(footer)

    # ---- selection helpers
    def selected_ids(self) -> list[int]:
        row = self.week_view.focused_row()
        views = [self.week_view.views[row]] if row >= 0 else self.week_view.views
        return [i for view in views for i in view.selected_ids()]

    def focus_today(self) -> None:
        """Keyboard users start on today (or the week's first day): arrows, Enter and Space work at once."""
        if self.week is not None:
            days = list(self.week.days)
            today = self.today()
            self.week_view.focus_day(days.index(today) if today in days else 0)

    def focused_day(self) -> date | None:
        row = self.week_view.focused_row()
        if row < 0 or self.week is None:
            return None
        return self.week.days[row]

    def _paste(self) -> None:
        day = self.focused_day() or (self.week.days[0] if self.week else None)
        if day is not None:
            self.controller.paste(day)

    def open_season(self) -> None:
        from planner.ui.dialogs.season_dialog import SeasonDialog

        start = self.week.start if self.week else self.anchor
        controller = self.controller  # its races added or removed are undo steps, each published by its command
        dialog = SeasonDialog(
            start, self.today(), self, add_race=controller.add_race, remove_race=controller.delete_race
        )
        dialog.plan_requested.connect(controller.plan_season)
        self.hub.subscribe(dialog.on_changes)  # the season follows edits made while it is open (undo, imports)
        try:
            run_modal(dialog)
        finally:
            self.hub.changed.disconnect(dialog.on_changes)

    def plan_my_runs(self) -> None:
        """Plan > Plan my runs…: to the A race, or for the weeks the runner picks when there is none."""
        from PySide6.QtWidgets import QInputDialog

        from planner.engine.run_plan import DEFAULT_WEEKS, MAX_WEEKS
        from planner.services import run_planning

        weeks = DEFAULT_WEEKS
        if run_planning.preview(self.today()).race is None:
            weeks, ok = QInputDialog.getInt(
                self, "Plan my runs", "No A race ahead. Plan your usual week for how many weeks?",
                DEFAULT_WEEKS, 1, MAX_WEEKS,
            )  # fmt: skip
            if not ok:
                return
        self.controller.plan_my_runs(weeks)

    def _show_checkins(self) -> None:
        week = self.week
        if week is not None:
            self.week_view.show_checkins(self.controller.week_checkins(week.start, week.end))

    def open_checkin(self, day: date) -> None:
        """The check-in dialog for ``day``; what it saves is published, so the week, its live suggestions and
        the Recovery chart follow."""
        from planner.ui.dialogs.checkin_dialog import CheckInDialog

        problem = day_problem(day)
        if problem:  # 1-5 Jan 2200 are shown in the last week, never stored
            self.controller.message.emit(f"No check-in: {problem}.")
            return
        dialog = CheckInDialog(*self.controller.checkin_form(day), self)
        if run_modal(dialog) != CheckInDialog.DialogCode.Accepted:
            return
        if dialog.delete_requested:
            self.controller.delete_checkin(day)
        else:
            self.controller.save_checkin(dialog.checkin())

    def selected_ghosts(self) -> list[object]:
        row = self.week_view.focused_row()
        views = [self.week_view.views[row]] if row >= 0 else self.week_view.views
        return [g for view in views for g in view.selected_ghosts()]

    def _delete_or_dismiss(self) -> None:
        """Delete removes the selected sessions; on ghost cards it dismisses the suggestions."""
        ghosts = self.selected_ghosts()
        if ghosts:
            self.controller.dismiss(ghosts)  # type: ignore[arg-type]
        ids = self.selected_ids()
        if ids:
            self.controller.delete(ids)

    def _drag_hint_in(self, view: DayListView, row: int) -> None:
        """The four-week overview's drag hint: the day under the pointer in its own week."""
        from planner.engine.day_context import drop_hint

        model = view.model()
        plan = model.plan if isinstance(model, WeekModel) else None
        if plan is not None and 0 <= row < len(plan.week.days):
            self.status_message.emit(drop_hint(plan.week.days[row], plan.context, plan.races))

    def _drag_hint(self, row: int) -> None:
        """'Drop on Wednesday: easy-run day, 48 h before intervals' in the status bar while dragging."""
        from planner.engine.day_context import drop_hint

        plan = self.controller.plan
        if plan is not None and 0 <= row < len(plan.week.days):
            self.status_message.emit(drop_hint(plan.week.days[row], plan.context, plan.races))

    # ---- on paper: each page is drawn once by a painter (week_print), then sent to a PDF or a printer
    def export_week_pdf(self, path: Path | None = None) -> Path | None:
        """The shown week as a one-page PDF (asks where, unless ``path`` is given)."""
        page = self._week_on_paper()
        if page is None:
            return None
        draw, title, start = page
        return self._save_pdf(
            draw, title, f"Runlift week {start:%Y-%m-%d}.pdf", True, path, f"the week of {start:%d %b}"
        )

    def print_week(self) -> None:
        page = self._week_on_paper()
        if page is not None:
            self._print(page[0], landscape=True)

    def export_workout_card(self, session_id: int | None = None, path: Path | None = None) -> Path | None:
        """A lift's one-page workout card to take to the gym, as a PDF."""
        card = self._workout_card_on_paper(session_id)
        if card is None:
            return None
        draw, title, session = card
        name = f"Runlift {session.title} {session.day:%Y-%m-%d}.pdf"
        return self._save_pdf(draw, title, name, False, path, "the workout card")

    def print_workout_card(self) -> None:
        card = self._workout_card_on_paper()
        if card is not None:
            self._print(card[0], landscape=False)

    def export_month_pdf(self, path: Path | None = None, weeks: int = 4) -> Path | None:
        """The weeks the overview shows (the month in View > Month, else the shown week and the three after
        it) on one page, compact: the month at a glance, on paper."""
        from planner.services.calendar import week_plan
        from planner.ui.calendar.week_print import month_painter

        plan = self.controller.plan
        if plan is None:
            return None
        start, first_weekday = plan.week.start, plan.week.start.weekday()
        name = f"{weeks} weeks from {start:%d %B %Y}"
        if self.overview == "month" and self.four_weeks.start is not None and self.four_weeks.month is not None:
            start, weeks, name = self.four_weeks.start, self.four_weeks.weeks, f"{self.four_weeks.month:%B %Y}"
        chosen = path or self._ask_pdf_path(f"Runlift {name}.pdf")
        if chosen is None:
            return None
        plans = [week_plan(start + timedelta(weeks=n), first_weekday, 0, 0, with_records=False) for n in range(weeks)]
        return self._save_pdf(month_painter(plans, self.unit), name, "", True, chosen, name)

    def _week_on_paper(self) -> tuple[Callable[..., None], str, date] | None:
        from planner.ui.calendar.week_print import week_painter

        plan = self.controller.plan
        if plan is None:
            return None
        start = plan.week.start
        return week_painter(plan, self.unit, profile.current().mass_unit), f"Week of {start:%d %B %Y}", start

    def _workout_card_on_paper(self, session_id: int | None = None) -> tuple[Callable[..., None], str, Session] | None:
        from planner.ui.calendar.week_print import workout_card_painter

        plan = self.controller.plan
        session = self._selected_lift(session_id)
        if plan is None or session is None:
            self.status_message.emit("Select a lift session for its workout card.")
            return None
        draw = workout_card_painter(session, plan.exercise_names, profile.current().mass_unit)
        return draw, f"{session.title}, {session.day:%d %B %Y}", session

    def _save_pdf(
        self, draw: Callable[..., None], title: str, suggested: str, landscape: bool, path: Path | None, what: str
    ) -> Path | None:
        """Write the page to ``path`` (asking where, from ``suggested``, when it is not given) and say so."""
        from planner.ui.calendar.week_print import export_pdf

        path = path or self._ask_pdf_path(suggested)
        if path is None:
            return None
        export_pdf(path, draw, landscape=landscape, title=title)
        self.status_message.emit(f"Saved {what} as {path.name}.")
        return path

    def _print(self, draw: Callable[..., None], landscape: bool) -> None:
        """The system's print dialog, then the same page the PDF export draws."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        from planner.ui.calendar.week_print import paint_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if run_modal(QPrintDialog(printer, self)) == QDialog.DialogCode.Accepted:
            paint_page(printer, draw, landscape)

    def _selected_lift(self, session_id: int | None = None) -> Session | None:
        plan = self.controller.plan
        chosen = session_id if session_id is not None else next(iter(self.selected_ids()), None)
        session = next((s for s in plan.week.sessions if s.id == chosen), None) if plan is not None else None
        return session if session is not None and session.lift is not None else None

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(self, "Export PDF", str(Path.home() / suggested), "PDF (*.pdf)")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def edit_race(self, race: Race, move: bool = False) -> None:
        """The race flag's editor (double-click, or right-click > Edit / Move): saved as one undo step."""
        from PySide6.QtWidgets import QDialog

        from planner.ui.dialogs.race_dialog import RaceDialog

        dialog = RaceDialog(race, self.unit, self.today(), self)
        if move:
            dialog.focus_date()
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        if dialog.delete_requested:
            self.controller.delete_race(race)
        else:
            self.controller.update_race(race, dialog.edited())

    def _check_drop(self, view: DayListView, row: int, data: QMimeData, copies: bool) -> None:
        """While a drag is over a day, before release: the rule the drop would break outlines the day in
        amber and is said in the status bar, so the runner can pick another day before letting go."""
        from planner.ui.calendar.drop_check import check_drop

        model = view.model()
        model = model if isinstance(model, WeekModel) else self.model  # the week's, or a row of four weeks'
        plan = model.plan
        if plan is None or not 0 <= row < len(plan.week.days):
            return
        day = plan.week.days[row]
        found = check_drop(plan, model, data, day, copies)
        view.show_drop_check(found[0].message if found else "")
        if found:
            self.status_message.emit(f"⚠ Drop on {day:%A}: " + " ".join(w.message for w in found))

    def _edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.edit(ids[0])

    def _add_from_palette(self, key: str) -> None:
        day = self.focused_day() or self.today()
        if self.week is not None and day not in self.week.days:
            day = self.week.days[0]
        self.controller.create(key, day, 10_000)

    # ---- the example week banner
    def _make_banner(self) -> QFrame:
        banner = panels.Panel(panels.BANNER)
        banner.setObjectName("exampleBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.add_example_button = QPushButton("Add an example week")
        self.dismiss_example_button = QPushButton("No thanks")
        self.remove_example_button = QPushButton("Remove example sessions")
        self.add_example_button.clicked.connect(self.add_example_requested)
        self.dismiss_example_button.clicked.connect(self.dismiss_example_requested)
        self.remove_example_button.clicked.connect(self.remove_example_requested)
        self.add_example_button.setToolTip("Fill this week with a typical running week and two lifts, to try things on")
        self.dismiss_example_button.setToolTip("Hide this offer; File > Add example week brings it back")
        self.remove_example_button.setToolTip("Delete only the example sessions; anything you added stays")
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.banner_text, 1)
        for button in (self.add_example_button, self.dismiss_example_button, self.remove_example_button):
            row.addWidget(button)
        banner.hide()
        return banner

    def refresh_example_banner(self) -> None:
        present = example_week.has_example_sessions()
        self.set_example_state(offer=example_week.should_offer_example(), present=present)
        self.example_present.emit(present)

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

    # ---- the suggestion bar (over the week while ghost cards are shown)
    def _make_suggestion_bar(self) -> QFrame:
        bar = panels.Panel(panels.SUGGESTIONS)
        bar.setObjectName("suggestionBar")
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        self.suggestion_text.setTextFormat(Qt.TextFormat.RichText)
        self.accept_all_button = QPushButton("Accept all")
        self.accept_all_button.setToolTip("Add every suggested lift to the plan, as one undoable step")
        self.dismiss_all_button = QPushButton("Dismiss")
        self.dismiss_all_button.setToolTip("Remove the suggestions; nothing was saved")
        self.accept_all_button.clicked.connect(self.controller.accept_all)
        self.dismiss_all_button.clicked.connect(self.controller.clear_suggestions)
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.suggestion_text, 1)
        row.addWidget(self.accept_all_button)
        row.addWidget(self.dismiss_all_button)
        bar.hide()
        return bar

    def _show_suggestions(self, result: object) -> None:
        import html

        from planner.engine.suggestion import WeekSuggestion

        if not isinstance(result, WeekSuggestion) or not self.model.ghosts:
            self.suggestion_bar.hide()
            return
        count = len(self.model.ghosts)
        lines = [
            f"<b>{result.phase.phase.label} phase · {count} suggested lift{'s' if count != 1 else ''}</b> "
            "(dashed cards: hover for the reasons, Enter or ⊕ to accept, Delete to dismiss)"
        ]
        for ghost in self.model.ghosts:
            preview = ghost.as_session()
            lines.append(f"<b>{ghost.day:%a}</b> {html.escape(preview.title)}: {html.escape(ghost.reasons[0])}")
        lines += [html.escape(note) for note in result.notes[1:]]
        lines += [f"⚠ {html.escape(w.message)}" for w in result.warnings if w.session_id is None][:2]
        tips = [f"Tip: {html.escape(tip)}" for tip in result.tips]
        if tips and self._tips_folded:  # a short window keeps the week's room: the tips are a hover away
            lines.append(f"<i>{len(tips)} tip{'s' if len(tips) != 1 else ''} for the week: point here to read</i>")
        else:
            lines += tips
        self.suggestion_text.setToolTip("<br>".join(tips))
        self.suggestion_text.setText("<br>".join(lines))
        self.suggestion_bar.show()
