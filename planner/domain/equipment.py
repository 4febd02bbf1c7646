"""What the runner can load: a barbell and its plates, dumbbell and kettlebell sizes (Settings).

R11 adds the smallest step that exists; this says what exists. Sizes are kept in the unit the runner
gave them in (a 35 lb kettlebell is 35 lb, not 15.88 kg) and turned into kg, the stored unit, on use.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from planner.domain.enums import MassUnit
from planner.domain.units import mass_to_kg

MAX_BARBELL = {MassUnit.KG: 400.0, MassUnit.LB: 880.0}  # a ceiling for the list of loadable weights
CABLE_STACK = {MassUnit.KG: (2.5, 100.0), MassUnit.LB: (5.0, 220.0)}  # pin step and top of a common stack

DEFAULTS: dict[MassUnit, dict[str, Any]] = {  # the bar (a number) and the sizes (tuples)
    # an Olympic bar and change plates down to 1.25 kg; a rack of 1 kg steps to 10 kg, then 2 kg; kettlebells
    # in the common 2 kg and 4 kg sizes
    MassUnit.KG: {
        "bar": 20.0,
        "plates": (25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25),
        "dumbbells": (*range(1, 11), *range(12, 52, 2)),
        "kettlebells": (4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 48),
    },
    # a 45 lb bar and plates down to 2.5 lb; a 5 lb-step dumbbell rack from 5 lb; kettlebells as sold in lb
    MassUnit.LB: {
        "bar": 45.0,
        "plates": (45.0, 35.0, 25.0, 10.0, 5.0, 2.5),
        "dumbbells": (3, *range(5, 105, 5)),
        "kettlebells": (10, 15, 20, 25, 30, 35, 40, 45, 50, 53, 60, 62, 70, 80, 88, 97, 106),
    },
}


def _floats(values: Iterable[float]) -> tuple[float, ...]:
    return tuple(sorted({float(v) for v in values}))


@dataclass(frozen=True, slots=True)
class Equipment:
    """What the runner can load: progression steps and plate maths use these sizes, never a fixed grid."""

    unit: MassUnit = MassUnit.KG
    bar: float = 20.0  # the empty bar, in ``unit``
    plates: tuple[float, ...] = field(default=_floats(DEFAULTS[MassUnit.KG]["plates"]))  # one of each pair
    dumbbells: tuple[float, ...] = field(default=_floats(DEFAULTS[MassUnit.KG]["dumbbells"]))
    kettlebells: tuple[float, ...] = field(default=_floats(DEFAULTS[MassUnit.KG]["kettlebells"]))

    def __post_init__(self) -> None:
        if not 0 < self.bar < 100:
            raise ValueError("Barbell: it must weigh more than 0 and less than 100")
        for name, top in (("plates", 100), ("dumbbells", 500), ("kettlebells", 500)):
            values = getattr(self, name)
            if any(not (0 < v <= top) or not math.isfinite(v) for v in values):
                raise ValueError(f"{name.capitalize()}: every size must be above 0 and at most {top}")
            object.__setattr__(self, name, _floats(values))
        if not self.plates:
            raise ValueError("Plates: at least one size is needed")

    @staticmethod
    def defaults(unit: MassUnit) -> Equipment:
        return _defaults(unit)

    def loads_kg(self, kind: str) -> tuple[float, ...]:
        """Every load this equipment can make, in kg, ascending; () for equipment that carries none."""
        return _loads(kind, self.unit, self.bar, self.plates, self.dumbbells, self.kettlebells)

    def to_json(self) -> str:
        return json.dumps(
            {
                "unit": self.unit.value,
                "bar": self.bar,
                "plates": list(self.plates),
                "dumbbells": list(self.dumbbells),
                "kettlebells": list(self.kettlebells),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Equipment:
        """Raises ValueError on anything that is not a valid equipment object."""
        try:
            raw = json.loads(text)
            unit = MassUnit(raw["unit"])
            return cls(
                unit,
                float(raw["bar"]),
                tuple(float(v) for v in raw["plates"]),
                tuple(float(v) for v in raw["dumbbells"]),
                tuple(float(v) for v in raw["kettlebells"]),
            )
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not an equipment setting: {exc}") from None


@lru_cache(maxsize=2)
def _defaults(unit: MassUnit) -> Equipment:
    d = DEFAULTS[unit]
    return Equipment(unit, float(d["bar"]), d["plates"], d["dumbbells"], d["kettlebells"])


@lru_cache(maxsize=64)
def _loads(
    kind: str,
    unit: MassUnit,
    bar: float,
    plates: tuple[float, ...],
    dumbbells: tuple[float, ...],
    kettlebells: tuple[float, ...],
) -> tuple[float, ...]:
    if kind == "barbell":
        values = _barbell(bar, plates, MAX_BARBELL[unit])
    elif kind == "dumbbell":
        values = dumbbells
    elif kind == "kettlebell":
        values = kettlebells
    elif kind == "cable":
        step, top = CABLE_STACK[unit]
        values = tuple(step * k for k in range(1, int(top / step) + 1))
    else:
        return ()
    return tuple(mass_to_kg(v, unit) for v in sorted(values))


def _barbell(bar: float, plates: tuple[float, ...], ceiling: float) -> tuple[float, ...]:
    """The bar plus pairs of plates (any number of each size): every total up to ``ceiling``."""
    hundredths = [round(p * 100) for p in plates if p > 0]
    if not hundredths:
        return (bar,)
    unit = math.gcd(*hundredths)
    limit = int((ceiling - bar) * 100 / 2 / unit)
    reachable = [False] * (limit + 1)
    reachable[0] = True
    for size in {h // unit for h in hundredths}:
        for total in range(size, limit + 1):
            if reachable[total - size]:
                reachable[total] = True
    return tuple(bar + 2 * k * unit / 100 for k, ok in enumerate(reachable) if ok)
