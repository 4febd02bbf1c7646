"""The benchmarks' history generator keeps working (benchmarks are not run in CI; this is)."""

from __future__ import annotations

from datetime import date

from planner.services import calendar
from planner.services.workspace import Workspace
from tests.perf.history import generate


def test_one_year_of_history_on_top_of_the_built_in_library(workspace: Workspace) -> None:
    made_sessions, made_sets = generate(workspace, years=1, end=date(2026, 11, 22))
    assert 350 < made_sessions < 500
    assert made_sets > 5_000
    plan = calendar.week_plan(date(2026, 6, 10))
    assert plan.week.sessions
    assert plan.loads
