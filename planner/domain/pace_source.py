"""Where the runner's pace zones come from: a recent race (distance and time) or a threshold pace."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from planner.domain.enums import DistanceUnit
from planner.domain.units import format_pace, pace_to_seconds_per_km

RACE_DISTANCES = {"5 km": 5000.0, "10 km": 10000.0, "Half marathon": 21097.5, "Marathon": 42195.0}
THRESHOLD = "Threshold pace"


@dataclass(frozen=True, slots=True)
class PaceSource:
    """``distance_m`` and ``seconds`` of a race, or ``threshold_s_per_km`` alone."""

    distance_m: float | None = None
    seconds: float | None = None
    threshold_s_per_km: float | None = None

    def __post_init__(self) -> None:
        race = self.distance_m is not None and self.seconds is not None
        if race == (self.threshold_s_per_km is not None):
            raise ValueError("pace zones come from a race (distance and time) or a threshold pace")
        if race and not (self.distance_m or 0) > 0 < (self.seconds or 0):
            raise ValueError("a race needs a distance and a time above zero")
        if race and not 2.0 <= (self.distance_m or 0) / (self.seconds or 1) <= 10.5:
            raise ValueError("that race time gives a pace no runner races at (1:35 to 8:20 per km)")
        if self.threshold_s_per_km is not None and not 150 <= self.threshold_s_per_km <= 600:
            raise ValueError("a threshold pace is between 2:30 and 10:00 per km")

    def describe(self, unit: DistanceUnit) -> str:
        """ "10 km in 41:21" or "threshold pace 4:15/km"."""
        if self.threshold_s_per_km is not None:
            return f"threshold pace {format_pace(self.threshold_s_per_km, unit)}"
        name = next((n for n, d in RACE_DISTANCES.items() if d == self.distance_m), f"{self.distance_m:.0f} m")
        return f"{name} in {clock(self.seconds or 0)}"

    def to_json(self) -> str:
        return json.dumps({"distance_m": self.distance_m, "seconds": self.seconds,
                           "threshold_s_per_km": self.threshold_s_per_km})  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> PaceSource:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not a pace source")
        return cls(raw.get("distance_m"), raw.get("seconds"), raw.get("threshold_s_per_km"))


def clock(seconds: float) -> str:
    """ "41:21", "1:31:35"."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def parse_clock(text: str) -> float:
    """ "41:21" or "1:31:35" in seconds; ValueError otherwise."""
    found = re.fullmatch(r"\s*(?:(\d{1,2}):)?(\d{1,3}):(\d{2})\s*", text)
    if not found or int(found[3]) >= 60 or (found[1] and int(found[2]) >= 60):
        raise ValueError(f"'{text.strip()}' is not a time like 41:21 or 1:31:35")
    return int(found[1] or 0) * 3600 + int(found[2]) * 60 + int(found[3])


def parse_threshold(text: str, unit: DistanceUnit) -> float:
    """ "4:15" per the runner's unit, in seconds per km."""
    found = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if not found or int(found[2]) >= 60:
        raise ValueError(f"'{text.strip()}' is not a pace like 4:15")
    return pace_to_seconds_per_km(int(found[1]) * 60 + int(found[2]), unit)
