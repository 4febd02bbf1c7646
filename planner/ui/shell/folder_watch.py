"""The watched folder at work: QFileSystemWatcher on the folder chosen in Settings, new files imported at
start and when it changes, one file per turn of the event loop (the window stays usable through a
thousand files), the batch one undo step, and a status line saying what came in.

The rules are those of any import (services.importing); which files are new is services.watched_folder's.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from planner.services import watched_folder
from planner.services.changes import Changes
from planner.ui.shell.activity_import import skipped_text, summary_text
from planner.ui.shell.context import ShellContext
from planner.ui.shell.first_paint import after_first_paint
from planner.ui.undo_commands import ImportActivities

if TYPE_CHECKING:  # the importers load when a file arrives, not at start-up (issue 21)
    from planner.services.importing import FileOutcome

SETTLE_MS = 1500  # a copy fires many changes; look once they have stopped for this long
DIALOG_WAIT_MS = 500  # how often an import waiting for a dialog to close looks again


class FolderWatch(QObject):
    scanned = Signal(object, object, object)  # the folder, its sub-folders to watch, the files new or changed

    def __init__(self, context: ShellContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.root: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.look)
        self.queue: list[Path] = []
        self.results: list[FileOutcome] = []
        self.busy = False
        self.look_again = False
        self.scanned.connect(self._scanned)  # queued: sent from the scanning thread
        context.hub.subscribe(self.on_changes)
        after_first_paint(context.parent, self.start)  # never ahead of the window's first paint

    # ---- which folder
    def start(self) -> None:
        self.root = watched_folder.folder()
        self._watch()
        self.look()

    def on_changes(self, changes: Changes, _initiator: object) -> None:
        """Settings were saved (or a backup restored): follow a new folder, or stop."""
        if not (changes.profile or changes.everything):
            return
        chosen = watched_folder.folder()
        if chosen != self.root:
            self.root = chosen
            self._watch()
            self.look()

    def _watch(self, folders: list[Path] | None = None) -> None:
        """Watch the folder and ``folders`` under it (the last scan's), or only the folder until one has run."""
        watched = self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        if self.root is None:
            return
        if not self.root.is_dir():
            self._say(f"Watched folder {self.root} is not there (a watch not plugged in?); nothing imported.")
            return
        self.watcher.addPaths([str(p) for p in folders or [self.root]])

    def _changed(self, _path: str) -> None:
        self.settle.start()  # restarted by every change: looks once the copy is over

    # ---- importing what is new
    def look(self) -> None:
        """Find the new files off the window's thread, then import them one per turn of the event loop."""
        if self.root is None or not self.root.is_dir():
            return
        if self.busy:
            self.look_again = True
            return
        self.busy = True
        root, seen = self.root, watched_folder.seen_stamps()
        threading.Thread(target=self._scan, args=(root, seen), name="runlift-folder-scan", daemon=True).start()

    def _scan(self, root: Path, seen: dict[str, list[int]]) -> None:
        """On the scanning thread: a walk and a stat per file, no database and no widget."""
        try:
            folders, files = watched_folder.folders_to_watch(root), watched_folder.changed_files(root, seen)
        except OSError:  # the folder went away meanwhile: the next change looks again
            folders, files = [], []
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.scanned.emit(root, folders, files)

    def _scanned(self, root: Path, folders: list[Path], files: list[Path]) -> None:
        if root != self.root:  # another folder was chosen meanwhile: look there instead
            self.busy = False
            self.look()
            return
        self._watch(folders)  # a new sub-folder is watched too
        self.queue, self.results = files, []
        if not files:
            self._finish()
            return
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if QApplication.activeModalWidget() is not None:  # an editor open on a session this file may complete:
            QTimer.singleShot(DIALOG_WAIT_MS, self._next)  # its OK would write the session back as it was
            return
        if not self.queue or self.root is None:
            self._finish()
            return
        path = self.queue.pop(0)
        from planner.services import importing

        self.results.extend(importing.import_path(path, self.context.today()))
        watched_folder.mark_read(self.root, [path])
        QTimer.singleShot(0, self._next)

    def _finish(self) -> None:
        results = self.results
        self.busy = False
        if any(r.changed for r in results):
            self.context.undo_stack.push(ImportActivities(results, self.context.hub.publish))  # tells the pages
        if results:
            details = skipped_text(results) if any(r.any_skipped for r in results) else ""
            self._say(f"Watched folder: {summary_text(results, len(results))}", details)
        if self.look_again:
            self.look_again = False
            self.look()

    def _say(self, text: str, details: str = "") -> None:
        """The sentence in the status bar; with the reasons for what was skipped or left out, in Settings >
        Data, where the folder is chosen (a status bar has one line and no room to list them)."""
        watched_folder.set_status(f"{text}\n\n{details}" if details else text)
        self.context.status(text, 15000)
