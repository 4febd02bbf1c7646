"""Personal records from logged sets, with hand-worked Epley values (w(1 + r/30); one rep is the weight)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from planner.domain.enums import MassUnit, Status
from planner.domain.session import LiftSet, Session
from planner.engine.records import Bests, Record, RecordKind, find_records, load_key, set_e1rm, wanted_loads
from tests.helpers import MONDAY, lift

SQUAT, ROW = 1, 2


def done(exercise_id: int, reps: int | None, kg: float | None) -> LiftSet:
    return LiftSet(exercise_id=exercise_id, target_reps=5, actual_reps=reps, actual_load_kg=kg)


def session(session_id: int, days: int, *sets: LiftSet, position: int = 0, status: Status = Status.DONE) -> Session:
    return replace(lift(MONDAY + timedelta(days=days), sets=sets), id=session_id, position=position, status=status)


def test_epley_of_100_kg_for_5_is_116_67() -> None:
    assert set_e1rm(done(SQUAT, 5, 100.0)) == pytest.approx(116.6667, abs=1e-4)
    assert set_e1rm(done(SQUAT, 1, 140.0)) == 140.0  # one rep is the weight itself


def test_sets_that_cannot_estimate_a_1rm_are_left_out() -> None:
    assert set_e1rm(done(SQUAT, None, 100.0)) is None  # not logged
    assert set_e1rm(done(SQUAT, 5, 0.0)) is None  # bodyweight
    assert set_e1rm(done(SQUAT, 5, None)) is None
    assert set_e1rm(done(SQUAT, 11, 60.0)) is None  # Epley only up to 10 reps


def test_the_first_logged_set_of_an_exercise_is_no_record() -> None:
    assert find_records([session(1, 0, done(SQUAT, 5, 100.0))], Bests()) == []


def test_a_heavier_set_beats_the_earlier_best_e1rm() -> None:
    before = Bests(e1rm={SQUAT: 110.0})
    found = find_records([session(1, 0, done(SQUAT, 5, 100.0))], before)
    assert found == [Record(1, SQUAT, RecordKind.E1RM, pytest.approx(116.6667, abs=1e-4), 110.0)]
    assert found[0].describe("Back squat") == "Back squat: e1RM 116.7 kg (was 110)"


def test_equalling_the_best_is_no_record() -> None:
    before = Bests(e1rm={SQUAT: 100.0 * (1 + 5 / 30)}, reps={(SQUAT, load_key(100.0)): 5})
    assert find_records([session(1, 0, done(SQUAT, 5, 100.0))], before) == []


def test_an_earlier_record_in_the_week_raises_the_bar_for_a_later_session() -> None:
    before = Bests(e1rm={SQUAT: 110.0})
    # given out of order on purpose: Thursday's equal set comes after Monday's record
    thursday = session(2, 3, done(SQUAT, 5, 100.0))
    monday = session(1, 0, done(SQUAT, 5, 100.0))
    wednesday = session(3, 2, done(SQUAT, 3, 110.0))  # 121.0: beats Monday's 116.67
    found = find_records([thursday, wednesday, monday], before)
    assert [(r.session_id, round(r.value, 2), round(r.previous, 2)) for r in found] == [
        (1, 116.67, 110.0),
        (3, 121.0, 116.67),
    ]


def test_same_day_sessions_count_in_their_order() -> None:
    before = Bests(e1rm={SQUAT: 110.0})
    second = session(7, 0, done(SQUAT, 5, 100.0), position=1)
    first = session(9, 0, done(SQUAT, 5, 100.0), position=0)
    assert [r.session_id for r in find_records([second, first], before)] == [9]


def test_more_reps_at_the_same_load_is_a_rep_record() -> None:
    before = Bests(e1rm={SQUAT: 200.0}, reps={(SQUAT, load_key(80.0)): 6})
    found = find_records([session(1, 0, done(SQUAT, 8, 80.0), done(SQUAT, 7, 80.0))], before)
    assert found == [Record(1, SQUAT, RecordKind.REPS, 8, 6, 80.0)]
    assert found[0].describe("Back squat") == "Back squat: 8 reps at 80 kg (was 6)"
    assert found[0].describe("Back squat", MassUnit.LB) == "Back squat: 8 reps at 176.4 lb (was 6)"


def test_reps_at_a_new_load_or_another_exercise_are_no_rep_record() -> None:
    before = Bests(e1rm={SQUAT: 200.0, ROW: 200.0}, reps={(SQUAT, load_key(80.0)): 6})
    week = [session(1, 0, done(SQUAT, 9, 82.5), done(ROW, 9, 80.0))]
    assert find_records(week, before) == []


def test_loads_compare_to_a_hundredth_of_a_kilogram() -> None:
    lb_bar = 135 * 0.45359237  # 61.2349... kg: 135 lb typed in pounds, stored in kilograms
    before = Bests(e1rm={SQUAT: 500.0}, reps={(SQUAT, load_key(61.23)): 5})
    found = find_records([session(1, 0, done(SQUAT, 6, lb_bar))], before)
    assert [(r.kind, r.value) for r in found] == [(RecordKind.REPS, 6)]
    assert load_key(lb_bar) == load_key(61.23) == 6123
    assert load_key(100.0) != load_key(100.01)


def test_unlogged_and_unloaded_sets_are_ignored() -> None:
    before = Bests(e1rm={SQUAT: 50.0}, reps={(SQUAT, 0): 5})
    week = [session(1, 0, done(SQUAT, None, 100.0), done(SQUAT, 20, 0.0), replace(done(SQUAT, 5, None)))]
    assert find_records(week, before) == []
    assert wanted_loads(week) == {}


def test_one_record_per_exercise_and_kind_per_session() -> None:
    before = Bests(e1rm={SQUAT: 100.0}, reps={(SQUAT, load_key(100.0)): 3})
    sets = [done(SQUAT, 5, 100.0) for _ in range(5)]
    found = find_records([session(1, 0, *sets)], before)
    assert sorted(r.kind for r in found) == [RecordKind.E1RM, RecordKind.REPS]
    assert wanted_loads([session(1, 0, *sets)]) == {SQUAT: {10000}}


def test_a_lift_with_more_than_ten_reps_can_still_set_a_rep_record() -> None:
    before = Bests(e1rm={SQUAT: 500.0}, reps={(SQUAT, load_key(40.0)): 12})
    found = find_records([session(1, 0, done(SQUAT, 15, 40.0))], before)
    assert [(r.kind, r.value, r.previous) for r in found] == [(RecordKind.REPS, 15, 12)]


@pytest.mark.parametrize("status", [Status.PLANNED, Status.SKIPPED])
def test_sets_typed_into_a_session_not_done_make_no_record(status: Status) -> None:
    before = Bests(e1rm={SQUAT: 110.0}, reps={(SQUAT, load_key(100.0)): 3})
    sessions = [session(1, 0, done(SQUAT, 5, 100.0), status=status)]
    assert find_records(sessions, before) == []
    assert wanted_loads(sessions) == {}  # and no history is read for them
