"""The runner's pace zones: the source (a race or a threshold pace) kept in the settings, the zones derived."""

from __future__ import annotations

from planner.domain.pace_source import PaceSource
from planner.engine.pace_zones import PaceZones, zones_from_race, zones_from_threshold
from planner.store import settings_rows
from planner.store.transaction import transaction

PACE_SOURCE_KEY = "pace_source"


def source() -> PaceSource | None:
    stored = settings_rows.get_flag(PACE_SOURCE_KEY)
    if not stored:
        return None
    try:
        return PaceSource.from_json(stored)
    except (ValueError, TypeError):
        return None  # a newer version's or damaged value: no zones rather than wrong ones


def set_source(chosen: PaceSource | None) -> None:
    with transaction():
        settings_rows.set_flag(PACE_SOURCE_KEY, chosen.to_json() if chosen is not None else "")


def zones() -> PaceZones | None:
    return zones_for(source())


def zones_for(chosen: PaceSource | None) -> PaceZones | None:
    if chosen is None:
        return None
    if chosen.threshold_s_per_km is not None:
        return zones_from_threshold(chosen.threshold_s_per_km)
    return zones_from_race(chosen.distance_m or 0.0, chosen.seconds or 0.0)
