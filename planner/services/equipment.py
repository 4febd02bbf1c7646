"""The lifter's equipment, kept in settings per unit with defaults: the bar and plates (the plate
calculator and R11's barbell steps), dumbbell and kettlebell sizes (R11's steps). Settings > Equipment
edits it; the suggestion engine prescribes only loads it can make."""

from __future__ import annotations

import json

from planner.domain.enums import MassUnit
from planner.domain.equipment import Equipment
from planner.engine.plates import DEFAULT_BAR, DEFAULT_PLATES
from planner.store import settings_rows
from planner.store.transaction import transaction

BAR_KEY = "bar_{unit}"  # e.g. bar_kg = "15"
PLATES_KEY = "plates_{unit}"  # e.g. plates_kg = "[20, 10, 5, 2.5, 1.25]"
DUMBBELLS_KEY = "dumbbells_{unit}"  # e.g. dumbbells_kg = "[2, 4, 6, 8]"
KETTLEBELLS_KEY = "kettlebells_{unit}"


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


def _sizes(key: str, unit: MassUnit) -> tuple[float, ...] | None:
    stored = settings_rows.get_flag(key.format(unit=unit.value))
    if stored is None:
        return None
    try:
        sizes = tuple(float(v) for v in json.loads(stored))
    except (ValueError, TypeError):
        return None  # an unreadable value (a newer version's?) falls back to the defaults
    return sizes or None


def equipment(unit: MassUnit) -> Equipment:
    """Everything the lifter can load, in ``unit``: the saved sizes, else the unit's defaults."""
    defaults = Equipment.defaults(unit)
    bar, plates = bar_and_plates(unit)
    try:
        return Equipment(
            unit,
            bar,
            plates,
            _sizes(DUMBBELLS_KEY, unit) or defaults.dumbbells,
            _sizes(KETTLEBELLS_KEY, unit) or defaults.kettlebells,
        )
    except ValueError:
        return defaults


def set_equipment(kit: Equipment) -> None:
    """Keep ``kit`` as the equipment of its unit (one transaction)."""
    unit = kit.unit.value
    with transaction():
        set_bar_and_plates(kit.unit, kit.bar, kit.plates)
        settings_rows.set_flag(DUMBBELLS_KEY.format(unit=unit), json.dumps(list(kit.dumbbells)))
        settings_rows.set_flag(KETTLEBELLS_KEY.format(unit=unit), json.dumps(list(kit.kettlebells)))
