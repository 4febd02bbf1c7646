"""e1RM estimators and the reps x RPE table (DESIGN §4), against values worked out by hand."""

from __future__ import annotations

from itertools import pairwise

import pytest

from planner.engine.strength import (
    RPE10_PERCENT,
    Formula,
    best_e1rm,
    e1rm,
    e1rm_from_rir,
    load_for,
    percent_of_1rm,
)

# 100 kg x 5 reps, each worked out from the DESIGN §4 formula text:
#   Epley     100 * (1 + 5/30)                         = 116.667
#   Brzycki   36 * 100 / (37 - 5) = 3600 / 32          = 112.5
#   Lander    100 * 100 / (101.3 - 2.67123 * 5)
#             = 10000 / (101.3 - 13.35615) = 10000 / 87.94385          = 113.709
#   Lombardi  100 * 5^0.10 = 100 * 1.174619            = 117.462
#   Mayhew    10000 / (52.2 + 41.9 * e^-0.275) = 10000 / (52.2 + 41.9 * 0.759572)
#             = 10000 / 84.026                          = 119.011
#   O'Conner  100 * (1 + 0.025 * 5)                     = 112.5
#   Wathan    10000 / (48.8 + 53.8 * e^-0.375) = 10000 / (48.8 + 53.8 * 0.687289)
#             = 10000 / 85.776                          = 116.583
HAND_WORKED_100_X_5 = {
    Formula.EPLEY: 116.667,
    Formula.BRZYCKI: 112.5,
    Formula.LANDER: 113.709,
    Formula.LOMBARDI: 117.462,
    Formula.MAYHEW: 119.011,
    Formula.OCONNER: 112.5,
    Formula.WATHAN: 116.583,
}


@pytest.mark.parametrize(("formula", "expected"), HAND_WORKED_100_X_5.items())
def test_formulas_at_100_kg_for_5_reps(formula: Formula, expected: float) -> None:
    assert e1rm(100, 5, formula) == pytest.approx(expected, abs=0.01)


def test_every_formula_is_covered_by_the_hand_worked_table() -> None:
    assert set(HAND_WORKED_100_X_5) == set(Formula)


@pytest.mark.parametrize(
    ("weight", "reps", "formula", "expected"),
    [
        (80, 10, Formula.EPLEY, 106.667),  # 80 * (1 + 10/30)
        (80, 10, Formula.BRZYCKI, 106.667),  # 36 * 80 / 27: Epley and Brzycki meet at 10 reps
        (60, 3, Formula.OCONNER, 64.5),  # 60 * 1.075
        (60, 2, Formula.BRZYCKI, 61.714),  # 2160 / 35
    ],
)
def test_formulas_at_other_points(weight: float, reps: int, formula: Formula, expected: float) -> None:
    assert e1rm(weight, reps, formula) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("formula", list(Formula))
def test_one_rep_is_the_weight_itself(formula: Formula) -> None:
    assert e1rm(87.5, 1, formula) == 87.5


@pytest.mark.parametrize("formula", list(Formula))
def test_zero_reps_is_zero(formula: Formula) -> None:
    assert e1rm(100, 0, formula) == 0.0


def test_epley_is_the_default() -> None:
    assert e1rm(100, 5) == pytest.approx(116.667, abs=0.01)


@pytest.mark.parametrize(("weight", "reps"), [(-1, 5), (100, -1)])
def test_negative_inputs_are_refused(weight: float, reps: int) -> None:
    with pytest.raises(ValueError, match="negative"):
        e1rm(weight, reps)


@pytest.mark.parametrize("formula", list(Formula))
def test_more_reps_at_the_same_weight_means_a_higher_estimate(formula: Formula) -> None:
    estimates = [e1rm(100, r, formula) for r in range(1, 11)]
    assert estimates == sorted(estimates)
    assert len(set(estimates)) == len(estimates)


# --- the reps x RPE table -------------------------------------------------------------------------

RPE10_ROW = [100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9]


def test_the_table_is_the_design_row() -> None:
    assert list(RPE10_PERCENT) == RPE10_ROW


