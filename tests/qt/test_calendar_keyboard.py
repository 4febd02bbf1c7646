"""Everything the mouse does, from the keyboard; and every edit undoable, with the action named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.enums import RunType, Status
from planner.domain.session import Session
from planner.services import sessions
from planner.ui.calendar.mime import sessions_mime
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, db_fingerprint, lift, rest, run
from tests.qt.calendar_helpers import settle, titles_by_day

CTRL = Qt.KeyboardModifier.ControlModifier
SUNDAY = MONDAY + timedelta(days=6)


def focus_card(qtbot: QtBot, page: CalendarPage, session_id: int) -> None:
    page.week_view.select_sessions([session_id])
    view = page.week_view.views[page.model.session_index(session_id).parent().row()]
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def focused_view(page: CalendarPage):  # type: ignore[no-untyped-def]
    return page.week_view.views[page.week_view.focused_row()]


def test_ctrl_right_and_left_move_the_focused_card_a_day(qtbot: QtBot, page: CalendarPage) -> None:
    long_run = sessions.create(run(MONDAY + timedelta(days=5), RunType.LONG))
    page.refresh()
    focus_card(qtbot, page, long_run.id)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Right, CTRL)
    settle(qtbot)
    assert sessions.get(long_run.id).day == SUNDAY
    assert page.controller.undo_stack.undoText() == "move Long run to Sunday"
    # the card keeps the focus in its new day, so the next key press moves it again
    assert page.week_view.focused_row() == 6
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Left, CTRL)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Left, CTRL)
    assert sessions.get(long_run.id).day == MONDAY + timedelta(days=4)
    page.controller.undo_stack.undo()
    assert sessions.get(long_run.id).day == MONDAY + timedelta(days=5)


def test_arrow_keys_walk_between_days(qtbot: QtBot, page: CalendarPage) -> None:
    first = sessions.create(run(MONDAY))
    page.refresh()
    focus_card(qtbot, page, first.id)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Right)
    assert page.week_view.focused_row() == 1
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Left)
    assert page.week_view.focused_row() == 0


def test_ctrl_up_and_down_reorder_within_the_day(qtbot: QtBot, page: CalendarPage) -> None:
    sessions.create(run(MONDAY))
    strength = sessions.create(lift(MONDAY))
    page.refresh()
    focus_card(qtbot, page, strength.id)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Up, CTRL)
    assert titles_by_day(MONDAY, MONDAY)[MONDAY] == ["Heavy lower-body lift", "Easy run"]
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Up, CTRL)  # already first: nothing happens
    assert page.controller.undo_stack.count() == 1
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Down, CTRL)
    assert titles_by_day(MONDAY, MONDAY)[MONDAY] == ["Easy run", "Heavy lower-body lift"]


def test_delete_key_removes_and_undo_restores(qtbot: QtBot, page: CalendarPage) -> None:
    sessions.create(run(MONDAY))
    doomed = sessions.create(rest(MONDAY))
    page.refresh()
    before = db_fingerprint()
    focus_card(qtbot, page, doomed.id)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Delete)
    assert titles_by_day(MONDAY, MONDAY)[MONDAY] == ["Easy run"]
    assert page.controller.undo_stack.undoText() == "delete Rest"
    page.controller.undo_stack.undo()
    assert db_fingerprint() == before
    page.controller.undo_stack.redo()
    assert titles_by_day(MONDAY, MONDAY)[MONDAY] == ["Easy run"]


def test_copy_and_paste_a_card(qtbot: QtBot, page: CalendarPage) -> None:
    tempo = sessions.create(run(MONDAY, RunType.TEMPO))
    page.refresh()
    focus_card(qtbot, page, tempo.id)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_C, CTRL)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Right)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Right)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_V, CTRL)
    settle(qtbot)
    assert titles_by_day(MONDAY, SUNDAY) == {MONDAY: ["Tempo run"], MONDAY + timedelta(days=2): ["Tempo run"]}
    assert page.controller.undo_stack.undoText() == "copy Tempo run to Wednesday"


def test_space_and_a_click_on_the_circle_tick_done(qtbot: QtBot, page: CalendarPage) -> None:
    easy = sessions.create(run(MONDAY))
    page.refresh()
    focus_card(qtbot, page, easy.id)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Space)
    assert sessions.get(easy.id).status is Status.DONE
    assert page.controller.undo_stack.undoText() == "mark Easy run done"
    # one click on the status circle of the card
    view = page.week_view.views[0]
    card = view.visualRect(page.model.session_index(easy.id))
    circle = page.week_view.delegate.status_rect(card.adjusted(1, 1, -1, -1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=circle)
    assert sessions.get(easy.id).status is Status.PLANNED
    page.actions_by_name["skipped"].trigger()
    assert sessions.get(easy.id).status is Status.SKIPPED


def test_copy_the_week_to_the_next(qtbot: QtBot, page: CalendarPage) -> None:
    sessions.create(run(MONDAY))
    sessions.create(run(SUNDAY, RunType.LONG))
    done = sessions.create(lift(MONDAY + timedelta(days=2), status=Status.DONE))
    page.refresh()
    before = db_fingerprint()
    page.week_view.views[0].setFocus()
    qtbot.keyClick(page.week_view.views[0], Qt.Key.Key_W, CTRL | Qt.KeyboardModifier.ShiftModifier)
    next_week = titles_by_day(MONDAY + timedelta(days=7), SUNDAY + timedelta(days=7))
    assert next_week == {
        MONDAY + timedelta(days=7): ["Easy run"],
        MONDAY + timedelta(days=9): ["Heavy lower-body lift"],
        SUNDAY + timedelta(days=7): ["Long run"],
    }
    copied_lift = sessions.sessions_between(MONDAY + timedelta(days=9), MONDAY + timedelta(days=9))[0]
    assert copied_lift.status is Status.PLANNED
    assert sessions.get(done.id).status is Status.DONE
    page.controller.undo_stack.undo()
    assert db_fingerprint() == before


def test_enter_opens_the_editor_and_the_edit_is_undoable(qtbot: QtBot, page: CalendarPage) -> None:
    from dataclasses import replace

    easy = sessions.create(run(MONDAY, km=8))
    page.refresh()
    seen = []

    def fake_editor(session, names):  # type: ignore[no-untyped-def]
        seen.append(session.id)
        return replace(session, notes="hilly route", rpe=4.0)

    page.controller.edit_session = fake_editor
    focus_card(qtbot, page, easy.id)
    qtbot.keyClick(focused_view(page), Qt.Key.Key_Return)
    assert seen == [easy.id]
    assert sessions.get(easy.id).notes == "hilly route"
    assert page.controller.undo_stack.undoText() == "edit Easy run"
    page.controller.undo_stack.undo()
    assert sessions.get(easy.id).notes == ""


def test_week_navigation_keys_and_wheel(qtbot: QtBot, page: CalendarPage) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    assert page.week.start == MONDAY
    page.step_weeks(1)
    assert page.week.start == MONDAY + timedelta(days=7)
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(10, 10),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.navigation, wheel)
    assert page.week.start == MONDAY
    QApplication.sendEvent(page.week_view.views[2].viewport(), wheel)  # an empty day turns the week too
    assert page.week.start == MONDAY - timedelta(days=7)
    page.navigation.picker.setDate(page.navigation.picker.date().addDays(30))  # 16 Nov + 30 days: Wed 16 Dec
    assert page.week.start == date(2026, 12, 14)
    assert page.navigation.title.text() == "14 – 20 December 2026"


def test_quitting_leaves_plain_text_on_the_clipboard(qtbot: QtBot, page: CalendarPage) -> None:
    from PySide6.QtWidgets import QApplication

    from planner.ui.calendar.mime import SESSIONS_MIME

    tempo = sessions.create(run(MONDAY, RunType.TEMPO))
    page.refresh()
    page.controller.copy_to_clipboard([tempo.id])
    assert QApplication.clipboard().mimeData().hasFormat(SESSIONS_MIME)
    page.controller.release_clipboard()
    assert not QApplication.clipboard().mimeData().hasFormat(SESSIONS_MIME)
    assert QApplication.clipboard().text() == "Tempo run"


def test_copying_the_week_leaves_the_next_weeks_unavailable_days_empty_and_says_so(
    qtbot: QtBot, page: CalendarPage
) -> None:
    """Marking a day unavailable says nothing will be planned there; the copy put an easy run on it anyway."""
    from planner.services import availability

    sessions.create(run(MONDAY))
    thursday = MONDAY + timedelta(days=3)
    sessions.create(run(thursday))
    availability.set_unavailable(thursday + timedelta(days=7), True)
    page.refresh()
    said: list[str] = []
    page.controller.message.connect(said.append)
    page.controller.copy_week_to_next()
    next_week = titles_by_day(MONDAY + timedelta(days=7), SUNDAY + timedelta(days=7))
    assert next_week == {MONDAY + timedelta(days=7): ["Easy run"]}
    assert said[-1].endswith("; Thursday is marked unavailable, so left empty.")
    assert said[-1].startswith("Copied 1 session to the week of")


def _tempo_and_easy_heard(page: CalendarPage) -> tuple[int, int, list[str]]:
    """A tempo and an easy run on Monday, and the controller's messages from now on."""
    tempo, easy = sessions.create(run(MONDAY, RunType.TEMPO)).id, sessions.create(run(MONDAY)).id
    assert tempo is not None
    assert easy is not None
    page.refresh()
    messages: list[str] = []
    page.controller.message.connect(messages.append)
    return tempo, easy, messages


