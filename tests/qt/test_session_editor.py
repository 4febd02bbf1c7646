"""The session editor's fields round-trip into domain values, and the sets table edits a lift's content."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from planner.domain.enums import Experience, Intensity, LiftFocus, MovementPattern, RunType, Status, TimeOfDay
from planner.domain.exercise import Exercise, Prescription
from planner.domain.session import LiftSet
from planner.ui.calendar.session_editor import SessionEditor
from planner.ui.library.exercise_editor import ExerciseEditor
from tests.helpers import MONDAY, lift, run

SQUAT = Exercise(
    id=1,
    slug="s",
    name="Squat",
    pattern=MovementPattern.SQUAT,
    focus=LiftFocus.LOWER,
    novice=Prescription(2, 8, 12, 3),
    experienced=Prescription(3, 4, 6, 2),
)
HOP = replace(SQUAT, id=2, slug="h", name="Hop", pattern=MovementPattern.PLYOMETRIC, novice=Prescription(2, 10, 10, 4))


def test_an_untouched_run_comes_back_unchanged(qtbot: QtBot) -> None:
    original = replace(run(MONDAY, RunType.EASY, km=8.37), id=5, duration_s=2521, time_of_day=TimeOfDay.AM)
    editor = SessionEditor(original, [])
    qtbot.addWidget(editor)
    assert editor.edited() == original


def test_run_fields_become_domain_values(qtbot: QtBot) -> None:
    editor = SessionEditor(replace(run(MONDAY), id=5), [])
    qtbot.addWidget(editor)
    editor.run_type.setCurrentIndex(editor.run_type.findText("Long run"))
    editor.distance.setValue(21.1)
    editor.duration.setValue(125)
    editor.rpe.setValue(6.5)
    editor.status.setCurrentIndex(editor.status.findText("Done"))
    editor.time_of_day.setCurrentIndex(editor.time_of_day.findText("Morning"))
    editor.notes.setPlainText("  hilly  ")
    edited = editor.edited()
    assert edited.run.run_type is RunType.LONG
    assert edited.run.run_type.is_key
    assert round(edited.distance_m) == 21100
    assert edited.duration_s == 125 * 60
    assert edited.rpe == 6.5
    assert edited.status is Status.DONE
    assert edited.time_of_day is TimeOfDay.AM
    assert edited.notes == "hilly"


def test_average_heart_rate_and_elevation_round_trip(qtbot: QtBot) -> None:
    original = replace(run(MONDAY), id=5)
    original = replace(original, run=replace(original.run, avg_hr=148, elevation_m=123.4))
    editor = SessionEditor(original, [])
    qtbot.addWidget(editor)
    assert editor.avg_hr.text() == "148 bpm"
    assert editor.elevation.text() == "123 m"
    assert editor.edited() == original  # untouched: the exact 123.4 m, not the 123 shown
    editor.avg_hr.setValue(155)
    editor.elevation.setValue(0)  # a flat run: 0 m is a value, not "unknown"
    assert (editor.edited().run.avg_hr, editor.edited().run.elevation_m) == (155, 0.0)
    editor.avg_hr.setValue(10)  # below 30 bpm: the box's "—"
    editor.elevation.setValue(-5)
    assert editor.avg_hr.text() == editor.elevation.text() == "—"
    assert (editor.edited().run.avg_hr, editor.edited().run.elevation_m) == (None, None)
    editor.avg_hr.setValue(400)
    assert editor.edited().run.avg_hr == 250


def test_unknown_heart_rate_and_elevation_stay_unknown(qtbot: QtBot) -> None:
    original = replace(run(MONDAY), id=5)
    editor = SessionEditor(original, [])
    qtbot.addWidget(editor)
    assert editor.avg_hr.text() == editor.elevation.text() == "—"
    assert editor.edited().run == original.run
    editor.avg_hr.setValue(30)
    editor.elevation.setValue(42)
    assert (editor.edited().run.avg_hr, editor.edited().run.elevation_m) == (30, 42.0)


def test_the_sets_editor_adds_edits_reorders_and_removes(qtbot: QtBot) -> None:
    from planner.ui.calendar.sets_editor import Kind

    session = replace(lift(MONDAY, sets=(LiftSet(exercise_id=1, set_number=1, target_reps=5, id=7),)), id=3)
    editor = SessionEditor(session, [SQUAT, HOP], experience=Experience.NOVICE)
    qtbot.addWidget(editor)
    sets_editor = editor.sets_editor
    assert sets_editor is not None
    sets_editor.add_exercises([2])  # two novice sets of hops
    assert [(s.exercise_id, s.target_reps) for s in sets_editor.sets()] == [(1, 5), (2, 10), (2, 10)]
    first = sets_editor.rows[0]
    first.targets[Kind.LOAD].setText("82.5")
    first.targets[Kind.LOAD].commit()
    first.targets[Kind.REPS].setText("six")  # unreadable: keeps the old value
    first.targets[Kind.REPS].commit()
    sets_editor.rows[1].targets[Kind.RIR].setText("2")
    sets_editor.rows[1].targets[Kind.RIR].commit()
    sets_editor.move_exercise(1, -1)  # hops above squats
    assert [s.exercise_id for s in sets_editor.sets()] == [2, 2, 1]
    edited = editor.edited()
    squat_set = edited.sets[2]
    assert (squat_set.id, squat_set.target_reps, squat_set.target_load_kg) == (7, 5, 82.5)
    assert edited.sets[0].target_rir == 2.0
    assert [s.position for s in edited.sets] == [0, 1, 2]
    sets_editor.remove([2])
    assert [s.exercise_id for s in sets_editor.sets()] == [2, 2]
    editor.focus.setCurrentIndex(editor.focus.findText("Plyometrics"))
    editor.intensity.setCurrentIndex(editor.intensity.findText("Light"))
    assert editor.edited().lift.focus is LiftFocus.PLYOMETRIC
    assert editor.edited().lift.intensity is Intensity.LIGHT


def test_the_picker_filters_by_name_cue_or_muscle(qtbot: QtBot) -> None:
    editor = SessionEditor(replace(lift(MONDAY), id=3), [SQUAT, HOP])
    qtbot.addWidget(editor)
    picker = editor.sets_editor.picker
    editor.sets_editor.picker_filter.setText("plyometric")
    visible = [picker.item(i).text() for i in range(picker.count()) if not picker.item(i).isHidden()]
    assert visible == ["Hop"]


def test_exercise_editor_gives_domain_values(qtbot: QtBot) -> None:
    editor = ExerciseEditor()
    qtbot.addWidget(editor)
    editor.name.setText("Banded hinge")
    editor.pattern.setCurrentIndex(editor.pattern.findText("Hinge"))
    editor.equipment.setText("band, pull up bar, spaceship")
    editor.primary.setText("glutes, glute med, wings")
    editor.cues.setPlainText("Hips back\n\nLong spine")
    made = editor.edited()
    assert made.pattern is MovementPattern.HINGE
    assert made.equipment == ("band", "pull-up-bar", "spaceship")  # typed equipment is kept (issue 23)
    assert made.primary_muscles == ("glutes", "glute_med")
    assert made.cues == ("Hips back", "Long spine")


def test_the_editor_shows_and_applies_the_next_progression_step(qtbot: QtBot, workspace: object) -> None:
    """Last week every set reached the top of 4-6 at RIR 2: this week adds the smallest barbell step (R11)."""
    from datetime import timedelta

    from planner.domain.profile import Profile
    from planner.services import app_settings, sessions, suggestions
    from planner.store import exercise_rows
    from planner.store.profile_rows import save_profile

    save_profile(Profile(experience=Experience.INTERMEDIATE))
    app_settings.set_already_trained(True)  # one logged lift alone would be a form-first start (R9)
    squat_id = exercise_rows.id_by_slug()["back-squat"]
    logged = tuple(
        LiftSet(squat_id, n, n - 1, 6, 100.0, 2.0, actual_reps=6, actual_load_kg=100.0, actual_rir=2.0)
        for n in (1, 2, 3)
    )
    sessions.create(replace(lift(MONDAY - timedelta(days=7)), status=Status.DONE, sets=logged))
    planned = sessions.create(replace(lift(MONDAY), sets=tuple(s.as_planned() for s in logged)))
    steps = suggestions.progression_for(planned)
    assert steps[squat_id].load_kg == 102.5
    editor = SessionEditor(planned, [exercise_rows.get_exercise(squat_id)], progression=steps)
    qtbot.addWidget(editor)
    assert "102.5 kg" in editor.next_steps.text()
    assert "smallest step" in editor.next_steps.text()
    # already in today's targets
    assert {s.target_load_kg for s in editor.edited().sets} == {102.5}
    assert {s.target_reps for s in editor.edited().sets} == {4}


def test_an_edit_the_store_would_refuse_keeps_the_dialog_open_with_what_was_typed(qtbot: QtBot) -> None:
    """Notes pasted past the restore's limit (row_rules.MAX_TEXT): the dialog says why and stays open, so the
    typing is not lost; once the notes are cut it saves."""
    from planner.store.row_rules import MAX_TEXT
    from planner.store.session_rows import unreadable

    editor = SessionEditor(replace(run(MONDAY), id=5), [], keep_problem=unreadable)
    qtbot.addWidget(editor)  # not shown: laying out a million-character line takes minutes offscreen
    editor.distance.setValue(12.5)
    editor.notes.setPlainText("x" * (MAX_TEXT + 1))
    editor.accept()
    assert editor.result() != SessionEditor.DialogCode.Accepted
    assert editor.problem.isVisibleTo(editor)
    assert f"Notes: {MAX_TEXT + 1:,} characters" in editor.problem.text()
    assert editor.distance.value() == 12.5
    assert len(editor.notes.toPlainText()) == MAX_TEXT + 1
    editor.notes.setPlainText("windy")
    editor.accept()
    assert editor.result() == SessionEditor.DialogCode.Accepted
    assert editor.edited().notes == "windy"
