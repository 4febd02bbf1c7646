"""The status bar: a long message is elided before the data-folder label (whole in the tooltip), the path
gives way in the middle, and a rule warning goes when Undo removes its cause."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from planner.domain.enums import RunType
from planner.services import sessions
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY, lift


def test_a_long_message_stops_before_the_folder_label(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.status_bar
    for width in (1024, 1600):
        window.resize(width, 640)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        long = "⚠ Lower body on Saturday: " + "two heavy lower-body sessions within 48 h, " * 6 + "Fine days: Tue."
        bar.showMessage(long, 5000)
        shown = bar.currentMessage()
        assert shown != long
        assert shown.endswith("…")
        assert bar.fontMetrics().horizontalAdvance(shown) <= window.data_label.geometry().left() - 6
        assert bar.toolTip() == long  # the whole text a hover away
        assert window.data_label.width() <= width * 0.3 + 1
    bar.showMessage("Saved.", 5000)
    assert bar.currentMessage() == "Saved."
    assert bar.toolTip() == ""


def test_undo_withdraws_the_warning_it_made_untrue(qtbot: QtBot, window: MainWindow) -> None:
    # R6 (48 h between heavy lower-body sessions): a second heavy lift on Tuesday is flagged
    sessions.create(lift(MONDAY))
    window.calendar.refresh()
    window.calendar.controller.create("lift-lower-heavy", MONDAY + timedelta(days=1), 0)
    warning = window.status_bar.full_message
    assert warning.startswith("⚠"), warning
    window.undo_stack.undo()
    assert window.status_bar.currentMessage() == ""
    # a newer message is never wiped by a withdrawn warning
    window.undo_stack.redo()
    assert window.status_bar.full_message.startswith("⚠")
    window.status_bar.showMessage("Copied.", 5000)
    window.undo_stack.undo()
    assert window.status_bar.currentMessage() == "Copied."


def test_an_undo_names_the_step_it_took_back(qtbot: QtBot, window: MainWindow) -> None:
    window.calendar.controller.create("run-easy", MONDAY + timedelta(days=2), 0)
    window.undo_action.trigger()
    assert window.status_bar.currentMessage().startswith("Undone: add Easy run on Wednesday")
    window.redo_action.trigger()
    assert window.status_bar.currentMessage().startswith("Redone: add Easy run on Wednesday")


def test_the_setups_undo_step_says_how_many_runs_it_takes_away(window: MainWindow) -> None:
    from planner.domain.usual_week import UsualRun, UsualWeek
    from planner.services import first_run, profile
    from planner.ui.undo_commands import ApplySetup

    week = UsualWeek(runs={1: UsualRun(RunType.EASY, 8000.0), 5: UsualRun(RunType.LONG, 16000.0)})
    answers = first_run.SetupAnswers(profile=profile.current(), usual_week=week, race=None)
    window.undo_stack.push(ApplySetup(answers, MONDAY, window.hub.publish))
    step = window.undo_stack.command(0)
    assert isinstance(step, ApplySetup)
    assert len(step.added) > 1
    assert window.undo_stack.undoText() == f"the set-up's {len(step.added)} runs"
