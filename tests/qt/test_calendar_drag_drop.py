"""Drag and drop through the views: synthetic QDragEnter/QDragMove/QDropEvents, as Qt delivers them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.enums import RunType
from planner.services import sessions
from planner.ui.calendar.mime import template_mime
from planner.ui.calendar.week_model import Role
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, db_fingerprint, lift, rest, run
from tests.qt.calendar_helpers import day_view_point, drag_event, drop_on, titles_by_day

SUNDAY = MONDAY + timedelta(days=6)


def week_titles() -> dict:  # type: ignore[type-arg]
    return titles_by_day(MONDAY, SUNDAY)


def test_palette_drop_on_an_empty_day_creates_there(qtbot: QtBot, page: CalendarPage) -> None:
    thursday = page.week_view.views[3]
    drop_on(
        qtbot,
        thursday.viewport(),
        template_mime("lift-upper-moderate", "Upper"),
        day_view_point(page, 3),
        Qt.DropAction.CopyAction,
    )
    assert week_titles() == {MONDAY + timedelta(days=3): ["Moderate upper-body lift"]}
    assert page.model.rowCount(page.model.index(3, 0)) == 1  # the view shows it at once


def test_drag_a_card_to_another_day_moves_it(qtbot: QtBot, page: CalendarPage) -> None:
    long_run = sessions.create(run(MONDAY, RunType.LONG, 18))
    page.refresh()
    data = page.model.mimeData([page.model.session_index(long_run.id)])
    drop_on(qtbot, page.week_view.views[6].viewport(), data, day_view_point(page, 6))
    assert week_titles() == {SUNDAY: ["Long run"]}
    assert page.controller.undo_stack.undoText() == "move Long run to Sunday"
    moved = sessions.get(long_run.id)
    assert moved.moved
    assert moved.planned_day == MONDAY


def test_ctrl_drag_copies(qtbot: QtBot, page: CalendarPage) -> None:
    easy = sessions.create(run(MONDAY))
    page.refresh()
    data = page.model.mimeData([page.model.session_index(easy.id)])
    drop_on(
        qtbot,
        page.week_view.views[2].viewport(),
        data,
        day_view_point(page, 2),
        Qt.DropAction.CopyAction,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert week_titles() == {MONDAY: ["Easy run"], MONDAY + timedelta(days=2): ["Easy run"]}


def test_drop_onto_the_top_half_of_a_card_lands_above_it(qtbot: QtBot, page: CalendarPage) -> None:
    tempo = sessions.create(run(MONDAY, RunType.TEMPO))
    sessions.create(rest(SUNDAY))
    sessions.create(lift(SUNDAY))
    page.refresh()
    data = page.model.mimeData([page.model.session_index(tempo.id)])
    point = day_view_point(page, 6, card_row=1, where="top")
    drop_on(qtbot, page.week_view.views[6].viewport(), data, point)
    assert week_titles()[SUNDAY] == ["Rest", "Tempo run", "Heavy lower-body lift"]


def test_drag_within_a_day_reorders(qtbot: QtBot, page: CalendarPage) -> None:
    first = sessions.create(run(MONDAY))
    sessions.create(lift(MONDAY))
    sessions.create(rest(MONDAY))
    page.refresh()
    data = page.model.mimeData([page.model.session_index(first.id)])
    drop_on(qtbot, page.week_view.views[0].viewport(), data, day_view_point(page, 0))  # empty space: the end
    assert week_titles()[MONDAY] == ["Heavy lower-body lift", "Rest", "Easy run"]


def test_drop_on_the_trash_deletes_and_undo_restores(qtbot: QtBot, page: CalendarPage) -> None:
    sessions.create(run(MONDAY))
    doomed = sessions.create(lift(MONDAY))
    page.refresh()
    before = db_fingerprint()
    data = page.model.mimeData([page.model.session_index(doomed.id)])
    event = drop_on(qtbot, page.trash, data, QPoint(10, 10))
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.CopyAction  # the source view must not remove rows itself
    assert week_titles() == {MONDAY: ["Easy run"]}
    page.controller.undo_stack.undo()
    assert db_fingerprint() == before


def test_the_trash_ignores_what_is_not_a_session(qtbot: QtBot, page: CalendarPage) -> None:
    sessions.create(run(MONDAY))
    page.refresh()
    before = db_fingerprint()
    event = drop_on(qtbot, page.trash, template_mime("rest", "Rest"), QPoint(10, 10))
    assert not event.isAccepted()
    assert db_fingerprint() == before


def test_a_rule_breaking_drop_happens_and_is_flagged_until_fixed(qtbot: QtBot, page: CalendarPage) -> None:
    messages: list[str] = []
    page.status_message.connect(messages.append)
    sessions.create(run(MONDAY + timedelta(days=2), RunType.INTERVALS))
    page.refresh()
    # heavy legs on Tuesday, the day before Wednesday's intervals
    drop_on(
        qtbot,
        page.week_view.views[1].viewport(),
        template_mime("lift-lower-heavy", "Lower"),
        day_view_point(page, 1),
        Qt.DropAction.CopyAction,
    )
    [new] = [s for s in sessions.sessions_between(MONDAY, SUNDAY) if s.lift]
    assert new.day == MONDAY + timedelta(days=1)  # the drop happened
    flagged = page.model.session_index(new.id)
    assert [w.rule for w in flagged.data(Role.WARNINGS)] == ["R5"]
    assert "the day before the intervals on Wednesday" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert "Fine days this week: Mon, Wed, Thu, Fri, Sat, Sun" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert messages
    assert messages[-1].startswith("⚠ Heavy lower-body lift on Tuesday")
    assert "Fine days: Mon, Wed" in messages[-1]
    assert "a timing rule" in page.footer.text()

    # move it to Thursday: the warning goes away
    data = page.model.mimeData([flagged])
    drop_on(qtbot, page.week_view.views[3].viewport(), data, day_view_point(page, 3))
    assert page.model.session_index(new.id).data(Role.WARNINGS) == ()
    assert "a timing rule" not in page.footer.text()


def test_dragging_over_a_day_says_what_it_holds_and_the_drop_clears_it(qtbot: QtBot, page: CalendarPage) -> None:
    sessions.create(run(MONDAY + timedelta(days=2), RunType.EASY))
    sessions.create(run(MONDAY + timedelta(days=4), RunType.INTERVALS))
    page.refresh()
    said: list[str] = []
    page.status_message.connect(said.append)
    wednesday = page.week_view.views[2]
    data = template_mime("lift-lower-heavy", "Lower")
    enter = drag_event(
        QDragEnterEvent, day_view_point(page, 2), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(wednesday.viewport(), enter)
    assert said == ["Drop on Wednesday: easy-run day, 48 h before intervals"]
    drop_on(qtbot, wednesday.viewport(), data, day_view_point(page, 2), Qt.DropAction.CopyAction)
    assert "" in said[1:]  # the hint is cleared when the card lands
    assert said[-1] != "Drop on Wednesday: easy-run day, 48 h before intervals"
