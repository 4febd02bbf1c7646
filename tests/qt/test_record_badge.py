"""Personal records on the calendar: the model hands them to the card, the tooltip names them, the card
wears a "PR" badge, and an edit that logs a heavier set says so in the status bar."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from planner.domain.enums import MassUnit, Status
from planner.domain.profile import Profile
from planner.domain.session import LiftSet, Session
from planner.engine.records import RecordKind
from planner.services import sessions
from planner.services.workspace import Workspace
from planner.store.exercise_rows import id_by_slug
from planner.store.profile_rows import save_profile
from planner.ui.calendar.card_delegate import RECORD_COLOR, CardDelegate
from planner.ui.calendar.week_model import Role
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, lift


def squat_id() -> int:
    return id_by_slug()["back-squat"]


def logged(reps: int, kg: float) -> LiftSet:
    return LiftSet(exercise_id=squat_id(), target_reps=5, actual_reps=reps, actual_load_kg=kg)


def logged_lift(days: int, *sets: LiftSet) -> Session:
    return sessions.create(replace(lift(MONDAY + timedelta(days=days), sets=sets), status=Status.DONE))


def card(page: CalendarPage, session: Session) -> QModelIndex:
    assert session.id is not None
    index = page.model.session_index(session.id)
    assert index.isValid()
    return index


def test_the_model_hands_the_cards_their_records_and_the_tooltip_names_them(page: CalendarPage) -> None:
    logged_lift(-7, logged(5, 100.0))  # last week: the bar to beat
    heavier = logged_lift(0, logged(5, 105.0), logged(5, 105.0))
    same = logged_lift(2, logged(5, 105.0))  # equals Monday's new best: no record
    page.refresh()

    records = card(page, heavier).data(Role.RECORDS)
    assert [(r.kind, round(r.value, 2), round(r.previous, 2)) for r in records] == [(RecordKind.E1RM, 122.5, 116.67)]
    assert card(page, same).data(Role.RECORDS) == ()
    tooltip = card(page, heavier).data(Qt.ItemDataRole.ToolTipRole)
    assert "PR  Back squat: e1RM 122.5 kg (was 116.7)" in tooltip.splitlines()
    assert "PR" not in card(page, same).data(Qt.ItemDataRole.ToolTipRole)


def test_a_record_card_wears_a_pr_badge_clear_of_its_other_text(qtbot: QtBot, page: CalendarPage) -> None:
    logged_lift(-7, logged(5, 100.0))
    record = logged_lift(0, logged(6, 100.0))  # a rep record and an e1RM record
    plain = logged_lift(1, logged(3, 60.0))
    page.refresh()
    qtbot.wait(10)

    for session, wanted in ((record, True), (plain, False)):
        index = card(page, session)
        view = page.week_view.views[page.model.days.index(session.day)]
        delegate = view.itemDelegate()
        assert isinstance(delegate, CardDelegate)
        rect = view.visualRect(index).adjusted(1, 1, -1, -1)
        fonts = delegate.fonts(view.font())
        warned = bool(index.data(Role.WARNINGS))
        badge = delegate.badge_rect(rect, fonts, warned)
        assert rect.contains(badge)
        assert not badge.intersects(CardDelegate.status_rect(rect))
        image = view.viewport().grab().toImage()
        inside = [
            image.pixelColor(x, y)
            for x in range(badge.left(), badge.right())
            for y in range(badge.top(), badge.bottom())
        ]
        # the title wraps short of the badge: no dark text pixels inside it
        assert not wanted or all(max(c.red(), c.green(), c.blue()) > 90 for c in inside)
        fill = image.pixelColor(badge.left() + 2, badge.center().y())
        is_badge = abs(fill.red() - RECORD_COLOR.red()) + abs(fill.blue() - RECORD_COLOR.blue()) < 30
        assert is_badge is wanted, fill.name()
        letters = [image.pixelColor(x, badge.center().y()) for x in range(badge.left(), badge.right())]
        assert (QColor("white") in letters) is wanted  # the badge says "PR", not colour alone


def test_logging_a_heavier_set_in_the_editor_announces_the_record(qtbot: QtBot, page: CalendarPage) -> None:
    logged_lift(-7, logged(5, 100.0))
    today = logged_lift(0, logged(5, 100.0))
    page.refresh()
    controller = page.controller
    shown: list[str] = []
    controller.message.connect(shown.append)

    controller.edit_session = lambda session, _library: replace(session, notes="felt fine")
    controller.edit(today.id)  # type: ignore[arg-type]
    assert not [m for m in shown if "record" in m.lower()]

    controller.edit_session = lambda session, _library: replace(session, sets=(logged(5, 110.0),))
    controller.edit(today.id)  # type: ignore[arg-type]
    assert shown[-1] == "New record! Back squat: e1RM 128.3 kg (was 116.7)"
    assert card(page, today).data(Role.RECORDS)[0].value == 110.0 * (1 + 5 / 30)

    controller.edit_session = lambda session, _library: replace(session, notes="again")
    count = len(shown)
    controller.edit(today.id)  # type: ignore[arg-type]
    assert not [m for m in shown[count:] if "record" in m.lower()]  # an edit that keeps a record is quiet


def test_the_record_message_uses_the_profiles_mass_unit(page: CalendarPage) -> None:
    save_profile(Profile(mass_unit=MassUnit.LB))
    logged_lift(-7, logged(5, 100.0))
    today = logged_lift(0, logged(3, 100.0))
    page.refresh()
    shown: list[str] = []
    page.controller.message.connect(shown.append)
    page.controller.edit_session = lambda session, _library: replace(session, sets=(logged(8, 100.0),))
    page.controller.edit(today.id)  # type: ignore[arg-type]
    assert shown[-1] == ("New records! Back squat: e1RM 279.3 lb (was 257.2); Back squat: 8 reps at 220.5 lb (was 5)")


def test_the_main_window_finds_records_just_after_its_first_paint(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading every exercise's history for records must not hold up the first paint of the window."""
    from planner.ui.calendar import calendar_controller
    from planner.ui.shell.main_window import MainWindow

    calls: list[bool] = []
    original = calendar_controller.calendar.week_plan

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(bool(kwargs.get("with_records", True)))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(calendar_controller.calendar, "week_plan", spy)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert calls[0] is False  # the first week is read without its records
    qtbot.waitUntil(lambda: True in calls, timeout=3000)  # then once more with them
