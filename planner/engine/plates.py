"""Loads a runner can actually put on the bar: the smallest step per kind of equipment, kg or lb.

R11 asks for "the smallest step": 2.5 lb / 1-2.5 kg a week for the lower body, less for the upper body.
What a gym allows is coarser: a barbell moves by two of its smallest plates, fixed dumbbells and
kettlebells by the next one in the rack. The step used is the most whole increments that fit in the
wanted step, and one increment when the wanted step is smaller than that (so never zero).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.enums import MassUnit
from planner.domain.equipment import Equipment
from planner.domain.units import mass_in as to_unit
from planner.domain.units import mass_to_kg as to_kg

# smallest load change per equipment, in (kg, lb): 2 x 1.25 kg / 2 x 2.5 lb plates on a bar, a dumbbell
# rack's step (2 kg / 5 lb), the next kettlebell (4 kg / 5 lb in lb-sized ranges), a cable stack's pin
INCREMENT = {
    "barbell": (2.5, 5.0),
    "dumbbell": (2.0, 5.0),
    "kettlebell": (4.0, 5.0),
    "cable": (2.5, 5.0),
}
LOADED = tuple(INCREMENT)
MINIMUM = {"barbell": (20.0, 45.0)}  # an empty Olympic bar
# R11's wanted weekly step, (kg, lb): lower body 2.5 kg / 2.5 lb ("1-2.5 kg"), upper body half of it
WANTED_STEP = {True: (2.5, 2.5), False: (1.25, 1.25)}


# exercises where the bar is only a handle: the load is the body (an inverted row hangs from a racked bar)
BAR_AS_HANDLE = frozenset({"inverted-row"})


def loaded_equipment(equipment: Iterable[str], slug: str = "") -> str | None:
    """The first piece of equipment that carries a load, or None for bodyweight, band and box work."""
    if slug in BAR_AS_HANDLE:
        return None
    for item in equipment:
        if item in INCREMENT:
            return item
    return None


def increment(equipment: str, unit: MassUnit) -> float:
    """In the user's unit."""
    kg, lb = INCREMENT[equipment]
    return kg if unit is MassUnit.KG else lb


def round_load(kg: float, equipment: str, unit: MassUnit) -> float:
    """The nearest loadable weight, in kg (exact for lb plates: 135 lb is stored as 61.235 kg)."""
    step = increment(equipment, unit)
    value = to_unit(kg, unit)
    loadable = max(math.floor(value / step + 0.5) * step, step)  # halves round up, not to even
    minimum = MINIMUM.get(equipment)
    if minimum is not None:
        loadable = max(loadable, minimum[0] if unit is MassUnit.KG else minimum[1])
    return to_kg(loadable, unit)


def progression_step(equipment: str, unit: MassUnit, lower_body: bool) -> float:
    """The weekly step in the user's unit: R11's wanted step in whole increments of what the equipment
    allows, at least one (2 kg dumbbells step by 2 kg, not 4, for a wanted 2.5 kg)."""
    kg, lb = WANTED_STEP[lower_body]
    wanted = kg if unit is MassUnit.KG else lb
    step = increment(equipment, unit)
    return max(1, math.floor(wanted / step + 1e-9)) * step


def add_step(kg: float, equipment: str, unit: MassUnit, lower_body: bool, steps: int = 1) -> float:
    """``kg`` rounded to a loadable weight and moved by ``steps`` progression steps (negative backs off)."""
    value = to_unit(round_load(kg, equipment, unit), unit)
    value += steps * progression_step(equipment, unit, lower_body)
    return round_load(to_kg(value, unit), equipment, unit)


# ---- loading a barbell: which plates go on each side

# a standard Olympic set: a 20 kg bar with 25-1.25 kg plates, a 45 lb bar with 45-2.5 lb plates
# (one source: domain.equipment's defaults, which R11's steps use too)
DEFAULT_BAR = {unit: Equipment.defaults(unit).bar for unit in MassUnit}
DEFAULT_PLATES = {unit: tuple(sorted(Equipment.defaults(unit).plates, reverse=True)) for unit in MassUnit}


@dataclass(frozen=True, slots=True)
class BarLoad:
    """How to load a bar, in the user's unit: the plates on each side, heaviest first, and what is left
    over when the plates cannot make the load exactly (per side)."""

    per_side: tuple[float, ...]
    left_over: float = 0.0

    @property
    def exact(self) -> bool:
        return self.left_over == 0.0


def plates_per_side(total: float, bar: float, plates: Iterable[float]) -> BarLoad | None:
    """The plates per side for ``total`` on a ``bar`` (all in one unit), heaviest first; None when the total
    is lighter than the bar. Heaviest plate first, as a lifter loads, any number of pairs of each size:
    exact whenever the smallest plate divides the load. Worked in hundredths of the unit, so 1.25 kg
    plates add up without float drift."""
    hundredths = round((total - bar) * 100)
    if hundredths < 0:
        return None
    side = hundredths // 2
    loaded: list[float] = []
    for plate in sorted({round(p * 100) for p in plates if p > 0}, reverse=True):
        count, side = divmod(side, plate)
        loaded.extend([plate / 100] * count)
    return BarLoad(tuple(loaded), side / 100 + (hundredths % 2) / 200)
