"""The Settings dialog's OK is one change: a failure part-way keeps every earlier value."""

from __future__ import annotations

from dataclasses import replace

import pytest
from peewee import SqliteDatabase

from planner.domain.enums import DistanceUnit, MassUnit
from planner.services import app_settings, profile, settings_form
from planner.services.app_settings import Theme
from tests.helpers import db_fingerprint


def test_a_failure_part_way_through_saving_the_settings_keeps_every_earlier_value(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill between the writes kept the dark theme and three backups but left the units as they were."""
    before = db_fingerprint()
    current = profile.current()
    miles = replace(current, mass_unit=MassUnit.LB, distance_unit=DistanceUnit.MI)

    def broken(_chosen: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(profile, "save", broken)
    chosen = {
        "chosen_profile": miles,
        "usual_week": app_settings.usual_week(),
        "theme": Theme.DARK,
        "backup_keep": 3,
        "kit": None,
        "already_trained": True,
        "pace_source": None,
        "folder": None,
    }
    with pytest.raises(OSError, match="went away"):
        settings_form.save_all(**chosen)
    assert db_fingerprint() == before
    monkeypatch.undo()
    settings_form.save_all(**chosen)
    assert app_settings.theme() is Theme.DARK
    assert app_settings.backup_keep() == 3
    assert profile.current().distance_unit is DistanceUnit.MI
