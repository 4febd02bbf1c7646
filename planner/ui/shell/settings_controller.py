"""What the window does with settings: the Settings dialog, themes, the first-run setup, restoring a backup.

Kept apart from main_window.py so the window only builds the action and hands itself over.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox

from planner.domain.profile import Profile
from planner.services import app_settings, first_run
from planner.store.errors import StoreError
from planner.store.profile_rows import get_profile, save_profile
from planner.ui.dialogs.first_run import ApplySetup, FirstRunWizard
from planner.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues, backup_label
from planner.ui.look.theme import apply_theme

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow


class SettingsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizard: FirstRunWizard | None = None
        self.dialog: SettingsDialog | None = None
        self.today = date.today  # tests pin the day
        apply_theme(app_settings.theme())
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.action = QAction("Settings…", window)
        self.action.setObjectName("settings")
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        self.action.setShortcuts(list({k.toString(): k for k in keys if not k.isEmpty()}.values()))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip("Units, lifting, the usual week, theme, backups")
        self.action.triggered.connect(self.open_settings)

    def _system_scheme_changed(self) -> None:
        if app_settings.theme() is app_settings.Theme.SYSTEM:
            apply_theme(app_settings.Theme.SYSTEM)

    # ---- the dialog
    def values(self) -> SettingsValues:
        return SettingsValues(
            profile=get_profile(),
            usual_week=app_settings.usual_week(),
            theme=app_settings.theme(),
            backup_keep=app_settings.backup_keep(),
        )

    def make_dialog(self) -> SettingsDialog:
        paths = self.window.workspace.paths
        dialog = SettingsDialog(self.values(), paths.data_dir, paths.backups, self.window)
        dialog.applied.connect(self.apply)
        dialog.restore_requested.connect(self.restore)
        dialog.setup_requested.connect(self.start_setup)
        self.dialog = dialog
        return dialog

    def open_settings(self) -> None:
        self.make_dialog().exec()
        self.dialog = None

    def apply(self, values: SettingsValues) -> None:
        """Save and use at once: units, week start, theme and backups need no restart."""
        app_settings.set_backup_keep(values.backup_keep)
        app_settings.set_usual_week(values.usual_week)
        app_settings.set_theme(values.theme)
        apply_theme(values.theme)
        self.use_profile(values.profile)

    def use_profile(self, profile: Profile) -> None:
        save_profile(profile)
        self.reload_profile()

    def reload_profile(self) -> None:
        """Show the saved profile everywhere: the View menu, units, the week's first day, charts."""
        window = self.window
        old = window.profile
        window.profile = get_profile()
        for action, number in zip(window.first_weekday_actions, (0, 6, 5), strict=True):
            action.setChecked(window.profile.first_weekday == number)
        window.calendar.set_distance_unit(window.profile.distance_unit)
        if window.profile.first_weekday != old.first_weekday:
            window.calendar.set_first_weekday(window.profile.first_weekday)
        window.calendar.refresh()
        window.data_changed()

    # ---- the first-run setup
    def offer_setup(self) -> FirstRunWizard | None:
        """The setup on the first start of an empty database; called by the app, never by tests' windows."""
        return self.start_setup() if first_run.should_show_setup() else None

    def start_setup(self) -> FirstRunWizard:
        wizard = FirstRunWizard(get_profile(), app_settings.usual_week(), self.today(), self.window)
        wizard.accepted.connect(self._setup_finished)
        wizard.rejected.connect(first_run.skip_setup)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _setup_finished(self) -> None:
        wizard = self.wizard
        if wizard is None:
            return
        window = self.window
        answers = wizard.answers()
        command = ApplySetup(answers, self.today(), window.data_changed)
        window.undo_stack.push(command)
        self.use_profile(answers.profile)
        window.show_page("calendar")
        window.calendar.show_week(self.today())
        if wizard.wants_example:
            window.add_example_week()
        window.calendar.actions_by_name["suggest"].trigger()  # this week's lifts as ghost cards
        planned = len(command.added)
        window.statusBar().showMessage(
            f"Planned {planned} run{'s' if planned != 1 else ''} from your usual week; lifts are suggested "
            "as dashed cards (Enter accepts, Delete dismisses).",
            12000,
        )
        self.wizard = None

    # ---- restoring a backup
    def restore(self, backup: Path) -> bool:
        """Confirm, then swap the database for ``backup`` while the app runs; the current file is set aside."""
        window = self.window
        answer = QMessageBox.question(
            window,
            "Restore this backup?",
            f"Go back to the data as it was on {backup_label(backup)}?\n\n"
            "Your current data file is set aside in the data folder, not deleted. Undo history is cleared.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            aside = window.workspace.restore(backup)
        except StoreError as error:
            QMessageBox.warning(window, "That backup cannot be used", f"{error}\n\nYour data was not changed.")
            return False
        window.undo_stack.clear()  # its commands name rows of the replaced file
        window.calendar.controller.clear_suggestions()
        self.reload_profile()
        if "library" not in window.page_factories:
            window.library.reload()  # type: ignore[attr-defined]
        if window.calendar.shelf is not None:
            window.calendar.shelf.reload()
        kept = f" The replaced file is kept as {aside.name}." if aside is not None else ""
        window.statusBar().showMessage(
            f"Restored the backup of {backup_label(backup)}.{kept}",
            15000,
        )
        return True
