"""Importing from the window: files dropped on the week, the progress dialog's Cancel, the summary, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from planner.domain.enums import Status
from planner.services import importing, sessions
from planner.services.workspace import Workspace
from planner.ui.calendar.mime import sessions_mime
from planner.ui.shell.main_window import MainWindow
from tests.conftest import SHARED_DATA
from tests.helpers import MONDAY, db_fingerprint, run
from tests.qt.calendar_helpers import day_view_point, drop_on

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")
FIT = SHARED_DATA / "fit"
RUN_DAY = date(2017, 6, 11)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.resize(1200, 720)
    main.show()
    main.show_page("calendar")
    main.calendar.show_week(MONDAY)
    qtbot.waitExposed(main)
    yield main
    if main.activity_import.skipped_box is not None:
        main.activity_import.skipped_box.close()
    main.close()


def file_urls(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def shown_titles(window: MainWindow) -> list[str]:
    model = window.calendar.model
    return [
        model.index(r, 0, view.rootIndex()).data()
        for view in window.calendar.week_view.views
        for r in range(model.rowCount(view.rootIndex()))
    ]


def test_dropping_files_imports_them_and_shows_the_week(qtbot: QtBot, window: MainWindow) -> None:
    view = window.calendar.week_view.views[0]
    data = file_urls(FIT / "garmin-fenix-5-run.fit", FIT / "bad-activity-unexpected-eof.fit")
    drop = drop_on(qtbot, view.viewport(), data, day_view_point(window.calendar, 0))
    assert drop.isAccepted()
    (saved,) = sessions.sessions_between(RUN_DAY, RUN_DAY)
    assert saved.status is Status.DONE
    assert window.calendar.anchor == RUN_DAY  # the calendar moved to where the run landed
    assert "Easy run" in shown_titles(window)
    assert window.statusBar().currentMessage() == "Imported 1 activity; 1 file skipped."
    box = window.activity_import.skipped_box
    assert box is not None
    assert "• bad-activity-unexpected-eof.fit is cut short" in box.informativeText()


def test_the_session_drag_still_moves_cards(qtbot: QtBot, window: MainWindow) -> None:
    moved = sessions.create(run(MONDAY))
    window.calendar.refresh()
    data = sessions_mime([moved.id], ["Easy run"])
    drop_on(qtbot, window.calendar.week_view.views[2].viewport(), data, day_view_point(window.calendar, 2))
    assert sessions.get(moved.id).day == date(2026, 11, 25)


def test_cancel_keeps_what_finished(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = importing.import_file
    seen: list[Path] = []

    def import_then_cancel(path: Path, today: date | None = None) -> importing.FileOutcome:
        seen.append(path)
        result = real_import(path, today)
        progress = window.findChild(QProgressDialog, "importProgress")
        assert progress is not None
        assert progress.isVisible()
        progress.cancel()  # as a click on Cancel would, while the first file finishes
        return result

    monkeypatch.setattr(importing, "import_file", import_then_cancel)
    files = [FIT / "garmin-fenix-5-run.fit", FIT / "garmin-fenix-5-walk.fit", FIT / "garmin-fenix-5-bike.fit"]
    results = window.activity_import.import_paths(files)
    assert seen == files[:1]
    assert [r.summary for r in results] == ["imported"]
    assert len(sessions.sessions_between(date(2017, 6, 1), date(2017, 6, 30))) == 1
    assert window.statusBar().currentMessage() == "Imported 1 activity; cancelled after 1 of 3 files."
    QApplication.processEvents()
    assert (
        window.findChild(QProgressDialog, "importProgress") is None
        or not window.findChild(QProgressDialog, "importProgress").isVisible()
    )


def test_an_import_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    sessions.create(run(RUN_DAY, km=0.16))
    before = db_fingerprint()
    window.activity_import.import_paths([FIT / "garmin-fenix-5-run.fit", FIT / "garmin-fenix-5-walk.fit"])
    after = db_fingerprint()
    assert window.undo_action.text() == "Undo import 2 activities"
    window.undo_action.trigger()
    assert db_fingerprint() == before
    window.redo_action.trigger()
    assert db_fingerprint() == after
    assert window.activity_import.skipped_box is None  # nothing was skipped: no dialog


def test_an_export_zip_imports_member_by_member_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import zipfile

    export = tmp_path / "export_1.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("activities/1.fit", (FIT / "garmin-fenix-5-run.fit").read_bytes())
        out.writestr("activities/2.fit", (FIT / "garmin-fenix-5-walk.fit").read_bytes())
        out.writestr("../evil.fit", b"")
    results = window.activity_import.import_paths([export])
    assert [r.summary.partition(":")[0] for r in results] == ["skipped", "imported", "imported"]
    assert window.statusBar().currentMessage() == "Imported 2 activities; 1 file skipped."
    assert len(sessions.sessions_between(date(2017, 6, 1), date(2017, 6, 30))) == 2
    window.undo_stack.undo()
    assert sessions.sessions_between(date(2017, 6, 1), date(2017, 6, 30)) == []


def test_a_richer_copy_is_merged_said_in_the_summary_and_undone_in_one_step(window: MainWindow) -> None:
    tcx = SHARED_DATA / "tcx"
    window.activity_import.import_paths([tcx / "no_hr.tcx"])
    results = window.activity_import.import_paths([tcx / "test.tcx"])
    assert [r.activities[0].outcome for r in results] == [importing.Outcome.MERGED]
    assert window.statusBar().currentMessage() == "Imported nothing new; heart rate merged in from 1 duplicate."
    assert window.undo_stack.undoText() == "import 1 activity"
    (run_day,) = sessions.sessions_between(date(2012, 12, 26), date(2012, 12, 26))
    assert run_day.run.avg_hr is not None
    window.undo_stack.undo()
    (undone,) = sessions.sessions_between(date(2012, 12, 26), date(2012, 12, 26))
    assert undone.run.avg_hr is None  # the first import stays; only the merge is taken back
