"""Writing down why the app could not start, where a user of a windowed (frozen) app can find it.

A windowed bundle has no terminal: a traceback printed to stderr is lost. This module needs no Qt, so it also
covers a failure to import Qt itself.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

from planner import APP_NAME, __version__

LOG_NAME = "start-failure.log"


def write_start_failure(error: BaseException, logs: Path) -> Path:
    """The log file now holding the traceback: in ``logs``, or the temp folder when that cannot be written."""
    report = (
        f"{datetime.now().isoformat(timespec='seconds')} {APP_NAME} {__version__} could not start\n"
        f"python {sys.version.split()[0]} on {sys.platform}, frozen: {bool(getattr(sys, 'frozen', False))}\n"
        + "".join(traceback.format_exception(type(error), error, error.__traceback__))
    )
    for folder in (logs, Path(tempfile.gettempdir())):
        target = folder / LOG_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with target.open("a", encoding="utf-8") as handle:
                handle.write(report + "\n")
        except OSError:
            continue
        return target
    print(report, file=sys.stderr)  # nowhere to write: the terminal, if there is one, is all that is left
    return Path(tempfile.gettempdir()) / LOG_NAME


def start_failure_message(error: BaseException, log: Path) -> str:
    """What the dialog (or stderr) says: what happened, that data is safe, where the details are."""
    return (
        f"{APP_NAME} could not start: {type(error).__name__}: {error}\n\n"
        "Your saved data has not been changed.\n\n"
        f"The details are in this log file:\n{log}\n\n"
        "Please include that file if you report the problem."
    )
