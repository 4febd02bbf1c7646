"""Numbers as a runner reads them: durations as h:mm (distances: planner.domain.units)."""

from __future__ import annotations

from planner.domain.units import format_distance

__all__ = ["format_distance", "format_duration"]


def format_duration(seconds: int | None) -> str:
    """``45 min`` under an hour, ``1 h 50`` above; empty when unknown."""
    if seconds is None:
        return ""
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"
