"""The library's exercise detail shows what the lifter has done: records, past sessions, an e1RM line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from planner.domain.enums import MassUnit, Status
from planner.domain.profile import Profile
from planner.domain.session import LiftSet
from planner.services import library, sessions
from planner.services import profile as profile_service
from planner.services.changes import Changes
from planner.services.workspace import Workspace
from planner.ui.library.library_page import LibraryPage
from tests.helpers import lift


def logged(exercise_id: int, reps: int, kg: float, number: int, warmup: bool = False) -> LiftSet:
    return LiftSet(exercise_id, number, number - 1, reps, kg, 2.0, reps, kg, 2.0, warmup=warmup)


def test_the_detail_lists_records_and_sessions_in_the_users_unit(qtbot: QtBot, workspace: Workspace) -> None:
    squat = next(e for e in library.exercises() if e.slug == "back-squat")
    assert squat.id is not None
    profile_service.save(replace(Profile(), mass_unit=MassUnit.LB))
    for day, kg in ((date(2026, 11, 2), 100.0), (date(2026, 11, 9), 102.5)):
        sets = (logged(squat.id, 5, 60.0, 1, warmup=True), logged(squat.id, 5, kg, 2), logged(squat.id, 5, kg, 3))
        sessions.create(replace(lift(day), status=Status.DONE, sets=sets))
    page = LibraryPage(workspace.paths.images)
    qtbot.addWidget(page)
    page.show()
    page.select_slug("back-squat")
    text = page.detail.history.text()
    assert "Heaviest load: 225.97 lb (09 Nov 2026)" in text  # 102.5 kg in pounds
    assert "Best e1RM (Epley): 263.64 lb" in text  # Epley 102.5 x (1 + 5/30) = 119.583 kg = 263.638 lb
    assert text.index("09 Nov 2026</td>") < text.index("02 Nov 2026</td>")  # newest first
    assert "<td>2</td>" in text  # two working sets: the warm-up is not one
    assert page.detail.chart.isVisible()
    assert [round(v, 2) for _, v in page.detail.chart.points] == [116.67, 119.58]
    later = date(2026, 11, 16)
    sessions.create(replace(lift(later), status=Status.DONE, sets=(logged(squat.id, 3, 110.0, 1),)))
    page.on_changes(Changes.on_days([later]))  # a lift logged elsewhere: the history shown follows
    assert "Heaviest load: 242.51 lb (16 Nov 2026)" in page.detail.history.text()
    page.select_slug("goblet-squat")
    assert "Not logged yet" in page.detail.history.text()
    assert not page.detail.chart.isVisible()
