"""Property: any sequence of calendar edits, undone to the start, leaves the database exactly as it was;
redone to the end, it gives exactly the state the edits made."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner.domain.enums import RunType, Status
from planner.domain.session import LiftSet
from planner.domain.templates import TEMPLATES
from planner.services import sessions
from planner.store import models as m
from planner.ui.calendar.calendar_controller import CalendarController
from planner.ui.calendar.week_model import WeekModel
from tests.helpers import MONDAY, db_fingerprint, exercise, lift, rest, run

DAYS = [MONDAY + timedelta(days=i) for i in range(9)]  # the week and two days of the next
OPERATIONS = ("create", "move", "copy", "delete", "toggle", "shift", "reorder", "edit", "copy_week", "status")


def seed() -> None:
    with m.database.atomic():
        m.Session.delete().execute()
        m.Exercise.delete().execute()
        squat = exercise()
        for s in (
            run(DAYS[0]),
            lift(DAYS[0], sets=tuple(LiftSet(exercise_id=squat, set_number=i, target_reps=5) for i in (1, 2, 3))),
            run(DAYS[1], RunType.INTERVALS),
            rest(DAYS[3]),
            run(DAYS[6], RunType.LONG, 18),
        ):
            sessions.create(s)


def all_ids() -> list[int]:
    return [s.id for s in sessions.sessions_between(DAYS[0], DAYS[-1] + timedelta(days=7)) if s.id is not None]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 50), st.integers(0, 8), st.integers(0, 4)),
        min_size=1,
        max_size=14,
    )
)
def test_undo_everything_restores_the_database_exactly(
    qtbot: QtBot, db: SqliteDatabase, steps: list[tuple[str, int, int, int]]
) -> None:
    seed()
    start = db_fingerprint()
    stack = QUndoStack()
    model = WeekModel()
    controller = CalendarController(model, stack, edit_session=lambda s, _names: replace(s, notes=s.notes + "!"))
    controller.show_week(MONDAY)
    for operation, pick, day_pick, position in steps:
        ids = all_ids()
        if not ids and operation != "create":
            continue
        chosen = [ids[pick % len(ids)]] if ids else []
        if len(ids) > 1 and pick % 3 == 0:  # a multi-selection, as a drag of several cards carries
            chosen = [ids[pick % len(ids)], ids[(pick + 1) % len(ids)]]
        day = DAYS[day_pick]
        if operation == "create":
            controller.create(TEMPLATES[pick % len(TEMPLATES)].key, day, position)
        elif operation == "move":
            controller.move(chosen, day, position)
        elif operation == "copy":
            controller.copy(chosen, day, position)
        elif operation == "delete":
            controller.delete(chosen)
        elif operation == "toggle":
            controller.toggle_done(chosen)
        elif operation == "status":
            controller.set_status(chosen, list(Status)[position % 3])
        elif operation == "shift":
            controller.shift(chosen, 1 if position % 2 else -1)
        elif operation == "reorder":
            controller.reorder(chosen, 1 if position % 2 else -1)
        elif operation == "edit":
            controller.edit(chosen[0])
        elif operation == "copy_week":
            controller.copy_week_to_next()
    end = db_fingerprint()
    while stack.canUndo():
        stack.undo()
    assert db_fingerprint() == start
    while stack.canRedo():
        stack.redo()
    assert db_fingerprint() == end
