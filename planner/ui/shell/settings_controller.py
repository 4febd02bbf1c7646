"""What the window does with settings: the Settings dialog, themes, the first-run setup, restoring a backup.

It is given the hub, the undo stack and a status sink, never the window: a saved setting is published as a
change, and every page that shows it follows. Navigation after the set-up is asked for with a signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from planner.domain.profile import Profile
from planner.services import app_settings, profile, watched_folder
from planner.services.changes import Changes
from planner.services.errors import StoreError
from planner.ui.look.theme import apply_theme
from planner.ui.shell.context import ShellContext
from planner.ui.undo_commands import ApplySetup
from planner.ui.widgets.modal import run_modal
from planner.ui.widgets.qt_values import key_list

if TYPE_CHECKING:  # the dialogs, and the services only they use, load when opened, not at start-up
    from planner.ui.dialogs.first_run import FirstRunWizard
    from planner.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues

# swaps the open database for a backup; returns where the replaced file was set aside
RestoreFile = Callable[[Path], Path | None]


class SettingsController(QObject):
    setup_applied = Signal(bool)  # the set-up planned the runs; True when the example week is wanted too

    def __init__(self, context: ShellContext, restore_file: RestoreFile) -> None:
        super().__init__(context.parent)
        self.context = context
        self.restore_file = restore_file
        self.wizard: FirstRunWizard | None = None
        self.dialog: SettingsDialog | None = None
        self.today = context.today  # tests pin the day
        apply_theme(app_settings.theme())
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.action = QAction("Settings…", context.parent)
        self.action.setObjectName("settings")
        self.action.setShortcuts(key_list(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip("Units, lifting, the usual week, theme, backups")
        self.action.triggered.connect(self.open_settings)

    def _system_scheme_changed(self) -> None:
        """Following the system: its new scheme. A theme of the user's own is applied again too: Qt may reset the
        per-class palettes (the controls' visible edges, planner/ui/look/theme.py) on a platform theme change;
        when nothing changed this is a no-op."""
        apply_theme(app_settings.theme())

    # ---- the dialog
    def values(self) -> SettingsValues:
        from planner.services import equipment, pace_settings
        from planner.ui.dialogs.settings_dialog import SettingsValues

        return SettingsValues(
            profile=profile.current(),
            usual_week=app_settings.usual_week(),
            theme=app_settings.theme(),
            backup_keep=app_settings.backup_keep(),
            equipment=equipment.equipment(profile.current().mass_unit),
            already_trained=app_settings.already_trained(),
            pace_source=pace_settings.source(),
            watched_folder=watched_folder.folder(),
            watched_status=watched_folder.status(),
        )

    def make_dialog(self) -> SettingsDialog:
        from planner.ui.dialogs.settings_dialog import SettingsDialog

        paths = self.context.paths
        dialog = SettingsDialog(self.values(), paths.data_dir, paths.backups, self.context.parent)
        dialog.applied.connect(self.apply)
        dialog.restore_requested.connect(self.restore)
        dialog.setup_requested.connect(self.start_setup)
        self.dialog = dialog
        return dialog

    def open_settings(self) -> None:
        run_modal(self.make_dialog())
        self.dialog = None

    def apply(self, values: SettingsValues) -> None:
        """Save and use at once: units, week start, theme and backups need no restart."""
        from planner.services import settings_form

        settings_form.save_all(  # one change: all of the dialog's choices or none of them
            chosen_profile=values.profile,
            usual_week=values.usual_week,
            theme=values.theme,
            backup_keep=values.backup_keep,
            kit=values.equipment,
            already_trained=values.already_trained,
            pace_source=values.pace_source,
            folder=values.watched_folder,  # the folder watch follows the published change
        )
        apply_theme(values.theme)
        self.context.hub.publish(Changes(profile=True, label="settings"))

    def use_profile(self, chosen: Profile) -> None:
        """Saved, then published: the menus, the units, the week's first day and the charts follow the hub."""
        profile.save(chosen)
        self.context.hub.publish(Changes(profile=True, label="settings"))

    # ---- the first-run setup
    def offer_setup(self) -> FirstRunWizard | None:
        """The setup on the first start of an empty database; called by the app, never by tests' windows."""
        from planner.services import first_run

        return self.start_setup() if first_run.should_show_setup() else None

    def start_setup(self) -> FirstRunWizard:
        from planner.services import first_run
        from planner.ui.dialogs.first_run import FirstRunWizard

        wizard = FirstRunWizard(profile.current(), app_settings.usual_week(), self.today(), self.context.parent)
        wizard.accepted.connect(self._setup_finished)
        wizard.rejected.connect(first_run.skip_setup)
        wizard.rejected.connect(self._forget_wizard)
        wizard.finished.connect(wizard.deleteLater)  # after its answers are read: as run_modal does for the others
        self.wizard = wizard
        wizard.open()
        return wizard

    def _forget_wizard(self) -> None:
        self.wizard = None

    def _setup_finished(self) -> None:
        wizard = self.wizard
        if wizard is None:
            return
        answers = wizard.answers()
        command = ApplySetup(answers, self.today(), self.context.hub.publish)
        self.context.undo_stack.push(command)
        self.use_profile(answers.profile)
        self.setup_applied.emit(wizard.wants_example)  # the window shows the week and suggests its lifts
        planned = len(command.added)
        self.context.status(
            f"Planned {planned} run{'s' if planned != 1 else ''} from your usual week; lifts are suggested "
            "as dashed cards (Enter accepts, Delete dismisses).",
            12000,
        )
        self.wizard = None

    # ---- restoring a backup
    def restore(self, backup: Path) -> bool:
        """Confirm, then swap the database for ``backup`` while the app runs; the current file is set aside."""
        from PySide6.QtWidgets import QMessageBox  # named only when it is needed (issue 21)

        from planner.ui.dialogs.settings_dialog import backup_label

        answer = QMessageBox.question(
            self.context.parent,
            "Restore this backup?",
            f"Go back to the data as it was on {backup_label(backup)}?\n\n"
            "Your current data file is set aside in the data folder, not deleted. Undo history is cleared.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            aside = self.restore_file(backup)
        except StoreError as error:
            QMessageBox.warning(
                self.context.parent, "That backup cannot be used", f"{error}\n\nYour data was not changed."
            )
            return False
        self.context.undo_stack.clear()  # its commands name rows of the replaced file
        if self.dialog is not None:  # it shows the replaced file's settings: its OK would write them back
            self.dialog.reject()
        self.context.hub.publish(Changes.all("restore a backup"))
        kept = f" The replaced file is kept as {aside.name}." if aside is not None else ""
        self.context.status(
            f"Restored the backup of {backup_label(backup)}.{kept}",
            15000,
        )
        return True
