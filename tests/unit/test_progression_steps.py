"""R11 in real steps (issue 20, point 4): the step is added to the logged load, only loads the runner's
equipment can make are prescribed, steps stay within about 10 % (7 % upper body), and when the next size
is bigger, reps come first (double progression). Source of the 2-10 % band: ACSM position stand 2009;
the cases are the issue's own (5 -> 8 kg dumbbells, 16 -> 20 kg kettlebells, a miss at 4 kg)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.enums import Intensity, MassUnit
from planner.domain.equipment import Equipment
from planner.domain.exercise import Exercise, Prescription
from planner.domain.session import LiftSet
from planner.domain.units import mass_to_kg
from planner.engine.plates import loaded_equipment
from planner.engine.progression import LOWER_PATTERNS, STEP_CAP, Step, above, last_time, next_step
from tests.helpers import builtin_library, lift

KG, LB = MassUnit.KG, MassUnit.LB
DAY = date(2026, 11, 16)
MODERATE = Prescription(sets=3, reps_low=8, reps_high=10, rir=2)


def library(slug: str) -> Exercise:
    return next(e for e in builtin_library() if e.slug == slug)


def after(
    slug: str,
    reps: int,
    load_kg: float | None,
    rir: float | None = 2,
    unit: MassUnit = KG,
    kit: Equipment | None = None,
    dose: Prescription = MODERATE,
    target: int | None = None,
    hold: str = "",
) -> Step:
    exercise = library(slug)
    assert exercise.id is not None
    sets = tuple(
        LiftSet(exercise.id, n, n, target_reps=target, actual_reps=reps, actual_load_kg=load_kg, actual_rir=rir)
        for n in (1, 2, 3)
    )
    history = [lift(DAY, sets=sets)]
    return next_step(exercise, dose, last_time(exercise.id, history), unit, None, kit, hold=hold)


def test_a_5_kg_dumbbell_is_never_followed_by_8() -> None:
    """The old grid snapped 5 to 6 and added 2 (+60 %). The next dumbbell, 6 kg, is +20 %: reps first."""
    step = after("dumbbell-row", 10, 5.0)
    assert step.load_kg == 5.0
    assert step.reps == 11
    assert "double progression" in step.note


def test_the_step_is_added_to_the_logged_load() -> None:
    """7.5 kg logged, a 1 kg-step rack: 8 kg (+6.7 %), not 10 (7.5 snapped to 8, plus 2)."""
    assert after("goblet-squat", 10, 7.5).load_kg == 8.0


def test_a_rack_in_2_5_kg_steps_adds_reps_before_10_kg() -> None:
    kit = Equipment(KG, dumbbells=(2.5, 5.0, 7.5, 10.0, 12.5))
    step = after("goblet-squat", 10, 7.5, kit=kit)
    assert (step.load_kg, step.reps) == (7.5, 11)


def test_lb_dumbbells_12_5_do_not_jump_to_20() -> None:
    step = after("dumbbell-row", 10, mass_to_kg(12.5, LB), unit=LB)
    assert step.load_kg is not None
    assert step.load_kg < mass_to_kg(15.0, LB) + 1e-9


def test_a_miss_at_4_kg_keeps_4_kg_instead_of_halving() -> None:
    step = after("dumbbell-row", 6, 4.0, target=8)
    assert step.load_kg == 4.0
    assert step.reps == 8


def test_a_barbell_miss_backs_off_one_real_step() -> None:
    step = after("back-squat", 3, 100.0, dose=Prescription(3, 4, 6, 2), target=5)
    assert step.load_kg == 97.5


def test_kettlebell_16_to_20_waits_for_the_reps() -> None:
    """A 4 kg-step set (8, 12, 16, 20, 24): 20 kg is +25 %. Reps climb until the e1RM carries 20 kg."""
    kit = Equipment(KG, kettlebells=(8.0, 12.0, 16.0, 20.0, 24.0))
    first = after("kettlebell-swing", 10, 16.0, kit=kit)
    assert (first.load_kg, first.reps) == (16.0, 11)


def test_upper_body_steps_are_smaller_than_lower_body_ones() -> None:
    """3 x 6 at 30 kg, RIR 2 (e1RM 30 / 0.786 = 38.2; 4 reps at RIR 2 is 83.7 %, 31.9 kg), then 32.5 kg is
    +8.3 %: a step for the squat (within 10 %), reps first for the press (over 7 %)."""
    heavy = Prescription(3, 4, 6, 2)
    squat = after("back-squat", 6, 30.0, dose=heavy)
    assert squat.load_kg == 32.5
    press = after("overhead-press", 6, 30.0, dose=heavy, kit=Equipment(KG, dumbbells=(28.0, 30.0, 32.5)))
    assert (press.load_kg, press.reps) == (30.0, 7)
    fine = after("overhead-press", 6, 30.0, dose=heavy, kit=Equipment(KG, dumbbells=(28.0, 30.0, 31.0, 32.5)))
    assert fine.load_kg == 31.0  # +3.3 %: the smaller step exists, so it is used


def test_bodyweight_on_a_bar_gets_no_load() -> None:
    """The inverted row hangs from a racked bar: the load is the body, not the bar."""
    assert loaded_equipment(library("inverted-row").equipment, "inverted-row") is None
    exercise = library("inverted-row")
    assert next_step(exercise, MODERATE, None, KG) == Step(8, None, "")


@pytest.mark.parametrize("unit", [KG, LB])
def test_default_equipment_exists_in_both_units(unit: MassUnit) -> None:
    kit = Equipment.defaults(unit)
    bar = kit.loads_kg("barbell")
    assert bar[0] == pytest.approx(mass_to_kg(kit.bar, unit))
    steps = {round(b - a, 6) for a, b in itertools.pairwise(bar)}
    assert steps == {round(mass_to_kg(2 * min(kit.plates), unit), 6)}
    assert kit.loads_kg("dumbbell")
    assert kit.loads_kg("kettlebell")
    assert Equipment.from_json(kit.to_json()) == kit


kits = st.builds(
    Equipment,
    st.sampled_from([KG, LB]),
    st.sampled_from([15.0, 20.0, 45.0]),
    st.lists(st.sampled_from([0.5, 1.0, 1.25, 2.5, 5.0, 10.0, 20.0, 25.0]), min_size=1, max_size=5).map(tuple),
    st.lists(st.floats(1, 60).map(lambda x: round(x * 2) / 2), min_size=1, max_size=12).map(tuple),
    st.lists(st.sampled_from([4.0, 6.0, 8.0, 12.0, 16.0, 20.0, 24.0, 32.0]), min_size=1, max_size=8).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(
    kit=kits,
    slug=st.sampled_from(["back-squat", "deadlift", "goblet-squat", "dumbbell-row", "kettlebell-swing", "step-up"]),
    reps=st.integers(1, 14),
    load=st.floats(2.0, 200.0),
    rir=st.sampled_from([None, 0.0, 1.0, 2.0, 3.0]),
    target=st.sampled_from([None, 4, 6, 8, 10]),
    intensity=st.sampled_from([Intensity.HEAVY, Intensity.MODERATE, Intensity.LIGHT]),
)
def test_loads_exist_and_never_skip_past_the_next_size(
    kit: Equipment,
    slug: str,
    reps: int,
    load: float,
    rir: float | None,
    target: int | None,
    intensity: Intensity,
) -> None:
    """Every prescribed load is one the kit can make, and none is more than the cap above the last logged
    load, unless it is the very next size the kit has (which reps first earned: double progression)."""
    exercise = library(slug)
    dose = {
        Intensity.HEAVY: Prescription(3, 4, 6, 2),
        Intensity.MODERATE: MODERATE,
        Intensity.LIGHT: Prescription(2, 15, 20, 3),  # high-rep work: past the RPE table, never an error
    }[intensity]
    step = after(slug, reps, load, rir, kit.unit, kit, dose, target)
    if step.load_kg is None:
        return
    kind = loaded_equipment(exercise.equipment, slug)
    assert kind is not None
    loads = kit.loads_kg(kind)
    assert any(abs(step.load_kg - x) < 1e-6 for x in loads)
    cap = STEP_CAP[exercise.pattern.value in LOWER_PATTERNS]
    next_size = above(load, loads)
    allowed = max(load * (1 + cap), next_size if next_size is not None else 0.0, loads[0])
    # 0.01 kg is the engine's own tolerance for "the same load" (a load typed in lb is stored in kg): the cap
    # holds to it (hypothesis found 471 lb against a cap of 470.99 lb)
    assert step.load_kg <= allowed + 0.01


@pytest.mark.parametrize(
    ("reps", "rir", "load"),
    [(6, 2, 100.0), (8, 3, 100.0), (10, 2, 100.0)],  # below, inside and at the top of the range
)
def test_a_deload_week_holds_the_load_and_asks_no_more_reps(reps: int, rir: float, load: float) -> None:
    """R12 (Rogerson et al. 2024): a deload lowers the effort. It asked 7 reps at 3 in reserve of a lifter who
    had done 6 at 2, and a step up of one who had earned it."""
    dose = Prescription(sets=2, reps_low=6, reps_high=8, rir=3)
    step = after("back-squat", reps, load, rir=rir, dose=dose, hold="Deload week (R12)")
    assert step.load_kg == load
    assert step.reps == min(6, reps)
    assert step.note == f"Deload week (R12): {load:g} kg as last time, {min(6, reps)} reps, no step up."


def test_a_held_week_names_a_load_the_kit_cannot_make() -> None:
    """101 kg logged on a 2.5 kg-plate bar: held at the nearest load below, said as such (not "same load")."""
    dose = Prescription(sets=2, reps_low=6, reps_high=8, rir=3)
    step = after("back-squat", 6, 101.0, dose=dose, hold="Taper week (R8)")
    assert step.load_kg == 100.0
    assert "nearest you can load below last time's 101 kg" in step.note


def test_a_held_week_of_bodyweight_work_asks_no_more_than_last_time() -> None:
    step = after("bodyweight-squat", 12, None, hold="Deload week (R12)")
    assert step.load_kg is None
    assert step.reps == 10  # the top of the range, below last time's 12
