"""The automatic backups a user can go back to (Settings > Backups)."""

from __future__ import annotations

from pathlib import Path

from planner.store.backups import list_backups


def available(backup_dir: Path) -> list[Path]:
    """Newest first, as Settings lists them."""
    return list_backups(backup_dir)
