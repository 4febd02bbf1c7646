"""A window that cannot open says why, points at a log file, releases the data folder and exits non-zero."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.config import Paths
from planner.exit_codes import EXIT_START_FAILED
from planner.start_failure import LOG_NAME, write_start_failure
from planner.store.instance_lock import InstanceLock
from planner.ui import app as app_module
from planner.ui.shell import main_window


class WindowBrokeError(RuntimeError):
    pass


def _raise(*_args: object, **_kwargs: object) -> None:
    raise WindowBrokeError("the window fell over")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append((title, text)))
    return shown


def test_a_window_that_fails_to_open_shows_the_log_path(
    qtbot: QtBot, paths: Paths, dialogs: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "MainWindow", _raise)
    assert app_module.run_gui(paths) == EXIT_START_FAILED
    [(title, text)] = dialogs
    log = paths.logs / LOG_NAME
    assert title == "Runlift could not start"
    assert "WindowBrokeError: the window fell over" in text
    assert str(log) in text
    assert "Your saved data has not been changed" in text
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written
    assert "WindowBrokeError: the window fell over" in written
    # the folder is free again: another start (or the user's retry) is not told Runlift is already open
    lock = InstanceLock(paths.lock_file, paths.database)
    lock.acquire()
    lock.release()


def test_a_failure_while_opening_the_folder_is_reported_too(
    qtbot: QtBot, paths: Paths, dialogs: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "open_with_recovery", _raise)
    assert app_module.run_gui(paths) == EXIT_START_FAILED
    assert len(dialogs) == 1
    assert (paths.logs / LOG_NAME).is_file()


def test_an_unwritable_log_folder_falls_back_to_the_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the logs folder should be")
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path / "tmp"))
    try:
        raise WindowBrokeError("no window")
    except WindowBrokeError as error:
        log = write_start_failure(error, blocker / "logs")
    assert log == tmp_path / "tmp" / LOG_NAME
    assert "WindowBrokeError: no window" in log.read_text(encoding="utf-8")


def test_without_qt_the_command_prints_the_reason_and_the_log(tmp_path: Path) -> None:
    """A bundle or install missing Qt cannot show a dialog: stderr and the log must say it (exit 1)."""
    script = (
        "import sys; sys.modules['PySide6'] = None\n"  # importing PySide6 now raises ImportError
        "from planner.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path)!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == EXIT_START_FAILED
    assert "Runlift could not start: ModuleNotFoundError" in done.stderr
    assert str(tmp_path / "logs" / LOG_NAME) in done.stderr
    assert "ModuleNotFoundError" in (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
