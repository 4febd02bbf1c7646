"""A card's numbers are laid out whole: durations as h:mm on purpose, a lift's exercises planned against
done, a run's pace from its own distance and time."""

from __future__ import annotations

from datetime import date

from planner.domain.enums import (
    DistanceUnit,
    Intensity,
    LiftFocus,
    MassUnit,
    RunType,
    SessionKind,
    Status,
    TimeOfDay,
)
from planner.domain.session import LiftDetails, LiftSet, RunDetails, Session
from planner.ui.calendar.card_text import (
    card_details,
    card_distance,
    card_duration,
    card_footer_parts,
    card_numbers,
    card_parts,
    one_line_text,
    run_pace,
)

DAY = date(2026, 11, 24)


def run(km: float, seconds: int) -> Session:
    return Session(
        day=DAY, kind=SessionKind.RUN, duration_s=seconds, run=RunDetails(run_type=RunType.LONG, distance_m=km * 1000)
    )


def test_durations_keep_their_minutes_as_h_mm() -> None:
    # the cases: 1 h 50 read "1 h" and 3 h 43 read "3 h" once a column cut them
    assert card_duration(110 * 60) == "1h50"
    assert card_duration(223 * 60) == "3h43"
    assert card_duration(60 * 60) == "1h00"
    assert card_duration(47 * 60) == "47 min"
    assert card_duration(None) == ""


def test_a_run_card_shows_distance_and_time_as_separate_whole_parts() -> None:
    assert card_parts(run(20.3, 110 * 60)) == ["20.3 km", "1h50"]
    assert card_numbers(run(8.0, 48 * 60)) == "8 km · 48 min"


def test_a_lift_card_keeps_its_minutes_beside_its_exercise_count() -> None:
    squat = [LiftSet(exercise_id=1, set_number=n, target_reps=5) for n in (1, 2, 3)]
    session = Session(day=DAY, kind=SessionKind.LIFT, duration_s=47 * 60, lift=LiftDetails(), sets=tuple(squat))
    assert card_parts(session) == ["Moderate", "1 exercise", "47 min"]


def test_pace_is_time_over_distance() -> None:
    # a marathon (42.195 km) in 3:30:00 is 4:58.6 a km, 8:00.6 a mile (the usual pace-chart figures)
    marathon = run(42.195, 3 * 3600 + 30 * 60)
    assert run_pace(marathon) == "4:59 /km"
    assert run_pace(marathon, DistanceUnit.MI) == "8:01 /mi"
    assert run_pace(run(20.0, 120)) == ""  # 20 km in two minutes is a typo, not a pace


def test_a_lifts_details_are_planned_until_logged_then_count_what_was_done() -> None:
    planned = [LiftSet(exercise_id=1, set_number=n, target_reps=5, target_load_kg=80.0) for n in (1, 2, 3)]
    warmup = LiftSet(exercise_id=2, set_number=1, target_reps=10, warmup=True)
    done = [
        LiftSet(exercise_id=2, set_number=n, target_reps=8, actual_reps=8 if n < 3 else None, actual_load_kg=20.0)
        for n in (1, 2, 3)
    ]
    session = Session(
        day=DAY,
        kind=SessionKind.LIFT,
        status=Status.PLANNED,
        lift=LiftDetails(focus=LiftFocus.LOWER, intensity=Intensity.HEAVY),
        sets=(*planned, warmup, *done),
    )
    names = {1: "Back squat", 2: "Walking lunge"}
    assert card_details(session, names) == [("Back squat", "3\u00d75 · 80 kg"), ("Walking lunge", "2/3 sets")]
    assert card_details(session, names, mass_unit=MassUnit.LB)[0] == ("Back squat", "3\u00d75 · 176.37 lb")


def test_a_runs_details_are_pace_heart_rate_and_climb() -> None:
    session = Session(
        day=DAY,
        kind=SessionKind.RUN,
        duration_s=3000,
        run=RunDetails(distance_m=10000, avg_hr=142, elevation_m=120),
    )
    assert card_details(session, {}) == [("", "5:00 /km · HR 142 · ↑ 120 m")]


def test_a_structured_runs_blocks_are_parts_a_card_can_wrap_between() -> None:
    from planner.domain.workout import parse_workout

    workout = parse_workout("2 km warm-up\n6 x 800 m @ I, 400 m jog\n10 min @ T\n2 km cool-down", DistanceUnit.KM)
    session = Session(
        day=DAY, kind=SessionKind.RUN, duration_s=70 * 60, run=RunDetails(RunType.INTERVALS, 13000.0, workout=workout)
    )
    parts = card_parts(session)
    assert parts[:2] == ["6 x 800 m @ I", "+ 10 min @ T"]
    assert card_numbers(session) == "6 x 800 m @ I + 10 min @ T · 13 km · 1h10"


