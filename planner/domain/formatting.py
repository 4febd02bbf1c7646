"""Numbers as a runner reads them: distances in km or mi, durations as h:mm."""

from __future__ import annotations

from planner.domain.enums import DistanceUnit

METRES_PER_MILE = 1609.344


def format_distance(metres: float | None, unit: DistanceUnit = DistanceUnit.KM) -> str:
    if metres is None:
        return ""
    if unit is DistanceUnit.MI:
        return f"{metres / METRES_PER_MILE:.1f} mi"
    return f"{metres / 1000:.1f} km"


def format_duration(seconds: int | None) -> str:
    """``45 min`` under an hour, ``1 h 50`` above; empty when unknown."""
    if seconds is None:
        return ""
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"
