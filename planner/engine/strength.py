"""Estimated one-repetition maximum (e1RM) and the loads that follow from it (DESIGN §4).

The estimators are the published regression formulas (w weight, r reps; one rep is the weight itself):
Epley 1985, Brzycki 1993, Lander 1985, Lombardi 1989, Mayhew et al. 1992, O'Conner et al. 1989,
Wathan 1994. With RIR logged, the reps x RPE table (RPE = 10 - RIR; Tuchscherer's RTS chart as given
in DESIGN §4) is used instead, because it accounts for the reps left in the tank.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum


class Formula(StrEnum):
    EPLEY = "epley"
    BRZYCKI = "brzycki"
    LANDER = "lander"
    LOMBARDI = "lombardi"
    MAYHEW = "mayhew"
    OCONNER = "oconner"
    WATHAN = "wathan"


_FORMULAS: dict[Formula, Callable[[float, int], float]] = {
    Formula.EPLEY: lambda w, r: w * (1 + r / 30),
    Formula.BRZYCKI: lambda w, r: 36 * w / (37 - r),
    Formula.LANDER: lambda w, r: 100 * w / (101.3 - 2.67123 * r),
    Formula.LOMBARDI: lambda w, r: w * r**0.10,
    Formula.MAYHEW: lambda w, r: 100 * w / (52.2 + 41.9 * math.exp(-0.055 * r)),
    Formula.OCONNER: lambda w, r: w * (1 + 0.025 * r),
    Formula.WATHAN: lambda w, r: 100 * w / (48.8 + 53.8 * math.exp(-0.075 * r)),
}

# %1RM at RPE 10 for 1..10 reps (DESIGN §4); a lower RPE p moves along the row by (10 - p) reps
RPE10_PERCENT = (100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9)
MAX_TABLE_REPS = len(RPE10_PERCENT)


def e1rm(weight: float, reps: int, formula: Formula = Formula.EPLEY) -> float:
    """The estimated 1RM of ``reps`` at ``weight``; 0 for 0 reps. Brzycki and Lander are undefined
    near 37 reps, so every formula is meant for sets of 10 or fewer (DESIGN: Epley for r <= 10)."""
    if reps < 0 or weight < 0:
        raise ValueError("reps and weight cannot be negative")
    if reps == 0:
        return 0.0
    if reps == 1:
        return float(weight)
    return _FORMULAS[formula](weight, reps)


def percent_of_1rm(reps: int, rir: float = 0.0) -> float:
    """%1RM that allows ``reps`` with ``rir`` reps in reserve (RPE = 10 - RIR), from the table.

    Half RIRs are interpolated; past the table's 10 reps-plus-reserve, Epley's curve on (reps + RIR)
    continues it, scaled to meet the table's 73.9 % at 10 (plain Epley gives 75 % there, which would
    make 10.5 reps to failure heavier than 10).
    """
    if reps < 1:
        raise ValueError("at least one rep")
    if rir < 0:
        raise ValueError("RIR cannot be negative")
    effective = reps + rir  # reps to failure
    if effective <= MAX_TABLE_REPS:
        low = math.floor(effective)
        frac = effective - low
        value = RPE10_PERCENT[low - 1]
        if frac:
            value += (RPE10_PERCENT[low] - value) * frac
        return value
    return RPE10_PERCENT[-1] * (1 + MAX_TABLE_REPS / 30) / (1 + effective / 30)


def e1rm_from_rir(weight: float, reps: int, rir: float) -> float:
    """The e1RM of a set logged with its RIR, by the RPE table."""
    if reps == 0:
        return 0.0
    return weight * 100.0 / percent_of_1rm(reps, rir)


def best_e1rm(weight: float, reps: int, rir: float | None, formula: Formula = Formula.EPLEY) -> float:
    """RPE table when RIR is known (DESIGN §4), otherwise the chosen formula."""
    if rir is not None:
        return e1rm_from_rir(weight, reps, rir)
    return e1rm(weight, reps, formula)


def load_for(one_rm: float, reps: int, rir: float) -> float:
    """The load that should allow ``reps`` with ``rir`` in reserve for a lifter with ``one_rm``."""
    return one_rm * percent_of_1rm(reps, rir) / 100.0
