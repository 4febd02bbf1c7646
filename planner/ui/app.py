"""Starting the GUI: the application object, opening the data folder (with recovery), the window."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_NAME, __version__
from planner.cli_codes import EXIT_DATABASE, EXIT_IN_USE
from planner.config import Paths
from planner.services.recovery import restore_backup
from planner.services.workspace import Workspace, open_workspace
from planner.store.errors import DatabaseInUseError, StoreError
from planner.ui.crash_guard import close_on_stop_signals, install_excepthook, start_log
from planner.ui.icons import icon
from planner.ui.style import app_style

# benchmarks set this to measure cold start to the first painted window (tests/perf/bench_startup.py)
EXIT_AFTER_PAINT_ENV = "RUNLIFT_EXIT_AFTER_FIRST_PAINT"


class _QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("runlift")
    app.setWindowIcon(icon("runlift"))
    app.setStyleSheet(app_style())
    return app  # type: ignore[return-value]


def open_with_recovery(paths: Paths) -> Workspace | int:
    """Open the folder, asking the user what to do while it cannot be used; an int is an exit code."""
    from planner.ui import database_problem as problem

    while True:
        try:
            return open_workspace(paths)
        except DatabaseInUseError as exc:
            QMessageBox.information(None, f"{APP_NAME} is already open", str(exc))
            return EXIT_IN_USE
        except StoreError as exc:
            choice = problem.ask_what_to_do(exc)
            if choice is problem.Choice.OPEN_BACKUP:
                backup = problem.pick_backup(paths.backups)
                if backup is not None:
                    try:
                        restore_backup(backup, paths.database)
                    except StoreError as bad_backup:
                        QMessageBox.warning(None, "That backup cannot be used", str(bad_backup))
            elif choice is problem.Choice.NEW_ELSEWHERE:
                folder = problem.pick_folder()
                if folder is not None:
                    paths = Paths(folder)
            else:
                return EXIT_DATABASE


def run_gui(paths: Paths) -> int:
    app = make_application()
    workspace = open_with_recovery(paths)
    if isinstance(workspace, int):
        return workspace
    from planner.ui.calendar.calendar_controller import CalendarController
    from planner.ui.main_window import MainWindow

    window = MainWindow(workspace)
    start_log(workspace.paths.logs)
    install_excepthook(window)
    close_on_stop_signals(window)
    if os.environ.get(EXIT_AFTER_PAINT_ENV):
        quitter = _QuitOnFirstPaint(window)
        window.installEventFilter(quitter)
    window.show()
    app.aboutToQuit.connect(CalendarController.release_clipboard)
    # the daily backup copies the whole file: do it once the window is up, not before
    QTimer.singleShot(2000, workspace.backup_daily)
    try:
        return app.exec()
    finally:
        workspace.close()
