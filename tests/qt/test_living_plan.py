"""Issue 18: suggestions that follow every change, accepted only as they stand now; days off; Plan my runs.

The example week is DESIGN §3's first one (intervals Tuesday, tempo Friday, long run Sunday, easy runs between),
the pattern the seed articles build lifting around ("lower body workouts on easy run days").
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.enums import RunType, Source, TimeOfDay
from planner.domain.usual_week import UsualRun, UsualWeek
from planner.services import app_settings, availability, calendar, sessions
from planner.store import settings_rows
from planner.ui.calendar.mime import ghost_from
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, run

TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = (MONDAY + timedelta(days=n) for n in range(1, 7))
KEY_RUNS = (RunType.INTERVALS, RunType.TEMPO, RunType.LONG, RunType.HILLS, RunType.RACE)


def _design_week() -> dict[str, int]:
    ids = {}
    for name, day, kind, km in (
        ("mon", MONDAY, RunType.EASY, 8),
        ("tue", TUESDAY, RunType.INTERVALS, 10),
        ("wed", WEDNESDAY, RunType.EASY, 8),
        ("fri", FRIDAY, RunType.TEMPO, 10),
        ("sun", SUNDAY, RunType.LONG, 20),
    ):
        made = sessions.create(run(day, kind, km, time_of_day=TimeOfDay.AM))
        assert made.id is not None
        ids[name] = made.id
    return ids


def _warnings_now(page: CalendarPage) -> dict[int, object]:
    plan = calendar.week_plan(MONDAY)
    return {sid: w for sid, w in plan.warnings.items() if w}


def test_moving_the_long_run_moves_the_heavy_legs_and_says_why(qtbot: QtBot, page: CalendarPage) -> None:
    ids = _design_week()
    page.refresh()
    page.controller.suggest_lifts()
    messages: list[str] = []
    page.controller.message.connect(messages.append)
    before = {(g.focus, g.intensity): g for g in page.model.ghosts}

    page.controller.move([ids["sun"]], SATURDAY, 0)  # the long run moves to Saturday
    after = page.model.ghosts
    for ghost in after:  # no ghost the day before a key run (R5 24 h), and none stale
        next_day = [s for s in sessions.sessions_between(ghost.day, ghost.day + timedelta(days=1)) if s.run]
        assert not any(s.day == ghost.day + timedelta(days=1) and s.run.run_type in KEY_RUNS for s in next_day) or (
            ghost.intensity.value != "heavy"
        )
        assert "Sunday's long run" not in " ".join(ghost.reasons)
    moved = [g for g in after if (g.focus, g.intensity) in before and before[(g.focus, g.intensity)].day != g.day]
    if moved:
        assert any("moved from" in m for m in messages), messages
    page.controller.accept_all()
    assert _warnings_now(page) == {}  # Accept all never creates a rule break


def test_undo_and_redo_keep_the_suggestions_true(page: CalendarPage) -> None:
    ids = _design_week()
    page.refresh()
    page.controller.suggest_lifts()
    page.controller.delete([ids["tue"], ids["fri"]])
    stack = page.controller.undo_stack
    stack.undo()  # the key runs are back: every reason must see them again
    for ghost in page.model.ghosts:
        if ghost.day in (MONDAY, THURSDAY):
            assert "no key run in the next" not in " ".join(ghost.reasons)
    page.controller.accept_all()
    assert _warnings_now(page) == {}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=st.lists(st.tuples(st.sampled_from(["mon", "tue", "wed", "fri", "sun"]), st.integers(0, 6)), max_size=4))
def test_accept_all_after_any_moves_never_breaks_a_rule(page: CalendarPage, moves: list[tuple[str, int]]) -> None:
    for found in sessions.sessions_between(MONDAY - timedelta(days=3), SUNDAY + timedelta(days=3)):
        sessions.delete(found.id)  # type: ignore[arg-type]
    page.controller.undo_stack.clear()
    page.controller.clear_suggestions()
    ids = _design_week()
    page.refresh()
    page.controller.suggest_lifts()
    for name, offset in moves:
        page.controller.move([ids[name]], MONDAY + timedelta(days=offset), 0)
    page.controller.accept_all()
    lifts = [s for s in sessions.sessions_between(MONDAY, SUNDAY) if s.source is Source.SUGGESTED]
    warned = calendar.week_plan(MONDAY).warnings
    assert not any(warned.get(s.id) for s in lifts), [warned.get(s.id) for s in lifts]


def test_a_dashed_card_dragged_to_another_day_is_accepted_there(page: CalendarPage) -> None:
    _design_week()
    page.refresh()
    page.controller.suggest_lifts()
    ghost = page.model.ghosts[0]
    index = page.model.ghost_index(ghost)
    data = page.model.mimeData([index])
    assert ghost_from(data) == (page.model.ghosts.index(ghost), MONDAY.isoformat())
    target = THURSDAY if ghost.day != THURSDAY else SATURDAY
    day_row = page.model.index(page.model.days.index(target), 0)
    assert page.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, day_row)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    saved = [s for s in sessions.sessions_between(target, target) if s.source is Source.SUGGESTED]
    assert len(saved) == 1
    assert saved[0].lift is not None
    assert saved[0].lift.focus is ghost.focus
    assert ghost not in page.model.ghosts
    page.controller.undo_stack.undo()
    assert not [s for s in sessions.sessions_between(target, target) if s.source is Source.SUGGESTED]


def test_a_day_marked_unavailable_in_the_window_gets_no_suggestion_and_no_run(page: CalendarPage) -> None:
    _design_week()
    page.refresh()
    column = page.week_view.columns[3]  # Thursday: a run-free day, the seed's place for upper body
    column.unavailable_action.trigger()
    assert availability.is_marked(THURSDAY)
    assert column.objectName() == "dayColumnOff"
    assert "off" in column.header.text()
    page.controller.suggest_lifts()
    assert THURSDAY not in {g.day for g in page.model.ghosts}
    app_settings.set_usual_week(UsualWeek({3: UsualRun(RunType.EASY, 6000)}))
    page.controller.plan_my_runs(2)
    assert not [s for s in sessions.sessions_between(THURSDAY, THURSDAY) if s.run is not None]
    page.controller.undo_stack.undo()  # plan my runs
    page.controller.undo_stack.undo()  # the day off
    assert not availability.is_marked(THURSDAY)
    assert settings_rows.get_flag(availability.UNAVAILABLE_KEY) is None  # no empty list left behind


def test_unticking_a_usual_week_day_off_and_undoing_it_marks_nothing(page: CalendarPage) -> None:
    """Friday is off in the usual week, so its header shows Unavailable ticked; unticking marks nothing (the
    usual week still rules it out), and its undo must not mark the date either."""
    app_settings.set_usual_week(UsualWeek(unavailable=frozenset({4})))
    page.refresh()
    friday = page.week_view.columns[4]
    assert friday.unavailable_action.isChecked()
    friday.unavailable_action.trigger()  # unticked
    page.controller.undo_stack.undo()
    assert availability.marked() == frozenset()
    assert settings_rows.get_flag(availability.UNAVAILABLE_KEY) is None
    page.controller.undo_stack.redo()
    assert availability.marked() == frozenset()


def test_clearing_one_of_two_marked_days_keeps_the_other(page: CalendarPage) -> None:
    availability.set_unavailable(THURSDAY, True)
    availability.set_unavailable(SATURDAY, True)
    availability.set_unavailable(THURSDAY, False)
    assert availability.marked() == {SATURDAY}
    availability.set_unavailable(SATURDAY, False)
    assert availability.marked() == frozenset()
    assert settings_rows.get_flag(availability.UNAVAILABLE_KEY) is None


def test_plan_my_runs_is_one_undo_step_and_twice_is_once(page: CalendarPage) -> None:
    app_settings.set_usual_week(UsualWeek({1: UsualRun(RunType.INTERVALS, 10_000), 5: UsualRun(RunType.LONG, 18_000)}))
    first = page.controller.plan_my_runs(4)
    assert first == 8  # Tuesdays and Saturdays of four weeks from Monday
    assert page.controller.undo_stack.undoText() == "plan my runs"
    assert page.controller.plan_my_runs(4) == 0
    page.controller.undo_stack.undo()
    assert sessions.sessions_between(MONDAY, MONDAY + timedelta(weeks=4)) == []


def test_past_days_look_past_and_today_is_outlined(page: CalendarPage) -> None:
    page.week_view.today = lambda: WEDNESDAY
    page.refresh()
    names = [c.objectName() for c in page.week_view.columns]
    assert names[:2] == ["dayColumnPast", "dayColumnPast"]
    assert names[2] == "dayColumnToday"
    assert names[3:] == ["dayColumn"] * 4
    assert page.week_view.delegate.past_before == WEDNESDAY
    assert isinstance(page.week_view.columns[0].day, date)


def test_never_on_fridays_in_the_usual_week_form(qtbot: QtBot, page: CalendarPage) -> None:
    from planner.ui.dialogs.usual_week_form import DAY_OFF, UsualWeekForm

    form = UsualWeekForm()
    qtbot.addWidget(form)
    form.kinds[1].setCurrentIndex(form.kinds[1].findData(RunType.INTERVALS))
    form.times[1].setCurrentIndex(form.times[1].findData(TimeOfDay.AM))
    form.kinds[4].setCurrentIndex(form.kinds[4].findData(DAY_OFF))
    assert not form.distances[4].isEnabled()
    week = form.usual_week()
    assert week.unavailable == {4}
    assert week.runs[1].time_of_day is TimeOfDay.AM
    app_settings.set_usual_week(week)
    again = UsualWeekForm()
    qtbot.addWidget(again)
    again.set_usual_week(app_settings.usual_week())
    assert again.kinds[4].currentData() == DAY_OFF
    page.refresh()
    assert page.week_view.columns[4].objectName() == "dayColumnOff"
    _design_week()
    page.refresh()
    page.controller.suggest_lifts()
    assert FRIDAY not in {g.day for g in page.model.ghosts}


def test_on_a_thursday_nothing_is_suggested_before_thursday(page: CalendarPage) -> None:
    """DESIGN §3 "Today": days before today are context, never places for a suggestion."""
    _design_week()
    page.controller.today = lambda: THURSDAY
    page.week_view.today = lambda: THURSDAY
    page.refresh()
    result = page.controller.suggest_lifts()
    assert result.suggestions, "the rest of the week still has room for lifts"
    assert all(g.day >= THURSDAY for g in page.model.ghosts)
    assert [c.objectName() for c in page.week_view.columns[:3]] == ["dayColumnPast"] * 3
