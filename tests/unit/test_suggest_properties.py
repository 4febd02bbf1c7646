"""Properties of the suggestion engine over random weeks: it never raises, is deterministic, respects
unavailable days, places at most one suggestion a day, and never suggests a session that the calendar's
own hard-rule checker (R5, R6, R7 in planner.engine.split_rules) would flag."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.enums import Experience, Intensity, LiftFocus, RacePriority, RunType, Status, Strategy, TimeOfDay
from planner.domain.profile import Profile, Race
from planner.domain.session import Session
from planner.engine.split_rules import check_rules
from planner.engine.suggest import suggest_week
from planner.engine.suggestion import WeekInput
from tests.helpers import WEEK, day, lift, run, suggested_sessions, week_input

CONTEXT_DAYS = [-3, -2, -1, *range(7), 7, 8, 9]  # the days before the week, the week, the days after

run_types = st.sampled_from([None, None, *RunType])
times = st.sampled_from([TimeOfDay.AM, TimeOfDay.PM, None])


@st.composite
def weeks(draw: st.DrawFn) -> WeekInput:
    sessions: list[Session] = []
    for n in CONTEXT_DAYS:
        kind = draw(run_types)
        if kind is not None:
            km = 30.0 if kind is RunType.LONG else draw(st.sampled_from([5.0, 8.0, 12.0]))
            sessions.append(run(day(n), kind, km, time_of_day=draw(times)))
        if draw(st.integers(0, 9)) == 0:  # now and then a second run that day
            sessions.append(run(day(n), draw(st.sampled_from(list(RunType))), 6.0, time_of_day=draw(times)))
    lift_days = draw(st.lists(st.sampled_from([-2, -1, *range(7)]), max_size=3))
    for n in lift_days:
        sessions.append(
            lift(
                day(n),
                draw(st.sampled_from(list(LiftFocus))),
                draw(st.sampled_from(list(Intensity))),
                status=draw(st.sampled_from([Status.PLANNED, Status.PLANNED, Status.DONE, Status.SKIPPED])),
                time_of_day=draw(times),
            )
        )
    races: tuple[Race, ...] = ()
    if draw(st.booleans()):
        offset = draw(st.integers(-10, 40))
        races = (Race(day(offset), "City Marathon", 42195.0, draw(st.sampled_from(list(RacePriority)))),)
    profile = Profile(
        experience=draw(st.sampled_from(list(Experience))),
        sessions_per_week=draw(st.integers(1, 3)),
        strategy=draw(st.sampled_from(list(Strategy))),
    )
    unavailable = tuple(draw(st.sets(st.sampled_from(WEEK), max_size=7)))
    before = tuple(s for s in sessions if s.day < WEEK[0])
    current = [s for s in sessions if s.day >= WEEK[0]]
    return week_input(*current, profile=profile, races=races, unavailable=unavailable, history=before)


@settings(max_examples=150, deadline=None)
@given(weeks())
def test_suggestions_are_deterministic_and_stay_on_free_days(data: WeekInput) -> None:
    first = suggest_week(data)
    assert suggest_week(data) == first
    placed = [s.day for s in first.suggestions]
    assert len(placed) == len(set(placed)), "two suggestions on one day"
    assert all(d in WEEK for d in placed)
    assert not set(placed) & data.unavailable
    existing = sum(1 for s in data.sessions if s.lift and s.day in WEEK and s.status is not Status.SKIPPED)
    assert len(first.suggestions) <= max(0, first.target - existing)
    if existing + len(first.suggestions) < first.target:
        assert any(w.rule in ("R1", "R2", "R7") and w.day is None for w in first.warnings), "a shortfall must be said"


@settings(max_examples=150, deadline=None)
@given(weeks())
def test_suggestions_never_break_a_hard_rule(data: WeekInput) -> None:
    result = suggest_week(data)
    suggested = suggested_sessions(data, result)
    found = check_rules([*data.history, *data.sessions, *suggested], data.races)
    broken = {s.id: [w.message for w in found[s.id]] for s in suggested if s.id in found}
    assert broken == {}


@settings(max_examples=150, deadline=None)
@given(weeks())
def test_every_suggestion_explains_itself(data: WeekInput) -> None:
    for suggestion in suggest_week(data).suggestions:
        assert suggestion.reasons
        assert f"{suggestion.day:%A}" in suggestion.reasons[0]
        assert any("(R" in reason for reason in suggestion.reasons)


def test_the_generator_covers_the_cases_that_matter() -> None:
    """Guard against a strategy that silently stops producing races, lifts or unavailable days."""
    seen: dict[str, bool] = {"race": False, "lift": False, "unavailable": False}

    @settings(max_examples=60, deadline=None, database=None)
    @given(weeks())
    def look(data: WeekInput) -> None:
        seen["race"] |= bool(data.races)
        seen["lift"] |= any(s.lift for s in data.sessions)
        seen["unavailable"] |= bool(data.unavailable)

    look()
    assert all(seen.values()), seen
