"""Edit > Settings: the profile, the usual week, the equipment, the theme and the data folder with its backups."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import MassUnit
from planner.domain.equipment import Equipment
from planner.domain.pace_source import PaceSource
from planner.domain.profile import Profile
from planner.domain.usual_week import UsualWeek
from planner.services.app_settings import MAX_BACKUP_KEEP, Theme
from planner.services.backup_list import available as list_backups
from planner.ui.dialogs.pace_form import PaceForm
from planner.ui.dialogs.profile_form import LiftingForm, UnitsForm, combo, select_data
from planner.ui.dialogs.usual_week_form import UsualWeekForm
from planner.ui.dialogs.watched_folder_form import WatchedFolderForm
from planner.ui.widgets.screen_fit import resize_within_screen
from planner.ui.widgets.scroll_page import ScrollPage

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
    equipment: Equipment | None = None  # None: the defaults of the profile's unit
    already_trained: bool = False  # R9: no form-first weeks when the log starts
    pace_source: PaceSource | None = None  # where the pace zones come from (Daniels' VDOT)
    watched_folder: Path | None = None  # new activity files there are imported (a watch's GARMIN/Activity)
    watched_status: str = ""  # what the last look at it brought in (shown, not edited)


def sizes_text(values: tuple[float, ...]) -> str:
    return ", ".join(f"{v:g}" for v in values)


def parse_sizes(text: str, what: str) -> tuple[float, ...]:
    """'2, 4, 6.5' -> (2.0, 4.0, 6.5); ValueError naming ``what`` for anything else."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    try:
        return tuple(float(p) for p in parts)
    except ValueError:
        raise ValueError(f"{what}: write the sizes as numbers separated by commas, e.g. 2, 4, 6") from None


def backup_label(path: Path) -> str:
    """'Tuesday 24 November 2026, 09:15 (daily)' from the file name the backup was given."""
    parts = path.stem.split("-")  # runlift-YYYYMMDD-HHMMSS-ffffff-label
    try:
        made = datetime.strptime(f"{parts[1]}{parts[2]}", "%Y%m%d%H%M%S")
    except (IndexError, ValueError):
        return path.name
    label = "-".join(parts[4:]) or "backup"
    return f"{made:%A %d %B %Y, %H:%M} ({label})"


