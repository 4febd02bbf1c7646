"""The watched folder: files there at start are imported, a file copied in later is imported when the
folder changes (QFileSystemWatcher), each file is read once, and a status line says what came in."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner.services import sessions, watched_folder
from planner.services.workspace import Workspace
from planner.ui.shell.folder_watch import DIALOG_WAIT_MS
from planner.ui.shell.main_window import MainWindow
from tests.conftest import SHARED_DATA
from tests.qt.window_helpers import main_window

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")
FIT = SHARED_DATA / "fit"
JUNE_2017 = (date(2017, 6, 1), date(2017, 6, 30))


@pytest.fixture
def watched(tmp_path: Path) -> Path:
    folder = tmp_path / "GARMIN" / "Activity"
    folder.mkdir(parents=True)
    shutil.copy(FIT / "garmin-fenix-5-run.fit", folder)
    shutil.copy(FIT / "bad-activity-unexpected-eof.fit", folder)
    return folder


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, watched: Path) -> Iterator[MainWindow]:
    watched_folder.set_folder(watched)  # as Settings would have saved it before this start
    with main_window(qtbot, workspace) as main:
        yield main


def june() -> list:
    return sessions.sessions_between(*JUNE_2017)


def test_files_there_at_start_and_copied_in_later_are_imported(qtbot: QtBot, window: MainWindow, watched: Path) -> None:
    qtbot.waitUntil(lambda: len(june()) == 1, timeout=5000)
    qtbot.waitUntil(lambda: not window.folder_watch.busy)
    status = "Watched folder: Imported 1 activity; 1 file skipped."
    assert window.statusBar().currentMessage() == status
    # Settings > Data shows the same sentence with the reason for the skipped file under it
    assert watched_folder.status() == (
        f"{status}\n\nThese files changed nothing:\n\n"
        "• bad-activity-unexpected-eof.fit is cut short (truncated download or copy?)"
    )
    assert window.undo_stack.undoText() == "import 1 activity"

    shutil.copy(FIT / "garmin-fenix-5-walk.fit", watched)  # the watch syncs a walk
    qtbot.waitUntil(lambda: len(june()) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Watched folder: Imported 1 activity.")
    # the damaged file was read once: it is not reported again at every change
    assert watched_folder.new_files(watched) == []


def test_a_zip_copied_in_is_opened_and_duplicates_are_told(qtbot: QtBot, window: MainWindow, watched: Path) -> None:
    qtbot.waitUntil(lambda: len(june()) == 1, timeout=5000)
    qtbot.waitUntil(lambda: not window.folder_watch.busy)
    with zipfile.ZipFile(watched / "export.zip", "w") as export:
        export.write(FIT / "garmin-fenix-5-run.fit", "activities/1.fit")
        export.write(FIT / "garmin-fenix-5-bike.fit", "activities/2.fit")
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Watched folder: Imported 1 activity; 1 duplicate left alone.",
        timeout=10_000,
    )
    assert len(june()) == 2


def test_settings_choose_and_stop_the_folder(qtbot: QtBot, window: MainWindow, watched: Path, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: not window.folder_watch.busy and len(june()) == 1, timeout=5000)
    other = tmp_path / "sync"
    other.mkdir()
    shutil.copy(FIT / "garmin-fenix-5-bike.fit", other)
    dialog = window.preferences.make_dialog()
    assert dialog.watched.path.text() == str(watched)
    shown = dialog.watched.status.text()
    assert shown.startswith("Watched folder: Imported 1 activity; 1 file skipped.\n\n")
    assert shown.endswith("• bad-activity-unexpected-eof.fit is cut short (truncated download or copy?)")
    dialog.watched.set_folder(other)
    assert dialog.apply()
    qtbot.waitUntil(lambda: len(june()) == 2, timeout=5000)  # the new folder's file, at once
    assert window.folder_watch.watcher.directories() == [str(other)]
    dialog.watched.stop.click()
    assert dialog.apply()
    assert watched_folder.folder() is None
    assert window.folder_watch.watcher.directories() == []


def test_a_folder_that_is_not_there_says_so(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    watched_folder.set_folder(tmp_path / "unplugged" / "GARMIN")
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: "is not there" in main.statusBar().currentMessage())
    main.close()


def test_no_folder_says_so_in_words_that_fit(qtbot: QtBot, tmp_path: Path) -> None:
    """The empty field's hint was cut to "None: activities co…"; the meaning is now the line under it."""
    from planner.ui.dialogs.watched_folder_form import WatchedFolderForm

    form = WatchedFolderForm(None, "")
    qtbot.addWidget(form)
    form.resize(330, form.sizeHint().height())  # its share of the 518-pixel Settings dialog
    form.show()
    qtbot.waitExposed(form)
    hint = form.path.placeholderText()
    assert form.path.fontMetrics().horizontalAdvance(hint) + 8 <= form.path.width()
    assert "File\u00a0>\u00a0Import" in form.status.text()  # a wrapped line never splits the menu path
    form.set_folder(tmp_path)
    assert form.status.text() == "Nothing imported from it yet."
    form.set_folder(None)
    assert "File\u00a0>\u00a0Import" in form.status.text()


def test_an_import_waits_while_a_dialog_is_open(qtbot: QtBot, window: MainWindow, watched: Path) -> None:
    """An editor open on the planned run a file completes: its OK would write the run back as planned."""
    qtbot.waitUntil(lambda: len(june()) == 1 and not window.folder_watch.busy, timeout=5000)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    shutil.copy(FIT / "garmin-fenix-5-walk.fit", watched)
    window.folder_watch.look()
    qtbot.waitUntil(lambda: bool(window.folder_watch.queue), timeout=5000)  # found, and waiting
    qtbot.wait(3 * DIALOG_WAIT_MS)
    assert len(june()) == 1
    dialog.reject()
    qtbot.waitUntil(lambda: len(june()) == 2, timeout=10_000)
