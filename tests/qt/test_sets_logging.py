"""Logging a lift by exercise: ticks, typed differences, Enter to the next set, "As planned", warm-ups,
last time, the rest timer, plates and the profile's unit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.enums import Intensity, MassUnit, MovementPattern, Status
from planner.domain.session import LiftSet, Session
from planner.engine.plates import to_kg
from planner.engine.progression import Step
from planner.ui.calendar.session_editor import SessionEditor
from planner.ui.calendar.sets_editor import Kind, NumberField, SetRow, parse, plates_text
from tests.helpers import MONDAY, lift
from tests.qt.test_session_editor import HOP, SQUAT

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
BARBELL = replace(SQUAT, equipment=("barbell", "rack"), easier=("goblet",), harder=("front",))
GOBLET = replace(SQUAT, id=3, slug="goblet", name="Goblet squat", equipment=("dumbbell",))
FRONT = replace(SQUAT, id=4, slug="front", name="Front squat", equipment=("barbell",))
DEADLIFT = replace(SQUAT, id=5, slug="dl", name="Deadlift", pattern=MovementPattern.HINGE, equipment=("barbell",))
LIBRARY = [BARBELL, HOP, GOBLET, FRONT, DEADLIFT]


class FakeClock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


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


LAST_TIME = {
    1: (
        date(2026, 11, 16),
        (LiftSet(1, 1, 0, 5, 97.5, 2.0, 5, 97.5, 2.0), LiftSet(1, 2, 1, 5, 97.5, 2.0, 5, 95.0, 1.0)),
    )
}


def shown(
    qtbot: QtBot, session: Session, unit: MassUnit = MassUnit.KG, clock: FakeClock | None = None
) -> SessionEditor:
    editor = SessionEditor(session, LIBRARY, mass_unit=unit, last_time=LAST_TIME, clock=clock or FakeClock())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def row(editor: SessionEditor, index: int) -> SetRow:
    assert editor.sets_editor is not None
    return next(r for r in editor.sets_editor.rows if r.index == index)


def type_into(qtbot: QtBot, field: NumberField, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type as a user does: focus, replace the text, press ``key``."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, key)


def done(editor: SessionEditor) -> list[tuple[int | None, float | None, float | None]]:
    return [(s.actual_reps, s.actual_load_kg, s.actual_rir) for s in editor.edited().sets]


def test_a_card_per_exercise_with_last_time_target_and_done(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    first, second, hops = row(editor, 0), row(editor, 1), row(editor, 2)
    assert [f.text() for f in first.targets.values()] == ["5", "100", "2"]
    assert [f.text() for f in first.done.values()] == ["4", "100", "0"]
    assert first.tick.isChecked()
    assert not second.tick.isChecked()
    assert [f.text() for f in second.done.values()] == ["", "", ""]
    assert [f.placeholderText() for f in second.done.values()] == ["5", "100", "2"]  # empty means "as planned"
    assert (first.last.text(), second.last.text(), hops.last.text()) == ("97.5 × 5", "95 × 5", "—")
    assert (first.number.text(), second.number.text(), hops.number.text()) == ("1", "2", "1")
    assert all(f.focusPolicy() == Qt.FocusPolicy.ClickFocus for f in first.targets.values())  # no Tab stop


def test_a_tick_logs_as_prescribed_untick_takes_it_back_and_rest_starts(qtbot: QtBot) -> None:
    clock = FakeClock()
    editor = shown(qtbot, squats_and_hops(), clock=clock)
    second = row(editor, 1)
    second.tick.setFocus()
    qtbot.keyClick(second.tick, Qt.Key.Key_Space)
    assert done(editor)[1] == (5, 100.0, 2.0)
    assert editor.rest_timer.running
    assert editor.rest_timer.remaining() == 150  # heavy: 2-3 min
    clock.now += 150
    editor.rest_timer.refresh()
    assert editor.rest_timer.label.text() == "Rest over: next set"
    qtbot.keyClick(second.tick, Qt.Key.Key_Space)  # untick: the set is not logged any more
    assert done(editor)[1] == (None, None, None)
    assert editor.isVisible()
    assert editor.edited().sets[1].id == 12


def test_typing_a_difference_logs_it_and_enter_goes_to_the_next_set(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    second = row(editor, 1)
    type_into(qtbot, second.done[Kind.LOAD], "97,5", Qt.Key.Key_Tab)  # a load typed ahead: not logged yet
    assert done(editor)[1] == (None, 97.5, None)
    type_into(qtbot, second.done[Kind.REPS], "4")  # reps: logged, RIR as planned; Enter moves on
    assert done(editor)[1] == (4, 97.5, 2.0)
    assert QApplication.focusWidget() is row(editor, 2).done[Kind.REPS]
    assert editor.isVisible()
    assert editor.result() == 0  # Enter never reached the dialog's OK
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter alone: the hops as planned
    assert done(editor)[2] == (10, None, 3.0)
    assert editor.edited().sets[0] == squats_and_hops().sets[0]  # the set logged before is untouched


def test_enter_on_a_tick_logs_the_set_and_keeps_the_dialog_open(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    tick = row(editor, 1).tick
    tick.setFocus()
    qtbot.keyClick(tick, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert done(editor)[1] == (5, 100.0, 2.0)


def test_clearing_done_reps_unlogs_a_set(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    type_into(qtbot, row(editor, 0).done[Kind.REPS], "", Qt.Key.Key_Tab)
    assert done(editor)[0] == (None, None, None)
    assert not row(editor, 0).tick.isChecked()


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (Kind.REPS, "six"),
        (Kind.REPS, "4.5"),
        (Kind.REPS, "-4"),
        (Kind.LOAD, "-100"),
        (Kind.RIR, "11"),
        (Kind.LOAD, "nan"),
        (Kind.LOAD, "1500"),  # a slipped decimal point: over 1,000 kg, every later backup would be refused
    ],
)
def test_a_bad_number_keeps_the_previous_value(qtbot: QtBot, kind: Kind, text: str) -> None:
    editor = shown(qtbot, squats_and_hops())
    field = row(editor, 0).done[kind]
    before = field.text()
    type_into(qtbot, field, text, Qt.Key.Key_Tab)
    assert field.text() == before
    assert editor.edited().sets[0] == squats_and_hops().sets[0]


def test_a_load_is_read_up_to_what_a_backup_can_hold_in_either_unit() -> None:
    """A restore refuses loads over 1,000 kg (a backup the app wrote must come back): 2,200 lb is 998 kg."""
    assert parse(Kind.LOAD, "1000", MassUnit.KG) == (True, 1000.0)
    assert parse(Kind.LOAD, "1000.5", MassUnit.KG)[0] is False
    assert parse(Kind.LOAD, "2200", MassUnit.LB)[0] is True
    assert parse(Kind.LOAD, "2300", MassUnit.LB)[0] is False


def test_tab_walks_only_the_done_fields_and_ticks(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    first = row(editor, 0)
    first.done[Kind.REPS].setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    second = row(editor, 1)
    assert visited == [*first.done.values(), first.tick, second.done[Kind.REPS]]


def test_as_planned_logs_unlogged_sets_only_and_marks_the_session_done(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    type_into(qtbot, row(editor, 1).done[Kind.LOAD], "90", Qt.Key.Key_Tab)  # typed ahead: kept
    assert editor.status.currentData() == Status.PLANNED
    button = editor.sets_editor.as_planned_button
    assert button.accessibleName()
    assert "Ctrl+Shift+P" in button.toolTip()
    qtbot.keyClick(row(editor, 1).done[Kind.REPS], Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: editor.status.currentData() == Status.DONE)
    assert done(editor) == [(4, 100.0, 0.0), (5, 90.0, 2.0), (10, None, 3.0)]
    assert editor.edited().status is Status.DONE


def test_as_planned_with_no_target_load_asks_for_the_load(qtbot: QtBot) -> None:
    deadlifts = replace(lift(MONDAY, sets=tuple(LiftSet(5, n, n - 1, 5, None, 2.0) for n in (1, 2, 3))), id=8)
    editor = shown(qtbot, deadlifts)
    assert editor.sets_editor.log_as_planned() == 0  # never "5 reps of nothing" on a barbell
    assert editor.sets_editor.prompt.isVisible()
    assert "Deadlift has no planned load" in editor.sets_editor.prompt.text()
    field = QApplication.focusWidget()
    assert field is row(editor, 0).done[Kind.LOAD]
    qtbot.keyClicks(field, "120")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert done(editor) == [(5, 120.0, 2.0)] * 3
    assert {s.target_load_kg for s in editor.edited().sets} == {120.0}
    assert not editor.sets_editor.prompt.isVisible()
    assert editor.isVisible()


def test_sets_are_added_warmed_up_removed_reordered_and_swapped(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    sets_editor = editor.sets_editor
    sets_editor.add_set(0)  # a third squat set with the targets, at the end of the squats
    assert [(s.exercise_id, s.set_number, s.warmup) for s in editor.edited().sets] == [
        (1, 1, False),
        (1, 2, False),
        (1, 3, False),
        (2, 1, False),
    ]
    assert editor.edited().sets[2].target_load_kg == 100.0
    assert QApplication.focusWidget() is row(editor, 2).done[Kind.REPS]
    sets_editor.add_warmup(0)  # 50 % x 5 on the bar first, then 70 % x 3
    sets_editor.add_warmup(0)
    warmups = [s for s in editor.edited().sets if s.warmup]
    assert [(s.target_load_kg, s.target_reps) for s in warmups] == [(50.0, 5), (70.0, 3)]
    assert [row(editor, i).number.text() for i in range(5)] == ["W", "W", "1", "2", "3"]
    sets_editor.remove([3])  # the second working set: numbers close up
    assert [row(editor, i).number.text() for i in range(4)] == ["W", "W", "1", "2"]
    assert [s.id for s in editor.edited().sets if not s.warmup] == [11, None, 13]
    assert [s.set_number for s in editor.edited().sets if s.exercise_id == 1] == [1, 2, 3, 4]
    sets_editor.move_exercise(4, -1)  # the hops go first
    assert [s.exercise_id for s in editor.edited().sets] == [2, 1, 1, 1, 1]
    assert [s.position for s in editor.edited().sets] == [0, 1, 2, 3, 4]
    assert [word for word, _ in sets_editor.variants(BARBELL)] == ["Easier", "Harder"]
    sets_editor.swap(1, GOBLET.id)  # the logged squat set stays a squat; the others become goblet squats
    after = editor.edited().sets
    assert [s.exercise_id for s in after] == [2, 3, 3, 1, 3]
    assert after[3].id == 11
    assert after[3].logged
    assert all(s.target_load_kg is None for s in after if s.exercise_id == GOBLET.id)


def test_keys_in_a_set_remove_it_and_move_its_exercise(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    field = row(editor, 2).done[Kind.REPS]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.exercise_id for s in editor.edited().sets] == [2, 1, 1]
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in editor.edited().sets] == [11, 12]


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
    editor = shown(qtbot, session, MassUnit.LB)
    assert row(editor, 0).targets[Kind.LOAD].text() == "225.97"
    assert row(editor, 0).last.text() == "214.95 × 5"  # 97.5 kg last time, in pounds
    assert editor.edited().sets == session.sets  # nothing touched: the exact kilograms come back
    type_into(qtbot, row(editor, 1).done[Kind.LOAD], "135", Qt.Key.Key_Tab)
    assert editor.edited().sets[1].actual_load_kg == to_kg(135, MassUnit.LB)
    editor.sets_editor.move_exercise(2, -1)  # rebuilding keeps the stored values
    editor.sets_editor.add_set(0)
    by_id = {s.id: s for s in editor.edited().sets}
    assert by_id[3].target_load_kg == 61.3
    assert by_id[1].target_load_kg == by_id[1].actual_load_kg == 102.5
    assert by_id[None].target_load_kg == 61.3
    editor.sets_editor.log_as_planned()
    assert by_id[3].target_load_kg == editor.edited().sets[0].actual_load_kg  # copied exactly, not via pounds


def test_plates_per_side_beside_barbell_loads_in_the_users_unit(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    assert "25 + 15 a side" in row(editor, 1).targets[Kind.LOAD].toolTip()
    assert "(25 + 15 a side)" in editor.sets_editor.prescription([0, 1])
    assert row(editor, 2).targets[Kind.LOAD].toolTip() == ""  # hops carry no bar
    assert plates_text(to_kg(225, MassUnit.LB), MassUnit.LB, (45.0, (45.0, 25.0, 10.0, 5.0, 2.5))) == "45 + 45 a side"
    assert plates_text(20.0, MassUnit.KG, (20.0, (25.0,))) == "the empty bar (20 kg)"


def test_the_next_step_is_already_in_todays_targets_in_pounds(qtbot: QtBot) -> None:
    session = replace(lift(MONDAY, sets=(LiftSet(1, 1, 0, 5, 60.0, 2.0, id=1),)), id=4)
    step = Step(reps=6, load_kg=to_kg(135, MassUnit.LB) + 1e-9, note="")
    editor = SessionEditor(session, LIBRARY, progression={1: step}, mass_unit=MassUnit.LB)
    qtbot.addWidget(editor)
    assert row(editor, 0).targets[Kind.LOAD].text() == "135"
    assert row(editor, 0).targets[Kind.REPS].text() == "6"
    assert editor.edited().sets[0].target_load_kg == step.load_kg
    assert "135 lb" in editor.next_steps.text()


def test_the_planners_reasons_are_folded_apart_and_notes_start_empty(qtbot: QtBot) -> None:
    session = replace(squats_and_hops(), reasons="R3: after Tuesday's easy run\nR5: 48 h before intervals")
    editor = shown(qtbot, session)
    assert editor.notes.toPlainText() == ""
    assert editor.why is not None
    assert editor.why_button is not None
    assert not editor.why.isVisible()
    editor.why_button.click()
    assert editor.why.isVisible()
    assert "48 h before intervals" in editor.why.text()
    assert editor.edited().reasons == session.reasons


def test_moderate_sets_rest_60_to_90_seconds(qtbot: QtBot) -> None:
    editor = shown(qtbot, squats_and_hops())
    editor.intensity.setCurrentIndex(editor.intensity.findData(Intensity.MODERATE))
    editor.sets_editor.tick(1)
    assert 60 <= editor.rest_timer.remaining() <= 90


@pytest.mark.parametrize("width", [790, 1180])
def test_the_exercise_list_is_as_wide_as_its_search_box(qtbot: QtBot, width: int) -> None:
    """It stopped 8 px short of the box at 1024 px and about 110 px short in a wide dialog."""
    editor = shown(qtbot, squats_and_hops())
    editor.resize(width, 700)
    qtbot.wait(1)
    picker, search = editor.sets_editor.picker, editor.sets_editor.picker_filter
    assert picker.geometry().left() == search.geometry().left()
    assert picker.width() == search.width()