def test_a_one_line_card_takes_the_distance_whatever_comes_first_on_the_full_card() -> None:
    """A structured run's full card leads with its steps, and a run without a distance with its duration: the
    one-line card shows the distance only, or nothing."""
    from planner.domain.workout import parse_workout

    workout = parse_workout("6 x 800 m @ I, 400 m jog", DistanceUnit.KM)
    structured = Session(day=DAY, kind=SessionKind.RUN, run=RunDetails(RunType.INTERVALS, 8000.0, workout=workout))
    assert card_parts(structured)[0] == "6 x 800 m @ I"
    assert card_distance(structured) == "8 km"
    unmeasured = Session(day=DAY, kind=SessionKind.RUN, duration_s=45 * 60, run=RunDetails(RunType.EASY, None))
    assert card_parts(unmeasured) == ["45 min"]
    assert card_distance(unmeasured) == ""
    assert card_distance(run(21.1, 7000), DistanceUnit.MI) == "13.1 mi"


def _chars(text: str) -> int:
    """A font where every character is 1 px wide: the test reads in characters."""
    return len(text)


def test_a_one_line_card_keeps_the_distance_before_the_word_run() -> None:
    """The whole line when it fits; "Easy 8 km" rather than "Easy run" when it does not (the distance is what the
    month is read for, the colour says it is a run); the title alone, or its first word, only when even that is
    too narrow for the distance."""
    assert one_line_text("Easy run", "8 km", 13, _chars, _chars) == ("Easy run", " 8 km")
    assert one_line_text("Easy run", "8 km", 12, _chars, _chars) == ("Easy", " 8 km")
    assert one_line_text("Easy run", "8 km", 9, _chars, _chars) == ("Easy", " 8 km")
    assert one_line_text("Easy run", "8 km", 8, _chars, _chars) == ("Easy run", "")
    assert one_line_text("Recovery run", "5 km", 10, _chars, _chars) == ("Recovery", "")
    assert one_line_text("Intervals", "10 km", 6, _chars, _chars) == ("Intervals", "")  # elided by the painter
    assert one_line_text("Lower body", "", 40, _chars, _chars) == ("Lower body", "")
    assert one_line_text("Lower body", "", 6, _chars, _chars) == ("Lower", "")
    # only the word "run" goes: "Hill repeats" keeps both its words, and the distance when it does not fit
    assert one_line_text("Hill repeats", "6 km", 17, _chars, _chars) == ("Hill repeats", " 6 km")
    assert one_line_text("Hill repeats", "6 km", 16, _chars, _chars) == ("Hill repeats", "")


def test_a_one_line_card_measures_the_number_in_its_own_font() -> None:
    wide_number = lambda text: 3 * len(text)  # noqa: E731
    assert one_line_text("Easy run", "8 km", 23, _chars, wide_number) == ("Easy run", " 8 km")
    assert one_line_text("Easy run", "8 km", 18, _chars, wide_number) == ("Easy run", "")
    assert one_line_text("Easy run", "8 km", 19, _chars, wide_number) == ("Easy", " 8 km")


def test_a_past_day_s_planned_session_says_it_is_not_logged() -> None:
    """An open circle on a day gone by looks like the days ahead; the footer says what it means there."""
    planned = Session(day=DAY, kind=SessionKind.RUN, run=RunDetails(RunType.EASY, 6000.0), time_of_day=TimeOfDay.PM)
    assert card_footer_parts(planned) == ["pm"]
    assert card_footer_parts(planned, past=True) == ["Not logged", "pm"]
    done = Session(day=DAY, kind=SessionKind.RUN, run=RunDetails(RunType.EASY, 6000.0), status=Status.DONE)
    assert card_footer_parts(done, past=True) == ["Done"]
    skipped = Session(day=DAY, kind=SessionKind.RUN, run=RunDetails(RunType.EASY, 6000.0), status=Status.SKIPPED)
    assert card_footer_parts(skipped, past=True) == ["Skipped"]
    rest = Session(day=DAY, kind=SessionKind.REST)
    assert card_footer_parts(rest, past=True) == []  # a rest day gone by has nothing to log
