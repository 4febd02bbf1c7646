"""Distance, elevation and mass in the runner's units: the one place that converts and formats them.

Stored values are always SI (metres, kilograms); everything shown or typed goes through here.
Factors are exact by definition (international yard and pound agreement, 1959).
"""

from __future__ import annotations

from planner.domain.enums import DistanceUnit, MassUnit

METRES_PER_MILE = 1609.344
METRES_PER_FOOT = 0.3048
KG_PER_LB = 0.45359237
MAX_LOAD_KG = 1_000.0  # the heaviest load kept (a restore refuses more): past any lift or sled a person moves


# ---- distance (km or mi)
def metres_per(unit: DistanceUnit) -> float:
    """How many metres one of ``unit`` holds: 1000 for km, 1609.344 for mi."""
    return METRES_PER_MILE if unit is DistanceUnit.MI else 1000.0


def distance_in(metres: float, unit: DistanceUnit) -> float:
    return metres / metres_per(unit)


def distance_to_metres(value: float, unit: DistanceUnit) -> float:
    return value * metres_per(unit)


def format_distance(metres: float | None, unit: DistanceUnit = DistanceUnit.KM, digits: int = 1) -> str:
    """``12.4 km`` or ``7.7 mi``; empty when unknown."""
    if metres is None:
        return ""
    return f"{distance_in(metres, unit):.{digits}f} {unit.value}"


# ---- elevation (m with km, ft with mi: what runners in each system read)
def elevation_unit(unit: DistanceUnit) -> str:
    return "ft" if unit is DistanceUnit.MI else "m"


def elevation_in(metres: float, unit: DistanceUnit) -> float:
    return metres / METRES_PER_FOOT if unit is DistanceUnit.MI else metres


def elevation_to_metres(value: float, unit: DistanceUnit) -> float:
    return value * METRES_PER_FOOT if unit is DistanceUnit.MI else value


def format_elevation(metres: float | None, unit: DistanceUnit = DistanceUnit.KM) -> str:
    if metres is None:
        return ""
    return f"{elevation_in(metres, unit):.0f} {elevation_unit(unit)}"


# ---- mass (kg or lb)
def mass_in(kg: float, unit: MassUnit) -> float:
    return kg if unit is MassUnit.KG else kg / KG_PER_LB


def mass_to_kg(value: float, unit: MassUnit) -> float:
    return value if unit is MassUnit.KG else value * KG_PER_LB


def format_mass(kg: float | None, unit: MassUnit = MassUnit.KG) -> str:
    """``62.5 kg`` or ``135 lb``: no trailing zeros."""
    if kg is None:
        return ""
    return f"{round(mass_in(kg, unit), 2):g} {unit.value}"


# ---- pace (time per km or per mi), stored as seconds per kilometre
def pace_in(seconds_per_km: float, unit: DistanceUnit) -> float:
    """Seconds per ``unit``: a pace per km becomes a pace per mile by the distance factor."""
    return seconds_per_km * metres_per(unit) / 1000.0


def pace_to_seconds_per_km(seconds_per_unit: float, unit: DistanceUnit) -> float:
    return seconds_per_unit * 1000.0 / metres_per(unit)


def format_pace(seconds_per_km: float | None, unit: DistanceUnit = DistanceUnit.KM, with_unit: bool = True) -> str:
    """``3:50/km`` or ``6:10/mi`` (``3:50`` without the unit); empty when unknown."""
    if seconds_per_km is None:
        return ""
    total = round(pace_in(seconds_per_km, unit))
    text = f"{total // 60}:{total % 60:02d}"
    return f"{text}/{unit.value}" if with_unit else text
