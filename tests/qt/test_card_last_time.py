"""A lift card's tooltip says what was done last time, in the profile's unit, and why it was suggested."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip

from planner.domain.enums import MassUnit, Status
from planner.domain.profile import Profile
from planner.domain.session import LiftSet
from planner.services import sessions
from planner.store.exercise_rows import id_by_slug
from planner.store.profile_rows import save_profile
from planner.ui.calendar.card_delegate import CardDelegate
from planner.ui.calendar.card_text import last_time_lines
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, lift


def test_last_time_lines_name_each_exercise_and_its_working_sets() -> None:
    session = lift(sets=(LiftSet(1, 1, 0, 5, 100.0), LiftSet(2, 1, 1, 12)))
    last = {
        1: (
            date(2026, 11, 16),
            (LiftSet(1, 1, 0, 5, 50.0, None, 5, 50.0, warmup=True), LiftSet(1, 2, 1, 5, 97.5, 2.0, 5, 97.5)),
        ),
        2: (date(2026, 11, 12), (LiftSet(2, 1, 0, 12, None, None, 12),)),
    }
    names = {1: "Back squat", 2: "Step-up"}
    assert last_time_lines(session, last, names) == [
        "Last time:",
        "  Back squat 16 Nov: 97.5 kg × 5",  # the warm-up is left out
        "  Step-up 12 Nov: × 12",
    ]
    assert last_time_lines(session, last, names, MassUnit.LB)[1] == "  Back squat 16 Nov: 214.95 lb × 5"
    assert last_time_lines(session, {}, names) == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip window
def test_the_card_tooltip_shows_last_time_and_the_reasons(page: CalendarPage) -> None:
    save_profile(Profile(mass_unit=MassUnit.LB))
    squat = id_by_slug()["back-squat"]
    done = LiftSet(squat, 1, 0, 5, 100.0, 2.0, 5, 100.0, 2.0)
    sessions.create(replace(lift(MONDAY - timedelta(days=7), sets=(done,)), status=Status.DONE))
    today = sessions.create(replace(lift(MONDAY, sets=(done.as_planned(),)), reasons="R3: after an easy run"))
    page.refresh()
    index = page.model.session_index(today.id)
    view = page.week_view.views[0]
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), view.viewport().mapToGlobal(QPoint(5, 5)))
    assert delegate.helpEvent(event, view, QStyleOptionViewItem(), index)
    text = QToolTip.text()
    QToolTip.hideText()
    assert "• R3: after an easy run" in text
    assert "Back squat 16 Nov: 220.46 lb × 5" in text
