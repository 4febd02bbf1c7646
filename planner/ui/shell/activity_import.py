"""Importing activity files from the window: dropped file URLs, a progress dialog with Cancel, a summary.

The import itself is services.importing (one transaction a file); this module only feeds it files, keeps
the window responsive between files and says what happened. Cancel stops before the next file: what
finished stays imported. The whole batch is one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from planner.ui.calendar.mime import EXERCISES_MIME, GHOST_MIME, SESSIONS_MIME, TEMPLATE_MIME
from planner.ui.shell.context import ShellContext
from planner.ui.undo_commands import ImportActivities

if TYPE_CHECKING:  # the importers load when files are imported, not when the File menu is built
    from PySide6.QtWidgets import QMessageBox

    from planner.services.importing import FileOutcome

FILE_FILTER = "Activity files and exports (*.fit *.gpx *.tcx *.csv *.gz *.zip);;All files (*)"
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_files(data: QMimeData | None) -> list[Path]:
    """Local files carried by a drag from outside; [] for the calendar's own drags and anything else."""
    if data is None or not data.hasUrls():
        return []
    if any(data.hasFormat(mime) for mime in (SESSIONS_MIME, TEMPLATE_MIME, EXERCISES_MIME, GHOST_MIME)):
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


class FileDropFilter(QObject):
    """Installed on the day columns' viewports: takes drags of files, lets every other drag through."""

    files_dropped = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _DRAG_EVENTS or not isinstance(event, QDropEvent):
            return False
        files = dropped_files(event.mimeData())
        if not files:
            return False  # the session, template and exercise drags go on to the view as before
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if event.type() == QEvent.Type.Drop:
            self.files_dropped.emit(files)
        return True


def import_with_progress(parent: QWidget, files: list[Path]) -> list[FileOutcome]:
    """Import ``files`` one by one under a progress dialog; Cancel keeps what finished."""
    from PySide6.QtWidgets import QProgressDialog  # dialogs are named when shown (issue 21)

    dialog = QProgressDialog("Importing activities…", "Cancel", 0, len(files), parent)
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle("Import activities")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    from planner.services import importing

    results: list[FileOutcome] = []
    try:
        for number, path in enumerate(files, start=1):
            QApplication.processEvents()  # a click on Cancel lands here, between two files
            if dialog.wasCanceled():
                break
            dialog.setLabelText(f"Importing {path.name} ({number} of {len(files)})…")
            for result in importing.import_path(path):  # an export archive gives one result a member
                results.append(result)
                if result.path != path:  # a member: say how far into the archive
                    dialog.setLabelText(f"Importing {path.name} ({number} of {len(files)}): {result.path.name}…")
                QApplication.processEvents()
                if dialog.wasCanceled():
                    break
            dialog.setValue(number)
    finally:
        dialog.close()
        dialog.deleteLater()
    return results


LISTED_AT_MOST = 20  # reasons listed in the import dialog
LINE_AT_MOST = 300  # characters of one reason there (a reason quotes a file's name, which can be long)


def summary_text(results: list[FileOutcome], total_files: int) -> str:
    """One status-bar sentence: "Imported 3 activities and completed 1 planned run; 2 duplicates; ..."."""
    from planner.services import importing
    from planner.services.importing import Outcome

    counts = {o: 0 for o in Outcome}
    for result in results:
        for activity in result.activities:
            counts[activity.outcome] += 1
    parts = []
    imported, completed = counts[Outcome.IMPORTED], counts[Outcome.COMPLETED]
    done = [f"imported {_n(imported, 'activity', 'activities')}"] if imported else []
    if completed:
        done.append(f"completed {_n(completed, 'planned run', 'planned runs')}")
    parts.append(" and ".join(done).capitalize() if done else "Imported nothing new")
    if counts[Outcome.MERGED]:
        brought = importing.merged_words(what for r in results for a in r.activities for what in a.merged)
        parts.append(f"{brought} merged in from {_n(counts[Outcome.MERGED], 'duplicate', 'duplicates')}")
    if counts[Outcome.DUPLICATE]:
        parts.append(f"{_n(counts[Outcome.DUPLICATE], 'duplicate', 'duplicates')} left alone")
    skipped = sum(1 for r in results if r.skipped)
    if skipped:
        parts.append(f"{_n(skipped, 'file', 'files')} skipped")
    left_out = sum(len(r.part_reasons) for r in results)
    if left_out:
        parts.append(f"{_n(left_out, 'activity', 'activities')} left out")
    if len(results) < total_files:
        parts.append(f"cancelled after {len(results)} of {total_files} files")
    return "; ".join(parts) + "."


