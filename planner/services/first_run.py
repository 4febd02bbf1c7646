"""The first-run setup's use cases: whether to show it, skipping it, and applying the runner's answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.profile import Profile, Race
from planner.domain.session import Session
from planner.domain.usual_week import UsualWeek
from planner.domain.week import week_start
from planner.services import example_week, races, run_planning
from planner.services.app_settings import USUAL_WEEK_KEY
from planner.store import session_rows, settings_rows
from planner.store.profile_rows import save_profile
from planner.store.transaction import transaction

DONE_FLAG = "first_run_done"
# four weeks: one training block (DESIGN R12 deloads every 4-6 weeks) and the Progress page's first range;
# long enough to plan around, short enough that the runner revisits the plan before it goes stale
PREFILL_WEEKS = 4


@dataclass(frozen=True, slots=True)
class SetupAnswers:
    profile: Profile
    usual_week: UsualWeek
    race: Race | None = None


def should_show_setup() -> bool:
    """Only on the first start of an empty database: never again once finished or skipped."""
    return settings_rows.get_flag(DONE_FLAG) is None and not session_rows.any_sessions()


def skip_setup() -> None:
    """Remember the choice not to answer: the defaults stay and the example-week banner still offers help."""
    with transaction():
        settings_rows.set_flag(DONE_FLAG, "1")


def prefill_span(today: date, first_weekday: int, weeks: int = PREFILL_WEEKS) -> tuple[date, date]:
    """From today to the end of the ``weeks``-th calendar week (this week counts as the first)."""
    end = week_start(today, first_weekday) + timedelta(weeks=weeks) - timedelta(days=1)
    return today, end


def apply_setup(answers: SetupAnswers, today: date, weeks: int = PREFILL_WEEKS) -> list[Session]:
    """Save the profile, the race and the usual week, and plan its runs on the days still empty, to the A race
    with a taper (or for ``weeks`` weeks), in one transaction; returns the planned runs (what an undo deletes)."""
    if answers.race is not None and answers.race.day < today:
        raise ValueError("the race date is in the past")
    with transaction():
        save_profile(answers.profile)
        if answers.race is not None and not any(
            r.day == answers.race.day and r.name == answers.race.name for r in races.upcoming(today)
        ):
            races.add(answers.race)
        settings_rows.set_flag(USUAL_WEEK_KEY, answers.usual_week.to_json())
        added = run_planning.apply(run_planning.preview(today, weeks, answers.usual_week))
        settings_rows.set_flag(DONE_FLAG, "1")
        if added:  # the calendar has the runner's own week now: the example offer would only confuse
            settings_rows.set_flag(example_week.OFFER_FLAG, "1")
        return added
