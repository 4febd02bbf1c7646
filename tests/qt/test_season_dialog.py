"""The season dialog: races set the phases week by week; "plan the season" is one undoable step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner.domain.dates import EARLIEST_DAY, LATEST_DAY
from planner.domain.enums import RunType, Source
from planner.domain.profile import Race
from planner.services import races, sessions
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.dialogs.season_dialog import SeasonDialog
from tests.helpers import MONDAY, db_fingerprint, run


def _weeks_of_runs(weeks: int) -> None:
    for k in range(weeks):
        start = MONDAY + timedelta(weeks=k)
        sessions.create(run(start + timedelta(days=1), RunType.INTERVALS, 10))
        sessions.create(run(start + timedelta(days=2), RunType.EASY, 8))
        sessions.create(run(start + timedelta(days=6), RunType.LONG, 18))


def _phases(dialog: SeasonDialog) -> list[str]:
    return [dialog.week_table.item(row, 1).text() for row in range(dialog.week_table.rowCount())]


def test_adding_an_a_race_sets_the_phases(qtbot: QtBot, workspace: object) -> None:
    _weeks_of_runs(8)
    dialog = SeasonDialog(MONDAY, today=MONDAY)
    qtbot.addWidget(dialog)
    assert set(_phases(dialog)) == {"Base"}
    race_day = MONDAY + timedelta(weeks=6, days=6)  # Sunday of the seventh week
    dialog.race_date.setDate(QDate(race_day.year, race_day.month, race_day.day))
    dialog.race_name.setText("City 10K")
    dialog.race_distance.setValue(10.0)
    dialog.add_race_button.click()
    assert [r.name for r in races.upcoming(MONDAY)] == ["City 10K"]
    assert dialog.weeks.value() == 8  # up to the race and its recovery week
    assert _phases(dialog) == ["Build", "Build", "Peak", "Peak", "Taper", "Taper", "Race week", "Recovery"]
    lifts = [dialog.week_table.item(row, 3).text() for row in range(8)]
    assert lifts == ["2", "2", "1", "1", "1", "1", "1", "1"]
    dialog.race_table.selectRow(0)
    dialog.remove_race_button.click()
    assert races.upcoming(MONDAY) == []
    assert set(_phases(dialog)) == {"Base"}


def test_a_b_race_keeps_the_base_phase(qtbot: QtBot, workspace: object) -> None:
    dialog = SeasonDialog(MONDAY, today=MONDAY)
    qtbot.addWidget(dialog)
    dialog.race_priority.setCurrentIndex(1)  # B
    dialog.add_race_button.click()
    assert set(_phases(dialog)) == {"Base"}


def test_plan_the_season_is_one_undoable_step(
    qtbot: QtBot, workspace: object, undo_stack: QUndoStack, page: CalendarPage
) -> None:
    _weeks_of_runs(4)
    before = db_fingerprint()
    dialog = SeasonDialog(MONDAY, today=MONDAY + timedelta(days=2))
    qtbot.addWidget(dialog)
    dialog.weeks.setValue(4)
    wanted = dialog.to_accept()
    assert all(s.day >= MONDAY + timedelta(days=2) for s in wanted)  # nothing in the past
    assert len(wanted) >= 7
    dialog.plan_requested.connect(page.controller.plan_season)
    dialog.plan_button.click()
    saved = [s for s in sessions.sessions_between(MONDAY, MONDAY + timedelta(weeks=4)) if s.source is Source.SUGGESTED]
    assert sorted(s.day for s in saved) == sorted(s.day for s in wanted)
    assert undo_stack.count() == 1
    assert "plan the season" in undo_stack.undoText()
    undo_stack.undo()
    assert db_fingerprint() == before


def test_the_week_after_the_dialog_sees_a_new_race(qtbot: QtBot, page: CalendarPage) -> None:
    _weeks_of_runs(1)
    races.add(Race(day=MONDAY + timedelta(days=5), name="Parkrun", distance_m=5000))
    page.refresh()
    result = page.controller.suggest_lifts()
    assert result.phase.phase.value == "race_week"
    assert all(s.intensity.value == "light" for s in result.suggestions)


def test_a_race_shows_in_its_day_header(qtbot: QtBot, page: CalendarPage) -> None:
    races.add(Race(day=MONDAY + timedelta(days=6), name="City 10K", distance_m=10000))
    page.refresh()
    header = page.week_view.columns[6].header.text()
    assert "City 10K (A)" in header
    assert "City 10K" not in page.week_view.columns[5].header.text()


def test_the_season_shows_the_planned_runs_week_by_week_and_follows_changes(qtbot: QtBot) -> None:
    """Issue 18: the runs planned to race day beside the lifts, live like the week."""
    from planner.services.changes import Changes
    from planner.ui.shell.change_hub import ChangeHub

    dialog = SeasonDialog(MONDAY, today=MONDAY)
    qtbot.addWidget(dialog)
    first_runs = dialog.week_table.item(0, 2).text()
    sessions.create(run(MONDAY + timedelta(days=1), RunType.INTERVALS, 10))
    hub = ChangeHub()
    hub.subscribe(dialog.on_changes)
    hub.publish(Changes.on_days([MONDAY + timedelta(days=1)]))
    assert dialog.week_table.item(0, 2).text() != first_runs
    assert dialog.week_table.item(0, 2).text().startswith("Tue intervals")


def test_the_season_fits_a_small_laptop_screen(
    qtbot: QtBot, workspace: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a 1024 x 640 screen less its panel, the dialog and its title bar fit: the Close button stays on it."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1024, 608))
    dialog = SeasonDialog(MONDAY, today=MONDAY)
    qtbot.addWidget(dialog)
    assert dialog.height() + 30 <= 608  # a title bar's room above it
    assert dialog.width() <= 1024
    assert dialog.height() >= dialog.minimumSizeHint().height()  # shrunk, never below what it needs


def test_an_empty_race_list_says_what_to_do(qtbot: QtBot, workspace: object) -> None:
    """With no race the table was a blank box; it now says how a race shapes the season, until one is added."""
    dialog = SeasonDialog(MONDAY, today=MONDAY)
    qtbot.addWidget(dialog)
    assert dialog.race_table.rowCount() == 0
    assert "Add your goal race" in dialog.race_table.accessibleDescription()
    dialog.race_name.setText("City 10K")
    dialog.add_race_button.click()
    assert dialog.race_table.rowCount() == 1
    assert dialog.race_table.accessibleDescription() == ""


def test_remove_race_needs_a_chosen_race(qtbot: QtBot, workspace: object) -> None:
    """Remove race did nothing, silently, with no race chosen; it is now enabled only when one is."""
    races.add(Race(day=MONDAY + timedelta(weeks=8), name="City 10K", distance_m=10_000))
    dialog = SeasonDialog(MONDAY, today=MONDAY)
    qtbot.addWidget(dialog)
    assert not dialog.remove_race_button.isEnabled()
    dialog.race_table.selectRow(0)
    assert dialog.remove_race_button.isEnabled()
    dialog.remove_race_button.click()
    assert races.upcoming(MONDAY) == []
    assert not dialog.remove_race_button.isEnabled()


def test_a_weeks_warning_is_whole_in_its_tooltip(qtbot: QtBot, workspace: object) -> None:
    """On a Sunday this week has one day left: its warning is longer than the column, so the cell's
    tooltip carries it whole (it held only the phase's reasons)."""
    dialog = SeasonDialog(MONDAY, today=MONDAY + timedelta(days=6))
    qtbot.addWidget(dialog)
    cell = dialog.week_table.item(0, 4)
    assert "⚠" in cell.text()
    warning = cell.text().split("⚠", 1)[1].strip()
    assert warning in cell.toolTip()


def test_a_race_is_kept_only_on_the_dates_runlift_keeps(qtbot: QtBot, workspace: object) -> None:
    """The race date box went to 9999 and the service took any day: a race in 2200 made every later backup
    one a restore refuses."""
    dialog = SeasonDialog(MONDAY, today=MONDAY)
    qtbot.addWidget(dialog)
    assert dialog.race_date.minimumDate().toPython() == EARLIEST_DAY
    assert dialog.race_date.maximumDate().toPython() == LATEST_DAY
    before = db_fingerprint()
    for day in (date(2200, 6, 1), date(1899, 12, 31)):
        with pytest.raises(ValueError, match="outside the dates Runlift keeps"):
            races.add(Race(day=day, name="Far", distance_m=10_000.0))
    assert db_fingerprint() == before
    kept = races.add(Race(day=LATEST_DAY, name="Last", distance_m=10_000.0))
    with pytest.raises(ValueError, match="outside the dates Runlift keeps"):
        races.update(Race(id=kept.id, day=date(2200, 1, 1), name="Last", distance_m=10_000.0))
    assert races.get(kept.id).day == LATEST_DAY


def test_each_weeks_lifts_show_whole_at_any_width(qtbot: QtBot, workspace: object) -> None:
    """A week's lifts wrap to as many lines as they need ("… · deload week (R12)" was cut off at two), and
    the rows fit again when the dialog is made narrower."""
    _weeks_of_runs(8)
    dialog = SeasonDialog(MONDAY, today=MONDAY)
    qtbot.addWidget(dialog)
    dialog.resize(820, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.week_table

    def cut_rows() -> list[int]:
        return [row for row in range(table.rowCount()) if table.rowHeight(row) < table.sizeHintForRow(row)]

    assert table.rowCount() > 0
    assert cut_rows() == []
    dialog.resize(560, 600)
    qtbot.waitUntil(lambda: table.columnWidth(4) < 200)
    assert cut_rows() == []
    assert max(table.rowHeight(row) for row in range(table.rowCount())) > table.verticalHeader().defaultSectionSize()


def test_races_added_and_removed_in_the_season_are_undo_steps(
    qtbot: QtBot, workspace: object, undo_stack: QUndoStack, page: CalendarPage
) -> None:
    """As a race edited on its flag: Ctrl+Z after closing the dialog takes back its last race, not an older step."""
    controller = page.controller
    dialog = SeasonDialog(MONDAY, MONDAY, add_race=controller.add_race, remove_race=controller.delete_race)
    qtbot.addWidget(dialog)
    dialog.race_name.setText("City 10K")
    dialog.race_distance.setValue(10.0)
    dialog.add_race_button.click()
    [added] = races.upcoming(MONDAY)
    assert undo_stack.undoText() == "add race City 10K"
    assert dialog.race_table.rowCount() == 1
    undo_stack.undo()
    assert races.upcoming(MONDAY) == []
    undo_stack.redo()
    assert races.upcoming(MONDAY) == [added]  # back with its id
    dialog._load_races()
    dialog.race_table.selectRow(0)
    dialog.remove_race_button.click()
    assert races.upcoming(MONDAY) == []
    assert dialog.race_table.rowCount() == 0
    assert undo_stack.undoText() == "delete race City 10K"
    undo_stack.undo()
    assert races.upcoming(MONDAY) == [added]
