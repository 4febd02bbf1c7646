"""R9/R10 exercise choice and dose, and the R8/R12 trim, on the built-in library."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.enums import Intensity, LiftFocus, MovementPattern
from planner.domain.exercise import Exercise, Prescription
from planner.engine.prescription import Level, Planned, choose_exercises, dose, trimmed
from planner.services.library import builtin_content

P = MovementPattern


@pytest.fixture(scope="module")
def library() -> list[Exercise]:
    _, exercises = builtin_content()
    return [replace(e, id=i + 1) for i, e in enumerate(exercises)]


def by_slug(library: list[Exercise], slug: str) -> Exercise:
    return next(e for e in library if e.slug == slug)


def hide(library: list[Exercise], *slugs: str) -> list[Exercise]:
    return [replace(e, hidden=True) if e.slug in slugs else e for e in library]


def slugs(exercises: list[Exercise]) -> list[str]:
    return [e.slug for e in exercises]


# --- choose_exercises ------------------------------------------------------------------------------


def test_heavy_lower_body_puts_compound_and_single_leg_work_first(library: list[Exercise]) -> None:
    chosen = choose_exercises(LiftFocus.LOWER, Level.STRENGTH, library)
    assert slugs(chosen) == ["back-squat", "deadlift", "bulgarian-split-squat", "straight-knee-calf-raise"]
    assert [e.pattern for e in chosen] == [P.SQUAT, P.HINGE, P.SINGLE_LEG, P.CALF_FOOT]


def test_form_level_lower_body_picks_lighter_variants(library: list[Exercise]) -> None:
    chosen = choose_exercises(LiftFocus.LOWER, Level.FORM, library)
    assert slugs(chosen) == ["goblet-squat", "romanian-deadlift", "step-up", "straight-knee-calf-raise"]


@pytest.mark.parametrize("focus", list(LiftFocus))
@pytest.mark.parametrize("level", list(Level))
def test_lower_body_compound_work_comes_before_accessories(
    library: list[Exercise], focus: LiftFocus, level: Level
) -> None:
    chosen = choose_exercises(focus, level, library)
    assert chosen
    patterns = [e.pattern for e in chosen]
    compound = [i for i, p in enumerate(patterns) if p in {P.SQUAT, P.HINGE, P.SINGLE_LEG, P.LUNGE}]
    accessory = [i for i, p in enumerate(patterns) if p in {P.CALF_FOOT, P.CORE, P.HIP}]
    if compound and accessory:
        assert max(compound) < min(accessory)


@pytest.mark.parametrize("focus", list(LiftFocus))
@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize("activation", [False, True])
def test_no_exercise_twice(library: list[Exercise], focus: LiftFocus, level: Level, activation: bool) -> None:
    chosen = choose_exercises(focus, level, library, activation=activation)
    assert len(slugs(chosen)) == len(set(slugs(chosen)))


def test_upper_body_takes_two_different_pulls(library: list[Exercise]) -> None:
    chosen = choose_exercises(LiftFocus.UPPER, Level.STRENGTH, library)
    assert slugs(chosen) == ["dumbbell-row", "overhead-press", "pull-up", "pallof-press"]


def test_plyometrics_take_three_different_drills(library: list[Exercise]) -> None:
    chosen = choose_exercises(LiftFocus.PLYOMETRIC, Level.STRENGTH, library)
    assert [e.pattern for e in chosen] == [P.PLYOMETRIC, P.PLYOMETRIC, P.PLYOMETRIC, P.CALF_FOOT]
    assert slugs(chosen)[:3] == ["pogo-hops", "box-jump", "bounding"]


def test_activation_is_light_bodyweight_work(library: list[Exercise]) -> None:
    chosen = choose_exercises(LiftFocus.LOWER, Level.LIGHT, library, activation=True)
    assert [e.pattern for e in chosen] == [P.SQUAT, P.HINGE, P.HIP, P.CORE]
    assert all(e.bodyweight or e.equipment == ("band",) for e in chosen)


def test_hidden_exercises_are_skipped(library: list[Exercise]) -> None:
    trimmed_library = hide(library, "back-squat", "deadlift")
    chosen = choose_exercises(LiftFocus.LOWER, Level.STRENGTH, trimmed_library)
    assert slugs(chosen)[:2] == ["front-squat", "romanian-deadlift"]
    assert not any(e.hidden for e in chosen)


@pytest.mark.parametrize("focus", list(LiftFocus))
def test_hidden_exercises_never_appear(library: list[Exercise], focus: LiftFocus) -> None:
    first_pick = slugs(choose_exercises(focus, Level.STRENGTH, library))
    again = choose_exercises(focus, Level.STRENGTH, hide(library, *first_pick))
    assert not set(slugs(again)) & set(first_pick)


def test_falls_back_to_any_exercise_of_the_pattern(library: list[Exercise]) -> None:
    # every preferred squat hidden: the rest of the squat pattern, by name
    preferred_squats = ("back-squat", "front-squat", "goblet-squat")
    chosen = choose_exercises(LiftFocus.LOWER, Level.STRENGTH, hide(library, *preferred_squats))
    remaining = sorted(e.name for e in library if e.pattern is P.SQUAT and e.slug not in preferred_squats)
    assert chosen[0].pattern is P.SQUAT
    assert chosen[0].name == remaining[0]


def test_a_user_library_of_unknown_exercises_still_yields_a_session() -> None:
    own = [
        Exercise(slug="zercher-squat", name="Zercher squat", pattern=P.SQUAT, focus=LiftFocus.LOWER, id=1),
        Exercise(slug="belt-squat", name="Belt squat", pattern=P.SQUAT, focus=LiftFocus.LOWER, id=2),
        Exercise(slug="rack-pull", name="Rack pull", pattern=P.HINGE, focus=LiftFocus.LOWER, id=3),
        Exercise(slug="curtsy-lunge", name="Curtsy lunge", pattern=P.LUNGE, focus=LiftFocus.LOWER, id=4),
    ]
    chosen = choose_exercises(LiftFocus.LOWER, Level.STRENGTH, own)
    # squat by name (Belt before Zercher), hinge, then a lunge stands in for the missing single-leg slot
    assert slugs(chosen) == ["belt-squat", "rack-pull", "curtsy-lunge"]


def test_single_leg_slot_falls_back_to_a_lunge(library: list[Exercise]) -> None:
    single_leg = [e.slug for e in library if e.pattern is P.SINGLE_LEG]
    chosen = choose_exercises(LiftFocus.LOWER, Level.STRENGTH, hide(library, *single_leg))
    assert chosen[2].pattern is P.LUNGE


def test_an_empty_library_gives_nothing() -> None:
    assert choose_exercises(LiftFocus.FULL, Level.STRENGTH, []) == []


# --- dose ------------------------------------------------------------------------------------------


def test_heavy_main_lifts_are_three_by_four_to_six_at_rir_two(library: list[Exercise]) -> None:
    squat, deadlift = by_slug(library, "back-squat"), by_slug(library, "deadlift")
    assert dose(squat, 0, Intensity.HEAVY, Level.STRENGTH, advanced=False) == Prescription(3, 4, 6, 2)
    assert dose(deadlift, 1, Intensity.HEAVY, Level.STRENGTH, advanced=False) == Prescription(3, 4, 6, 2)


def test_advanced_lifters_get_four_sets_on_the_first_lift_only(library: list[Exercise]) -> None:
    squat, deadlift = by_slug(library, "back-squat"), by_slug(library, "deadlift")
    assert dose(squat, 0, Intensity.HEAVY, Level.STRENGTH, advanced=True) == Prescription(4, 4, 6, 2)
    assert dose(deadlift, 1, Intensity.HEAVY, Level.STRENGTH, advanced=True) == Prescription(3, 4, 6, 2)


def test_accessories_after_the_main_lifts_keep_their_own_dose(library: list[Exercise]) -> None:
    bss = by_slug(library, "bulgarian-split-squat")
    assert dose(bss, 2, Intensity.HEAVY, Level.STRENGTH, advanced=True) == bss.experienced


def test_bodyweight_and_timed_work_is_never_made_heavy(library: list[Exercise]) -> None:
    push_up, wall_sit = by_slug(library, "push-up"), by_slug(library, "wall-sit")
    assert dose(push_up, 0, Intensity.HEAVY, Level.STRENGTH, advanced=False) == push_up.experienced
    assert dose(wall_sit, 0, Intensity.HEAVY, Level.STRENGTH, advanced=False) == wall_sit.experienced


def test_moderate_strength_days_lighten_a_heavy_range_dose(library: list[Exercise]) -> None:
    squat = by_slug(library, "back-squat")
    assert squat.experienced is not None
    assert squat.experienced.reps_high <= 6  # the library's back squat is a 4-6 lift
    moderate = dose(squat, 0, Intensity.MODERATE, Level.STRENGTH, advanced=False)
    assert (moderate.reps_low, moderate.reps_high, moderate.rir) == (6, 8, 3)
    assert moderate.sets <= 3


def test_moderate_strength_days_keep_a_moderate_range_dose(library: list[Exercise]) -> None:
    goblet = by_slug(library, "goblet-squat")
    assert dose(goblet, 0, Intensity.MODERATE, Level.STRENGTH, advanced=False) == goblet.experienced


def test_form_level_uses_the_novice_dose(library: list[Exercise]) -> None:
    goblet = by_slug(library, "goblet-squat")
    got = dose(goblet, 0, Intensity.HEAVY, Level.FORM, advanced=False)
    assert got == goblet.novice
    assert got is not None
    assert 8 <= got.reps_low <= got.reps_high <= 12  # R9
    assert got.rir >= 2


@pytest.mark.parametrize("level", list(Level))
def test_light_sessions_are_two_easy_sets(library: list[Exercise], level: Level) -> None:
    for slug in ("back-squat", "glute-bridge", "dead-bug", "front-plank"):
        got = dose(by_slug(library, slug), 0, Intensity.LIGHT, level, advanced=True)
        assert got.sets == 2
        assert got.rir >= 3


def test_an_exercise_without_a_default_dose_gets_the_fallback() -> None:
    bare = Exercise(slug="x", name="X", pattern=P.HINGE, focus=LiftFocus.LOWER, equipment=("barbell",))
    assert dose(bare, 3, Intensity.MODERATE, Level.STRENGTH, advanced=False) == Prescription(3, 8, 10, 2)
    assert dose(bare, 0, Intensity.HEAVY, Level.STRENGTH, advanced=False) == Prescription(3, 4, 6, 2)


# --- trimmed ---------------------------------------------------------------------------------------


def session(
    library: list[Exercise], focus: LiftFocus, level: Level, intensity: Intensity, advanced: bool
) -> list[Planned]:
    chosen = choose_exercises(focus, level, library)
    return [Planned(e, dose(e, i, intensity, level, advanced)) for i, e in enumerate(chosen)]


def total(planned: list[Planned]) -> int:
    return sum(p.dose.sets for p in planned)


@pytest.mark.parametrize("focus", list(LiftFocus))
@pytest.mark.parametrize(
    ("level", "intensity", "advanced"),
    [
        (Level.STRENGTH, Intensity.HEAVY, True),
        (Level.STRENGTH, Intensity.HEAVY, False),
        (Level.STRENGTH, Intensity.MODERATE, False),
        (Level.FORM, Intensity.MODERATE, False),
        (Level.LIGHT, Intensity.LIGHT, False),
    ],
)
def test_half_keeps_cut_the_session_by_forty_to_sixty_percent(
    library: list[Exercise], focus: LiftFocus, level: Level, intensity: Intensity, advanced: bool
) -> None:
    full = session(library, focus, level, intensity, advanced)
    cut = trimmed(full, 0.5)
    assert 0.40 <= 1 - total(cut) / total(full) <= 0.60
    # intensity kept: the same exercises, in order, with the same reps and RIR
    assert [p.exercise for p in cut] == [p.exercise for p in full][: len(cut)]
    for before, after in zip(full, cut, strict=False):
        assert (after.dose.reps_low, after.dose.reps_high, after.dose.rir) == (
            before.dose.reps_low,
            before.dose.reps_high,
            before.dose.rir,
        )
        assert 1 <= after.dose.sets <= before.dose.sets


def test_the_advanced_heavy_lower_session_by_hand(library: list[Exercise]) -> None:
    full = session(library, LiftFocus.LOWER, Level.STRENGTH, Intensity.HEAVY, advanced=True)
    assert [p.dose.sets for p in full] == [4, 3, 3, 3]  # 13 sets
    cut = trimmed(full, 0.5)
    assert total(cut) == 6  # 13 / 2 = 6.5 -> 6: 54 % fewer
    assert cut[0].exercise.slug == "back-squat"


@pytest.mark.parametrize(
    "sets",
    [(3, 3), (4, 3), (3, 3, 3), (4, 3, 3), (2, 2, 2, 2), (3, 3, 3, 3), (4, 3, 3, 3), (3, 3, 3, 3, 3), (2, 2)],
)
def test_half_keeps_cut_any_multi_exercise_session_by_forty_to_sixty_percent(
    library: list[Exercise], sets: tuple[int, ...]
) -> None:
    planned = [Planned(e, Prescription(n, 4, 6, 2)) for e, n in zip(library, sets, strict=False)]
    cut = trimmed(planned, 0.5)
    assert 0.40 <= 1 - total(cut) / total(planned) <= 0.60
    assert cut[0].exercise == planned[0].exercise


@pytest.mark.parametrize("keep", [0.5, 0.6, 0.7])
def test_trimmed_never_leaves_an_empty_session(library: list[Exercise], keep: float) -> None:
    one = [Planned(library[0], Prescription(1, 4, 6, 2))]
    assert trimmed(one, keep) == one
    several = session(library, LiftFocus.FULL, Level.STRENGTH, Intensity.HEAVY, advanced=False)
    cut = trimmed(several, keep)
    assert cut
    assert total(cut) == max(1, round(total(several) * keep))


def test_keeping_everything_changes_nothing(library: list[Exercise]) -> None:
    full = session(library, LiftFocus.LOWER, Level.STRENGTH, Intensity.HEAVY, advanced=True)
    assert trimmed(full, 1.0) == full
