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
#   Wathen    10000 / (48.8 + 53.8 * e^-0.375) = 10000 / (48.8 + 53.8 * 0.687289)
#             = 10000 / 85.776                          = 116.583
HAND_WORKED_100_X_5 = {
    Formula.EPLEY: 116.667,
    Formula.BRZYCKI: 112.5,
    Formula.LANDER: 113.709,
    Formula.LOMBARDI: 117.462,
    Formula.MAYHEW: 119.011,
    Formula.OCONNER: 112.5,
    Formula.WATHEN: 116.583,
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
# DESIGN §4, from Tuchscherer's RTS chart: 11..15 effective reps (12 reps at RPE 6.5 is 15.5)
PAST_TEN = [70.7, 68.0, 65.3, 62.6, 59.9]


def test_the_table_is_the_design_row() -> None:
    assert list(RPE10_PERCENT) == RPE10_ROW + PAST_TEN


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


@pytest.mark.parametrize(
    ("reps", "rir", "expected"),
    [
        (12, 0, 68.0),  # the case: Epley's extrapolation gave 70.4
        (10, 3.5, (65.3 + 62.6) / 2),  # 13.5 effective: halfway between 13 and 14 (63.95; Epley gave 67.95)
        (8, 3, 70.7),  # a novice dose: 8 reps, 3 in reserve = 11
        (12, 3, 59.9),  # 8-12 reps at 3 in reserve tops out at the table's end
        (11, 1.5, (68.0 + 65.3) / 2),  # 12.5 effective, halfway
    ],
)
def test_past_ten_reps_the_published_values(reps: int, rir: float, expected: float) -> None:
    assert percent_of_1rm(reps, rir) == pytest.approx(expected)


@pytest.mark.parametrize(("reps", "rir"), [(16, 0), (12, 4), (15, 0.5)])
def test_no_estimate_past_the_table(reps: int, rir: float) -> None:
    with pytest.raises(ValueError, match="table ends"):
        percent_of_1rm(reps, rir)
    assert best_e1rm(100, reps, rir) is None


def test_percent_never_rises_as_reps_to_failure_grow() -> None:
    """More reps in the tank or more reps done means a lighter load, to the table's end."""
    points = [percent_of_1rm(1, half / 2) for half in range(0, 29)]  # 1 to 15 reps to failure, in half reps
    assert all(later < earlier for earlier, later in pairwise(points))


@pytest.mark.parametrize("formula", list(Formula))
@pytest.mark.parametrize("reps", [13, 37, 38, 60])
def test_formulas_refuse_reps_they_were_not_fitted_for(formula: Formula, reps: int) -> None:
    """Brzycki divides by zero at 37 reps and goes negative at 38: no formula answers past 12 reps."""
    with pytest.raises(ValueError, match="12 reps or fewer"):
        e1rm(100, reps, formula)
    assert best_e1rm(100, reps, None, formula) is None


@pytest.mark.parametrize("formula", list(Formula))
@pytest.mark.parametrize("reps", range(1, 13))
def test_formulas_are_positive_and_at_least_the_weight_where_they_hold(formula: Formula, reps: int) -> None:
    assert e1rm(100, reps, formula) >= 100


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


def test_past_ten_by_hand() -> None:
    # 10 reps at RIR 2 = 12 to failure: the chart's 68.0 % (an Epley extrapolation gave 70.381)
    assert percent_of_1rm(10, 2) == pytest.approx(68.0)
