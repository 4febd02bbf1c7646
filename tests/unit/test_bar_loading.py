"""Plates per side, against loads worked by hand (kg and lb Olympic sets)."""

from __future__ import annotations

import pytest

from planner.domain.enums import MassUnit
from planner.engine.plates import DEFAULT_BAR, DEFAULT_PLATES, plates_per_side

KG = (DEFAULT_BAR[MassUnit.KG], DEFAULT_PLATES[MassUnit.KG])
LB = (DEFAULT_BAR[MassUnit.LB], DEFAULT_PLATES[MassUnit.LB])


@pytest.mark.parametrize(
    ("total", "kit", "per_side"),
    [
        (100.0, KG, (25.0, 15.0)),  # (100 - 20) / 2 = 40 = 25 + 15
        (60.0, KG, (20.0,)),
        (102.5, KG, (25.0, 15.0, 1.25)),  # 41.25 a side
        (142.5, KG, (25.0, 25.0, 10.0, 1.25)),  # 61.25 a side
        (20.0, KG, ()),  # the empty bar
        (135.0, LB, (45.0,)),  # the classic "a plate a side"
        (225.0, LB, (45.0, 45.0)),
        (185.0, LB, (45.0, 25.0)),  # 70 a side
        (155.0, LB, (45.0, 10.0)),
        (100.0, LB, (25.0, 2.5)),  # 27.5 a side
    ],
)
def test_plates_per_side_worked_by_hand(total: float, kit: tuple, per_side: tuple) -> None:
    bar, plates = kit
    load = plates_per_side(total, bar, plates)
    assert load is not None
    assert load.per_side == per_side
    assert load.exact


def test_a_load_the_plates_cannot_make_says_what_is_left_over() -> None:
    load = plates_per_side(101.0, 20.0, DEFAULT_PLATES[MassUnit.KG])  # 40.5 a side: 25 + 15, 0.5 short
    assert load is not None
    assert load.per_side == (25.0, 15.0)
    assert load.left_over == pytest.approx(0.5)
    assert not load.exact


def test_lighter_than_the_bar_is_no_loading() -> None:
    assert plates_per_side(15.0, 20.0, DEFAULT_PLATES[MassUnit.KG]) is None


def test_a_home_gym_with_only_big_plates() -> None:
    load = plates_per_side(70.0, 15.0, (10.0, 5.0))  # a 15 kg bar: 27.5 a side = 10 + 10 + 5, 2.5 short
    assert load is not None
    assert load.per_side == (10.0, 10.0, 5.0)
    assert load.left_over == pytest.approx(2.5)
