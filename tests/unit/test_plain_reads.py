"""The settings flags and the profile, read in plain SQL before the first paint (issue 21), as peewee read them,
and calm about values another program left in the file."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import DistanceUnit, Experience, MassUnit, Strategy
from planner.domain.profile import Profile
from planner.store import models as m
from planner.store.profile_rows import get_profile, save_profile
from planner.store.settings_rows import get_flag, set_flag


@pytest.mark.usefixtures("db")
def test_a_saved_profile_reads_back_whole() -> None:
    assert get_profile() == Profile()  # no row yet: the defaults
    saved = Profile(MassUnit.LB, DistanceUnit.MI, Experience.ADVANCED, 3, Strategy.HARD_DAYS_HARD, 71.5, 6)
    save_profile(saved)
    assert get_profile() == saved


def test_numbers_of_the_wrong_type_read_as_unset(db: SqliteDatabase) -> None:
    save_profile(Profile(body_mass_kg=70.0, first_weekday=6, sessions_per_week=3))
    db.execute_sql("UPDATE profile SET body_mass_kg = 'heavy', sessions_per_week = 'abc', first_weekday = x'01'")
    read = get_profile()
    assert (read.body_mass_kg, read.sessions_per_week, read.first_weekday) == (None, 2, 0)


def test_flags_read_as_text_and_default_when_absent(db: SqliteDatabase) -> None:
    assert get_flag("theme") is None
    assert get_flag("theme", "system") == "system"
    set_flag("theme", "dark")
    assert get_flag("theme") == "dark"
    m.Setting.insert(key="blob", value=b"h\xc3\xa9").execute()  # a blob another program wrote
    assert get_flag("blob") == "hé"


def test_any_unreadable_preference_reads_as_its_default_and_the_rest_as_saved(db: SqliteDatabase) -> None:
    """The domain's own checks decide: a week start of 9 or an unknown unit is as unreadable as text for a number."""
    save_profile(Profile(MassUnit.LB, DistanceUnit.MI, Experience.ADVANCED, 3, Strategy.HARD_DAYS_HARD, 71.5, 6))
    db.execute_sql("UPDATE profile SET mass_unit = 'stone', first_weekday = 9, sessions_per_week = 7")
    read = get_profile()
    defaults = Profile()
    assert (read.mass_unit, read.first_weekday, read.sessions_per_week) == (
        defaults.mass_unit,
        defaults.first_weekday,
        defaults.sessions_per_week,
    )
    assert (read.distance_unit, read.experience, read.strategy, read.body_mass_kg) == (
        DistanceUnit.MI,
        Experience.ADVANCED,
        Strategy.HARD_DAYS_HARD,
        71.5,
    )
