"""Estimated one-repetition maximum (e1RM) and the loads that follow from it (DESIGN §4).

The estimators are the published regression formulas (w weight, r reps; one rep is the weight itself):
Epley 1985, Brzycki 1993, Lander 1985, Lombardi 1989, Mayhew et al. 1992, O'Conner et al. 1989,
Wathen 1994. They are fitted to sets of about 10 reps or fewer: past MAX_FORMULA_REPS they are not used
(Brzycki divides by zero at 37 reps and turns negative beyond). With RIR logged, the reps x RPE table
(RPE = 10 - RIR; Tuchscherer's RTS chart as given in DESIGN §4) is used instead, because it accounts for
the reps left in the tank; it goes to 15 effective reps and no further.
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
    WATHEN = "wathen"


_FORMULAS: dict[Formula, Callable[[float, int], float]] = {
    Formula.EPLEY: lambda w, r: w * (1 + r / 30),
    Formula.BRZYCKI: lambda w, r: 36 * w / (37 - r),
    Formula.LANDER: lambda w, r: 100 * w / (101.3 - 2.67123 * r),
    Formula.LOMBARDI: lambda w, r: w * r**0.10,
    Formula.MAYHEW: lambda w, r: 100 * w / (52.2 + 41.9 * math.exp(-0.055 * r)),
    Formula.OCONNER: lambda w, r: w * (1 + 0.025 * r),
    Formula.WATHEN: lambda w, r: 100 * w / (48.8 + 53.8 * math.exp(-0.075 * r)),
}

# %1RM by effective reps (reps + RIR) 1..15: the RPE 10 row for 1..10 reps and, from the chart's lower-RPE
# columns, 11..15 (12 reps at RPE 6.5 is 15.5 effective; DESIGN §4). A lower RPE p moves along the row by
# (10 - p) reps; half steps are halfway.
RPE10_PERCENT = (100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6, 59.9)
MAX_TABLE_REPS = 10  # the formulas' range (DESIGN §4: Epley for r <= 10); the Progress page stops there too
MAX_EFFECTIVE_REPS = len(RPE10_PERCENT)  # the table ends here: no estimate past it
MAX_FORMULA_REPS = 12  # "formulas are for r <= 10-12" (DESIGN §4)


def e1rm(weight: float, reps: int, formula: Formula = Formula.EPLEY) -> float:
    """The estimated 1RM of ``reps`` at ``weight``; 0 for 0 reps. Every formula is meant for sets of
    about 10 or fewer, and Brzycki and Lander break down near 37 reps: past MAX_FORMULA_REPS this raises
    ValueError instead of returning a number nobody should load from."""
    if reps < 0 or weight < 0:
        raise ValueError("reps and weight cannot be negative")
    if reps > MAX_FORMULA_REPS:
        raise ValueError(f"1RM formulas hold for {MAX_FORMULA_REPS} reps or fewer, not {reps}")
    if reps == 0:
        return 0.0
    if reps == 1:
        return float(weight)
    return _FORMULAS[formula](weight, reps)


def percent_of_1rm(reps: int, rir: float = 0.0) -> float:
    """%1RM that allows ``reps`` with ``rir`` reps in reserve (RPE = 10 - RIR), from the table.

    Half RIRs are interpolated. The table ends at 15 effective reps (reps + RIR); past it this raises
    ValueError: an extrapolation would misload (Epley gives 70.4 % at 12 against the published 68.0 %).
    """
    if reps < 1:
        raise ValueError("at least one rep")
    if rir < 0:
        raise ValueError("RIR cannot be negative")
    effective = reps + rir  # reps to failure
    if effective > MAX_EFFECTIVE_REPS:
        raise ValueError(f"the RPE table ends at {MAX_EFFECTIVE_REPS} reps to failure, not {effective:g}")
    low = math.floor(effective)
    frac = effective - low
    value = RPE10_PERCENT[low - 1]
    if frac:
        value += (RPE10_PERCENT[low] - value) * frac
    return value


def e1rm_from_rir(weight: float, reps: int, rir: float) -> float:
    """The e1RM of a set logged with its RIR, by the RPE table."""
    if reps == 0:
        return 0.0
    return weight * 100.0 / percent_of_1rm(reps, rir)


def best_e1rm(weight: float, reps: int, rir: float | None, formula: Formula = Formula.EPLEY) -> float | None:
    """RPE table when RIR is known (DESIGN §4), otherwise the chosen formula; None when the set is past
    what either covers (more than 15 reps to failure, or more than 12 reps without RIR)."""
    try:
        if rir is not None:
            return e1rm_from_rir(weight, reps, rir)
        return e1rm(weight, reps, formula)
    except ValueError:
        return None


def load_for(one_rm: float, reps: int, rir: float) -> float:
    """The load that should allow ``reps`` with ``rir`` in reserve for a lifter with ``one_rm``."""
    return one_rm * percent_of_1rm(reps, rir) / 100.0
