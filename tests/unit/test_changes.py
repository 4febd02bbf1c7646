"""The Changes value: what an edit touched, and which weeks it concerns (DESIGN §1, issue 17)."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.enums import RunType
from planner.services.changes import Changes
from tests.helpers import MONDAY, run

SUNDAY = MONDAY + timedelta(days=6)


def test_a_move_touches_the_day_left_and_the_day_reached() -> None:
    before = run(MONDAY, RunType.LONG)
    changes = Changes.of_sessions([before], [run(MONDAY + timedelta(days=12))])
    assert changes.days == {MONDAY, MONDAY + timedelta(days=12)}
    assert changes.sessions_changed
    assert not changes.races


def test_a_week_hears_of_changes_within_the_rules_reach_of_its_days() -> None:
    """R5 and R6 look 48 h around a day: two days past either end still concern the week; three do not."""
    assert Changes.on_days([SUNDAY + timedelta(days=2)]).touches(MONDAY, SUNDAY)
    assert Changes.on_days([MONDAY - timedelta(days=2)]).touches(MONDAY, SUNDAY)
    assert not Changes.on_days([SUNDAY + timedelta(days=3)]).touches(MONDAY, SUNDAY)
    assert not Changes.on_days([MONDAY - timedelta(days=3)]).touches(MONDAY, SUNDAY)


def test_races_the_profile_and_everything_concern_every_week() -> None:
    far = date(2030, 1, 7)
    for changes in (Changes(races=True), Changes(profile=True), Changes.all()):
        assert changes.affects_plan(far, far + timedelta(days=6))
    assert not Changes(exercises=True).affects_plan(far, far + timedelta(days=6))


def test_changes_combine_and_an_empty_one_says_so() -> None:
    combined = Changes.on_days([MONDAY]) | Changes(checkins=frozenset({SUNDAY}), exercises=True)
    assert combined.days == {MONDAY}
    assert combined.checkins == {SUNDAY}
    assert combined.exercises
    assert Changes().empty
    assert not combined.empty
    assert Changes(checkins=frozenset({SUNDAY})).touches(MONDAY, SUNDAY)
