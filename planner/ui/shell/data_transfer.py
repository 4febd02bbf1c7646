"""File > Export (calendar, CSV, full backup) and File > Restore from JSON backup.

A restore publishes "everything changed" on the hub; each page reloads itself from there.

The file dialogs and message boxes are Qt's static functions, so tests replace them with monkeypatch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from planner.io.output_file import write_atomically
from planner.services.changes import Changes
from planner.ui.shell.context import ShellContext
from planner.ui.widgets.modal import run_modal

if TYPE_CHECKING:  # exports and restores load when one is asked for, not when the File menu is built
    from planner.services.full_backup import CheckedBackup

CALENDAR_WEEKS = 4  # the calendar export offers the shown week and the three after it


class DataTransfer(QObject):
    def __init__(self, context: ShellContext, shown_week_start: Callable[[], date]) -> None:
        super().__init__(context.parent)
        self.context = context
        self.window = context.parent  # the dialogs' parent
        self.shown_week_start = shown_week_start
        self.export_menu = QMenu("Export", context.parent)
        self.export_menu.setObjectName("exportMenu")
        self.actions: dict[str, QAction] = {}
        for name, text, slot in (
            ("calendar", "Calendar (.ics)…", self.export_calendar),
            ("sessions", "Sessions (CSV)…", lambda: self.export_csv("sessions")),
            ("sets", "Sets (CSV)…", lambda: self.export_csv("sets")),
            ("backup", "Full backup (JSON)…", self.export_backup),
        ):
            action = QAction(text, self)
            action.setObjectName(f"export_{name}")
            action.triggered.connect(slot)
            self.export_menu.addAction(action)
            self.actions[name] = action
        self.restore_action = QAction("Restore from JSON backup…", self)
        self.restore_action.setObjectName("restore_json")
        self.restore_action.triggered.connect(self.restore_from_file)

    # ---- exports
    def export_calendar(self) -> Path | None:
        start = self.shown_week_start()
        from PySide6.QtWidgets import QDialog

        from planner.services import exporting
        from planner.ui.dialogs.calendar_export_dialog import CalendarExportDialog

        dialog = CalendarExportDialog(start, start + timedelta(weeks=CALENDAR_WEEKS, days=-1), self.window)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        # read before the save dialog: its event loop may be the one that deletes this dialog (run_modal)
        first, last, include_done = dialog.start, dialog.end, dialog.include_done.isChecked()
        path = self._save_path("Export to calendar", f"runlift-{first}-{last}.ics", "iCalendar (*.ics)")
        if path is None:
            return None
        data = exporting.calendar_file(first, last, include_done=include_done)
        return self._write(path, data, f"{data.count(b'BEGIN:VEVENT')} sessions")

    def export_csv(self, what: str) -> Path | None:
        path = self._save_path(f"Export {what} as CSV", f"runlift-{what}.csv", "CSV (*.csv)")
        if path is None:
            return None
        from planner.services import exporting

        text = exporting.sessions_csv() if what == "sessions" else exporting.sets_csv()
        return self._write(path, text.encode("utf-8"), f"the {what}")

    def export_backup(self) -> Path | None:
        name = f"runlift-backup-{self.context.today()}.json"
        path = self._save_path("Save a full backup", name, "JSON backup (*.json)")
        if path is None:
            return None
        from planner.services import full_backup

        return self._write(path, full_backup.backup_text().encode("utf-8"), "a full backup")

    def _save_path(self, title: str, name: str, filter_text: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # 3.5 ms of PySide class set-up: when asked, not at start

        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), filter_text)
        return Path(chosen) if chosen else None

    def _write(self, path: Path, data: bytes, what: str) -> Path | None:
        try:
            write_atomically(path, data, kept=self.context.paths.keeps)  # never the database itself
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox  # dialogs are named when shown (issue 21)

            QMessageBox.warning(self.window, "Export failed", f"{path} could not be written: {exc.strerror or exc}")
            return None
        self.context.status(f"Exported {what} to {path}.", 10000)
        return path

    # ---- restore
    def restore_from_file(self) -> bool:
        """Pick a backup, check it, confirm when it would replace data, then replace everything."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from planner.services import full_backup

        window = self.window
        chosen, _ = QFileDialog.getOpenFileName(
            window, "Restore from JSON backup", str(Path.home()), "JSON backup (*.json);;All files (*)"
        )
        if not chosen:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup = full_backup.check_backup(full_backup.read_backup(Path(chosen)))
        except (OSError, full_backup.BackupFormatError) as exc:
            QApplication.restoreOverrideCursor()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            QMessageBox.warning(window, "That backup cannot be restored", f"{reason}.\n\nYour data was not changed.")
            return False
        QApplication.restoreOverrideCursor()
        if full_backup.has_user_data() and not self._confirm(backup):
            return False
        result = full_backup.replace_data(backup, self.context.paths.backups)
        self.context.undo_stack.clear()  # its commands name rows that are gone
        self.context.hub.publish(Changes.all("restore from a JSON backup"))
        self.context.status(
            f"Restored {result.rows} rows from {Path(chosen).name}. "
            f"The replaced data was copied to {result.safety_copy.name} in the backups folder.",
            15000,
        )
        return True

    def _confirm(self, backup: CheckedBackup) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.window,
            "Replace all your data?",
            f"This backup (Runlift {backup.app_version}, {backup.exported_at[:10]}) replaces every session, "
            "set, race and exercise now in Runlift.\n\nA copy of the current data is kept in the backups "
            "folder first. Undo history is cleared.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
