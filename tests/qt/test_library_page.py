"""The library page offscreen, on a small known library; and exercises dropped onto lift cards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListView, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import Intensity, LiftFocus, MovementPattern
from planner.services import library, sessions
from planner.services.workspace import Workspace
from planner.store import models as m
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.library.library_model import EXERCISE_ROLE, LibraryModel
from planner.ui.library.library_page import LibraryPage
from tests.helpers import MONDAY, db_fingerprint, lift, run
from tests.qt.calendar_helpers import settle

MINI = Path(__file__).resolve().parents[1] / "data" / "mini_library.json"


@pytest.fixture
def mini_library(workspace: Workspace) -> None:
    """Only the three test exercises, whatever the installed library holds."""
    with m.database.atomic():
        m.ExerciseImage.delete().execute()
        m.Exercise.delete().execute()
        m.Setting.delete().where(m.Setting.key == library.CONTENT_FLAG).execute()
    library.sync_builtins(MINI)


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, mini_library: None) -> Iterator[LibraryPage]:
    shown = LibraryPage(workspace.paths.images)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    yield shown
    shown.close()


def names(page: LibraryPage) -> list[str]:
    return [e.name for e in page.model.shown]


def test_the_library_model_passes_qtmodeltester(qtmodeltester, qtbot: QtBot, mini_library: None) -> None:  # type: ignore[no-untyped-def]
    model = LibraryModel(lambda stored: Path(stored))
    model.set_exercises(library.exercises())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3


def test_search_as_you_type_and_filters(qtbot: QtBot, page: LibraryPage) -> None:
    assert names(page) == ["Test bridge", "Test hop", "Test squat"]
    qtbot.keyClicks(page.search, "heels")
    qtbot.waitUntil(lambda: names(page) == ["Test bridge"])
    page.search.clear()
    qtbot.waitUntil(lambda: len(names(page)) == 3)
    page.pattern.setCurrentIndex(page.pattern.findData(MovementPattern.PLYOMETRIC))
    assert names(page) == ["Test hop"]
    page.pattern.setCurrentIndex(0)
    page.equipment.setCurrentIndex(page.equipment.findData("barbell"))
    assert names(page) == ["Test squat"]
    page.equipment.setCurrentIndex(0)
    page.unilateral.setChecked(True)
    assert names(page) == ["Test hop"]


def test_the_detail_shows_how_and_why_and_links_variants(qtbot: QtBot, page: LibraryPage) -> None:
    page.select_slug("test-squat")
    text = page.detail.text.text()
    assert "Brace before you bend" in text
    assert "Heels lifting" in text
    assert "Stronger quads absorb landing forces." in text
    assert "quadriceps, glutes (also core)" in text
    assert "3 x 4-6 reps, 2 in reserve" in text
    assert 'href="exercise:test-bridge"' in text
    page.detail.text.linkActivated.emit("exercise:test-bridge")
    assert page.current().slug == "test-bridge"


def test_grid_and_list(page: LibraryPage) -> None:
    assert page.view.viewMode() == QListView.ViewMode.IconMode
    page.list_button.click()
    assert page.view.viewMode() == QListView.ViewMode.ListMode
    assert page.model.icon_size == page.view.iconSize()


def test_hide_and_show_again(qtbot: QtBot, page: LibraryPage) -> None:
    page.select_slug("test-hop")
    page.hide_button.click()
    assert "Test hop" not in names(page)
    page.show_hidden.setChecked(True)
    page.select_slug("test-hop")
    assert page.hide_button.text() == "Show again"
    page.hide_button.click()
    page.show_hidden.setChecked(False)
    assert "Test hop" in names(page)


def test_photos_good_and_bad(qtbot: QtBot, page: LibraryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    good = tmp_path / "mine.png"
    Image.new("RGB", (300, 200), "teal").save(good)
    bad = tmp_path / "bad.jpg"
    bad.write_text("not a photo")
    page.select_slug("test-bridge")
    problems = page.add_photos([good, bad])
    assert len(problems) == 1
    assert "bad.jpg" in warned[0]
    assert len(page.current().images) == 2
    assert page.detail.photos.count() == 1  # the photo shown under the illustration


def test_an_exercise_dropped_on_a_lift_card_adds_its_sets(
    qtbot: QtBot, workspace: Workspace, mini_library: None
) -> None:
    from PySide6.QtGui import QUndoStack

    calendar = CalendarPage(QUndoStack())
    qtbot.addWidget(calendar)
    strength = sessions.create(lift(MONDAY, LiftFocus.LOWER, Intensity.HEAVY))
    easy = sessions.create(run(MONDAY))
    calendar.show_week(MONDAY)
    before = db_fingerprint()
    shelf = LibraryModel(lambda stored: Path(stored))
    shelf.set_exercises(library.exercises())
    squat_row = next(i for i, e in enumerate(shelf.shown) if e.slug == "test-squat")
    data = shelf.mimeData([shelf.index(squat_row)])
    week = calendar.model
    # not onto a run, not onto a bare day
    assert not week.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, week.session_index(easy.id))
    assert not week.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, week.index(0, 0))
    assert week.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, week.session_index(strength.id))
    settle(qtbot)
    added = sessions.get(strength.id).sets
    squat = shelf.shown[squat_row]
    assert [(s.exercise_id, s.set_number, s.target_reps, s.target_rir) for s in added] == [
        (squat.id, 1, 8, 3.0),
        (squat.id, 2, 8, 3.0),
    ]  # the novice dose (the default profile), starting at the bottom of the rep range
    assert calendar.controller.undo_stack.undoText() == "add Test squat to Heavy lower-body lift"
    calendar.controller.undo_stack.undo()
    assert db_fingerprint() == before
    assert shelf.index(squat_row).data(EXERCISE_ROLE).name == "Test squat"


def test_the_calendar_carries_a_searchable_exercise_shelf(
    qtbot: QtBot, workspace: Workspace, mini_library: None
) -> None:
    from PySide6.QtGui import QUndoStack

    calendar = CalendarPage(QUndoStack(), images_dir=workspace.paths.images)
    qtbot.addWidget(calendar)
    assert calendar.shelf is None  # not built until wanted
    calendar.side_tabs.setCurrentIndex(1)
    assert calendar.shelf is not None
    assert calendar.side_tabs.currentWidget() is calendar.shelf
    assert [e.name for e in calendar.shelf.model.shown] == ["Test bridge", "Test hop", "Test squat"]
    calendar.shelf.search.setText("calves")
    assert [e.name for e in calendar.shelf.model.shown] == ["Test hop"]
    assert calendar.shelf.view.dragEnabled()


def test_photos_dragged_from_the_desktop_are_added(qtbot: QtBot, page: LibraryPage, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl

    from tests.qt.calendar_helpers import drop_on

    photo = tmp_path / "desk.jpg"
    Image.new("RGB", (320, 240), "navy").save(photo)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    page.select_slug("test-hop")
    event = drop_on(qtbot, page.detail, data, QPoint(20, 20), Qt.DropAction.CopyAction)
    assert event.isAccepted()
    assert len(page.current().images) == 2


def test_exercises_dropped_on_the_sets_are_added(qtbot: QtBot, mini_library: None) -> None:
    from PySide6.QtCore import QPoint

    from planner.ui.calendar.mime import exercises_mime
    from planner.ui.calendar.session_editor import SessionEditor
    from tests.qt.calendar_helpers import drop_on

    hop = next(e for e in library.exercises() if e.slug == "test-hop")
    editor = SessionEditor(sessions_lift(), library.exercises())
    qtbot.addWidget(editor)
    editor.show()
    data = exercises_mime([hop.id], [hop.name])
    drop_on(qtbot, editor.sets_editor.scroll_area.viewport(), data, QPoint(10, 10), Qt.DropAction.CopyAction)
    assert [s.exercise_id for s in editor.edited().sets] == [hop.id, hop.id]


def sessions_lift():  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(lift(MONDAY), id=1)


def test_an_empty_result_says_what_was_asked_and_the_ways_out() -> None:
    from planner.domain.enums import LiftFocus
    from planner.domain.exercise import LibraryFilter
    from planner.ui.library.library_page import no_match_text

    assert no_match_text(LibraryFilter(text=" zzz ")) == (
        "No exercise matches \u201czzz\u201d.\n\nTry to clear the search or tick Show hidden, "
        "or add your own with New exercise\u2026"
    )
    narrowed = no_match_text(LibraryFilter(text="row", focus=LiftFocus.CORE, show_hidden=True))
    assert narrowed.startswith("No exercise matches \u201crow\u201d with these filters.")
    assert "clear the search or set the filters back to Any, or add" in narrowed
    assert no_match_text(LibraryFilter(plyometric_only=True)).startswith("No exercise matches these filters.")
    assert no_match_text(LibraryFilter(show_hidden=True)).startswith("There are no exercises yet.")


def test_the_empty_list_shows_its_hint_only_while_empty(qtbot: QtBot, page: LibraryPage) -> None:
    page.search.setText("no such exercise")
    page.apply_filter()
    assert page.model.rowCount() == 0
    assert page.view.accessibleDescription().startswith("No exercise matches \u201cno such exercise\u201d")
    page.search.clear()
    page.apply_filter()
    assert page.model.rowCount() > 0
    assert page.view.accessibleDescription() == ""


def test_the_search_box_shows_its_whole_hint_in_a_1024_wide_window(qtbot: QtBot, workspace: Workspace) -> None:
    """The empty search box says what it searches; at 1024 x 640 its hint was cut to "Search by name, c…"."""
    from tests.qt.window_helpers import main_window

    with main_window(qtbot, workspace) as window:
        window.resize(1024, 640)
        window.show_page("library")
        qtbot.wait(10)
        search = window.library.search  # type: ignore[attr-defined]
        hint = search.placeholderText()
        assert "name" in hint.lower()
        assert "muscle" in hint
        inner = search.width() - 2 * search.style().pixelMetric(search.style().PixelMetric.PM_DefaultFrameWidth) - 8
        assert search.fontMetrics().horizontalAdvance(hint) <= inner
        assert search.toolTip()  # the hint in a sentence, on hover too


def test_the_filters_stay_on_one_line_in_a_1024_wide_window(qtbot: QtBot, workspace: Workspace) -> None:
    """The search box and the filters share one line at 1024 x 640: the pictures keep the height."""
    from tests.qt.window_helpers import main_window

    with main_window(qtbot, workspace) as window:
        window.resize(1024, 640)
        window.show_page("library")
        qtbot.wait(10)
        page = window.library
        search, grid = page.search, page.grid_button  # type: ignore[attr-defined]
        assert search.mapTo(window, QPoint(0, 0)).y() == grid.mapTo(window, QPoint(0, 0)).y()
