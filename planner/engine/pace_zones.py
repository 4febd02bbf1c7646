"""Training paces from a race result: Daniels' VDOT (Daniels and Gilbert, Oxygen Power, 1979; Daniels'
Running Formula, 3rd ed., 2014).

Two fitted equations give the oxygen cost of running at a speed and the share of VO2max a runner can hold
for a race's duration; a race's VDOT is the one divided by the other. Training paces are the speeds whose
oxygen cost is a share of VDOT (E 59-74 %, T 83-88 %, I 95-100 %, R 105-110 %), and M is the marathon
this VDOT predicts. A threshold pace given instead of a race is read as the fast end of T (88 %), where
Daniels' tables put T pace.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MARATHON_M = 42_195.0
# share of VDOT for each zone, slow end first (Daniels' Running Formula, ch. 4, the intensity table)
ZONE_SHARES = {"E": (0.59, 0.74), "T": (0.83, 0.88), "I": (0.95, 1.00), "R": (1.05, 1.10)}
THRESHOLD_SHARE = 0.88
METHOD = "Daniels' VDOT (Daniels and Gilbert 1979; Daniels' Running Formula, 3rd ed.)"


@dataclass(frozen=True, slots=True)
class PaceZones:
    """Each zone's paces in seconds per km, fast end first; ``vdot`` names the fitness they come from."""

    vdot: float
    paces: dict[str, tuple[float, float]]

    def middle(self, zone: str) -> float:
        fast, slow = self.paces[zone]
        return (fast + slow) / 2


def oxygen_cost(metres_per_minute: float) -> float:
    """ml/kg/min to run at this speed (Daniels and Gilbert 1979)."""
    v = metres_per_minute
    return -4.60 + 0.182258 * v + 0.000104 * v * v


def share_of_max(minutes: float) -> float:
    """The share of VO2max held for a race lasting ``minutes`` (Daniels and Gilbert 1979)."""
    return 0.8 + 0.1894393 * math.exp(-0.012778 * minutes) + 0.2989558 * math.exp(-0.1932605 * minutes)


def vdot(distance_m: float, seconds: float) -> float:
    if distance_m <= 0 or seconds <= 0:
        raise ValueError("a race needs a distance and a time")
    minutes = seconds / 60
    return oxygen_cost(distance_m / minutes) / share_of_max(minutes)


def speed_for(oxygen: float) -> float:
    """The speed (m/min) whose oxygen cost is ``oxygen``: oxygen_cost solved for v."""
    a, b, c = 0.000104, 0.182258, -4.60 - oxygen
    return (-b + math.sqrt(b * b - 4 * a * c)) / (2 * a)


def race_time(distance_m: float, fitness: float) -> float:
    """Seconds to race ``distance_m`` at this VDOT: bisection on vdot(), which falls as time grows."""
    low, high = 60.0, 24 * 3600.0
    for _ in range(80):
        middle = (low + high) / 2
        if vdot(distance_m, middle) > fitness:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def zones_from_vdot(fitness: float) -> PaceZones:
    paces: dict[str, tuple[float, float]] = {}
    for zone, (slow_share, fast_share) in ZONE_SHARES.items():
        paces[zone] = (_pace(speed_for(fast_share * fitness)), _pace(speed_for(slow_share * fitness)))
    marathon = race_time(MARATHON_M, fitness) / (MARATHON_M / 1000)
    paces["M"] = (marathon, marathon)
    return PaceZones(fitness, {z: paces[z] for z in ("E", "M", "T", "I", "R")})


def zones_from_race(distance_m: float, seconds: float) -> PaceZones:
    return zones_from_vdot(vdot(distance_m, seconds))


def zones_from_threshold(seconds_per_km: float) -> PaceZones:
    """A threshold pace (about the pace held for an hour's race) read as 88 % of VDOT (Daniels' T pace)."""
    return zones_from_vdot(oxygen_cost(1000 / (seconds_per_km / 60)) / THRESHOLD_SHARE)


def _pace(metres_per_minute: float) -> float:
    return 60_000 / metres_per_minute
