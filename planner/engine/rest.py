"""How long to rest between sets, from what the session asks of the lifter.

Heavy multi-joint work (about 4-6 reps near failure) wants 2-3 minutes and moderate work 60-90 seconds
(ACSM position stand on progression models, Med Sci Sports Exerc 2009; Schoenfeld et al., J Strength
Cond Res 2016 found 3 min beat 1 min for strength). Plyometrics are trained for quality, not fatigue:
each jump should be as good as the first, so they get the long rest (a coaching convention, no trial
behind the number). The timer counts down the middle of the range; the lifter can add 30 s or skip.
"""

from __future__ import annotations

from planner.domain.enums import Intensity

RANGES = {
    Intensity.HEAVY: (120, 180),
    Intensity.MODERATE: (60, 90),
    Intensity.LIGHT: (60, 90),
}
PLYOMETRIC = (120, 180)  # full recovery between jumps: quality, not fatigue


def rest_range(intensity: Intensity, plyometric: bool = False) -> tuple[int, int]:
    """(shortest, longest) rest in seconds."""
    return PLYOMETRIC if plyometric else RANGES[intensity]


def rest_seconds(intensity: Intensity, plyometric: bool = False) -> int:
    """The rest the timer counts down: the middle of the range, on a 15 s step."""
    low, high = rest_range(intensity, plyometric)
    return round((low + high) / 2 / 15) * 15