@pytest.mark.parametrize(("reps", "expected"), list(enumerate(RPE10_ROW, start=1)))
def test_rpe10_row(reps: int, expected: float) -> None:
    assert percent_of_1rm(reps, 0) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("reps", "rir", "expected"),
    [
        (5, 2, 81.1),  # RPE 8: 5 + 2 = 7 reps at RPE 10
        (1, 1, 95.5),  # RPE 9 single = a double at RPE 10
        (3, 3, 83.7),  # RPE 7 triple = 6 at RPE 10
        (8, 2, 73.9),  # the last column of the table
        (4, 2, 83.7),  # heavy day: 4 reps at RIR 2
        (6, 2, 78.6),
    ],
)
def test_lower_rpe_shifts_along_the_row(reps: int, rir: float, expected: float) -> None:
    assert percent_of_1rm(reps, rir) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("reps", "rir", "expected"),
    [
        (5, 1.5, 82.4),  # halfway between 6 (83.7) and 7 (81.1) reps at RPE 10
        (1, 0.5, 97.75),  # halfway between 100 and 95.5
        (8, 1.5, 75.05),  # halfway between 76.2 and 73.9
    ],
)
def test_half_rir_is_interpolated(reps: int, rir: float, expected: float) -> None:
    assert percent_of_1rm(reps, rir) == pytest.approx(expected)


def test_beyond_the_table_keeps_falling() -> None:
    at_the_end = percent_of_1rm(10, 0)
    beyond = [percent_of_1rm(10, rir) for rir in (0.5, 1, 2, 5)]
    assert all(p < at_the_end for p in beyond)
    assert beyond == sorted(beyond, reverse=True)
    assert beyond[-1] > 0


def test_percent_never_rises_as_reps_to_failure_grow() -> None:
    """More reps in the tank or more reps done means a lighter load, across the table's end too."""
    points = [percent_of_1rm(1, half / 2) for half in range(0, 41)]  # 1 to 21 reps to failure, in half reps
    assert all(later < earlier for earlier, later in pairwise(points))


@pytest.mark.parametrize(("reps", "rir"), [(0, 0), (5, -1)])
def test_percent_refuses_bad_input(reps: int, rir: float) -> None:
    with pytest.raises(ValueError, match=r"rep|RIR"):
        percent_of_1rm(reps, rir)


# --- e1RM from RIR and the loads that follow ---------------------------------------------------------


def test_e1rm_from_rir_by_hand() -> None:
    # 100 kg x 5 at RIR 2 -> 7 reps at RPE 10 -> 81.1 %: 100 / 0.811 = 123.305
    assert e1rm_from_rir(100, 5, 2) == pytest.approx(123.305, abs=0.01)
    # a true single at RPE 10 is the 1RM
    assert e1rm_from_rir(140, 1, 0) == pytest.approx(140)
    assert e1rm_from_rir(100, 0, 2) == 0.0


def test_load_for_by_hand() -> None:
    # 4 reps at RIR 2 -> 6 at RPE 10 -> 83.7 % of 150 = 125.55
    assert load_for(150, 4, 2) == pytest.approx(125.55)


@pytest.mark.parametrize("weight", [40.0, 61.235, 102.5])
@pytest.mark.parametrize(("reps", "rir"), [(1, 0), (3, 1.5), (5, 2), (8, 2), (10, 0), (10, 3), (12, 2)])
def test_e1rm_from_rir_and_load_for_round_trip(weight: float, reps: int, rir: float) -> None:
    assert load_for(e1rm_from_rir(weight, reps, rir), reps, rir) == pytest.approx(weight)


def test_load_for_a_different_rep_target() -> None:
    # 100 kg x 8 at RIR 2 (73.9 %) -> e1RM 135.32; 4 at RIR 2 (83.7 %) is 113.26 kg
    one_rm = e1rm_from_rir(100, 8, 2)
    assert load_for(one_rm, 4, 2) == pytest.approx(100 * 83.7 / 73.9)


def test_best_e1rm_uses_the_table_when_rir_is_known() -> None:
    assert best_e1rm(100, 5, 2) == pytest.approx(100 / 0.811)
    assert best_e1rm(100, 5, None) == pytest.approx(116.667, abs=0.01)
    assert best_e1rm(100, 5, None, Formula.BRZYCKI) == pytest.approx(112.5)


def test_beyond_the_table_by_hand() -> None:
    # 10 reps at RIR 2 = 12 to failure: Epley's curve from the table's end, 73.9 * (1 + 10/30) / (1 + 12/30)
    # = 73.9 * 1.33333 / 1.4 = 70.381
    assert percent_of_1rm(10, 2) == pytest.approx(70.381, abs=0.001)
