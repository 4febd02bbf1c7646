"""Edit > Settings: the profile, the usual week, the theme and the data folder with its backups."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.profile import Profile
from planner.domain.usual_week import UsualWeek
from planner.services.app_settings import MAX_BACKUP_KEEP, Theme
from planner.services.backup_list import available as list_backups
from planner.ui.dialogs.profile_form import LiftingForm, UnitsForm, combo, select_data
from planner.ui.dialogs.usual_week_form import UsualWeekForm

FIRST_WEEKDAYS = (("Monday", 0), ("Sunday", 6), ("Saturday", 5))  # as View > Week starts on offers
THEME_TEXT = (
    ("Follow the system", Theme.SYSTEM),
    ("Light", Theme.LIGHT),
    ("Dark", Theme.DARK),
)


@dataclass(frozen=True, slots=True)
class SettingsValues:
    profile: Profile
    usual_week: UsualWeek
    theme: Theme
    backup_keep: int


def backup_label(path: Path) -> str:
    """'Tuesday 24 November 2026, 09:15 (daily)' from the file name the backup was given."""
    parts = path.stem.split("-")  # runlift-YYYYMMDD-HHMMSS-ffffff-label
    try:
        made = datetime.strptime(f"{parts[1]}{parts[2]}", "%Y%m%d%H%M%S")
    except (IndexError, ValueError):
        return path.name
    label = "-".join(parts[4:]) or "backup"
    return f"{made:%A %d %B %Y, %H:%M} ({label})"


class SettingsDialog(QDialog):
    restore_requested = Signal(Path)
    setup_requested = Signal()
    applied = Signal(object)  # SettingsValues

    def __init__(self, values: SettingsValues, data_dir: Path, backup_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.values = values
        self.backup_dir = backup_dir
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Settings sections")
        self.tabs.addTab(self._training_tab(values.profile), "&Training")
        self.week = UsualWeekForm()
        self.week.set_unit(values.profile.distance_unit)
        self.week.set_usual_week(values.usual_week)
        week_tab = QWidget()
        week_layout = QVBoxLayout(week_tab)
        week_note = QLabel("The week the first-run setup plans. Kept for running the setup again.")
        week_note.setWordWrap(True)
        week_layout.addWidget(week_note)
        week_layout.addWidget(self.week)
        week_layout.addStretch(1)
        self.tabs.addTab(week_tab, "&Usual week")
        self.tabs.addTab(self._appearance_tab(values.theme), "&Appearance")
        self.tabs.addTab(self._data_tab(values.backup_keep, data_dir), "&Data")
        self.units.distance.currentIndexChanged.connect(lambda: self.week.set_unit(self.units.distance_unit))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setToolTip("Use these settings now and keep the dialog open")
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    # ---- tabs
    def _training_tab(self, profile: Profile) -> QWidget:
        self.units = UnitsForm()
        self.units.set_profile(profile)
        self.lifting = LiftingForm()
        self.lifting.set_profile(profile)
        self.first_weekday = combo(
            "First day of the week", "The calendar's weeks and weekly totals start on this day", list(FIRST_WEEKDAYS)
        )
        select_data(self.first_weekday, profile.first_weekday)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.units)
        week_form = QFormLayout()
        week_form.addRow("Week &starts on:", self.first_weekday)
        layout.addLayout(week_form)
        layout.addWidget(self.lifting)
        layout.addStretch(1)
        return tab

    def _appearance_tab(self, theme: Theme) -> QWidget:
        self.theme = combo(
            "Theme", "Follow the system's light or dark choice, or pick one", [(t, v) for t, v in THEME_TEXT]
        )
        select_data(self.theme, theme)
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow("T&heme:", self.theme)
        return tab

    def _data_tab(self, keep: int, data_dir: Path) -> QWidget:
        self.folder = QLabel(str(data_dir))
        self.folder.setAccessibleName("Data folder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        open_folder = QPushButton("&Open folder")
        open_folder.setAccessibleName("Open data folder")
        open_folder.setToolTip("Show the data folder in the file manager")
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(open_folder)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, MAX_BACKUP_KEEP)
        self.backup_keep.setValue(keep)
        self.backup_keep.setSuffix(" days")
        self.backup_keep.setAccessibleName("Daily backups to keep")
        self.backup_keep.setToolTip("One backup copy is made each day the app runs; older ones beyond this are deleted")
        self.restore_button = QPushButton("&Restore a backup…")
        self.restore_button.setAccessibleName("Restore a backup")
        self.restore_button.setToolTip(
            "Go back to one of the automatic backups; the current data is set aside, not deleted"
        )
        self.restore_button.clicked.connect(self.choose_backup)
        self.setup_button = QPushButton("Run first-run &setup again…")
        self.setup_button.setAccessibleName("Run first-run setup again")
        self.setup_button.setToolTip("Answer the welcome questions again and plan your usual week")
        self.setup_button.clicked.connect(self._run_setup)
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow("Data folder:", folder_row)
        form.addRow("&Keep daily backups for:", self.backup_keep)
        form.addRow("", self.restore_button)
        form.addRow("", self.setup_button)
        return tab

    # ---- results
    def current_values(self) -> SettingsValues:
        profile = self.lifting.applied_to(self.units.applied_to(self.values.profile))
        profile = replace(profile, first_weekday=int(self.first_weekday.currentData()))
        return SettingsValues(
            profile=profile,
            usual_week=self.week.usual_week(),
            theme=Theme(self.theme.currentData()),
            backup_keep=self.backup_keep.value(),
        )

    def apply(self) -> None:
        self.values = self.current_values()
        self.applied.emit(self.values)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def choose_backup(self) -> Path | None:
        """Ask which automatic backup to go back to; the window confirms and restores it."""
        backups = list_backups(self.backup_dir)
        if not backups:
            QMessageBox.information(
                self, "No backups yet", "No automatic backups have been made in this data folder yet."
            )
            return None
        labels = [backup_label(p) for p in backups]
        label, ok = QInputDialog.getItem(
            self, "Restore a backup", "Go back to the data as it was on:", labels, 0, False
        )
        if not ok:
            return None
        chosen = backups[labels.index(label)]
        self.restore_requested.emit(chosen)
        return chosen

    def _run_setup(self) -> None:
        self.accept()  # the setup starts from what was chosen here
        self.setup_requested.emit()
