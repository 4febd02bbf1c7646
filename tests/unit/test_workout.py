"""Structured runs: typed in words, stored as JSON, said back in the runner's units; Daniels' pace zones."""

from __future__ import annotations

import pytest

from planner.domain.enums import DistanceUnit
from planner.domain.units import format_pace
from planner.domain.workout import (
    TEMPLATES,
    Repeat,
    Step,
    StepKind,
    Workout,
    WorkoutError,
    in_words,
    parse_workout,
    short_form,
    template,
    zone_legend,
)
from planner.engine import pace_zones

KM, MI = DistanceUnit.KM, DistanceUnit.MI
INTERVALS = "2 km warm-up\n6 x 800 m @ 3:50, 400 m jog\n2 km cool-down"


def test_the_issues_interval_session_reads_as_steps() -> None:
    workout = parse_workout(INTERVALS, KM)
    assert workout == Workout(
        (
            Step(StepKind.WARMUP, distance_m=2000),
            Repeat(6, (Step(distance_m=800, pace_s_per_km=230), Step(StepKind.RECOVERY, distance_m=400))),
            Step(StepKind.COOLDOWN, distance_m=2000),
        )
    )
    assert short_form(workout, KM) == "6 x 800 m @ 3:50"
    assert in_words(workout, KM) == ["2 km warm-up", "6 x 800 m @ 3:50/km, 400 m jog", "2 km cool-down"]
    assert workout.total_distance_m() == 2000 + 6 * 1200 + 2000
    assert len(workout.flat_steps()) == 14


def test_words_round_trip_through_the_parser_and_json() -> None:
    for text in [INTERVALS, *TEMPLATES.values(), "10 min @ 4:30\n90 s jog\n1:30 min @ R\n5.5 km @ M"]:
        workout = parse_workout(text, KM)
        assert workout is not None
        assert parse_workout("\n".join(in_words(workout, KM)), KM) == workout
        assert Workout.from_json(workout.to_json()) == workout


def test_miles_runners_type_and_read_paces_per_mile() -> None:
    workout = parse_workout("2 mi warm-up\n3 x 1 mi @ 6:10, 90 s jog", MI)
    assert workout is not None
    first, repeat = workout.blocks
    assert first.distance_m == pytest.approx(3218.688)  # 2 international miles
    assert repeat.steps[0].pace_s_per_km == pytest.approx(370 / 1.609344)
    assert short_form(workout, MI) == "3 x 1 mi @ 6:10"
    assert short_form(workout, KM) == "3 x 1.61 km @ 3:50"  # the same run in km
    assert format_pace(repeat.steps[0].pace_s_per_km, KM) == "3:50/km"


def test_zones_are_named() -> None:
    workout = template("Tempo: 20 min at threshold")
    assert short_form(workout, KM) == "20 min @ T"
    assert zone_legend(workout) == "T = threshold (Daniels)"
    assert short_form(template("Long run with fast finish"), KM) == "14 km @ E + 4 km @ M"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("6 x", "line 1 (6 x): '6 x' starts with no distance or time"),
        ("800 @ 3:50", "starts with no distance or time"),
        ("800 m @ 9:99", "is neither a pace"),
        ("800 m @ Z", "is neither a pace"),
        ("800 m sprint", "'sprint' is not warm-up, cool-down or jog"),
        ("99 x 400 m", "a repeat runs 1 to 50 times"),
        ("400 m @ 0:30", "a pace must be between 2:00 and 20:00 per km"),
        ("2 km warm-up\n0 m", "line 2 (0 m): a step's distance must be above 0"),
        # read back as "total 5000 km", then the save failed naming a column in metres
        ("50 x 100 km", "the steps add up to 5,000 km; a session holds at most 1,000 km"),
    ],
)
def test_bad_lines_say_which_and_why(text: str, reason: str) -> None:
    with pytest.raises(WorkoutError, match=None) as caught:
        parse_workout(text, KM)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    "stored",
    [
        '{"kind":"work"}',
        '[{"kind":"work"}]',
        '[{"kind":"work","distance_m":true}]',
        '[{"repeat":2,"steps":[{"repeat":2,"steps":[]}]}]',
        "[]",
        "x",
    ],
)
def test_stored_json_is_checked(stored: str) -> None:
    with pytest.raises(WorkoutError):
        Workout.from_json(stored)


# Daniels' Running Formula (3rd ed.), the VDOT table: VDOT 50 races 5 km in 19:57, 10 km in 41:21, the half
# marathon in 1:31:35 and the marathon in 3:10:49, and trains T at 4:15/km and M at 4:31/km.
@pytest.mark.parametrize(("metres", "seconds"), [(5000, 1197), (10000, 2481), (21097.5, 5495), (42195, 11449)])
def test_vdot_matches_daniels_table(metres: float, seconds: float) -> None:
    assert pace_zones.vdot(metres, seconds) == pytest.approx(50, abs=0.3)
    assert pace_zones.race_time(metres, 50) == pytest.approx(seconds, rel=0.005)


def test_training_paces_for_vdot_50_match_daniels_table() -> None:
    zones = pace_zones.zones_from_race(5000, 1197)
    assert format_pace(zones.paces["T"][0]) == "4:15/km"
    assert format_pace(zones.paces["M"][0]) == "4:31/km"
    easy_fast, easy_slow = zones.paces["E"]
    assert easy_fast < easy_slow
    assert zones.paces["R"][0] < zones.paces["I"][0] < zones.paces["T"][0] < zones.paces["M"][0] < easy_fast
    # a threshold pace of 4:15/km stands for the same fitness
    assert pace_zones.zones_from_threshold(255).vdot == pytest.approx(50, abs=0.3)
