"""Issue 17: every kind of change reaches the pages that show it through the one hub, and no others.

Each test makes one kind of change the way a user would (an undoable edit, its undo and redo, a race, a
check-in, an exercise, the profile, an import, a restore) and counts which pages reloaded.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.checkin import CheckIn
from planner.domain.enums import RunType
from planner.domain.templates import TEMPLATES_BY_KEY
from planner.services import full_backup, races, sessions
from planner.services import profile as profile_service
from planner.services.changes import Changes
from planner.services.workspace import Workspace
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.charts.progress_page import ProgressPage
from planner.ui.library.library_page import LibraryPage
from planner.ui.shell.main_window import MainWindow
from planner.ui.undo_commands import CreateSession
from tests.conftest import SHARED_DATA
from tests.helpers import MONDAY, run
from tests.qt.window_helpers import main_window

TODAY = MONDAY + timedelta(days=2)


class Reloads:
    """Counts the reload of every page and dock, by name."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.counts: Counter[str] = Counter()
        calendar = window.calendar
        # the first week's deferred personal-records read is a timer, not a change: counted, it made the
        # "which pages reloaded" answers depend on how fast the test ran
        calendar.controller.stop_pending()
        calendar.side_tabs.setCurrentIndex(1)  # build the exercise shelf
        assert calendar.shelf is not None
        library = window.page("library")
        progress = window.page("progress")
        assert isinstance(library, LibraryPage)
        assert isinstance(progress, ProgressPage)
        self._count(monkeypatch, calendar.controller, "reload", "week")
        self._count(monkeypatch, calendar.shelf, "reload", "shelf")
        self._count(monkeypatch, library, "reload", "library")
        self._count(monkeypatch, progress, "mark_stale", "charts")
        self._count(monkeypatch, calendar, "refresh_example_banner", "banner")

    def _count(self, monkeypatch: pytest.MonkeyPatch, target: object, name: str, label: str) -> None:
        original = getattr(target, name)

        def counted(*args: object, **kwargs: object) -> object:
            self.counts[label] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(target, name, counted)

    def take(self) -> set[str]:
        """The pages that reloaded since the last take."""
        seen = {label for label, n in self.counts.items() if n}
        self.counts.clear()
        return seen


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    sessions.create(run(MONDAY, RunType.EASY))
    with main_window(qtbot, workspace) as shown:
        shown.pinned_today = TODAY
        shown.calendar.show_week(MONDAY)
        yield shown


@pytest.fixture
def reloads(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Reloads:
    found = Reloads(window, monkeypatch)
    found.take()
    return found


SESSION_PAGES = {"week", "charts", "banner"}


def test_a_session_edit_its_undo_and_redo_reach_the_week_and_the_charts_only(
    window: MainWindow, reloads: Reloads
) -> None:
    window.calendar.controller.create("lift-lower-heavy", MONDAY + timedelta(days=3), 0)
    assert reloads.take() == SESSION_PAGES
    window.undo_stack.undo()
    assert reloads.take() == SESSION_PAGES
    window.undo_stack.redo()
    assert reloads.take() == SESSION_PAGES


def test_an_edit_in_a_far_week_leaves_the_shown_week_alone(window: MainWindow, reloads: Reloads) -> None:
    far = MONDAY + timedelta(weeks=6)
    window.undo_stack.push(CreateSession(TEMPLATES_BY_KEY["run-easy"], far, 0, window.hub.publish))
    assert reloads.take() == {"charts", "banner"}


def test_an_edit_the_day_after_the_week_reaches_it(window: MainWindow, reloads: Reloads) -> None:
    """Monday's intervals after the shown week change its Sunday's warnings (R5 looks 24-48 h ahead)."""
    next_monday = MONDAY + timedelta(days=7)
    window.undo_stack.push(CreateSession(TEMPLATES_BY_KEY["run-intervals"], next_monday, 0, window.hub.publish))
    assert "week" in reloads.take()


def test_a_race_reaches_the_week_and_the_charts(window: MainWindow, reloads: Reloads) -> None:
    from planner.domain.profile import Race

    races.add(Race(day=MONDAY + timedelta(days=40), name="Spring 10k", distance_m=10_000))
    window.hub.publish(Changes(races=True))
    assert reloads.take() == {"week", "charts"}


def test_a_check_in_reaches_the_week_and_the_charts(window: MainWindow, reloads: Reloads) -> None:
    window.calendar.controller.save_checkin(CheckIn(day=MONDAY, sleep_hours=5.5))
    assert reloads.take() == {"week", "charts"}
    assert window.calendar.week_view.columns[0].checkin_line.isVisible()


def test_an_exercise_edit_reaches_the_shelf_and_the_charts_not_the_week(window: MainWindow, reloads: Reloads) -> None:
    library = window.page("library")
    assert isinstance(library, LibraryPage)
    library.toggle_hidden()  # the selected exercise hidden from the library, the shelf and the picker
    assert reloads.take() == {"library", "shelf", "charts"}  # the library reloads itself once, not again


def test_the_profile_reaches_every_page_that_shows_units_or_weeks(window: MainWindow, reloads: Reloads) -> None:
    window.set_first_weekday(6)
    assert reloads.take() == {"week", "charts"}
    assert window.first_weekday_actions[1].isChecked()
    assert window.calendar.week is not None
    assert window.calendar.week.start.weekday() == 6


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")
def test_an_import_and_its_undo_reach_the_week_and_the_charts(window: MainWindow, reloads: Reloads) -> None:
    window.activity_import.import_paths([SHARED_DATA / "fit" / "garmin-fenix-5-run.fit"])
    assert {"week", "charts", "banner"} <= reloads.take()
    window.undo_stack.undo()
    assert reloads.take() == SESSION_PAGES


def test_a_restore_reloads_every_page(
    window: MainWindow, reloads: Reloads, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.json"
    document = json.loads(full_backup.backup_text())
    backup.write_text(json.dumps(document))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window.calendar.controller.suggest_lifts()
    assert window.transfer.restore_from_file()
    assert reloads.take() == {"week", "shelf", "library", "charts", "banner"}
    assert window.undo_stack.count() == 0
    assert window.calendar.model.ghosts == []  # suggestions belonged to the data that was replaced


def test_a_page_hooks_in_with_two_lines(window: MainWindow) -> None:
    """What the closing note promises a new page: take the hub, subscribe; nothing else in the window."""
    heard: list[Changes] = []

    class NewPage:
        def __init__(self, hub: object) -> None:
            window.hub.subscribe(self.on_changes)

        def on_changes(self, changes: Changes, _initiator: object = None) -> None:
            heard.append(changes)

    page = NewPage(window.hub)  # kept: the hub holds its listeners weakly, as Qt does bound methods
    window.calendar.controller.create("run-easy", MONDAY, 0)
    assert len(heard) == 1
    assert MONDAY in heard[0].days
    assert page is not None


def test_the_calendar_page_alone_has_a_hub_of_its_own(page: CalendarPage) -> None:
    page.controller.create("run-easy", MONDAY, 0)
    assert [s.title for s in page.model.plan.week.on(MONDAY)] == ["Easy run"]  # type: ignore[union-attr]


def test_today_is_the_windows_day(window: MainWindow) -> None:
    assert window.today() == TODAY
    assert profile_service.current().first_weekday == 0
    assert isinstance(window.today(), date)
