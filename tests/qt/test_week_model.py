"""The week model: a sound tree for Qt (qtmodeltester), and drag-and-drop through mimeData/dropMimeData."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.dates import EARLIEST_DAY, LATEST_DAY
from planner.domain.enums import RunType
from planner.services import calendar, sessions
from planner.ui.calendar.mime import SESSIONS_MIME, TEMPLATE_MIME, template_mime
from planner.ui.calendar.palette import PaletteModel
from planner.ui.calendar.week_model import Role, WeekModel
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, db_fingerprint, lift, rest, run
from tests.qt.calendar_helpers import settle, titles_by_day

MOVE, COPY = Qt.DropAction.MoveAction, Qt.DropAction.CopyAction
WEDNESDAY = MONDAY + timedelta(days=2)


def test_the_week_model_passes_qtmodeltester(qtmodeltester, workspace) -> None:  # type: ignore[no-untyped-def]
    for s in (run(MONDAY), lift(MONDAY), rest(WEDNESDAY), run(MONDAY + timedelta(days=6), RunType.LONG)):
        sessions.create(s)
    model = WeekModel()
    model.load(calendar.week_plan(MONDAY))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 7
    assert model.rowCount(model.index(0, 0)) == 2
    assert model.index(1, 0, model.index(0, 0)).data() == "Heavy lower-body lift"
    assert model.index(0, 0, model.index(2, 0)).data(Role.SESSION).title == "Rest"


def test_the_palette_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PaletteModel()
    qtmodeltester.check(model, force_py=True)
    data = model.mimeData([model.index(2, 0)])
    assert data.hasFormat(TEMPLATE_MIME)
    assert data.text() == "Long run"


def test_mime_data_carries_the_dragged_sessions(page: CalendarPage) -> None:
    first = sessions.create(run(MONDAY))
    second = sessions.create(lift(MONDAY))
    page.refresh()
    day = page.model.index(0, 0)
    data = page.model.mimeData([page.model.index(1, 0, day), page.model.index(0, 0, day)])
    assert data.hasFormat(SESSIONS_MIME)
    assert bytes(data.data(SESSIONS_MIME).data()) == f'{{"sessions": [{first.id}, {second.id}]}}'.encode()
    assert data.text() == "Easy run\nHeavy lower-body lift"


def test_drop_a_template_creates_a_session(qtbot: QtBot, page: CalendarPage) -> None:
    model = page.model
    assert model.dropMimeData(template_mime("run-long", "Long run"), COPY, -1, 0, model.index(6, 0))
    settle(qtbot)
    assert titles_by_day(MONDAY, MONDAY + timedelta(days=6)) == {MONDAY + timedelta(days=6): ["Long run"]}
    assert page.controller.undo_stack.undoText() == "add Long run on Sunday"  # the session title


def test_drop_moves_copies_and_reorders(qtbot: QtBot, page: CalendarPage) -> None:
    easy = sessions.create(run(MONDAY))
    strength = sessions.create(lift(MONDAY))
    sessions.create(rest(WEDNESDAY))
    page.refresh()
    model = page.model

    # move the lift to Wednesday, above the rest day
    assert model.dropMimeData(model.mimeData([model.session_index(strength.id)]), MOVE, 0, 0, model.index(2, 0))
    settle(qtbot)
    assert titles_by_day(MONDAY, WEDNESDAY) == {MONDAY: ["Easy run"], WEDNESDAY: ["Heavy lower-body lift", "Rest"]}
    assert sessions.get(strength.id).planned_day == MONDAY
    assert page.controller.undo_stack.undoText() == "move Heavy lower-body lift to Wednesday"

    # copy the easy run to Wednesday, at the end
    model.dropMimeData(model.mimeData([model.session_index(easy.id)]), COPY, -1, 0, model.index(2, 0))
    settle(qtbot)
    assert titles_by_day(MONDAY, WEDNESDAY)[WEDNESDAY] == ["Heavy lower-body lift", "Rest", "Easy run"]
    assert titles_by_day(MONDAY, WEDNESDAY)[MONDAY] == ["Easy run"]

    # reorder within Wednesday: drag the lift (row 0) to below the rest day (between rows 1 and 2)
    model.dropMimeData(model.mimeData([model.session_index(strength.id)]), MOVE, 2, 0, model.index(2, 0))
    settle(qtbot)
    assert titles_by_day(MONDAY, WEDNESDAY)[WEDNESDAY] == ["Rest", "Heavy lower-body lift", "Easy run"]
    assert page.controller.undo_stack.undoText() == "reorder Heavy lower-body lift"


def test_dropping_onto_a_card_inserts_before_it(qtbot: QtBot, page: CalendarPage) -> None:
    moving = sessions.create(run(MONDAY, RunType.TEMPO))
    sessions.create(rest(WEDNESDAY))
    page.refresh()
    model = page.model
    onto = model.index(0, 0, model.index(2, 0))
    model.dropMimeData(model.mimeData([model.session_index(moving.id)]), MOVE, -1, 0, onto)
    settle(qtbot)
    assert titles_by_day(WEDNESDAY, WEDNESDAY)[WEDNESDAY] == ["Tempo run", "Rest"]


def test_malformed_or_foreign_drops_are_refused(qtbot: QtBot, page: CalendarPage) -> None:
    sessions.create(run(MONDAY))
    page.refresh()
    before = db_fingerprint()
    model = page.model
    junk = QMimeData()
    junk.setData(SESSIONS_MIME, b"{not json")
    wrong = QMimeData()
    wrong.setData(SESSIONS_MIME, b'{"sessions": ["1; DROP TABLE session"]}')
    plain = QMimeData()
    plain.setText("hello")
    unknown_template = template_mime("run-ultra", "Ultra")
    # a decoder's recursion overflowed, and an id past SQLite's integers overflowed the lookup: both raised
    # out of the drag's paint and the paste
    deep = QMimeData()
    deep.setData(SESSIONS_MIME, b'{"sessions": ' + b"[" * 50_000 + b"]" * 50_000 + b"}")
    huge = QMimeData()
    huge.setData(SESSIONS_MIME, b'{"sessions": [18446744073709551616]}')
    negative = QMimeData()
    negative.setData(SESSIONS_MIME, b'{"sessions": [-1]}')
    flood = QMimeData()
    flood.setData(SESSIONS_MIME, b'{"sessions": [' + b"1," * 600_000 + b"1]}")
    for data in (junk, wrong, plain, unknown_template, deep, huge, negative, flood):
        assert not model.canDropMimeData(data, MOVE, -1, 0, model.index(0, 0))
        assert not model.dropMimeData(data, MOVE, -1, 0, model.index(0, 0))
        QApplication.clipboard().setMimeData(data)
        page.week_view.views[2].setFocus()
        page.findChild(QAction, "calendar_paste").trigger()
    # outside any day
    assert not model.dropMimeData(template_mime("rest", "Rest"), COPY, -1, 0, QModelIndex())
    settle(qtbot)
    assert db_fingerprint() == before


def test_a_dropped_session_that_no_longer_exists_is_ignored(qtbot: QtBot, page: CalendarPage) -> None:
    gone = sessions.create(run(MONDAY))
    page.refresh()
    data = page.model.mimeData([page.model.session_index(gone.id)])
    sessions.delete(gone.id)
    page.model.dropMimeData(data, MOVE, -1, 0, page.model.index(3, 0))
    settle(qtbot)
    assert titles_by_day(MONDAY, MONDAY + timedelta(days=6)) == {}
    assert isinstance(page.controller.undo_stack, QUndoStack)
    assert page.controller.undo_stack.count() == 0


def test_the_days_after_the_last_day_runlift_keeps_take_no_drop(qtbot: QtBot, page: CalendarPage) -> None:
    """The week of 31 Dec 2199 shows 1-5 Jan 2200: a session there would make every later backup unrestorable."""
    page.show_week(LATEST_DAY)
    settle(qtbot)
    model = page.model
    before = db_fingerprint()
    last, after = model.index(1, 0), model.index(2, 0)  # Tuesday 31 Dec 2199, Wednesday 1 Jan 2200
    assert model.canDropMimeData(template_mime("rest", "Rest"), COPY, -1, 0, last)
    assert not model.canDropMimeData(template_mime("rest", "Rest"), COPY, -1, 0, after)
    assert not model.dropMimeData(template_mime("rest", "Rest"), COPY, -1, 0, after)
    settle(qtbot)
    assert db_fingerprint() == before


def test_the_calendar_goes_no_further_than_the_dates_runlift_keeps(qtbot: QtBot, page: CalendarPage) -> None:
    """Go to 31 Dec 9999 (the date box allowed it), or PageDown past 2199: the week would leave Python's dates."""
    assert page.navigation.picker.maximumDate().toPython() == LATEST_DAY
    page.show_week(date(9999, 12, 31))
    settle(qtbot)
    assert page.anchor == LATEST_DAY
    page.step_weeks(1)
    settle(qtbot)
    assert page.anchor == LATEST_DAY
    page.show_week(date(1, 1, 1))
    settle(qtbot)
    assert page.anchor == EARLIEST_DAY


