"""Logging a lift in the session editor: what was done per set, "As planned", fast keys and the profile's unit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from planner.domain.enums import MassUnit, Status
from planner.domain.session import LiftSet, Session
from planner.engine.plates import to_kg
from planner.engine.progression import Step
from planner.ui.calendar.session_editor import SessionEditor
from planner.ui.calendar.sets_editor import (
    DONE_LOAD,
    DONE_REPS,
    DONE_RIR,
    EDITABLE,
    EXERCISE,
    SET,
    TARGET_LOAD,
    TARGET_REPS,
    TARGET_RIR,
    SetsTable,
)
from tests.helpers import MONDAY, lift
from tests.qt.test_session_editor import HOP, SQUAT

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def squats_and_hops() -> Session:
    """Two squat sets of 5 x 100 kg at RIR 2, the first logged short; one set of 10 hops."""
    return replace(
        lift(
            MONDAY,
            sets=(
                LiftSet(1, 1, 0, 5, 100.0, 2.0, actual_reps=4, actual_load_kg=100.0, actual_rir=0.0, id=11),
                LiftSet(1, 2, 1, 5, 100.0, 2.0, id=12),
                LiftSet(2, 1, 2, 10, None, 3.0, id=13),
            ),
        ),
        id=3,
    )


def shown(qtbot: QtBot, session: Session, unit: MassUnit = MassUnit.KG) -> tuple[SessionEditor, SetsTable]:
    editor = SessionEditor(session, [SQUAT, HOP], mass_unit=unit)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert editor.sets_editor is not None
    table = editor.sets_editor.table
    table.setFocus()
    return editor, table


def open_cell(table: SetsTable, row: int, column: int) -> QLineEdit:
    table.setCurrentCell(row, column)
    table.edit(table.currentIndex())
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    return editor


def type_cell(qtbot: QtBot, table: SetsTable, row: int, column: int, text: str) -> None:
    """Type into a cell as a user does and commit with Enter."""
    line = open_cell(table, row, column)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)  # clears the selected old text
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != SetsTable.State.EditingState)


def test_the_table_separates_targets_from_what_was_done(qtbot: QtBot) -> None:
    _, table = shown(qtbot, squats_and_hops())
    labels = [table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(table.columnCount())]
    assert labels == [
        "Exercise",
        "Set",
        "Target reps",
        "Target load (kg)",
        "Target RIR",
        "Done reps",
        "Done load (kg)",
        "Done RIR",
    ]
    assert "reps in reserve" in table.horizontalHeaderItem(DONE_RIR).toolTip()
    assert "reps in reserve" in table.horizontalHeaderItem(TARGET_RIR).toolTip()
    assert [table.item(0, c).text() for c in EDITABLE] == ["5", "100", "2", "4", "100", "0"]
    assert [table.item(1, c).text() for c in (DONE_REPS, DONE_LOAD, DONE_RIR)] == ["", "", ""]
    assert not table.item(0, EXERCISE).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.item(0, DONE_LOAD).flags() & Qt.ItemFlag.ItemIsEditable


def test_typed_actuals_land_in_the_edited_sets(qtbot: QtBot) -> None:
    """Reps, Tab, load, Tab, RIR, Enter: the set is logged and the dialog stays open."""
    session = squats_and_hops()
    editor, table = shown(qtbot, session)
    line = open_cell(table, 1, DONE_REPS)
    qtbot.keyClicks(line, "5")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert (table.currentRow(), table.currentColumn()) == (1, DONE_LOAD)
    line = table.indexWidget(table.currentIndex())
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "97,5")  # a decimal comma reads too
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    line = table.indexWidget(table.currentIndex())
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "1.5")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.edited().sets[1].actual_rir == 1.5)
    assert editor.isVisible()
    second = editor.edited().sets[1]
    assert (second.actual_reps, second.actual_load_kg, second.actual_rir) == (5, 97.5, 1.5)
    assert second.logged
    assert second.id == 12
    assert editor.edited().sets[0] == session.sets[0]  # the set logged before is untouched
    assert not editor.edited().sets[2].logged


def test_clearing_done_reps_unlogs_a_set(qtbot: QtBot) -> None:
    editor, table = shown(qtbot, squats_and_hops())
    type_cell(qtbot, table, 0, DONE_REPS, "")
    assert editor.edited().sets[0].actual_reps is None
    assert not editor.edited().sets[0].logged


@pytest.mark.parametrize(
    ("column", "text"),
    [
        (DONE_REPS, "six"),
        (DONE_REPS, "4.5"),
        (DONE_REPS, "-4"),
        (DONE_LOAD, "-100"),
        (DONE_RIR, "11"),
        (DONE_LOAD, "nan"),
    ],
)
def test_a_bad_number_keeps_the_previous_value_on_screen_and_in_the_set(qtbot: QtBot, column: int, text: str) -> None:
    editor, table = shown(qtbot, squats_and_hops())
    before = table.item(0, column).text()
    type_cell(qtbot, table, 0, column, text)
    assert table.item(0, column).text() == before
    assert editor.edited().sets[0] == squats_and_hops().sets[0]


def test_as_planned_copies_targets_into_unlogged_sets_only_and_marks_the_session_done(qtbot: QtBot) -> None:
    session = squats_and_hops()
    editor, table = shown(qtbot, session)
    type_cell(qtbot, table, 1, DONE_LOAD, "90")  # a load typed ahead, reps not yet: not logged, load kept
    assert editor.status.currentData() == Status.PLANNED
    button = editor.sets_editor.as_planned_button
    assert button.accessibleName()
    assert "Ctrl+Shift+P" in button.toolTip()
    qtbot.keyClick(table, Qt.Key.Key_P, CTRL_SHIFT)  # a button's shortcut clicks it after a short flash
    qtbot.waitUntil(lambda: editor.status.currentData() == Status.DONE)
    done = [(s.actual_reps, s.actual_load_kg, s.actual_rir) for s in editor.edited().sets]
    assert done == [(4, 100.0, 0.0), (5, 90.0, 2.0), (10, None, 3.0)]
    assert editor.edited().status is Status.DONE
    assert all(s.logged for s in editor.edited().sets)


def test_tab_and_backtab_walk_only_the_number_cells_row_by_row(qtbot: QtBot) -> None:
    editor, table = shown(qtbot, squats_and_hops())
    table.setCurrentCell(0, EXERCISE)
    visited = []
    for _ in range(8):
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        visited.append((table.currentRow(), table.currentColumn()))
    assert visited == [(0, c) for c in EDITABLE] + [(1, TARGET_REPS), (1, TARGET_LOAD)]
    assert all(column not in (EXERCISE, SET) for _, column in visited)
    assert editor.isVisible()
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert (table.currentRow(), table.currentColumn()) == (0, DONE_RIR)


def test_tab_while_typing_goes_on_to_the_next_rows_first_number(qtbot: QtBot) -> None:
    editor, table = shown(qtbot, squats_and_hops())
    line = open_cell(table, 0, DONE_RIR)
    qtbot.keyClicks(line, "1")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert (table.currentRow(), table.currentColumn()) == (1, TARGET_REPS)
    assert table.state() == SetsTable.State.EditingState
    assert editor.edited().sets[0].actual_rir == 1.0


def test_tab_past_the_last_number_leaves_the_table(qtbot: QtBot) -> None:
    _, table = shown(qtbot, squats_and_hops())
    table.setCurrentCell(2, DONE_RIR)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_enter_adds_a_set_after_the_exercises_last_set_and_keeps_the_dialog_open(qtbot: QtBot) -> None:
    editor, table = shown(qtbot, squats_and_hops())
    table.setCurrentCell(0, DONE_REPS)  # on the first squat set, the logged one
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.result() == 0  # not accepted by the dialog's default button
    sets = editor.edited().sets
    assert [(s.exercise_id, s.set_number) for s in sets] == [(1, 1), (1, 2), (1, 3), (2, 1)]
    new = sets[2]
    assert (new.target_reps, new.target_load_kg, new.target_rir) == (5, 100.0, 2.0)
    assert (new.actual_reps, new.actual_load_kg, new.actual_rir, new.id) == (None, None, None, None)
    assert [s.position for s in sets] == [0, 1, 2, 3]
    assert (table.currentRow(), table.currentColumn()) == (2, TARGET_REPS)
    qtbot.keyClick(table, Qt.Key.Key_Enter)  # the keypad's Enter too, now from the new set
    assert [(s.exercise_id, s.set_number) for s in editor.edited().sets][:4] == [(1, 1), (1, 2), (1, 3), (1, 4)]
    assert editor.isVisible()


def test_enter_that_commits_a_cell_does_not_close_the_dialog(qtbot: QtBot) -> None:
    editor, table = shown(qtbot, squats_and_hops())
    type_cell(qtbot, table, 1, DONE_REPS, "5")
    assert editor.isVisible()
    assert editor.result() == 0
    assert len(editor.edited().sets) == 3  # committing added no set
    assert editor.edited().sets[1].actual_reps == 5


def test_delete_removes_the_selected_sets(qtbot: QtBot) -> None:
    editor, table = shown(qtbot, squats_and_hops())
    table.setCurrentCell(1, TARGET_LOAD)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.id for s in editor.edited().sets] == [11, 13]
    assert table.currentRow() == 1  # the cursor stays, so Delete can go on
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.id for s in editor.edited().sets] == [11]


def test_pounds_are_shown_and_typed_and_kilograms_stored_without_drift(qtbot: QtBot) -> None:
    session = replace(
        lift(
            MONDAY,
            sets=(
                LiftSet(1, 1, 0, 5, 102.5, 2.0, actual_reps=5, actual_load_kg=102.5, actual_rir=2.0, id=1),
                LiftSet(1, 2, 1, 5, 102.5, 2.0, id=2),
                LiftSet(2, 1, 2, 10, 61.3, 3.0, id=3),
            ),
        ),
        id=4,
    )
    editor, table = shown(qtbot, session, MassUnit.LB)
    assert "lb" in table.horizontalHeaderItem(TARGET_LOAD).text()
    assert "lb" in table.horizontalHeaderItem(DONE_LOAD).text()
    assert table.item(0, TARGET_LOAD).text() == "225.97"
    assert editor.edited().sets == session.sets  # nothing touched: the exact kilograms come back
    type_cell(qtbot, table, 1, DONE_REPS, "5")
    type_cell(qtbot, table, 1, DONE_LOAD, "135")
    assert editor.edited().sets[1].actual_load_kg == to_kg(135, MassUnit.LB)
    assert table.item(1, DONE_LOAD).text() == "135"
    table.setCurrentCell(2, EXERCISE)
    editor.sets_editor.move_selected_exercise(-1)  # rebuilding the table keeps the stored values
    table.setCurrentCell(0, EXERCISE)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # and so does adding a set
    by_id = {s.id: s for s in editor.edited().sets}
    assert by_id[3].target_load_kg == 61.3
    assert by_id[1].target_load_kg == by_id[1].actual_load_kg == 102.5
    assert by_id[2].target_load_kg == 102.5
    assert by_id[None].target_load_kg == 61.3
    editor.sets_editor.log_as_planned()
    assert editor.edited().sets[0].actual_load_kg == 61.3  # copied exactly, not through pounds


def test_the_next_step_is_written_in_pounds_and_stored_exactly(qtbot: QtBot) -> None:
    session = replace(lift(MONDAY, sets=(LiftSet(1, 1, 0, 5, 60.0, 2.0, id=1),)), id=4)
    editor, table = shown(qtbot, session, MassUnit.LB)
    step = Step(reps=6, load_kg=to_kg(135, MassUnit.LB) + 1e-9, note="")
    assert editor.sets_editor.apply_steps({1: step}) == 1
    assert table.item(0, TARGET_LOAD).text() == "135"
    assert table.item(0, TARGET_REPS).text() == "6"
    assert editor.edited().sets[0].target_load_kg == step.load_kg
