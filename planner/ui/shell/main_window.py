"""The main window: menus, a page bar, the pages, the status bar, and remembered geometry.

It builds the change hub and hands it, with the undo stack and a status sink, to every page and satellite;
it does not carry changes between them. A new page hooks in with two lines: take ``hub`` in its constructor
and ``hub.subscribe(self.on_changes)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar, QToolButton, QWidget

from planner import APP_NAME
from planner.services import profile
from planner.services.changes import Changes
from planner.services.workspace import Workspace
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.look.icons import icon
from planner.ui.shell.activity_import import ActivityImport
from planner.ui.shell.change_hub import ChangeHub
from planner.ui.shell.context import ShellContext
from planner.ui.shell.data_transfer import DataTransfer
from planner.ui.shell.folder_watch import FolderWatch
from planner.ui.shell.settings_controller import SettingsController
from planner.ui.shell.status_bar import StatusBar
from planner.ui.undo_commands import AddExampleWeek, RemoveExampleSessions
from planner.ui.widgets.modal import run_modal
from planner.ui.widgets.qt_values import key_list

PAGES = (
    ("calendar", "Calendar", "Ctrl+1"),
    ("library", "Exercise library", "Ctrl+2"),
    ("progress", "Progress", "Ctrl+3"),
)


class FixedLabelButton(QToolButton):
    """A toolbar button that keeps a short label while its action's text names the whole action."""

    def __init__(self, label: str, action: QAction) -> None:
        super().__init__()
        self.setObjectName(f"toolbar{label}")
        self._label = label
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setDefaultAction(action)
        action.changed.connect(self._relabel)
        self._relabel()

    def _relabel(self) -> None:
        action = self.defaultAction()
        self.setText(self._label)
        self.setToolTip(action.text() if action is not None else self._label)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pinned_today = today  # `runlift --today`: the app plans as if it were that day
        self.settings = QSettings(str(workspace.paths.ui_settings), QSettings.Format.IniFormat)
        self.undo_stack = QUndoStack(self)
        self.hub = ChangeHub(self)
        self.help_page: QWidget | None = None
        self.context = ShellContext(self, self.hub, self.undo_stack, self.show_status, workspace.paths, self.today)
        self.preferences = SettingsController(self.context, workspace.restore)  # the saved theme, before any page
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("runlift"))
        self.setMinimumSize(QSize(760, 520))

        runner = profile.current()
        self.calendar = CalendarPage(
            self.undo_stack, runner.first_weekday, workspace.paths.images, hub=self.hub, today=self.today
        )
        self.calendar.set_distance_unit(runner.distance_unit)
        self.calendar.status_message.connect(lambda text: self.show_status(text, 12000))
        self.calendar.add_example_requested.connect(self.add_example_week)
        self.calendar.dismiss_example_requested.connect(self.dismiss_example_offer)
        self.calendar.remove_example_requested.connect(self.remove_example_sessions)
        self.calendar.example_present.connect(lambda present: self.remove_example_action.setEnabled(present))
        # the other pages are built the first time they are shown: start-up pays only for the calendar
        self.page_factories: dict[str, Callable[[], QWidget]] = {
            "library": self._make_library,
            "progress": self._make_progress,
        }
        self.pages = QStackedWidget()
        self.page_widgets: dict[str, QWidget] = {"calendar": self.calendar}
        self.pages.addWidget(self.calendar)
        for key in self.page_factories:
            stand_in = QWidget()
            self.page_widgets[key] = stand_in
            self.pages.addWidget(stand_in)
        self.setCentralWidget(self.pages)

        self.page_actions: dict[str, QAction] = {}
        self._build_actions(runner.first_weekday)
        self.activity_import = ActivityImport(self.context)  # File > Import activities, and files dropped on the week
        self.activity_import.show_day_requested.connect(self.calendar.show_week)
        for view in self.calendar.week_view.views:
            view.viewport().installEventFilter(self.activity_import.drop_filter)
        self.transfer = DataTransfer(self.context, self._shown_week_start)  # File > Export, Restore
        self.folder_watch = FolderWatch(self.context)  # Settings > Data > Watched folder (issue 24)
        self.preferences.setup_applied.connect(self._setup_applied)
        self._build_menus_and_toolbar()
        self.status_bar = StatusBar(self)  # messages elided before the folder label, never under it
        self.setStatusBar(self.status_bar)
        self.data_label = self.status_bar.set_path(str(workspace.paths.data_dir))
        self.calendar.status_withdrawn.connect(self.status_bar.withdraw)

        self.calendar.controller.defer_records_once = True
        self.calendar.show_week(self.calendar.anchor)
        self.calendar.refresh_example_banner()
        self.hub.subscribe(self.on_changes)
        self._restore_settings()
        self.calendar.focus_today()

    def today(self) -> date:
        return self.pinned_today or date.today()

    def show_status(self, text: str, milliseconds: int = 8000) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def _show_four_weeks(self, on: bool) -> None:
        """View > Four weeks and View > Month: one at a time, or neither (the week)."""
        if on:
            self.month_action.setChecked(False)
        self.show_page("calendar")
        if on or not self.month_action.isChecked():
            self.calendar.show_four_weeks(on)

    def _show_month(self, on: bool) -> None:
        if on:
            self.four_weeks_action.setChecked(False)
        self.show_page("calendar")
        if on or not self.four_weeks_action.isChecked():
            self.calendar.show_month(on)

    def _say_step(self, done: str, text: str) -> None:
        if text and not self.status_bar.currentMessage().startswith("⚠"):  # a warning the step caused stays
            self.show_status(f"{done}: {text} ({'Ctrl+Shift+Z' if done == 'Undone' else 'Ctrl+Z'} to take it back).")

    def on_changes(self, changes: Changes, _initiator: object = None) -> None:
        """The window's own part: the View menu's week start follows the profile."""
        if changes.profile or changes.everything:
            first_weekday = profile.current().first_weekday
            for action, number in zip(self.first_weekday_actions, (0, 6, 5), strict=True):
                action.setChecked(first_weekday == number)

    def _shown_week_start(self) -> date:
        week = self.calendar.week
        return week.start if week is not None else self.today()

    # ---- building
    def _build_actions(self, first_weekday: int) -> None:
        group = QActionGroup(self)
        group.setExclusive(True)
        for key, title, shortcut in PAGES:
            action = QAction(icon(key), title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(shortcut))
            action.setObjectName(f"page_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            group.addAction(action)
            self.page_actions[key] = action

        self.undo_action = self.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcuts(key_list(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "Redo")
        # the platform's Redo plus both common spellings, each bound once (a duplicate makes Qt fire neither)
        self.redo_action.setShortcuts(key_list(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
        # an undo never passes silently: the status bar names the step taken back ("Undone: the set-up's 24 runs")
        self.undo_action.triggered.connect(lambda: self._say_step("Undone", self.undo_stack.redoText()))
        self.redo_action.triggered.connect(lambda: self._say_step("Redone", self.undo_stack.undoText()))

        self.add_example_action = QAction("Add example week", self)
        self.add_example_action.triggered.connect(self.add_example_week)
        self.remove_example_action = QAction("Remove example sessions", self)
        self.remove_example_action.triggered.connect(self.remove_example_sessions)
        self.open_data_action = QAction("Open data folder", self)
        self.open_data_action.triggered.connect(self.open_data_folder)
        self.quit_action = QAction("Quit", self)
        self.quit_action.setShortcuts(key_list(QKeySequence.StandardKey.Quit, "Ctrl+Q"))  # Windows names no key
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(f"About {APP_NAME}", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_action = QAction("How Runlift plans your lifts", self)
        self.help_action.setShortcuts(key_list(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        self.shortcuts_action = QAction("Keyboard shortcuts", self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

        self.previous_week_action = QAction("Previous week", self)
        self.previous_week_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_week_action.triggered.connect(lambda: self.calendar.step_weeks(-1))
        self.next_week_action = QAction("Next week", self)
        self.next_week_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_week_action.triggered.connect(lambda: self.calendar.step_weeks(1))
        weekdays = QActionGroup(self)
        self.first_weekday_actions: list[QAction] = []
        for number, name in ((0, "Monday"), (6, "Sunday"), (5, "Saturday")):
            action = QAction(name, self, checkable=True)
            action.setChecked(first_weekday == number)
            action.triggered.connect(lambda _checked=False, n=number: self.set_first_weekday(n))
            weekdays.addAction(action)
            self.first_weekday_actions.append(action)
        self.four_weeks_action = QAction("Four weeks", self, checkable=True)
        self.four_weeks_action.setToolTip("The shown week and the three after it; drag cards between weeks")
        self.four_weeks_action.toggled.connect(self._show_four_weeks)
        self.month_action = QAction("Month", self, checkable=True)
        self.month_action.setToolTip("The shown week's month, a row a week; drag cards between weeks")
        self.month_action.toggled.connect(self._show_month)
        self.this_week_action = QAction("This week", self)
        self.this_week_action.setShortcut(QKeySequence("Ctrl+T"))
        self.this_week_action.triggered.connect(lambda: self.calendar.show_week(self.today()))

    def _build_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.add_example_action)
        file_menu.addAction(self.remove_example_action)
        file_menu.addSeparator()
        file_menu.addAction(self.activity_import.files_action)
        file_menu.addAction(self.activity_import.folder_action)
        file_menu.addSeparator()
        file_menu.addMenu(self.transfer.export_menu)
        file_menu.addAction(self.calendar.actions_by_name["export_pdf"])
        file_menu.addAction(self.calendar.actions_by_name["export_month"])
        file_menu.addAction(self.calendar.actions_by_name["print"])
        file_menu.addAction(self.calendar.actions_by_name["print_card"])
        file_menu.addAction(self.transfer.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_data_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        calendar_actions = self.calendar.actions_by_name
        for group in (("copy", "paste", "delete", "edit"), ("done", "skipped", "planned"),
                      ("earlier", "later", "up", "down"), ("copy_week",)):  # fmt: skip
            edit_menu.addSeparator()
            for name in group:
                edit_menu.addAction(calendar_actions[name])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences.action)
        plan_menu = menus.addMenu("&Plan")
        for name in ("plan_runs", "suggest", "accept_all", "dismiss_all", "season"):
            plan_menu.addAction(calendar_actions[name])
        plan_menu.addSeparator()
        plan_menu.addAction(calendar_actions["checkin"])
        view_menu = menus.addMenu("&View")
        for action in self.page_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        starts = view_menu.addMenu("Week starts on")
        for action in self.first_weekday_actions:
            starts.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.previous_week_action)
        view_menu.addAction(self.this_week_action)
        view_menu.addAction(self.next_week_action)
        view_menu.addAction(self.four_weeks_action)
        view_menu.addAction(self.month_action)
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Pages")
        toolbar.setObjectName("pagesToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(24, 24))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.page_actions.values():
            toolbar.addAction(action)
        toolbar.addSeparator()
        # short, fixed labels in the toolbar (the Edit menu names the action); the tooltip says what
        for text, action in (("Undo", self.undo_action), ("Redo", self.redo_action)):
            toolbar.addWidget(FixedLabelButton(text, action))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    # ---- pages and settings
    def page(self, key: str) -> QWidget:
        """The page, built now if this is its first showing."""
        factory = self.page_factories.pop(key, None)
        if factory is not None:
            stand_in = self.page_widgets[key]
            built = factory()
            self.pages.insertWidget(self.pages.indexOf(stand_in), built)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self.page_widgets[key] = built
        return self.page_widgets[key]

    @property
    def library(self) -> QWidget:
        return self.page("library")

    @property
    def progress(self) -> QWidget:
        return self.page("progress")

    def _make_library(self) -> QWidget:
        from planner.ui.library.library_page import LibraryPage

        page = LibraryPage(self.workspace.paths.images, hub=self.hub)
        page.status_message.connect(lambda text: self.show_status(text, 8000))
        return page

    def _make_progress(self) -> QWidget:
        from planner.ui.charts.progress_page import ProgressPage  # matplotlib is imported here, not at start-up

        page = ProgressPage(self.settings, hub=self.hub, today=self.pinned_today)
        page.status_message.connect(lambda text: self.show_status(text, 8000))
        return page

    def show_page(self, key: str) -> None:
        self.pages.setCurrentWidget(self.page(key))
        self.page_actions[key].setChecked(True)

    @property
    def current_page(self) -> str:
        current = self.pages.currentWidget()
        return next(k for k, w in self.page_widgets.items() if w is current)

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        page = self.settings.value("window/page", "calendar")
        self.show_page(page if page in self.page_widgets else "calendar")

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/page", self.current_page)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.calendar.controller.stop_pending()
        self.save_settings()
        super().closeEvent(event)

    # ---- example week and the set-up
    def add_example_week(self) -> None:
        self.undo_stack.push(AddExampleWeek(self.calendar.anchor, profile.current().first_weekday, self.hub.publish))
        self.show_status("Added an example week. Remove it from the banner or the File menu.", 6000)

    def remove_example_sessions(self) -> None:
        self.undo_stack.push(RemoveExampleSessions(self.hub.publish))
        self.show_status("Removed the example sessions (Undo brings them back).", 6000)

    def set_first_weekday(self, first_weekday: int) -> None:
        """Kept in the profile, so the headless commands and the next start use it too."""
        profile.save(replace(profile.current(), first_weekday=first_weekday))
        self.hub.publish(Changes(profile=True, label="week start"))

    def dismiss_example_offer(self) -> None:
        from planner.services import example_week

        example_week.dismiss_example_offer()
        self.calendar.refresh_example_banner()

    def _setup_applied(self, wants_example: bool) -> None:
        """After the set-up: this week on the calendar, the example if asked for, the lifts suggested."""
        self.show_page("calendar")
        self.calendar.show_week(self.today())
        if wants_example:
            self.add_example_week()
        self.calendar.actions_by_name["suggest"].trigger()  # this week's lifts as ghost cards

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl  # named when used: PySide sets a class up on first naming (issue 21)
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.paths.data_dir)))

    def show_about(self) -> None:
        from planner.ui.dialogs.about_dialog import AboutDialog

        run_modal(AboutDialog(str(self.workspace.paths.data_dir), self))

    def show_help(self) -> None:
        """One help window, raised again rather than opened twice; it stays open beside the calendar."""
        from planner.ui.dialogs.help_page import HelpPage

        if self.help_page is None:
            self.help_page = HelpPage(self)
        self.help_page.show()
        self.help_page.raise_()
        self.help_page.activateWindow()

    def show_shortcuts(self) -> None:
        from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        run_modal(ShortcutsDialog(self))