def test_no_keyboard_or_menu_path_puts_a_session_past_the_last_day(qtbot: QtBot, page: CalendarPage) -> None:
    """Moving a card a day on, pasting, copying the week or accepting suggestions in the last week would
    reach 1-5 Jan 2200, where the service refuses it: the page says why instead of raising."""
    kept = sessions.create(run(LATEST_DAY))
    sessions.create(run(LATEST_DAY - timedelta(days=7)))
    page.show_week(LATEST_DAY - timedelta(days=7))
    settle(qtbot)
    said: list[str] = []
    page.controller.message.connect(said.append)
    page.controller.copy_week_to_next()
    page.show_week(LATEST_DAY)
    settle(qtbot)
    page.controller.shift([kept.id], 1)
    page.controller.copy([kept.id], LATEST_DAY + timedelta(days=1), 0)
    page.controller.create("rest", LATEST_DAY + timedelta(days=2), 0)
    page.controller.suggest_lifts()
    page.controller.accept_all()
    settle(qtbot)
    assert all(s.day <= LATEST_DAY for s in sessions.sessions_between(LATEST_DAY, LATEST_DAY + timedelta(days=7)))
    assert sessions.get(kept.id).day == LATEST_DAY
    assert sum("outside the dates Runlift keeps" in line for line in said) >= 4


