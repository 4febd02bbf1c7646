"""The first-run setup's logic: the usual week as planned runs, applying answers, skipping, app settings."""

from __future__ import annotations

import os
import time
from datetime import timedelta

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import DistanceUnit, Experience, MassUnit, RacePriority, RunType, Strategy
from planner.domain.profile import Profile, Race
from planner.domain.usual_week import UsualRun, UsualWeek, planned_runs
from planner.services import app_settings, example_week, first_run, sessions
from planner.services.workspace import Workspace
from planner.store import race_rows
from planner.store.backups import list_backups
from planner.store.profile_rows import get_profile
from tests.helpers import MONDAY, run

WEEK = UsualWeek(
    {1: UsualRun(RunType.INTERVALS, 9000.0), 3: UsualRun(RunType.EASY), 6: UsualRun(RunType.LONG, 18000.0)}
)
WEDNESDAY = MONDAY + timedelta(days=2)


def answers(race: Race | None = None, week: UsualWeek = WEEK) -> first_run.SetupAnswers:
    profile = Profile(
        mass_unit=MassUnit.LB,
        distance_unit=DistanceUnit.MI,
        experience=Experience.ADVANCED,
        sessions_per_week=3,
        strategy=Strategy.HARD_DAYS_HARD,
    )
    return first_run.SetupAnswers(profile=profile, usual_week=week, race=race)


def test_planned_runs_repeat_the_week_and_leave_busy_days_alone() -> None:
    made = planned_runs(WEEK, MONDAY, MONDAY + timedelta(days=13), busy={MONDAY + timedelta(days=1)})
    assert [(s.day - MONDAY).days for s in made] == [3, 6, 8, 10, 13]
    assert made[0].run is not None
    assert made[0].run.run_type is RunType.EASY
    assert made[0].run.distance_m is None
    assert made[1].run is not None
    assert made[1].run.distance_m == 18000.0
    assert all(s.planned_day == s.day for s in made)


def test_an_empty_week_plans_nothing() -> None:
    assert planned_runs(UsualWeek(), MONDAY, MONDAY + timedelta(days=27)) == []


def test_the_usual_week_round_trips_and_rejects_bad_input() -> None:
    assert UsualWeek.from_json(WEEK.to_json()) == WEEK
    with pytest.raises(ValueError, match="not a saved usual week"):
        UsualWeek.from_json("{not json")
    with pytest.raises(ValueError, match="sprint"):
        UsualWeek.from_json('{"1": ["sprint", null]}')
    with pytest.raises(ValueError, match="add it as a race"):
        UsualRun(RunType.RACE)
    with pytest.raises(ValueError, match="weekdays"):
        UsualWeek({7: UsualRun(RunType.EASY)})


def test_the_prefill_span_runs_from_today_to_the_end_of_the_fourth_week() -> None:
    assert first_run.prefill_span(WEDNESDAY, 0) == (WEDNESDAY, MONDAY + timedelta(days=27))
    assert first_run.prefill_span(WEDNESDAY, 6, weeks=1) == (WEDNESDAY, MONDAY + timedelta(days=5))


def test_applying_saves_the_profile_race_and_runs_on_empty_days_only(db: SqliteDatabase) -> None:
    mine = sessions.create(run(MONDAY + timedelta(days=3), RunType.TEMPO))  # Thursday already planned
    race = Race(day=MONDAY + timedelta(days=13), name="Winter 10K", distance_m=10000, priority=RacePriority.B)
    added = first_run.apply_setup(answers(race), today=WEDNESDAY)
    profile = get_profile()
    assert (profile.mass_unit, profile.distance_unit, profile.experience) == (
        MassUnit.LB,
        DistanceUnit.MI,
        Experience.ADVANCED,
    )
    assert profile.sessions_per_week == 3
    assert profile.strategy is Strategy.HARD_DAYS_HARD
    assert [(r.name, r.priority) for r in race_rows.races_between(MONDAY, MONDAY + timedelta(weeks=4))] == [
        ("Winter 10K", RacePriority.B)
    ]
    days = sorted(s.day for s in added)
    # Tue 24 is before today; Thu 26 is taken; Sun 6 Dec is race day: the race, not the usual long run
    assert MONDAY + timedelta(days=1) not in days
    assert mine.day not in days
    [on_race_day] = [s for s in added if s.day == race.day]
    assert on_race_day.run is not None
    assert on_race_day.run.run_type is RunType.RACE
    assert on_race_day.run.distance_m == 10000
    assert days[0] == MONDAY + timedelta(days=6)
    assert days[-1] == MONDAY + timedelta(days=27)
    assert len(added) == 3 * 4 - 3 + 1  # the usual runs and the race
    assert [s.title for s in sessions.sessions_between(mine.day, mine.day)] == [mine.title]
    assert app_settings.usual_week() == WEEK
    assert not first_run.should_show_setup()
    assert not example_week.should_offer_example()  # the banner steps aside for the runner's own week


