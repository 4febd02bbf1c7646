"""The Progress charts' maths: e1RM per set and per day, training load, weekly volume and adherence."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.enums import RacePriority, SessionKind, Status
from planner.domain.profile import Race
from planner.domain.session import RunDetails, Session
from planner.engine.chart_range import Span
from planner.engine.phases import Phase
from planner.engine.progress import (
    WARM_UP,
    E1rmMethod,
    SetRow,
    SetTotals,
    WeekAdherence,
    adherence,
    e1rm_series,
    set_estimate,
    training_load,
    weekly_volume,
)
from tests.helpers import MONDAY, day, lift, rest, run

SQUAT, BENCH = 1, 2
DONE, PLANNED, SKIPPED = Status.DONE, Status.PLANNED, Status.SKIPPED


def week(start: date, weeks: int = 1) -> Span:
    return Span(start, start + timedelta(days=7 * weeks - 1))


def timed_run(
    when: date, minutes: float, rpe: float, status: Status = DONE, km: float = 8.0, **extra: object
) -> Session:
    """A run whose load is rpe x minutes."""
    return run(when, km=km, status=status, duration_s=round(minutes * 60), rpe=rpe, **extra)


def timed_lift(when: date, minutes: float, rpe: float, status: Status = DONE, **extra: object) -> Session:
    return lift(when, status=status, duration_s=round(minutes * 60), rpe=rpe, **extra)


# --- e1RM of one set ---


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        (E1rmMethod.EPLEY, 100 * (1 + 5 / 30)),  # 116.67
        (E1rmMethod.BRZYCKI, 36 * 100 / 32),  # 112.5
        (E1rmMethod.LANDER, 100 * 100 / (101.3 - 2.67123 * 5)),  # 10000 / 87.944 = 113.71
        (E1rmMethod.LOMBARDI, 100 * 5**0.1),  # 117.46
        (E1rmMethod.MAYHEW, 100 * 100 / (52.2 + 41.9 * math.exp(-0.055 * 5))),  # 10000 / 84.03 = 119.01
        (E1rmMethod.OCONNER, 100 * (1 + 0.025 * 5)),  # 112.5
        (E1rmMethod.WATHEN, 100 * 100 / (48.8 + 53.8 * math.exp(-0.075 * 5))),  # 10000 / 85.78 = 116.58
        (E1rmMethod.RPE_TABLE, 100 / 0.811),  # 5 reps + 2 in reserve = 7 to failure: 81.1 % -> 123.30
    ],
)
def test_set_estimate_of_100_kg_for_5_at_rir_2(method: E1rmMethod, expected: float) -> None:
    # only the RPE table reads the RIR; the formulas give the same with or without it
    assert set_estimate(100.0, 5, 2.0, method) == pytest.approx(expected, rel=1e-9)
    if method is not E1rmMethod.RPE_TABLE:
        assert set_estimate(100.0, 5, None, method) == pytest.approx(expected, rel=1e-9)


def test_set_estimate_hand_numbers() -> None:
    assert set_estimate(100.0, 5, None, E1rmMethod.EPLEY) == pytest.approx(116.67, abs=0.005)
    assert set_estimate(100.0, 5, None, E1rmMethod.BRZYCKI) == pytest.approx(112.5)
    assert set_estimate(100.0, 5, 2.0, E1rmMethod.RPE_TABLE) == pytest.approx(123.30, abs=0.005)


def test_rpe_table_details() -> None:
    rpe = E1rmMethod.RPE_TABLE
    # no RIR logged: Epley stands in, 116.67
    assert set_estimate(100.0, 5, None, rpe) == pytest.approx(116.667, abs=1e-3)
    # RIR 0: the RPE 10 row; 80 kg x 5 to failure = 80 / 0.863 = 92.70
    assert set_estimate(80.0, 5, 0.0, rpe) == pytest.approx(92.70, abs=0.005)
    # a half RIR interpolates: 5 reps + 1.5 = 6.5 to failure, halfway between 83.7 and 81.1 = 82.4 % -> 121.36
    assert set_estimate(100.0, 5, 1.5, rpe) == pytest.approx(121.36, abs=0.005)
    # a single at RPE 10 is the 1RM itself
    assert set_estimate(140.0, 1, 0.0, rpe) == pytest.approx(140.0)


@pytest.mark.parametrize("method", list(E1rmMethod))
def test_sets_that_say_nothing_about_strength(method: E1rmMethod) -> None:
    assert set_estimate(60.0, 11, None, method) is None  # past 10 reps the estimators fall apart
    assert set_estimate(60.0, 11, 0.0, method) is None
    assert set_estimate(None, 5, None, method) is None  # bodyweight
    assert set_estimate(0.0, 5, None, method) is None
    assert set_estimate(60.0, 0, None, method) is None
    assert set_estimate(60.0, None, None, method) is None
    assert set_estimate(60.0, 10, None, method) is not None  # ten reps still count
    assert set_estimate(60.0, 1, None, method) == pytest.approx(60.0)  # one rep is the weight itself


# --- e1RM per day ---


def test_best_set_of_each_day_by_the_chosen_method() -> None:
    monday, thursday = MONDAY, day(3)
    rows = [
        SetRow(SQUAT, monday, DONE, reps=5, load_kg=100.0, rir=2.0),  # Epley 116.67; RPE table 123.30
        SetRow(SQUAT, monday, DONE, reps=3, load_kg=110.0, rir=0.0),  # Epley 121.00; RPE table 110/0.922 = 119.31
        SetRow(SQUAT, monday, DONE, reps=12, load_kg=80.0),  # too many reps
        SetRow(SQUAT, thursday, DONE, reps=8, load_kg=90.0),  # Epley 114.00; no RIR: Epley in the table too
        SetRow(BENCH, monday, DONE, reps=5, load_kg=200.0),  # another exercise
    ]
    epley = e1rm_series(rows, SQUAT, E1rmMethod.EPLEY)
    assert [(p.day, p.reps, p.load_kg) for p in epley.points] == [(monday, 3, 110.0), (thursday, 8, 90.0)]
    assert [p.value for p in epley.points] == pytest.approx([121.0, 114.0])
    assert epley.best is not None
    assert epley.best.value == pytest.approx(121.0)
    table = e1rm_series(rows, SQUAT, E1rmMethod.RPE_TABLE)
    # the table picks the other Monday set: 123.30 beats 119.31
    assert [p.value for p in table.points] == pytest.approx([100 / 0.811, 114.0])
    assert (table.points[0].reps, table.points[0].rir) == (5, 2.0)
    brzycki = e1rm_series(rows, SQUAT, E1rmMethod.BRZYCKI)
    # 100 x 5: 112.5; 110 x 3: 36 x 110 / 34 = 116.47; 90 x 8: 36 x 90 / 29 = 111.72
    assert [p.value for p in brzycki.points] == pytest.approx([36 * 110 / 34, 36 * 90 / 29])


def test_a_tie_on_one_day_goes_to_the_heavier_set_then_more_reps_in_any_order() -> None:
    """The RPE table (Tuchscherer's RTS chart, DESIGN §4) gives 100 kg x 5 @ RIR 2 and 100 kg x 4 @ RIR 3
    the same estimate, as both are 7 reps from failure; the day's point must not depend on the rows' order."""
    rows = [
        SetRow(
            SQUAT, MONDAY, DONE, reps=4, load_kg=100.0, rir=3.0, target_reps=4, target_load_kg=100.0, target_rir=3.0
        ),
        SetRow(
            SQUAT, MONDAY, DONE, reps=5, load_kg=100.0, rir=2.0, target_reps=5, target_load_kg=100.0, target_rir=2.0
        ),
    ]
    for ordered in (rows, rows[::-1]):
        series = e1rm_series(ordered, SQUAT, E1rmMethod.RPE_TABLE)
        assert [(p.reps, p.rir) for p in series.points] == [(5, 2.0)]
        assert [(p.reps, p.rir) for p in series.targets] == [(5, 2.0)]


def test_only_done_sets_make_points_and_skipped_sessions_make_nothing() -> None:
    rows = [
        SetRow(SQUAT, day(7), PLANNED, target_reps=5, target_load_kg=105.0),  # planned: a target only
        SetRow(SQUAT, day(0), DONE, reps=5, load_kg=100.0, target_reps=5, target_load_kg=100.0),
        SetRow(SQUAT, day(2), SKIPPED, reps=5, load_kg=150.0, target_reps=5, target_load_kg=150.0),
        SetRow(SQUAT, day(4), PLANNED, reps=5, load_kg=120.0),  # logged but never marked done
        SetRow(SQUAT, day(5), DONE, reps=None, load_kg=None, target_reps=5, target_load_kg=102.5),  # not logged
    ]
    series = e1rm_series(rows, SQUAT)
    assert [p.day for p in series.points] == [day(0)]
    assert [(p.day, p.load_kg) for p in series.targets] == [(day(0), 100.0), (day(5), 102.5), (day(7), 105.0)]
    assert series.targets[-1].value == pytest.approx(105 * (1 + 5 / 30))  # 122.5
    assert e1rm_series([], SQUAT).best is None


def test_targets_use_their_own_rir_in_the_rpe_table() -> None:
    rows = [
        SetRow(SQUAT, day(0), PLANNED, target_reps=5, target_load_kg=100.0, target_rir=2.0),
        SetRow(SQUAT, day(0), PLANNED, target_reps=5, target_load_kg=90.0, target_rir=3.0),
    ]
    (target,) = e1rm_series(rows, SQUAT, E1rmMethod.RPE_TABLE).targets
    assert target.value == pytest.approx(123.30, abs=0.005)
    assert target.rir == 2.0


# --- training load ---


def test_done_in_the_past_planned_from_today_split_by_kind() -> None:
    today = day(3)  # Thursday
    cross = Session(day=today, kind=SessionKind.CROSS, status=DONE, duration_s=30 * 60, rpe=3.0)
    sessions = [
        timed_run(day(0), 60, 5),  # Mon run 5 x 60 = 300
        timed_lift(day(0), 50, 6),  # Mon lift 6 x 50 = 300
        timed_run(day(1), 60, 4, PLANNED),  # Tue, never marked: the past counts only what was done
        timed_run(day(2), 60, 8, SKIPPED),  # Wed skipped: nothing
        timed_run(today, 48, 5, PLANNED),  # Thu, today, planned: 5 x 48 = 240 planned
        cross,  # Thu cross-training done: 3 x 30 = 90
        lift(day(4)),  # Fri planned heavy lift, typical 7 x 45 min = 315
        rest(day(6)),
        timed_run(day(7), 60, 9),  # after the span
    ]
    result = training_load(sessions, week(MONDAY), today)
    assert result.today == today
    assert [d.day for d in result.days] == [day(i) for i in range(7)]
    assert [(d.run, d.lift, d.other, d.planned) for d in result.days] == [
        (300.0, 300.0, 0.0, 0.0),
        (0.0, 0.0, 0.0, 0.0),
        (0.0, 0.0, 0.0, 0.0),
        (0.0, 0.0, 90.0, 240.0),
        (0.0, 0.0, 0.0, 315.0),
        (0.0, 0.0, 0.0, 0.0),
        (0.0, 0.0, 0.0, 0.0),
    ]
    assert [d.total for d in result.days] == [600.0, 0.0, 0.0, 330.0, 315.0, 0.0, 0.0]
    # daily 600 0 0 330 315 0 0: weekly load 1245, mean 177.86
    # squared deviations 178204.6 + 4 x 31633.2 + 23147.5 + 18808.2 = 346693.2; / 7 = 49527.6, SD 222.55
    # monotony = 177.86 / 222.55 = 0.799, strain = 1245 x 0.799 = 995.0
    (strain,) = result.weeks
    assert strain.load == 1245.0
    assert strain.monotony == pytest.approx(0.7992, abs=1e-4)
    assert strain.strain == pytest.approx(995.0, abs=0.05)
    # fitness from zero (nothing before the span): 600 / 42 and 600 / 7 on Monday
    assert result.fitness.start == MONDAY
    assert result.fitness.ctl[0] == pytest.approx(600 / 42)
    assert result.fitness.atl[0] == pytest.approx(600 / 7)
    assert result.fitness.tsb[1] == pytest.approx(600 / 42 - 600 / 7)


def test_fitness_is_warmed_up_from_history_before_the_span() -> None:
    spike = MONDAY - timedelta(days=10)
    sessions = [timed_run(spike, 60, 7), timed_run(MONDAY - WARM_UP, 0, 0)]  # 420 ten days before
    result = training_load(sessions, week(MONDAY), day(14))
    assert len(result.fitness.ctl) == 7
    assert result.fitness.start == MONDAY
    # the spike gives CTL 10 and ATL 60; on Monday, ten days later: 10 (41/42)^10 = 7.85, 60 (6/7)^10 = 12.86
    assert result.fitness.ctl[0] == pytest.approx(10 * (41 / 42) ** 10)
    assert result.fitness.atl[0] == pytest.approx(60 * (6 / 7) ** 10)
    # Monday's form: Sunday's values, nine days after the spike
    assert result.fitness.tsb[0] == pytest.approx(10 * (41 / 42) ** 9 - 60 * (6 / 7) ** 9)
    # the history is not drawn: the span's days and weeks only hold the span
    assert all(d.total == 0 for d in result.days)
    assert result.weeks[0].load == 0


def test_a_late_evening_run_counts_on_its_local_day() -> None:
    # Sunday 29 Nov at 23:30 in New York (UTC-5) is Monday 30 Nov 04:30 UTC; the store keeps the local day
    sunday = day(6)
    late = datetime(2026, 11, 30, 4, 30, tzinfo=UTC)
    assert late.astimezone(timezone(timedelta(hours=-5))).date() == sunday
    evening = replace_run(timed_run(sunday, 60, 5), start_time=late)
    # Monday 30 Nov at 00:30 in Berlin (UTC+1) is Sunday 23:30 UTC
    early = replace_run(timed_run(day(7), 30, 4), start_time=datetime(2026, 11, 29, 23, 30, tzinfo=UTC))
    result = training_load([evening, early], week(MONDAY, 2), day(20))
    totals = {d.day: d.total for d in result.days if d.total}
    assert totals == {sunday: 300.0, day(7): 120.0}
    assert [w.load for w in result.weeks] == [300.0, 120.0]
    volume = weekly_volume([evening, early], {}, week(MONDAY, 2), day(20))
    assert [w.run_m for w in volume.weeks] == [8000.0, 8000.0]
    # with Sunday weeks the Sunday run opens the next week, with the Monday one
    sunday_weeks = weekly_volume([evening, early], {}, week(day(-1), 2), day(20), first_weekday=6)
    assert [(w.start, w.run_m) for w in sunday_weeks.weeks] == [(day(-1), 0.0), (sunday, 16000.0)]


def replace_run(session: Session, **details: object) -> Session:

    assert session.run is not None
    return replace(session, run=replace(session.run, **details))


# --- weekly volume ---


def test_planned_and_done_volume_split_at_today() -> None:
    today = day(2)  # Wednesday
    totals = {
        1: SetTotals(hard_sets=6, tonnage_kg=2400.0),
        2: SetTotals(hard_sets=4, tonnage_kg=1600.0),
        3: SetTotals(hard_sets=9, tonnage_kg=9999.0),
    }
    sessions = [
        run(day(0), km=8, status=DONE),
        run(day(1), km=10),  # planned, day passed: neither done nor planned any more
        run(day(1), km=20, status=SKIPPED),
        run(today, km=6),  # planned today
        run(today, km=4, status=DONE),  # done today
        run(day(5), km=12),
        lift(day(0), status=DONE, id=1),  # logged: the actual sets count
        lift(day(4), id=2),  # planned: the targets count
        lift(day(1), id=3),  # planned, day passed
        lift(day(3), status=DONE, id=4),  # no sets
        run(day(7), km=30),  # next week, outside the span
        Session(day=day(6), kind=SessionKind.CROSS, status=DONE),
    ]
    (w,) = weekly_volume(sessions, totals, week(MONDAY), today).weeks
    assert w.start == MONDAY
    assert (w.run_m, w.planned_run_m) == (12000.0, 18000.0)
    assert (w.hard_sets, w.tonnage_kg) == (6, 2400.0)
    assert (w.planned_hard_sets, w.planned_tonnage_kg) == (4, 1600.0)


def test_weeks_across_a_year_boundary_by_first_weekday() -> None:
    done = [
        run(date(2026, 12, 27), km=10, status=DONE),  # Sunday
        run(date(2026, 12, 28), km=5, status=DONE),  # Monday
        run(date(2026, 12, 31), km=7, status=DONE),  # Thursday, New Year's Eve
        run(date(2027, 1, 1), km=3, status=DONE),
        run(date(2027, 1, 3), km=12, status=DONE),  # Sunday
        run(date(2027, 1, 4), km=6, status=DONE),  # Monday
    ]
    today = date(2027, 1, 20)
    mondays = weekly_volume(done, {}, week(date(2026, 12, 21), 3), today)
    # Mon-Sun: 21-27 Dec holds the Sunday 10 km; 28 Dec - 3 Jan 5 + 7 + 3 + 12 = 27 km; 4-10 Jan 6 km
    assert [(w.start, w.run_m) for w in mondays.weeks] == [
        (date(2026, 12, 21), 10000.0),
        (date(2026, 12, 28), 27000.0),
        (date(2027, 1, 4), 6000.0),
    ]
    sundays = weekly_volume(done, {}, week(date(2026, 12, 20), 3), today, first_weekday=6)
    # Sun-Sat: 20-26 Dec nothing; 27 Dec - 2 Jan 10 + 5 + 7 + 3 = 25 km; 3-9 Jan 12 + 6 = 18 km
    assert [(w.start, w.run_m) for w in sundays.weeks] == [
        (date(2026, 12, 20), 0.0),
        (date(2026, 12, 27), 25000.0),
        (date(2027, 1, 3), 18000.0),
    ]


def test_a_week_across_a_month_boundary() -> None:
    sessions = [run(date(2026, 11, 30), km=5, status=DONE), run(date(2026, 12, 6), km=15, status=DONE)]
    volume = weekly_volume(sessions, {}, week(date(2026, 11, 30)), date(2026, 12, 10))
    assert [(w.start, w.run_m) for w in volume.weeks] == [(date(2026, 11, 30), 20000.0)]


def test_phase_of_each_week_and_the_races_in_the_span() -> None:
    marathon = Race(day=date(2027, 1, 10), name="Marathon", distance_m=42195)
    tune_up = Race(day=date(2026, 12, 5), name="10k", distance_m=10000, priority=RacePriority.B)
    later = Race(day=date(2027, 4, 11), name="Spring", distance_m=21097)
    volume = weekly_volume([], {}, week(date(2026, 12, 7), 6), date(2026, 12, 1), [later, marathon, tune_up])
    # race week is 4-10 Jan: 7 Dec is 4 weeks out (peak), then 3 peak, 2 and 1 taper, race week, recovery
    assert [w.phase for w in volume.weeks] == [
        Phase.PEAK,
        Phase.PEAK,
        Phase.TAPER,
        Phase.TAPER,
        Phase.RACE_WEEK,
        Phase.RECOVERY,
    ]
    assert volume.races == (marathon,)  # the B race is before the span, the spring race after it


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=-10, max_value=40),
            st.floats(min_value=0, max_value=50_000, allow_nan=False),
            st.sampled_from(list(Status)),
        ),
        max_size=40,
    ),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=27),
)
def test_weekly_volumes_add_up_to_the_distance_in_the_span(
    runs: list[tuple[int, float, Status]], first_weekday: int, today_offset: int
) -> None:
    start = MONDAY + timedelta(days=(first_weekday - MONDAY.weekday()) % 7)
    span = week(start, 4)
    today = start + timedelta(days=today_offset)
    sessions = [
        Session(day=start + timedelta(days=d), kind=SessionKind.RUN, status=s, run=RunDetails(distance_m=m))
        for d, m, s in runs
    ]
    volume = weekly_volume(sessions, {}, span, today, first_weekday=first_weekday)
    done = sum(s.run.distance_m for s in sessions if s.status is DONE and s.day in span)  # type: ignore[union-attr]
    ahead = sum(s.run.distance_m for s in sessions if s.status is PLANNED and today <= s.day <= span.end)  # type: ignore[union-attr]
    assert len(volume.weeks) == 4
    assert sum(w.run_m for w in volume.weeks) == pytest.approx(done)
    assert sum(w.planned_run_m for w in volume.weeks) == pytest.approx(ahead)


# --- adherence ---


def test_adherence_counts_in_the_week_of_the_planned_day() -> None:
    today = day(2)  # Wednesday 25 Nov
    prev = MONDAY - timedelta(days=7)  # Monday 16 Nov
    span = week(prev, 3)  # 16 Nov - 6 Dec: the third week is still ahead
    sessions = [
        # week of 16 Nov
        run(prev, status=DONE),
        run(prev + timedelta(days=1), status=SKIPPED),
        # a lift planned for Friday 20 Nov, done on Tuesday 24 Nov: still the week of 16 Nov, and "moved"
        lift(day(1), status=DONE, planned_day=prev + timedelta(days=4)),
        run(prev + timedelta(days=5)),  # Saturday 21 Nov, never marked
        # a run moved within its week and done: not a missed session, not a moved lift
        run(prev + timedelta(days=4), status=DONE, planned_day=prev + timedelta(days=3)),
        rest(prev + timedelta(days=6)),
        # planned 13 Nov, before the span, done on the span's first day: not counted
        run(prev, status=DONE, planned_day=prev - timedelta(days=3)),
        # week of 23 Nov
        run(MONDAY),  # passed, never marked
        run(day(1), status=DONE),
        run(today),  # today: not yet due
        # a lift planned for Saturday 28 Nov and moved to Monday 30 Nov, not done yet: not due
        lift(day(7), planned_day=day(5)),
        # next week: not shown
        run(day(8), status=DONE),
    ]
    weeks = adherence(sessions, span, today)
    assert weeks == [
        WeekAdherence(prev, planned=5, done=3, skipped=1, unmarked=1, moved_lifts=1),
        WeekAdherence(MONDAY, planned=4, done=1, skipped=0, unmarked=1, moved_lifts=0),
    ]
    assert weeks[0].rate == pytest.approx(3 / 5)
    assert weeks[1].rate == pytest.approx(1 / 2)


def test_adherence_rate_with_nothing_due() -> None:
    (only,) = adherence([run(day(3)), rest(day(0), status=DONE)], week(MONDAY), MONDAY)
    assert only == WeekAdherence(MONDAY, planned=1)
    assert only.rate is None


def test_adherence_with_sunday_weeks() -> None:
    sunday = day(-1)  # Sunday 22 Nov
    sessions = [run(sunday, status=DONE), run(day(6), status=SKIPPED)]  # Sundays 22 and 29 Nov
    mondays = adherence(sessions, week(MONDAY - timedelta(days=7), 2), day(10))
    assert [(w.start, w.done, w.skipped) for w in mondays] == [(day(-7), 1, 0), (MONDAY, 0, 1)]
    sundays = adherence(sessions, week(day(-8), 3), day(10), first_weekday=6)
    assert [(w.start, w.done, w.skipped) for w in sundays] == [(day(-8), 0, 0), (sunday, 1, 0), (day(6), 0, 1)]


def test_weekly_means_average_each_whole_week_by_kind() -> None:
    from planner.engine.progress import DayLoad, weekly_means

    days = tuple(DayLoad(day(i), run=70.0 if i == 0 else 0.0, lift=14.0, planned=7.0 * (i >= 7)) for i in range(16))
    means = weekly_means(days)
    assert [m.day for m in means] == [MONDAY, day(7)]  # the two whole weeks; the last two days are left out
    assert (means[0].run, means[0].lift, means[0].planned) == (10.0, 14.0, 0.0)
    assert (means[1].run, means[1].lift, means[1].planned) == (0.0, 14.0, 7.0)
