"""Loadable weights and the progression step per kind of equipment, in kg and lb (R11)."""

from __future__ import annotations

import pytest

from planner.domain.enums import MassUnit
from planner.domain.units import KG_PER_LB
from planner.engine.plates import (
    add_step,
    increment,
    loaded_equipment,
    progression_step,
    round_load,
    to_kg,
    to_unit,
)

KG, LB = MassUnit.KG, MassUnit.LB


def lb(value: float) -> float:
    """``value`` pounds in kg, the way loads are stored."""
    return value * 0.45359237


def test_135_lb_is_stored_as_exact_kg() -> None:
    assert KG_PER_LB == 0.45359237
    assert round_load(lb(135), "barbell", LB) == pytest.approx(61.235, abs=0.0005)
    assert to_unit(round_load(lb(135), "barbell", LB), LB) == pytest.approx(135.0, abs=1e-9)


def test_unit_conversions_round_trip() -> None:
    assert to_kg(100.0, KG) == 100.0
    assert to_unit(100.0, KG) == 100.0
    assert to_kg(100.0, LB) == pytest.approx(45.359237)
    assert to_unit(to_kg(225.0, LB), LB) == pytest.approx(225.0)


@pytest.mark.parametrize(
    ("kg", "equipment", "expected"),
    [
        (61.3, "barbell", 62.5),  # 24.52 steps of 2.5 -> 25
        (60.9, "barbell", 60.0),
        (100.0, "barbell", 100.0),
        (5.0, "barbell", 20.0),  # never below the empty bar
        (0.0, "barbell", 20.0),
        (21.0, "barbell", 20.0),
        (23.0, "barbell", 22.5),
        (13.1, "dumbbell", 14.0),  # dumbbell rack in 2 kg steps
        (12.9, "dumbbell", 12.0),
        (0.4, "dumbbell", 2.0),  # the lightest dumbbell, not nothing
        (17.0, "kettlebell", 16.0),  # kettlebells by 4 kg
        (19.0, "kettlebell", 20.0),
        (31.0, "cable", 30.0),
    ],
)
def test_round_load_in_kg(kg: float, equipment: str, expected: float) -> None:
    assert round_load(kg, equipment, KG) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("pounds", "equipment", "expected_lb"),
    [
        (137.0, "barbell", 135.0),
        (138.0, "barbell", 140.0),
        (20.0, "barbell", 45.0),  # the 45 lb bar, not the 20 kg one
        (44.0, "barbell", 45.0),
        (52.0, "barbell", 50.0),
        (22.0, "dumbbell", 20.0),
        (23.0, "dumbbell", 25.0),
        (1.0, "dumbbell", 5.0),
        (36.0, "kettlebell", 35.0),
    ],
)
def test_round_load_in_lb(pounds: float, equipment: str, expected_lb: float) -> None:
    stored = round_load(lb(pounds), equipment, LB)
    assert stored == pytest.approx(lb(expected_lb))
    assert to_unit(stored, LB) == pytest.approx(expected_lb)


def test_empty_bar_in_each_unit() -> None:
    assert round_load(0.0, "barbell", KG) == 20.0
    assert to_unit(round_load(0.0, "barbell", LB), LB) == pytest.approx(45.0)
    assert round_load(0.0, "barbell", LB) == pytest.approx(20.412, abs=0.001)


def test_round_load_is_idempotent() -> None:
    for unit in MassUnit:
        for equipment in ("barbell", "dumbbell", "kettlebell", "cable"):
            for kg in (3.3, 18.0, 47.7, 61.235, 99.9):
                once = round_load(kg, equipment, unit)
                assert round_load(once, equipment, unit) == pytest.approx(once)


