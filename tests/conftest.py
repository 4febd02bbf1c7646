"""Shared fixtures: every test gets its own data folder; Qt runs offscreen unless a test needs Xvfb."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# before any Qt import: tests never need a display (the one Xvfb test sets its own)
if os.environ.get("RUNLIFT_TEST_DISPLAY") != "xvfb":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("RUNLIFT_DATA_DIR", None)
# tests write nothing into the user's cache folder, where each app they spawn keeps shiboken's code (Linux, macOS)
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="runlift-test-cache-")  # removed as the session ends

import pytest
from peewee import SqliteDatabase

from planner.config import Paths
from planner.services.workspace import Workspace, open_workspace
from planner.store.database import close_db, open_db

CACHE_HOME = os.environ["XDG_CACHE_HOME"]


def pytest_sessionfinish() -> None:
    shutil.rmtree(CACHE_HOME, ignore_errors=True)


SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data").ensure()


@pytest.fixture
def db(paths: Paths) -> Iterator[SqliteDatabase]:
    database = open_db(paths.database, paths.backups)
    yield database
    close_db()


@pytest.fixture
def workspace(paths: Paths) -> Iterator[Workspace]:
    opened = open_workspace(paths, backup_now=False)  # like the window, which backs up once it is painted
    yield opened
    opened.close()


@pytest.fixture(autouse=True, scope="session")
def _release_clipboard_before_exit() -> Iterator[None]:
    """Clipboard contents set from Python are Python-made QMimeData; left there, Qt frees them in a C exit
    handler after Python has finalized, which crashes the process (exit code 139) after all tests passed."""
    yield
    from PySide6.QtWidgets import QApplication

    from planner.ui.calendar.calendar_controller import CalendarController

    app = QApplication.instance()
    if app is not None:
        CalendarController.release_clipboard()
        QApplication.clipboard().clear()
        app.processEvents()
