"""Starting the GUI: the application object, opening the data folder (with recovery), the window."""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from planner import APP_NAME, __version__, startup_gc
from planner.config import Paths
from planner.exit_codes import EXIT_DATABASE, EXIT_IN_USE, EXIT_START_FAILED
from planner.services.errors import CorruptDatabaseError, DatabaseInUseError, StoreError
from planner.services.workspace import Workspace, open_workspace
from planner.ui.look.focus_ring import follow_focus
from planner.ui.look.icons import icon

if TYPE_CHECKING:  # the window's modules load after the database opened
    from planner.ui.shell.main_window import MainWindow
from planner.ui.shell.crash_guard import close_on_stop_signals, install_excepthook, start_log
from planner.ui.shell.first_paint import after_first_paint

# benchmarks set this to measure cold start to the first painted window (tests/perf/bench_startup.py)
EXIT_AFTER_PAINT_ENV = "RUNLIFT_EXIT_AFTER_FIRST_PAINT"


class _BenchmarkPaint(QObject):
    """Benchmarks (``RUNLIFT_EXIT_AFTER_FIRST_PAINT``) get the window's first paint as a wall-clock time and the
    process's CPU time so far (what of the start was work, not waiting), then a quit."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.time():.6f} cpu {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _log_after_first_paint(window: QWidget, logs: Path) -> None:
    """The log file opens once the window is up (issue 21), or as the app quits if that comes first."""
    opened: list[bool] = []

    def open_log() -> None:
        if not opened:
            opened.append(True)
            start_log(logs)

    after_first_paint(window, open_log)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(open_log)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    # Fusion everywhere, our palette on it (planner/ui/look/theme.py); chosen by name, which keeps PySide from
    # setting up QStyle's classes and enums at start (issue 21)
    given = argv if argv is not None else sys.argv
    # the style goes after the program's name, which Qt skips: in an empty list "-style" would be the name
    args = [given[0] if given else APP_NAME, "-style", "fusion", *given[1:]]
    app = existing if isinstance(existing, QApplication) else QApplication(args)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("runlift")
    app.setWindowIcon(icon("runlift"))
    follow_focus(app)
    return app


def open_with_recovery(paths: Paths) -> Workspace | int:
    """Open the folder, asking the user what to do while it cannot be used; an int is an exit code."""
    while True:
        try:
            return open_workspace(paths, backup_now=False)  # made once the window is painted
        except DatabaseInUseError as exc:
            from PySide6.QtWidgets import QMessageBox  # only when it cannot: PySide sets a class up when named

            QMessageBox.information(None, f"{APP_NAME} is already open", str(exc))
            return EXIT_IN_USE
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            from planner.services.recovery import newest_good_backup, restore_backup  # only when it cannot
            from planner.ui.dialogs import database_problem as problem

            newest = newest_good_backup(paths.backups) if isinstance(exc, CorruptDatabaseError) else None
            choice = problem.ask_what_to_do(exc, None, newest)
            if choice in (problem.Choice.OPEN_BACKUP, problem.Choice.OPEN_NEWEST):
                backup = newest if choice is problem.Choice.OPEN_NEWEST else problem.pick_backup(paths.backups)
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


def run_gui(paths: Paths, today: date | None = None) -> int:
    app = make_application()
    try:
        workspace = open_with_recovery(paths)
    except Exception as error:  # anything: the user must hear why nothing opened
        return report_start_failure(error, paths.logs)
    if isinstance(workspace, int):
        return workspace
    try:
        window = _open_window(workspace, today)
    except Exception as error:
        workspace.close()
        return report_start_failure(error, workspace.paths.logs)
    # the collector resumes before the window is shown, with what the start made frozen: a page restored
    # on show (Progress draws its charts then) makes garbage of its own, which must stay collectable
    startup_gc.release()
    _log_after_first_paint(window, workspace.paths.logs)
    if os.environ.get(EXIT_AFTER_PAINT_ENV):
        _BenchmarkPaint(window)
    window.show()
    if not os.environ.get(EXIT_AFTER_PAINT_ENV):  # the first-run setup, over the window, on an empty database
        QTimer.singleShot(0, window.preferences.offer_setup)
    # the daily backup copies the whole file: do it once the window is up, not before
    QTimer.singleShot(2000, workspace.backup_daily)
    try:
        return app.exec()
    finally:
        workspace.close()


def _open_window(workspace: Workspace, today: date | None = None) -> MainWindow:
    from planner.ui.calendar.calendar_controller import CalendarController
    from planner.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    window = MainWindow(workspace, today=today)
    install_excepthook(window, workspace.paths.logs)
    close_on_stop_signals(window)
    if app is not None:
        app.aboutToQuit.connect(CalendarController.release_clipboard)
    return window


def report_start_failure(error: BaseException, logs: Path) -> int:
    """Log the traceback, say so in a dialog with the log's path (a windowed app has no terminal), exit non-zero."""
    from PySide6.QtWidgets import QMessageBox

    from planner.start_failure import start_failure_message, write_start_failure

    log = write_start_failure(error, logs)
    message = start_failure_message(error, log)
    print(f"runlift: {message}", file=sys.stderr)
    QMessageBox.critical(None, f"{APP_NAME} could not start", message)
    return EXIT_START_FAILED
