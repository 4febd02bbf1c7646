"""The help page (resources/help/planning.md) states the engine's numbers, and cites sources honestly
(issue 20, point 8): each figure below is read from the engine, not typed twice."""

from __future__ import annotations

from planner.domain.enums import RacePriority
from planner.engine.progression import STEP_CAP
from planner.engine.split_rules import NO_HEAVY_LEGS_DAYS
from planner.engine.strength import MAX_EFFECTIVE_REPS, MAX_FORMULA_REPS
from planner.engine.suggest import STARTING_LOOKBACK, STARTING_WEEKS
from planner.resource_files import resource_path

HELP = " ".join(resource_path("help", "planning.md").read_text(encoding="utf-8").split())


def test_race_windows() -> None:
    assert f"in the last {NO_HEAVY_LEGS_DAYS[RacePriority.A]} days" in HELP
    assert f"no heavy legs in the last {NO_HEAVY_LEGS_DAYS[RacePriority.B]} days" in HELP
    assert RacePriority.C not in NO_HEAVY_LEGS_DAYS
    assert "a **C** race" in HELP


def test_starting_weeks() -> None:
    assert f"from {STARTING_WEEKS} to {STARTING_LOOKBACK.days // 7} weeks back" in HELP


def test_step_caps() -> None:
    assert (
        f"about {STEP_CAP[True]:.0%} for the lower body and {STEP_CAP[False]:.0%} for the upper body"
        in HELP.replace(" %", "%")
    )


def test_rpe_table_and_formula_limits() -> None:
    assert f"up to {MAX_EFFECTIVE_REPS} reps to failure" in HELP
    assert f"never past {MAX_FORMULA_REPS}" in HELP


def test_hard_days_do_not_promise_six_hours_the_engine_does_not_keep() -> None:
    assert "at least 6 hours apart" not in HELP
    assert "straight after it is allowed" in HELP


def test_buist_is_not_cited_for_the_ten_percent_rule() -> None:
    """Buist et al. 2008 found a graded 10 %/week programme did not reduce injuries (DESIGN R13)."""
    sentence = next(s for s in HELP.split(". ") if "Buist" in s)
    assert "did not reduce injuries" in sentence
