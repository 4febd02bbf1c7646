"""Application preferences kept in the database's setting table, so they travel with the data folder."""

from __future__ import annotations

from enum import StrEnum

from planner.domain.usual_week import UsualWeek
from planner.store import settings_rows
from planner.store.transaction import transaction

THEME_KEY = "theme"
BACKUP_KEEP_KEY = "backup_keep"
USUAL_WEEK_KEY = "usual_week"
TRAINED_KEY = "already_trained"

DEFAULT_BACKUP_KEEP = 7
MAX_BACKUP_KEEP = 90


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def theme() -> Theme:
    """The chosen theme; an unknown stored value (a newer version's) falls back to following the system."""
    stored = settings_rows.get_flag(THEME_KEY) or Theme.SYSTEM.value
    try:
        return Theme(stored)
    except ValueError:
        return Theme.SYSTEM


def set_theme(choice: Theme) -> None:
    with transaction():
        settings_rows.set_flag(THEME_KEY, Theme(choice).value)


def backup_keep() -> int:
    """How many daily backups to keep (1 to MAX_BACKUP_KEEP)."""
    stored = settings_rows.get_flag(BACKUP_KEEP_KEY)
    try:
        count = int(stored) if stored is not None else DEFAULT_BACKUP_KEEP
    except ValueError:
        return DEFAULT_BACKUP_KEEP
    return min(max(count, 1), MAX_BACKUP_KEEP)


def set_backup_keep(count: int) -> None:
    if not 1 <= count <= MAX_BACKUP_KEEP:
        raise ValueError(f"keep 1 to {MAX_BACKUP_KEEP} daily backups")
    with transaction():
        settings_rows.set_flag(BACKUP_KEEP_KEY, str(count))


def usual_week() -> UsualWeek:
    """The usual running week last given in the setup (an empty week when none or unreadable)."""
    stored = settings_rows.get_flag(USUAL_WEEK_KEY)
    if stored is None:
        return UsualWeek()
    try:
        return UsualWeek.from_json(stored)
    except ValueError:
        return UsualWeek()


def set_usual_week(week: UsualWeek) -> None:
    with transaction():
        settings_rows.set_flag(USUAL_WEEK_KEY, week.to_json())


def already_trained() -> bool:
    """Whether the runner came in already trained: no form-first weeks when the log starts (R9)."""
    return settings_rows.get_flag(TRAINED_KEY, "0") == "1"


def set_already_trained(trained: bool) -> None:
    with transaction():
        settings_rows.set_flag(TRAINED_KEY, "1" if trained else "0")
