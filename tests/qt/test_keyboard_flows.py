"""The core flows with the keyboard alone, keys sent to whatever has the focus: plan a week of runs, accept the
suggested lifts, log a lift as planned. No mouse, no widget poked directly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import RunType, SessionKind, Status
from planner.services import sessions
from planner.services.workspace import Workspace
from planner.ui.calendar.day_view import DayListView
from planner.ui.calendar.palette import PaletteView
from planner.ui.calendar.session_editor import SessionEditor
from planner.ui.calendar.week_model import Role
from planner.ui.shell.main_window import MainWindow

NO = Qt.KeyboardModifier.NoModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# the palette's rows (planner/ui/calendar/palette.py): easy, recovery, long, tempo, intervals...
PALETTE_ROW = {RunType.EASY: 0, RunType.LONG: 2, RunType.INTERVALS: 4}


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    yield main
    main.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key, modifiers)
        QApplication.processEvents()


def tab_until(kind: type[QWidget], backwards: bool = False) -> QWidget:
    for _ in range(30):
        if isinstance(focused(), kind):
            return focused()
        press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached a {kind.__name__}; the focus is on {focused()!r}")


def go_to_day(row: int) -> DayListView:
    view = tab_until(DayListView)
    press(Qt.Key.Key_Left, times=7)  # the week's first day
    press(Qt.Key.Key_Right, times=row)
    view = focused()
    assert isinstance(view, DayListView)
    assert view.day_row == row
    return view


def add_run(run_type: RunType, row: int) -> None:
    go_to_day(row)
    tab_until(PaletteView, backwards=True)
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down, times=PALETTE_ROW[run_type])
    press(Qt.Key.Key_Return)


def test_plan_a_week_accept_the_suggestions_and_log_a_lift(qtbot: QtBot, window: MainWindow) -> None:
    assert isinstance(focused(), DayListView)  # the window opens on the week, ready for the arrows
    days = window.calendar.week.days  # type: ignore[union-attr]
    window.calendar.controller.today = lambda: days[0]  # the whole week ahead: days before today get no lift
    for run_type, row in ((RunType.EASY, 0), (RunType.INTERVALS, 1), (RunType.EASY, 3), (RunType.LONG, 6)):
        add_run(run_type, row)
    runs = {s.day: s.run.run_type for s in sessions.sessions_between(days[0], days[-1]) if s.run is not None}
    assert runs == {days[0]: RunType.EASY, days[1]: RunType.INTERVALS, days[3]: RunType.EASY, days[6]: RunType.LONG}

    press(Qt.Key.Key_L, CTRL_SHIFT)  # Suggest lifts
    assert window.calendar.model.ghosts
    go_to_day(0)
    press(Qt.Key.Key_Return, CTRL_SHIFT)  # Accept all
    lifts = [s for s in sessions.sessions_between(days[0], days[-1]) if s.kind is SessionKind.LIFT]
    assert len(lifts) >= 2
    assert not window.calendar.model.ghosts

    logged = next(s for s in lifts if s.sets)
    view = go_to_day(days.index(logged.day))
    press(Qt.Key.Key_Home)
    for _ in range(5):  # down to the lift's card
        current = view.currentIndex().data(Role.SESSION)
        if getattr(current, "id", None) == logged.id:
            break
        press(Qt.Key.Key_Down)
    editors: list[SessionEditor] = []

    def log_as_planned() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, SessionEditor):  # not shown yet: look again in a moment
            QTimer.singleShot(20, log_as_planned)
            return
        editors.append(editor)
        # offscreen, a new window is not made active on its own, as a desktop does with a modal dialog
        editor.activateWindow()
        QTest.qWaitForWindowActive(editor)
        QApplication.processEvents()
        QTest.keyClick(editor.focusWidget() or editor, Qt.Key.Key_P, CTRL_SHIFT)  # As planned
        for _ in range(100):  # a button's shortcut clicks it after a short flash
            if editor.status.currentData() == Status.DONE:
                break
            QTest.qWait(10)
        for _ in range(10):  # a barbell lift planned with no load: the focus waits in its load field
            if not editor.sets_editor.needs_load:
                break
            QTest.keyClicks(editor.focusWidget(), "40")
            QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Return)
        QTest.keyClick(editor.focusWidget() or editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if editor.isVisible():  # a key that did nothing must fail the test, not hang it
            editor.reject()

    QTimer.singleShot(0, log_as_planned)
    press(Qt.Key.Key_Return)  # Enter edits the card
    assert editors
    saved = sessions.get(logged.id)  # type: ignore[arg-type]
    assert saved.status is Status.DONE
    assert saved.sets
    assert all(s.actual_reps == s.target_reps for s in saved.sets)


def test_log_a_lift_set_by_set_with_keys(qtbot: QtBot, window: MainWindow) -> None:
    """Enter opens today's lift on its first set; Enter logs it as planned and goes on; typed reps log the
    difference; Ctrl+Enter saves. Last week's sets are there to read."""
    from dataclasses import replace
    from datetime import date, timedelta

    from planner.domain.session import LiftSet
    from planner.store.exercise_rows import id_by_slug
    from tests.helpers import lift

    squat = id_by_slug()["back-squat"]
    planned = tuple(LiftSet(squat, n, n - 1, 5, 60.0, 2.0) for n in (1, 2))
    last_week = tuple(replace(s, actual_reps=5, actual_load_kg=57.5, actual_rir=2.0) for s in planned)
    sessions.create(replace(lift(date.today() - timedelta(days=7), sets=last_week), status=Status.DONE))
    today = sessions.create(lift(date.today(), sets=planned))
    window.calendar.refresh()
    seen: list[str] = []

    def log_by_keys() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, SessionEditor):
            QTimer.singleShot(20, log_by_keys)
            return
        editor.activateWindow()
        QTest.qWaitForWindowActive(editor)
        QApplication.processEvents()
        assert editor.sets_editor is not None
        seen.append(editor.sets_editor.rows[0].last.text())
        QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Return)  # set 1 as planned, on to set 2
        QTest.keyClicks(editor.focusWidget(), "4")
        QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Return)
        QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if editor.isVisible():
            editor.reject()

    view = go_to_day(window.calendar.week.days.index(date.today()))  # type: ignore[union-attr]
    press(Qt.Key.Key_Home)
    for _ in range(5):  # down to the lift's card
        if getattr(view.currentIndex().data(Role.SESSION), "id", None) == today.id:
            break
        press(Qt.Key.Key_Down)
    QTimer.singleShot(0, log_by_keys)
    press(Qt.Key.Key_Return)
    assert seen == ["57.5 × 5"]
    saved = sessions.get(today.id)  # type: ignore[arg-type]
    # the targets carry the next step from last week's 57.5 kg (R11); the sets were done at them
    assert [s.actual_reps for s in saved.sets] == [5, 4]
    assert all((s.actual_load_kg, s.actual_rir) == (s.target_load_kg, s.target_rir) for s in saved.sets)
    assert saved.status is Status.DONE


def test_tab_leaves_the_week_for_the_palette_and_shift_tab_comes_back_to_the_same_day(window: MainWindow) -> None:
    # the README (Keyboard): "Tab leaves it for the session palette ... and Tab back lands on that same day"
    go_to_day(3)
    press(Qt.Key.Key_Tab)
    assert isinstance(focused(), PaletteView)
    press(Qt.Key.Key_Backtab)
    day = focused()
    assert isinstance(day, DayListView)
    assert day.day_row == 3
    press(Qt.Key.Key_Backtab)  # backwards the week is one stop too: out to the side panel's tabs
    assert not isinstance(focused(), DayListView)