def align_labels(forms: list[QFormLayout]) -> None:
    """Several forms stacked in one tab read as one: their labels share the widest one's width, so the
    fields line up in one column rather than three."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest)


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
        self._add_tab(self._training_tab(values.profile, values.pace_source), "&Training")
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
        self._add_tab(week_tab, "&Usual week")
        kit = values.equipment or Equipment.defaults(values.profile.mass_unit)
        self._add_tab(self._equipment_tab(kit, values.already_trained), "&Equipment")
        self._add_tab(self._appearance_tab(values.theme), "&Appearance")
        self._add_tab(self._data_tab(values.backup_keep, data_dir), "&Data")
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
        wanted = self.sizeHint()
        resize_within_screen(self, wanted.width(), wanted.height())

    # ---- tabs
    def _add_tab(self, page: QWidget, title: str) -> None:
        """Each section scrolls on its own when the screen is short: Training alone made the dialog 599 px
        tall, more than a 640-px screen leaves below its panel, and OK was out of reach."""
        self.tabs.addTab(ScrollPage(page, title.replace("&", "")), title)

    def _show_tab_of(self, widget: QWidget) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                return

    def _training_tab(self, profile: Profile, pace_source: PaceSource | None) -> QWidget:
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
        self.paces = PaceForm(pace_source, profile.distance_unit)
        self.units.distance.currentIndexChanged.connect(lambda: self.paces.set_unit(self.units.distance_unit))
        layout.addWidget(self.paces)
        layout.addStretch(1)
        forms = [f for f in (self.units.layout(), week_form, self.lifting.layout()) if isinstance(f, QFormLayout)]
        week_form.setContentsMargins(forms[0].contentsMargins())  # a nested layout has none; the forms do
        align_labels(forms)
        return tab

    def _equipment_tab(self, kit: Equipment, trained: bool) -> QWidget:
        """What the runner can load: suggested loads are only ones these can make (R11)."""
        note = QLabel(
            "Suggested loads are ones you can make with these, and each step up is the next one that exists "
            "(R11). Sizes are separated by commas."
        )
        note.setWordWrap(True)
        self.kit_unit = kit.unit
        self.unit_label = QLabel()
        self.unit_label.setAccessibleName("Equipment unit")
        self.bar = QDoubleSpinBox()
        self.bar.setRange(0, 100)
        self.bar.setDecimals(2)
        self.bar.setAccessibleName("Barbell weight")
        self.plates = QLineEdit()
        self.plates.setAccessibleName("Plate sizes")
        self.plates.setToolTip("One of each pair of plates you have, e.g. 25, 20, 10, 5, 2.5, 1.25")
        self.dumbbells = QLineEdit()
        self.dumbbells.setAccessibleName("Dumbbell sizes")
        self.dumbbells.setToolTip("Every dumbbell weight you can use")
        self.kettlebells = QLineEdit()
        self.kettlebells.setAccessibleName("Kettlebell sizes")
        self.kettlebells.setToolTip("Every kettlebell weight you can use")
        self._show_kit(kit)
        kg_defaults = QPushButton("Defaults in &kg")
        kg_defaults.setAccessibleName("Equipment defaults in kilograms")
        kg_defaults.clicked.connect(lambda: self._show_kit(Equipment.defaults(MassUnit.KG)))
        lb_defaults = QPushButton("Defaults in &lb")
        lb_defaults.setAccessibleName("Equipment defaults in pounds")
        lb_defaults.clicked.connect(lambda: self._show_kit(Equipment.defaults(MassUnit.LB)))
        defaults_row = QHBoxLayout()
        defaults_row.addWidget(kg_defaults)
        defaults_row.addWidget(lb_defaults)
        defaults_row.addStretch(1)
        self.trained = QCheckBox("I already lift &regularly: skip the light first weeks")
        self.trained.setAccessibleName("Already trained")
        self.trained.setToolTip(
            "Without logged lifts, Runlift starts anyone with 2-4 weeks of light loads and 8-12 reps, form first (R9)"
        )
        self.trained.setChecked(trained)
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(note)
        form.addRow("Unit:", self.unit_label)
        form.addRow("&Barbell:", self.bar)
        form.addRow("&Plates:", self.plates)
        form.addRow("&Dumbbells:", self.dumbbells)
        form.addRow("K&ettlebells:", self.kettlebells)
        form.addRow("", defaults_row)
        form.addRow("", self.trained)
        return tab

    def _show_kit(self, kit: Equipment) -> None:
        self.kit_unit = kit.unit
        self.unit_label.setText(kit.unit.value)
        self.bar.setSuffix(f" {kit.unit.value}")
        self.bar.setValue(kit.bar)
        self.plates.setText(sizes_text(kit.plates))
        self.dumbbells.setText(sizes_text(kit.dumbbells))
        self.kettlebells.setText(sizes_text(kit.kettlebells))
        for field in (self.plates, self.dumbbells, self.kettlebells):
            field.setCursorPosition(0)  # a list longer than the field shows its start, not its end ("5, 18, …")

    def equipment(self) -> Equipment:
        """The equipment as entered; ValueError with a one-line message when a field cannot be read."""
        return Equipment(
            self.kit_unit,
            self.bar.value(),
            parse_sizes(self.plates.text(), "Plates"),
            parse_sizes(self.dumbbells.text(), "Dumbbells"),
            parse_sizes(self.kettlebells.text(), "Kettlebells"),
        )

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
        self.watched = WatchedFolderForm(self.values.watched_folder, self.values.watched_status)
        form.addRow("Watched folder:", self.watched)
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
            equipment=self.equipment(),
            already_trained=self.trained.isChecked(),
            pace_source=self._pace_source(),
            watched_folder=self.watched.chosen,
            watched_status=self.values.watched_status,
        )

    def _pace_source(self) -> PaceSource | None:
        try:
            return self.paces.source()
        except ValueError as exc:
            raise ValueError(f"Pace zones: {exc}") from exc

    def apply(self) -> bool:
        """Emit the values; False (and a message, nothing applied) when the equipment cannot be read."""
        try:
            values = self.current_values()
        except ValueError as exc:
            paces = str(exc).startswith("Pace zones")
            self._show_tab_of(self.paces if paces else self.bar)
            QMessageBox.warning(self, "Pace zones" if paces else "Equipment", str(exc))
            return False
        self.values = values
        self.applied.emit(self.values)
        return True

    def accept(self) -> None:
        if self.apply():
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
        if self.result() == QDialog.DialogCode.Accepted:
            self.setup_requested.emit()
