"""Numbers and lift prescriptions as the exports write them, in the user's units."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import groupby

from planner.domain import units
from planner.domain.enums import DistanceUnit, MassUnit
from planner.domain.session import LiftSet
from planner.engine.plates import to_unit


def plain_number(value: float | None, places: int = 2) -> str:
    """``8``, ``8.5``, ``61.24``: rounded, no trailing zeros, empty when unknown."""
    if value is None:
        return ""
    text = f"{round(value, places):.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def distance_in(metres: float | None, unit: DistanceUnit) -> float | None:
    return None if metres is None else units.distance_in(metres, unit)


def load_in(kg: float | None, unit: MassUnit) -> float | None:
    return None if kg is None else to_unit(kg, unit)


def set_lines(sets: Iterable[LiftSet], names: Mapping[int, str], unit: MassUnit) -> list[str]:
    """One line per exercise, runs of equal sets folded: "Back squat: 3 x 5 x 100 kg @ RIR 2".

    A logged set is shown as done, a set not logged as planned.
    """
    lines = []
    ordered = sorted(sets, key=lambda s: (s.position, s.set_number))
    for exercise_id, group in groupby(ordered, key=lambda s: s.exercise_id):
        parts = [_folded(len(list(same)), key, unit) for key, same in groupby(group, key=_shown)]
        lines.append(f"{names.get(exercise_id, f'Exercise {exercise_id}')}: {', '.join(parts)}")
    return lines


def _shown(s: LiftSet) -> tuple[int | None, float | None, float | None]:
    if s.logged:
        return s.actual_reps, s.actual_load_kg, s.actual_rir
    return s.target_reps, s.target_load_kg, s.target_rir


def _folded(count: int, shown: tuple[int | None, float | None, float | None], unit: MassUnit) -> str:
    reps, load_kg, rir = shown
    text = f"{count} x {reps if reps is not None else '?'}"
    if load_kg:
        text += f" x {plain_number(load_in(load_kg, unit), 1)} {unit.value}"
    if rir is not None:
        text += f" @ RIR {plain_number(rir, 1)}"
    return text
