"""Unexpected errors and stop signals in the GUI: log them, tell the user, close cleanly.

Without this, an exception in a slot is printed to a terminal nobody sees, and Ctrl+C or a SIGTERM kills
the window without saving its geometry.
"""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("runlift")


_handler: logging.Handler | None = None


def start_log(folder: Path) -> bool:
    """Open the rotating log file once; whether it is open.

    Called after the window's first paint (logging.handlers costs ~4 ms to import, issue 21), or by the first
    unexpected error before then. A folder that cannot be written is said on standard error, not raised: the
    app runs on without a log file.
    """
    global _handler
    if _handler is not None:
        return True
    from logging.handlers import RotatingFileHandler

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "runlift.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as error:
        print(f"runlift: cannot write the log in {folder}: {error.strerror or error}", file=sys.stderr)
        return False
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _handler = handler
    return True


def install_excepthook(parent: QWidget | None = None, logs: Path | None = None) -> None:
    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # an error before the first paint opens the log itself
        logged = start_log(logs) if logs is not None else _handler is not None
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        where = (
            "Details are in the log file in the data folder."
            if logged
            else "The log file could not be written; the details were printed to standard error."
        )
        from PySide6.QtWidgets import QMessageBox  # named only when it is needed (issue 21)

        QMessageBox.critical(
            parent,
            "Something went wrong",
            f"Runlift hit an unexpected error: {error}\n\nYour saved data is safe: every change is saved "
            f"whole or not at all. {where}",
        )

    sys.excepthook = report


def close_on_stop_signals(window: QWidget) -> QTimer:
    """Ctrl+C and SIGTERM close the window the normal way (settings saved, database closed)."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())
    # Python runs signal handlers only between bytecodes: a cheap timer gives it the chance
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(300)
    QApplication.instance().aboutToQuit.connect(ticker.stop)  # type: ignore[union-attr]
    return ticker