def test_a_race_in_the_past_is_refused_and_nothing_is_saved(db: SqliteDatabase) -> None:
    race = Race(day=MONDAY - timedelta(days=1), name="Gone", distance_m=5000)
    with pytest.raises(ValueError, match="in the past"):
        first_run.apply_setup(answers(race), today=MONDAY)
    assert get_profile() == Profile()
    assert sessions.sessions_between(MONDAY, MONDAY + timedelta(weeks=5)) == []
    assert first_run.should_show_setup()


def test_skipping_keeps_the_defaults_and_is_remembered(db: SqliteDatabase) -> None:
    assert first_run.should_show_setup()
    first_run.skip_setup()
    assert get_profile() == Profile()
    assert not first_run.should_show_setup()
    assert example_week.should_offer_example()  # skipped: the example banner still offers help


def test_a_database_with_sessions_is_not_new(db: SqliteDatabase) -> None:
    sessions.create(run(MONDAY))
    assert not first_run.should_show_setup()


def test_settings_defaults_validation_and_unknown_values(db: SqliteDatabase) -> None:
    assert app_settings.theme() is app_settings.Theme.SYSTEM
    assert app_settings.backup_keep() == app_settings.DEFAULT_BACKUP_KEEP
    app_settings.set_theme(app_settings.Theme.DARK)
    app_settings.set_backup_keep(3)
    assert (app_settings.theme(), app_settings.backup_keep()) == (app_settings.Theme.DARK, 3)
    with pytest.raises(ValueError, match="daily backups"):
        app_settings.set_backup_keep(0)
    from planner.store.settings_rows import set_flag

    set_flag(app_settings.THEME_KEY, "neon")
    set_flag(app_settings.BACKUP_KEEP_KEY, "many")
    assert app_settings.theme() is app_settings.Theme.SYSTEM
    assert app_settings.backup_keep() == app_settings.DEFAULT_BACKUP_KEEP


def test_the_daily_backup_keeps_as_many_as_the_setting_says(workspace: Workspace) -> None:
    backups = workspace.paths.backups
    old = time.time() - 5 * 86400
    for n in range(4):
        fake = backups / f"runlift-2020010{n + 1}-120000-000000-daily.sqlite"
        fake.write_bytes(b"")
        os.utime(fake, (old, old))
    app_settings.set_backup_keep(2)
    made = workspace.backup_daily()
    kept = list_backups(backups, "daily")
    assert made is not None
    assert kept[0] == made
    assert len(kept) == 2


def test_restoring_a_backup_brings_its_data_back_and_sets_the_current_file_aside(workspace: Workspace) -> None:
    sessions.create(run(MONDAY, RunType.LONG))
    backup = workspace.backup_daily()
    assert backup is not None
    sessions.create(run(MONDAY, RunType.TEMPO))
    aside = workspace.restore(backup)
    assert aside is not None
    assert aside.exists()
    assert [s.title for s in sessions.sessions_between(MONDAY, MONDAY)] == ["Long run"]
    sessions.create(run(MONDAY, RunType.EASY))  # the reopened database takes writes
    assert len(sessions.sessions_between(MONDAY, MONDAY)) == 2


def test_a_damaged_backup_changes_nothing(workspace: Workspace) -> None:
    sessions.create(run(MONDAY, RunType.LONG))
    bad = workspace.paths.backups / "runlift-20200101-120000-000000-daily.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    from planner.store.errors import StoreError

    with pytest.raises(StoreError):
        workspace.restore(bad)
    assert [s.title for s in sessions.sessions_between(MONDAY, MONDAY)] == ["Long run"]
    assert list(workspace.paths.data_dir.glob("*.set-aside-*")) == []
