"""Ghost cards: suggestions shown in the week, accepted (one undoable step) or dismissed (nothing saved)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.domain.enums import RunType, Source, TimeOfDay
from planner.services import sessions
from planner.ui.calendar.week_model import Role
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, db_fingerprint, run
from tests.qt.calendar_helpers import settle

TUESDAY, WEDNESDAY, FRIDAY, SUNDAY = (MONDAY + timedelta(days=n) for n in (1, 2, 4, 6))


def _runs() -> None:
    """Tuesday intervals, Friday tempo, Sunday long run, easy runs between (DESIGN §3's first example)."""
    sessions.create(run(MONDAY, RunType.EASY, 8, time_of_day=TimeOfDay.AM))
    sessions.create(run(TUESDAY, RunType.INTERVALS, 10))
    sessions.create(run(WEDNESDAY, RunType.EASY, 8, time_of_day=TimeOfDay.AM))
    sessions.create(run(FRIDAY, RunType.TEMPO, 10))
    sessions.create(run(SUNDAY, RunType.LONG, 20))


def _ghost_indexes(page: CalendarPage) -> list[QModelIndex]:
    model = page.model
    found = []
    for day_row in range(model.rowCount()):
        parent = model.index(day_row, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(Role.GHOST) is not None:
                found.append(index)
    return found


def _suggested() -> list[object]:
    return [s for s in sessions.sessions_between(MONDAY, SUNDAY) if s.source is Source.SUGGESTED]


def test_suggest_fills_the_week_with_ghosts_and_saves_nothing(page: CalendarPage) -> None:
    _runs()
    page.refresh()
    before = db_fingerprint()
    result = page.controller.suggest_lifts()
    ghosts = _ghost_indexes(page)
    assert len(ghosts) == len(result.suggestions) == 2
    assert db_fingerprint() == before
    for index in ghosts:
        assert index.flags() & Qt.ItemFlag.ItemIsDragEnabled  # dragged to a day, it is accepted there
        assert index.data(Role.SESSION) is None  # real-session paths never see a ghost
        preview = index.data(Role.PREVIEW)
        assert preview.lift is not None
        assert preview.source is Source.SUGGESTED
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert "R3" in tip
        assert f"{index.data(Role.DAY):%A}" in tip
    assert page.suggestion_bar.isVisible()
    assert "2 suggested lifts" in page.suggestion_text.text()
    # ghosts come after the day's own cards
    for index in ghosts:
        assert index.row() >= len([s for s in sessions.sessions_between(index.data(Role.DAY), index.data(Role.DAY))])


def test_accept_one_is_one_undoable_step(page: CalendarPage, undo_stack: QUndoStack, qtbot: QtBot) -> None:
    _runs()
    page.refresh()
    page.controller.suggest_lifts()
    before = db_fingerprint()
    ghost = _ghost_indexes(page)[0].data(Role.GHOST)
    page.controller.accept([ghost])
    settle(qtbot)
    saved = _suggested()
    assert len(saved) == 1
    assert saved[0].day == ghost.day
    assert saved[0].lift.focus is ghost.focus
    assert len(saved[0].sets) == sum(d.sets for d in ghost.exercises)
    assert undo_stack.count() == 1
    assert len(_ghost_indexes(page)) == 1
    undo_stack.undo()
    assert db_fingerprint() == before
    assert len(_ghost_indexes(page)) == 2  # the ghost is back
    undo_stack.redo()
    assert [s.id for s in _suggested()] == [saved[0].id]


def test_accept_all_then_undo_restores_the_database_exactly(page: CalendarPage, undo_stack: QUndoStack) -> None:
    _runs()
    page.refresh()
    page.controller.suggest_lifts()
    before = db_fingerprint()
    page.accept_all_button.click()
    assert len(_suggested()) == 2
    assert undo_stack.count() == 1
    assert _ghost_indexes(page) == []
    assert not page.suggestion_bar.isVisible()
    undo_stack.undo()
    assert db_fingerprint() == before


def test_delete_key_dismisses_a_ghost_and_saves_nothing(page: CalendarPage, qtbot: QtBot) -> None:
    _runs()
    page.refresh()
    page.controller.suggest_lifts()
    before = db_fingerprint()
    index = _ghost_indexes(page)[0]
    view = page.week_view.views[index.parent().row()]
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    settle(qtbot)
    assert len(_ghost_indexes(page)) == 1
    assert db_fingerprint() == before


def test_enter_and_double_click_accept(page: CalendarPage, qtbot: QtBot) -> None:
    _runs()
    page.refresh()
    page.controller.suggest_lifts()
    first, second = _ghost_indexes(page)
    day_first, day_second = first.data(Role.DAY), second.data(Role.DAY)
    view = page.week_view.views[first.parent().row()]
    view.setFocus()
    view.setCurrentIndex(first)
    QTest.keyClick(view, Qt.Key.Key_Return)
    settle(qtbot)
    assert [s.day for s in _suggested()] == [day_first]
    second = _ghost_indexes(page)[0]
    view = page.week_view.views[second.parent().row()]
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(second).center())
    settle(qtbot)
    assert sorted(s.day for s in _suggested()) == sorted([day_first, day_second])


def test_another_week_drops_the_ghosts(page: CalendarPage) -> None:
    _runs()
    page.refresh()
    page.controller.suggest_lifts()
    page.step_weeks(1)
    assert _ghost_indexes(page) == []
    assert not page.suggestion_bar.isVisible()
    page.step_weeks(-1)
    assert _ghost_indexes(page) == []


def test_a_drop_onto_a_ghost_lands_among_the_real_sessions(page: CalendarPage, qtbot: QtBot) -> None:
    _runs()
    page.refresh()
    page.controller.suggest_lifts()
    ghost = _ghost_indexes(page)[0]
    day = ghost.data(Role.DAY)
    real = len(sessions.sessions_between(day, day))
    target = page.model.drop_target(-1, ghost)
    assert target == (day, real)


def test_ghost_cards_are_painted_dashed_with_an_accept_mark(page: CalendarPage) -> None:
    _runs()
    page.refresh()
    page.controller.suggest_lifts()
    index = _ghost_indexes(page)[0]
    view = page.week_view.views[index.parent().row()]
    rect = view.visualRect(index)
    assert rect.height() > 40
    image = view.viewport().grab(rect).toImage()
    # the accept "+" sits where a real card has its status circle: a filled accent disc
    status = page.week_view.delegate.status_rect(rect.adjusted(1, 1, -1, -1)).translated(-rect.topLeft())
    centre = image.pixelColor(status.center().x() - 3, status.center().y() - 3)  # off the white cross
    assert centre.saturation() > 80


def test_dismissing_all_suggestions_replaces_their_hint(page: CalendarPage, qtbot: QtBot) -> None:
    """The status bar still said "2 lift sessions suggested: Enter accepts…" for cards no longer shown."""
    _runs()
    page.refresh()
    said: list[str] = []
    page.controller.message.connect(said.append)
    page.controller.suggest_lifts()
    assert "suggested" in said[-1]
    page.controller.clear_suggestions()
    assert _ghost_indexes(page) == []
    assert said[-1].startswith("Suggestions dismissed")
    count = len(said)
    page.controller.clear_suggestions()  # nothing was shown: nothing to say
    assert len(said) == count


def test_a_short_window_folds_the_weeks_tips_into_one_line(page: CalendarPage, qtbot: QtBot) -> None:
    """At 1024x640 the bar's five lines took 125 px from the week; the tips (reminders, never rules) fold
    into one line there and are read by pointing at it; a tall window shows them whole."""
    _runs()
    page.refresh()
    result = page.controller.suggest_lifts()
    assert result.tips  # the week holds a long run: fuel and protein reminders
    text = page.suggestion_text
    assert all(tip in text.text() for tip in result.tips[:1])
    tall_height = page.suggestion_bar.sizeHint().height()
    page.resize(1000, 560)
    settle(qtbot)
    assert result.tips[0] not in text.text()
    assert f"{len(result.tips)} tip" in text.text()
    assert all(tip.split(" (")[0] in text.toolTip() for tip in result.tips)
    assert page.suggestion_bar.sizeHint().height() < tall_height
    page.resize(1200, 700)
    settle(qtbot)
    assert result.tips[0] in text.text()