def skipped_text(results: list[FileOutcome]) -> str:
    """The files that changed nothing, then the rows or activities left out of the files; each reason names
    its file (and a CSV row its line)."""
    files = [f"• {r.reason}" for r in results if r.skipped]
    parts = [f"• {reason}" for r in results for reason in r.part_reasons]
    sections = []
    if files:
        sections.append("These files changed nothing:\n\n" + _listed(files))
    if parts:
        sections.append("Rows and activities left out:\n\n" + _listed(parts))
    return "\n\n".join(sections)


def _listed(lines: list[str]) -> str:
    """At most LISTED_AT_MOST lines, then how many more: a CSV with thousands of bad rows must not make a
    dialog taller than the screen (``runlift import`` prints every reason)."""
    shown = [line if len(line) <= LINE_AT_MOST else line[:LINE_AT_MOST] + "…" for line in lines[:LISTED_AT_MOST]]
    if len(lines) > LISTED_AT_MOST:
        shown.append(f"… and {len(lines) - LISTED_AT_MOST:,} more")
    return "\n".join(shown)


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


class ActivityImport(QObject):
    """File > Import activities… / Import folder…, and files dropped on the week (``drop_filter``).

    The file dialogs are Qt's static functions, so tests replace them with monkeypatch.
    """

    show_day_requested = Signal(object)  # the day the newest imported activity landed on

    def __init__(self, context: ShellContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.window = context.parent  # the dialogs' parent
        self.files_action = QAction("Import activities…", self)
        self.files_action.setObjectName("import_files")
        self.files_action.setShortcut(QKeySequence("Ctrl+I"))
        self.files_action.setStatusTip("Import runs and other activities: FIT, GPX, TCX, activities.csv, export zips")
        self.files_action.triggered.connect(self.choose_files)
        self.folder_action = QAction("Import folder…", self)
        self.folder_action.setObjectName("import_folder")
        self.folder_action.setStatusTip("Import every activity file in a folder (a watch's or a Strava export's)")
        self.folder_action.triggered.connect(self.choose_folder)
        self.drop_filter = FileDropFilter(self)
        self.drop_filter.files_dropped.connect(self.import_paths)
        self.skipped_box: QMessageBox | None = None

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # 3.5 ms of PySide class set-up: when asked, not at start

        chosen, _ = QFileDialog.getOpenFileNames(self.window, "Import activities", "", FILE_FILTER)
        if chosen:
            self.import_paths([Path(p) for p in chosen])

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self.window, "Import every activity file in a folder")
        if chosen:
            self.import_paths([Path(chosen)])

    def import_paths(self, paths: list[Path]) -> list[FileOutcome]:
        """Import the files (folders searched), then refresh, report, and offer the batch as one undo step."""
        from planner.io.activity_files import activity_files_in

        files = activity_files_in(paths)
        if not files:
            self.context.status("No activity files there (.fit, .gpx, .tcx or activities.csv).", 8000)
            return []
        results = import_with_progress(self.window, files)
        if any(r.changed for r in results):
            self.context.undo_stack.push(ImportActivities(results, self.context.hub.publish))  # tells the pages
            latest = max(a.activity.day for r in results for a in r.activities if a.after is not None)
            self.show_day_requested.emit(latest)  # show where the newest activity landed
        summary = summary_text(results, len(files))
        self.context.status(summary, 15000)
        if any(r.any_skipped for r in results):
            self._show_skipped(summary, skipped_text(results))
        return results

    def _show_skipped(self, summary: str, details: str) -> None:
        """Not modal-blocking (open, not exec): the window stays usable and tests can read and close it."""
        from PySide6.QtWidgets import QMessageBox

        if self.skipped_box is not None:
            self.skipped_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, "Some activities were not imported", summary,
                          QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
        box.setObjectName("importSkipped")
        box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "skipped_box", None))
        self.skipped_box = box
        box.open()
