"""Plan my runs: the usual running week laid out from today to the A race (or a number of weeks), with a taper.

Re-runnable: only empty, available days get a run, so planning again adds only what is missing.
"""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.session import Session
from planner.domain.usual_week import UsualWeek
from planner.engine.run_plan import DEFAULT_WEEKS, RunPlan, goal_race, plan_runs, plan_span
from planner.services import app_settings, availability, profile, races, sessions
from planner.store import session_rows
from planner.store.transaction import transaction

RACE_HORIZON = timedelta(weeks=52)


def preview(today: date, weeks: int = DEFAULT_WEEKS, usual: UsualWeek | None = None) -> RunPlan:
    """What planning would add now, without writing anything."""
    runner = profile.current()
    usual = usual if usual is not None else app_settings.usual_week()
    known = races.upcoming(today)
    race = goal_race(known, today)
    if race is not None and race.day > today + RACE_HORIZON:
        race = None
    first, last = plan_span(today, runner.first_weekday, race, weeks)
    busy = {s.day for s in session_rows.sessions_between(first, last, with_sets=False)}
    return plan_runs(
        usual,
        today,
        runner.first_weekday,
        race=race,
        weeks=weeks,
        busy=busy,
        unavailable=availability.unavailable_between(first, last),
        other_races=[r for r in known if r != race],
    )


def apply(plan: RunPlan) -> list[Session]:
    """Save the planned runs in one transaction; returns them with their ids (what an undo deletes)."""
    with transaction():
        return [sessions.create(run) for run in plan.runs]


def plan_my_runs(today: date, weeks: int = DEFAULT_WEEKS) -> tuple[RunPlan, list[Session]]:
    plan = preview(today, weeks)
    return plan, apply(plan)
