"""The laps a watch recorded in a run (auto laps every km or mile, or the lap button at each step)."""

from __future__ import annotations

import json
from dataclasses import dataclass

MAX_LAPS = 500  # a lap a kilometre for 500 km, or a button press every 400 m for a marathon and more


@dataclass(frozen=True, slots=True)
class Lap:
    """One lap of an imported run, kept so a structured session can be checked against what was run."""

    distance_m: float | None
    duration_s: float
    avg_hr: int | None = None

    @property
    def pace_s_per_km(self) -> float | None:
        if not self.distance_m:
            return None
        return self.duration_s / (self.distance_m / 1000)


def laps_to_json(laps: tuple[Lap, ...]) -> str:
    if not laps:
        return ""
    return json.dumps([[lap.distance_m, lap.duration_s, lap.avg_hr] for lap in laps], separators=(",", ":"))


def laps_from_json(text: str) -> tuple[Lap, ...]:
    """The stored laps; ValueError for anything but a list of [distance or null, seconds, hr or null]."""
    if not text:
        return ()
    raw = json.loads(text)
    if not isinstance(raw, list) or len(raw) > MAX_LAPS:
        raise ValueError(f"laps are a list of at most {MAX_LAPS}")
    laps = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 3:
            raise ValueError("a lap is [distance_m, duration_s, avg_hr]")
        distance, seconds, hr = item
        if distance is not None and (not _number(distance) or not 0 <= distance <= 1_000_000):
            raise ValueError("a lap's distance is 0 to 1,000 km")
        if not _number(seconds) or not 0 < seconds <= 7 * 24 * 3600:
            raise ValueError("a lap's time is above 0 and at most a week")
        if hr is not None and (not isinstance(hr, int) or isinstance(hr, bool) or not 20 <= hr <= 260):
            raise ValueError("a lap's heart rate is a whole 20 to 260")
        laps.append(Lap(float(distance) if distance is not None else None, float(seconds), hr))
    return tuple(laps)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
