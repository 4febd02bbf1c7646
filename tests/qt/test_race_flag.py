"""Races are edited where they show: the race flag on a day opens the race (double-click) or offers edit,
move and delete (right-click); each is one undo step through the services and the change hub."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.services import races
from planner.store.errors import NotFoundError
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.dialogs.race_dialog import RaceDialog
from tests.helpers import MONDAY

THURSDAY = MONDAY + timedelta(days=3)


def city_10k() -> Race:
    return races.add(Race(day=THURSDAY, name="City 10K", distance_m=10000.0, priority=RacePriority.B))


def test_the_race_flag_shows_and_offers_edit_move_and_delete(qtbot: QtBot, page: CalendarPage) -> None:
    race = city_10k()
    page.refresh()
    column = page.week_view.columns[3]
    assert "⚑ City 10K (B)" in column.header.text()
    assert column.race == race
    assert [a.text() for a in column.header.actions() if a.isVisible()][-3:] == [
        "Edit race…",
        "Move race to another day…",
        "Delete race",
    ]
    assert not any(a.isVisible() for a in page.week_view.columns[2].race_actions)
    assert "Edit race…" not in [a.text() for a in page.week_view.columns[2].header.actions()]
    column.race_actions[2].trigger()  # Delete race: asks the page, which deletes it as an undoable step
    with pytest.raises(NotFoundError):
        races.get(race.id)  # type: ignore[arg-type]
    page.controller.undo_stack.undo()
    assert races.get(race.id) == race  # type: ignore[arg-type]
    asked: list[tuple[Race, bool]] = []
    page.week_view.race_edit_requested.disconnect(page.edit_race)  # its dialog is tested on its own
    page.week_view.race_edit_requested.connect(lambda r, move: asked.append((r, move)))
    qtbot.mouseDClick(column.header, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    assert asked == [(race, False)]


def test_moving_and_deleting_a_race_are_undoable_steps(
    qtbot: QtBot, page: CalendarPage, undo_stack: QUndoStack
) -> None:
    race = city_10k()
    page.refresh()
    moved = replace(race, day=THURSDAY + timedelta(days=2))
    page.controller.update_race(race, moved)
    assert races.get(race.id) == moved  # type: ignore[arg-type]
    assert "⚑ City 10K" in page.week_view.columns[5].header.text()  # the hub told the week
    assert "⚑" not in page.week_view.columns[3].header.text()
    assert not any(a.isVisible() for a in page.week_view.columns[3].race_actions)  # the flag's menu went too
    assert undo_stack.undoText() == "move City 10K to Sat 28 Nov"
    undo_stack.undo()
    assert races.get(race.id) == race  # type: ignore[arg-type]
    assert "⚑ City 10K" in page.week_view.columns[3].header.text()

    page.controller.delete_race(race)
    assert races.upcoming(MONDAY) == []
    assert "⚑" not in page.week_view.columns[3].header.text()
    undo_stack.undo()
    assert races.upcoming(MONDAY) == [race]  # back with its id


def test_the_race_dialog_edits_every_field_and_can_delete(qtbot: QtBot) -> None:
    from planner.domain.enums import DistanceUnit

    race = Race(id=7, day=THURSDAY, name="City 10K", distance_m=10000.0, priority=RacePriority.B)
    dialog = RaceDialog(race, DistanceUnit.KM, MONDAY)
    qtbot.addWidget(dialog)
    assert dialog.edited() == race  # opened on the race as it is
    dialog.form.name.setText("City 10 km")
    dialog.form.distance.setValue(10.5)
    assert dialog.edited() == replace(race, name="City 10 km", distance_m=10500.0)
    dialog._delete()
    assert dialog.delete_requested


def test_undoing_a_race_delete_after_another_race_took_its_id_brings_it_back_beside_it(
    qtbot: QtBot, page: CalendarPage, undo_stack: QUndoStack
) -> None:
    """SQLite gives a freed id again: a race added in the Season dialog (not an undoable step) took the
    deleted one's, the Undo's insert failed, and the Redo then deleted the new race."""
    race = city_10k()
    page.refresh()
    page.controller.delete_race(race)
    trail = races.add(Race(day=THURSDAY + timedelta(days=2), name="Trail 20K", distance_m=20_000.0))
    assert trail.id == race.id  # the freed id, given again
    undo_stack.undo()
    back = {r.name: r for r in races.upcoming(MONDAY)}
    assert set(back) == {"City 10K", "Trail 20K"}
    assert back["Trail 20K"] == trail
    assert back["City 10K"] == replace(race, id=back["City 10K"].id)
    undo_stack.redo()  # deletes City 10K again, and only it
    assert races.upcoming(MONDAY) == [trail]


def test_undoing_an_edit_of_a_race_removed_since_does_nothing(
    qtbot: QtBot, page: CalendarPage, undo_stack: QUndoStack
) -> None:
    """The race was removed in the Season dialog; the Undo of its move raised NotFoundError out of the
    stack. Now both directions leave the races as they are."""
    race = city_10k()
    page.refresh()
    page.controller.update_race(race, replace(race, day=THURSDAY + timedelta(days=2)))
    races.remove(race.id)  # type: ignore[arg-type]
    undo_stack.undo()
    assert races.upcoming(MONDAY) == []
    undo_stack.redo()
    assert races.upcoming(MONDAY) == []
