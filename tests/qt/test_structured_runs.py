"""Structured runs in the window: the editor's steps and templates, Settings' pace zones, the card's line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.enums import DistanceUnit, RunType
from planner.domain.pace_source import PaceSource
from planner.domain.workout import TEMPLATES, parse_workout
from planner.engine.pace_zones import zones_from_race
from planner.services import pace_settings
from planner.services.workspace import Workspace
from planner.ui.calendar.card_text import card_numbers
from planner.ui.calendar.session_editor import SessionEditor
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY, run
from tests.qt.window_helpers import main_window

INTERVALS = "2 km warm-up\n6 x 800 m @ 3:50, 400 m jog\n2 km cool-down"


def editor_for(qtbot: QtBot, unit: DistanceUnit = DistanceUnit.KM, **extra: object) -> SessionEditor:
    editor = SessionEditor(replace(run(MONDAY, RunType.INTERVALS, km=0), id=5), [], unit, **extra)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    return editor


def test_typed_steps_become_the_runs_workout_and_distance(qtbot: QtBot) -> None:
    editor = editor_for(qtbot)
    assert editor.workout_editor is not None
    editor.workout_editor.steps.setPlainText(INTERVALS)
    assert editor.workout_editor.status.text() == "Card: 6 x 800 m @ 3:50 · total 11.20 km"
    edited = editor.edited()
    assert edited.run.workout == parse_workout(INTERVALS, DistanceUnit.KM)
    assert edited.run.distance_m == 11_200  # the steps say the distance when the box was left alone
    assert card_numbers(edited) == "6 x 800 m @ 3:50 · 11.2 km"


def test_a_template_fills_the_steps_in_the_runners_units(qtbot: QtBot) -> None:
    zones = zones_from_race(10_000, 41 * 60 + 21)  # VDOT 50 (Daniels' table)
    editor = editor_for(qtbot, DistanceUnit.MI, zones=zones)
    assert editor.workout_editor is not None
    box = editor.workout_editor.templates
    box.setCurrentIndex(box.findData("Long run with fast finish"))
    box.activated.emit(box.currentIndex())
    assert editor.workout_editor.steps.toPlainText() == "8.7 mi @ E\n2.49 mi @ M"
    assert editor.workout_editor.status.text().endswith("E 7:53–9:27/mi · M 7:17/mi")  # M: 3:10:49 over 26.2 mi
    assert box.currentIndex() == 0  # ready for another pick


def test_steps_that_cannot_be_read_keep_the_dialog_open_with_the_reason(qtbot: QtBot) -> None:
    editor = editor_for(qtbot)
    editor.show()
    assert editor.workout_editor is not None
    editor.workout_editor.steps.setPlainText("2 km warm-up\n6 x 800 m @ fast")
    editor.accept()
    assert editor.isVisible()
    assert editor.workout_editor.status.text().startswith("Cannot read: line 2 (6 x 800 m @ fast): 'fast' is neither")
    editor.workout_editor.steps.setPlainText("6 x 800 m @ I, 400 m jog")
    editor.accept()
    assert not editor.isVisible()


def test_every_template_reads_back() -> None:
    for text in TEMPLATES.values():
        assert parse_workout(text, DistanceUnit.KM) is not None


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    with main_window(qtbot, workspace) as main:
        yield main


def test_settings_take_a_race_and_name_the_method(window: MainWindow) -> None:
    dialog = window.preferences.make_dialog()
    form = dialog.paces
    form.kind.setCurrentIndex(form.kind.findData(10_000.0))
    form.value.setText("41:21")
    assert form.result.text().startswith("VDOT 50.0: E 4:54–5:52/km · M 4:31/km · T 4:15–4:28/km")
    assert dialog.apply()
    assert pace_settings.source() == PaceSource(distance_m=10_000.0, seconds=2481)
    assert pace_settings.zones() is not None
    form.value.setText("41 minutes")
    assert form.result.text() == "'41 minutes' is not a time like 41:21 or 1:31:35"
    QApplication.processEvents()


def test_settings_take_a_threshold_pace(window: MainWindow) -> None:
    dialog = window.preferences.make_dialog()
    form = dialog.paces
    form.kind.setCurrentIndex(form.kind.findData("Threshold pace"))
    form.value.setText("4:15")
    assert form.result.text().startswith("VDOT 50.")
    assert dialog.apply()
    reopened = window.preferences.make_dialog()
    assert reopened.paces.value.text() == "4:15"


def test_a_done_run_shows_planned_against_done_and_its_laps_by_step(qtbot: QtBot) -> None:
    from planner.domain.enums import Status
    from planner.domain.laps import Lap

    workout = parse_workout("1 km warm-up\n2 x 400 m @ 3:30, 200 m jog", DistanceUnit.KM)
    laps = (Lap(1000, 300), Lap(405, 83), Lap(198, 70), Lap(400, 85), Lap(201, 75))
    done = replace(run(MONDAY, RunType.INTERVALS, km=2.2), id=7, status=Status.DONE, duration_s=613)
    done = replace(
        done, run=replace(done.run, workout=workout, laps=laps, planned_distance_m=2200, planned_duration_s=660)
    )
    editor = SessionEditor(done, [])
    qtbot.addWidget(editor)
    assert editor.workout_editor is not None
    text = editor.workout_editor.done.text()
    assert "Planned: 2.20 km in 11:00 (5:00/km)<br>Done: 2.20 km in 10:13 (4:39/km)" in text
    assert "Difference: the distance planned, -0:47, 21 s/km faster" in text
    assert "400 m @ 3:30/km: 0.41 km in 1:23 (3:25/km)" in text
    editor.workout_editor.steps.setPlainText("1 km warm-up\n3 x 400 m @ 3:30, 200 m jog")
    assert editor.edited().run.distance_m == 2200  # a run done keeps its recorded distance
