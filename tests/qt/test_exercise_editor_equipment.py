"""The custom exercise editor never drops what the user typed: equipment the planner knows is stored in its
own spelling, anything else as typed; and the library's filter labels read as words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from planner.domain.enums import MovementPattern
from planner.domain.exercise import EQUIPMENT, equipment_label, pattern_label
from planner.ui.library.exercise_editor import ExerciseEditor


def test_equipment_the_list_lacks_is_kept_as_typed(qtbot: QtBot) -> None:
    editor = ExerciseEditor()
    qtbot.addWidget(editor)
    editor.name.setText("Nordic curl")
    editor.equipment.setText("Partner or anchor,  Pull up bar, mat, mat")
    assert editor.edited().equipment == ("Partner or anchor", "pull-up-bar", "mat")
    editor.equipment.setText("")
    assert editor.edited().equipment == ("none",)


def test_labels_read_as_words() -> None:
    assert pattern_label(MovementPattern.CALF_FOOT) == "Calf and foot"
    assert pattern_label(MovementPattern.SINGLE_LEG) == "Single-leg"
    assert pattern_label(MovementPattern.SQUAT) == "Squat"
    assert equipment_label("pull-up-bar") == "Pull-up bar"
    assert equipment_label("Partner or anchor") == "Partner or anchor"
    assert all(equipment_label(e)[0].isupper() for e in EQUIPMENT)
