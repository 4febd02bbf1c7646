"""The suggestion engine fed from the database: a week's input, accepting suggestions, planning a season."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from planner.domain.enums import Experience
from planner.domain.exercise import Exercise
from planner.domain.session import Session
from planner.domain.week import week_days
from planner.engine.prescription import Level, dose
from planner.engine.progression import Step, last_time, next_step
from planner.engine.readiness import POOR_STREAK
from planner.engine.suggest import plan_season, starting_out, suggest_week
from planner.engine.suggestion import HISTORY_WEEKS, Suggestion, WeekInput, WeekSuggestion
from planner.engine.volume import weekly_jump
from planner.services import app_settings, availability, equipment, sessions
from planner.store import checkin_rows, exercise_rows, race_rows
from planner.store import session_rows as rows
from planner.store.errors import NotFoundError
from planner.store.profile_rows import get_profile
from planner.store.transaction import transaction

CONTEXT_AFTER = timedelta(days=10)  # key runs and races after the week constrain its last days
RACE_HORIZON = timedelta(weeks=30)  # phases count back from the next A race up to this far ahead
MAX_SEASON_WEEKS = 30
CHECKINS_BEFORE = timedelta(days=POOR_STREAK)  # a streak of poor days can end just before the week


def week_input(day: date, library: Sequence[Exercise] | None = None, today: date | None = None) -> WeekInput:
    """The week holding ``day`` as the engine sees it: sessions, sets, races, library, check-ins, the days
    marked unavailable and the settings. With ``today``, days before it are context only (DESIGN §3)."""
    profile = get_profile()
    days = week_days(day, profile.first_weekday)
    first = days[0] - timedelta(weeks=HISTORY_WEEKS)
    span = rows.sessions_between(first, days[-1] + CONTEXT_AFTER, with_sets=False)
    history = tuple(rows.with_sets(s for s in span if s.day < days[0]))
    current = tuple(s for s in span if s.day >= days[0])
    races = race_rows.races_between(days[0] - timedelta(weeks=1), days[-1] + RACE_HORIZON)
    return WeekInput(
        days=days,
        profile=profile,
        sessions=current,
        races=tuple(races),
        history=history,
        library=tuple(library if library is not None else exercise_rows.all_exercises()),
        checkins=tuple(checkin_rows.checkins_between(days[0] - CHECKINS_BEFORE, days[-1])),
        unavailable=availability.unavailable_between(days[0], days[-1]),
        today=today,
        equipment=equipment.equipment(profile.mass_unit),
        trained=app_settings.already_trained(),
    )


def suggest(day: date, today: date | None = None) -> WeekSuggestion:
    """Suggestions for the week holding ``day``; with ``today``, planned from today on."""
    return suggest_week(week_input(day, today=today))


def accept(suggestions: Sequence[Suggestion]) -> list[Session]:
    """Save suggestions as planned lifts (source "suggested"), all in one transaction."""
    with transaction():
        return [sessions.create(s.as_session()) for s in suggestions]


def season(first_day: date, weeks: int, today: date | None = None) -> list[WeekSuggestion]:
    """Suggestions for ``weeks`` weeks from the week holding ``first_day``; plan_season carries each
    week's sessions and suggestions into the next one's history. With ``today``, nothing is placed
    before it (DESIGN §3)."""
    weeks = max(1, min(weeks, MAX_SEASON_WEEKS))
    profile = get_profile()
    start = week_days(first_day, profile.first_weekday)[0]
    base = week_input(start)
    end = start + timedelta(weeks=weeks) + CONTEXT_AFTER
    span = rows.sessions_between(start, end, with_sets=False)
    races = race_rows.races_between(start - timedelta(weeks=1), end + RACE_HORIZON)
    inputs = []
    for k in range(weeks):
        days = tuple(start + timedelta(days=7 * k + i) for i in range(7))
        inputs.append(
            replace(
                base,
                days=days,
                sessions=tuple(s for s in span if days[0] <= s.day <= days[-1] + CONTEXT_AFTER),
                races=tuple(races),
                checkins=base.checkins if k == 0 else (),
                today=today,
            )
        )
    return plan_season(inputs)


def progression_for(session: Session) -> dict[int, Step]:
    """The next step for each exercise of a lift (the session editor's hints), from the sets logged
    before the session's day."""
    if session.lift is None:
        return {}
    profile = get_profile()
    days = week_days(session.day, profile.first_weekday)
    history_start = days[0] - timedelta(weeks=HISTORY_WEEKS)
    span = rows.sessions_between(history_start, session.day - timedelta(days=1), with_sets=True)
    around = rows.sessions_between(days[0] - timedelta(weeks=2), days[-1], with_sets=False)
    jump, _ = weekly_jump(around, days[0])
    steps: dict[int, Step] = {}
    kit = equipment.equipment(profile.mass_unit)
    starting = not app_settings.already_trained() and starting_out(span, days[0])
    level = Level.FORM if profile.experience is Experience.NOVICE or starting else Level.STRENGTH
    advanced = profile.experience is Experience.ADVANCED
    for slot, exercise_id in enumerate(dict.fromkeys(s.exercise_id for s in session.sets)):
        try:
            exercise = exercise_rows.get_exercise(exercise_id)
        except NotFoundError:
            continue
        # the rep range of this session's intensity (R9/R10); targets the runner set outside it win
        prescription = dose(exercise, slot, session.lift.intensity, level, advanced)
        working = [s for s in session.sets if s.exercise_id == exercise_id and not s.warmup]  # warm-ups: no dose
        reps = [s.target_reps for s in working if s.target_reps]
        if reps and not prescription.reps_low <= min(reps) <= prescription.reps_high:
            prescription = replace(prescription, reps_low=min(reps), reps_high=max(reps))
        steps[exercise_id] = next_step(
            exercise, prescription, last_time(exercise_id, span), profile.mass_unit, jump, kit
        )
    return steps
