"""The lifter's bar and plates, for the plate calculator: kept in settings, Olympic defaults per unit.

One small read, so that equipment settings (dumbbell and kettlebell sizes, R11's steps) can later join
it in one place.
"""

from __future__ import annotations

import json

from planner.domain.enums import MassUnit
from planner.engine.plates import DEFAULT_BAR, DEFAULT_PLATES
from planner.store import settings_rows
from planner.store.transaction import transaction

BAR_KEY = "bar_{unit}"  # e.g. bar_kg = "15"
PLATES_KEY = "plates_{unit}"  # e.g. plates_kg = "[20, 10, 5, 2.5, 1.25]"


def bar_and_plates(unit: MassUnit) -> tuple[float, tuple[float, ...]]:
    """(bar, plate sizes) in ``unit``: the user's when set and readable, else a standard Olympic set."""
    bar, plates = DEFAULT_BAR[unit], DEFAULT_PLATES[unit]
    stored_bar = settings_rows.get_flag(BAR_KEY.format(unit=unit.value))
    stored_plates = settings_rows.get_flag(PLATES_KEY.format(unit=unit.value))
    try:
        if stored_bar is not None and 0 < float(stored_bar) < 100:
            bar = float(stored_bar)
        if stored_plates is not None:
            sizes = tuple(float(p) for p in json.loads(stored_plates) if 0 < float(p) <= 100)
            plates = tuple(sorted(set(sizes), reverse=True)) or plates
    except (ValueError, TypeError):
        pass  # an unreadable value (a newer version's?) falls back to the standard set
    return bar, plates


def set_bar_and_plates(unit: MassUnit, bar: float, plates: tuple[float, ...]) -> None:
    if not 0 < bar < 100 or not plates or any(not 0 < p <= 100 for p in plates):
        raise ValueError("a bar of 0-100 and at least one plate of 0-100 are needed")
    with transaction():
        settings_rows.set_flag(BAR_KEY.format(unit=unit.value), f"{bar:g}")
        settings_rows.set_flag(PLATES_KEY.format(unit=unit.value), json.dumps(sorted(set(plates), reverse=True)))