def test_pasting_a_deleted_card_says_so_and_changes_nothing(qtbot: QtBot, page: CalendarPage) -> None:
    tempo, easy, messages = _tempo_and_easy_heard(page)
    page.controller.copy_to_clipboard([tempo])
    page.controller.delete([tempo])
    before = db_fingerprint()
    page.controller.paste(MONDAY + timedelta(days=2))
    assert db_fingerprint() == before
    assert messages[-1] == "Nothing pasted: the copied session was deleted since (undo the delete, or copy again)."
    QApplication.clipboard().setMimeData(sessions_mime([tempo, easy], ["Tempo run", "Easy run"]))
    page.controller.paste(MONDAY + timedelta(days=2))
    assert messages[-1] == "Pasted 1; 1 of the copied sessions was deleted since."
    assert titles_by_day(MONDAY, SUNDAY)[MONDAY + timedelta(days=2)] == ["Easy run"]


def test_a_paste_refused_past_the_kept_dates_never_says_pasted(qtbot: QtBot, page: CalendarPage) -> None:
    tempo, easy, messages = _tempo_and_easy_heard(page)
    QApplication.clipboard().setMimeData(sessions_mime([tempo, easy], ["Tempo run", "Easy run"]))
    page.controller.delete([tempo])
    before = db_fingerprint()
    page.controller.paste(date(2200, 1, 2))  # shown in the last week, never stored
    assert db_fingerprint() == before
    assert messages[-1].startswith("Not done: ")
    assert not any(m.startswith("Pasted") for m in messages)


def test_an_edit_of_a_session_changed_while_its_editor_was_open_is_not_written_over_it(page: CalendarPage) -> None:
    """An import completing the run while its editor is open: OK must not put the run back as it was planned."""
    easy = sessions.create(run(MONDAY))
    page.refresh()
    messages: list[str] = []
    page.controller.message.connect(messages.append)

    def editor_while_an_import_lands(session: Session, _library: object) -> Session:
        sessions.update(replace(session, status=Status.DONE, notes="Imported from morning.gpx"))
        return replace(session, notes="felt easy")

    page.controller.edit_session = editor_while_an_import_lands
    page.controller.edit(easy.id)
    stored = sessions.get(easy.id)
    assert (stored.status, stored.notes) == (Status.DONE, "Imported from morning.gpx")
    assert messages[-1] == "Not saved: Easy run changed while it was open. Open it again to edit it."
    assert page.controller.undo_stack.count() == 0