def test_an_edit_a_backup_could_not_hold_is_not_saved_and_says_why(qtbot: QtBot, page: CalendarPage) -> None:
    """Notes pasted past a million characters: the service refuses them, so the window must not push the edit."""
    kept = sessions.create(run(MONDAY))
    page.refresh()
    said: list[str] = []
    page.controller.message.connect(said.append)
    page.controller.edit_session = lambda session, _library: replace(session, notes="x" * 1_000_001)
    before = db_fingerprint()
    page.controller.edit(kept.id)
    settle(qtbot)
    assert db_fingerprint() == before
    assert page.controller.undo_stack.count() == 0
    assert any("session.notes" in line for line in said)


def test_undoing_an_edit_that_mended_an_old_value_restores_it(qtbot: QtBot, page: CalendarPage) -> None:
    """An older Runlift stored a 255 bpm average; the user corrects it in the editor, then presses Ctrl+Z:
    the undo puts back what was stored, without raising inside the undo stack."""
    from planner.store import models as m

    legacy = sessions.create(run(MONDAY))
    m.database.execute_sql("UPDATE run_detail SET avg_hr = 255 WHERE session_id = ?", (legacy.id,))
    page.refresh()
    before = db_fingerprint()
    page.controller.edit_session = lambda session, _library: replace(session, run=replace(session.run, avg_hr=150))
    page.controller.edit(legacy.id)
    settle(qtbot)
    assert sessions.get(legacy.id).run.avg_hr == 150  # type: ignore[union-attr]
    page.controller.undo_stack.undo()
    settle(qtbot)
    assert db_fingerprint() == before


def test_a_past_planned_session_s_tooltip_says_it_is_not_logged(page: CalendarPage) -> None:
    """The card may say "Log it" in a narrow day; its tooltip holds the whole words."""
    planned = sessions.create(run(MONDAY))
    page.refresh()
    index = page.model.session_index(planned.id)  # type: ignore[arg-type]
    page.model.past_before = MONDAY + timedelta(days=1)
    assert "Not logged" in index.data(Qt.ItemDataRole.ToolTipRole)
    page.model.past_before = MONDAY
    assert "Not logged" not in index.data(Qt.ItemDataRole.ToolTipRole)
