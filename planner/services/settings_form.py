"""The Settings dialog's OK: every choice on its pages saved as one change.

Eight writes, one a setting; a kill between them kept the theme and the backups but not the units, half of
one OK (README: every change is one transaction, never half of one).
"""

from __future__ import annotations

from pathlib import Path

from planner.domain.equipment import Equipment
from planner.domain.pace_source import PaceSource
from planner.domain.profile import Profile
from planner.domain.usual_week import UsualWeek
from planner.services import app_settings, equipment, pace_settings, profile, watched_folder
from planner.services.app_settings import Theme
from planner.store.transaction import transaction


def save_all(
    *,
    chosen_profile: Profile,
    usual_week: UsualWeek,
    theme: Theme,
    backup_keep: int,
    kit: Equipment | None,
    already_trained: bool,
    pace_source: PaceSource | None,
    folder: Path | None,
) -> None:
    """All of it or, if any part fails, none of it (the earlier values stay)."""
    with transaction():
        app_settings.set_backup_keep(backup_keep)
        app_settings.set_usual_week(usual_week)
        if kit is not None:
            equipment.set_equipment(kit)
        app_settings.set_already_trained(already_trained)
        pace_settings.set_source(pace_source)
        watched_folder.set_folder(folder)
        app_settings.set_theme(theme)
        profile.save(chosen_profile)