@pytest.mark.parametrize(
    ("equipment", "unit", "lower_body", "expected"),
    [
        ("barbell", KG, True, 2.5),  # R11: 1-2.5 kg lower body
        ("barbell", LB, True, 5.0),  # two 2.5 lb plates
        ("barbell", KG, False, 2.5),  # the wanted 1.25 kg rounds up to what a bar allows
        ("barbell", LB, False, 5.0),
        ("dumbbell", KG, True, 2.0),  # the next dumbbell in the rack, within R11's 1-2.5 kg
        ("dumbbell", KG, False, 2.0),
        ("dumbbell", LB, True, 5.0),
        ("dumbbell", LB, False, 5.0),
        ("kettlebell", KG, True, 4.0),  # nothing smaller exists
        ("cable", KG, False, 2.5),
    ],
)
def test_progression_step(equipment: str, unit: MassUnit, lower_body: bool, expected: float) -> None:
    assert progression_step(equipment, unit, lower_body) == pytest.approx(expected)


@pytest.mark.parametrize("equipment", ["barbell", "dumbbell", "kettlebell", "cable"])
@pytest.mark.parametrize("unit", list(MassUnit))
@pytest.mark.parametrize("lower_body", [True, False])
def test_the_step_is_a_whole_number_of_increments_and_never_zero(
    equipment: str, unit: MassUnit, lower_body: bool
) -> None:
    step = progression_step(equipment, unit, lower_body)
    inc = increment(equipment, unit)
    assert step >= inc
    assert step / inc == pytest.approx(round(step / inc))


@pytest.mark.parametrize(
    ("kg", "equipment", "lower_body", "steps", "expected"),
    [
        (60.0, "barbell", True, 1, 62.5),
        (60.0, "barbell", True, -1, 57.5),
        (60.0, "barbell", True, 2, 65.0),
        (60.0, "barbell", False, 1, 62.5),
        (61.0, "barbell", True, 1, 62.5),  # rounded to 60 first, then one step
        (20.0, "barbell", True, -1, 20.0),  # no lighter than the empty bar
        (22.5, "barbell", True, -1, 20.0),
        (16.0, "dumbbell", True, 1, 18.0),
        (16.0, "dumbbell", True, -1, 14.0),
        (2.0, "dumbbell", False, -1, 2.0),  # no lighter than the lightest dumbbell
        (16.0, "kettlebell", True, 1, 20.0),
    ],
)
def test_add_step_in_kg(kg: float, equipment: str, lower_body: bool, steps: int, expected: float) -> None:
    assert add_step(kg, equipment, KG, lower_body, steps) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("pounds", "equipment", "lower_body", "steps", "expected_lb"),
    [
        (135.0, "barbell", True, 1, 140.0),
        (135.0, "barbell", True, -1, 130.0),
        (45.0, "barbell", True, -1, 45.0),
        (95.0, "barbell", False, 1, 100.0),
        (25.0, "dumbbell", True, 1, 30.0),
        (25.0, "dumbbell", False, -1, 20.0),
    ],
)
def test_add_step_in_lb(pounds: float, equipment: str, lower_body: bool, steps: int, expected_lb: float) -> None:
    stored = add_step(lb(pounds), equipment, LB, lower_body, steps)
    assert stored == pytest.approx(lb(expected_lb))


def test_add_step_up_then_down_comes_back() -> None:
    for unit in MassUnit:
        start = round_load(70.0, "barbell", unit)
        up = add_step(start, "barbell", unit, True, 1)
        assert up > start
        assert add_step(up, "barbell", unit, True, -1) == pytest.approx(start)


@pytest.mark.parametrize(
    ("equipment", "expected"),
    [
        (("barbell", "rack"), "barbell"),
        (("bench", "dumbbell"), "dumbbell"),
        (("dumbbell", "kettlebell"), "dumbbell"),
        (("kettlebell",), "kettlebell"),
        (("band", "cable"), "cable"),
        (("none",), None),
        (("mat", "band"), None),
        (("box",), None),
        ((), None),
    ],
)
def test_loaded_equipment(equipment: tuple[str, ...], expected: str | None) -> None:
    assert loaded_equipment(equipment) == expected
