"""Personal records: which logged sets beat everything the runner had logged before (issue 6).

Two kinds, both per exercise:

- **e1RM**: the Epley estimated 1RM (DESIGN §4) of a set of 1-10 reps with a load, strictly above the
  best e1RM of every earlier such set. Epley, not the RIR table, so a record does not depend on how
  honestly RIR was logged, and sets past 10 reps are left out because the estimate drifts there.
- **reps at a load**: more reps at the same load (to 0.01 kg) than ever before.

A record needs something to beat: the first logged set of an exercise, and the first set at a new load,
set a baseline but are not records (otherwise every new exercise and every new load would light up).
Unlogged sets and sets without a load (bodyweight, 0 kg) are ignored. Within one session only its best
set per exercise (and per load) counts, measured against what came before the session, so five equal
working sets make one record, not five.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain.enums import MassUnit, Status
from planner.domain.session import LiftSet, Session
from planner.engine.plates import to_unit
from planner.engine.strength import Formula, e1rm

MAX_E1RM_REPS = 10  # DESIGN §4: Epley for r <= 10
# floats from SQL and from Python may differ in the last bit; a record must beat the old best by more
TOLERANCE = 1e-9


class RecordKind(StrEnum):
    E1RM = "e1rm"
    REPS = "reps"


def load_key(kg: float) -> int:
    """A load in hundredths of a kilogram, the key rep records compare by.

    ``int(kg * 100 + 0.5)`` is the same IEEE arithmetic SQLite does for ``CAST(kg * 100 + 0.5 AS INTEGER)``,
    so a load keyed in SQL and in Python always agrees (``round`` would round ties to even instead).
    """
    return int(kg * 100 + 0.5)


def set_e1rm(s: LiftSet) -> float | None:
    """The Epley e1RM of a logged set, or None when the set cannot be one (unlogged, no load, > 10 reps)."""
    reps, load = s.actual_reps, s.actual_load_kg
    if reps is None or load is None or load <= 0 or not 1 <= reps <= MAX_E1RM_REPS:
        return None
    return e1rm(load, reps, Formula.EPLEY)


@dataclass(frozen=True, slots=True)
class Bests:
    """The bests logged before some date: e1RM (kg) per exercise, most reps per (exercise, load key)."""

    e1rm: Mapping[int, float] = field(default_factory=dict)
    reps: Mapping[tuple[int, int], int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Record:
    """One record set in one session. ``value``/``previous`` are kg for e1RM and reps for rep records."""

    session_id: int
    exercise_id: int
    kind: RecordKind
    value: float
    previous: float
    load_kg: float | None = None  # the load of a rep record

    def describe(self, exercise_name: str, unit: MassUnit = MassUnit.KG) -> str:
        """Plain words: "Back squat: e1RM 112.5 kg (was 108.3)", "Back squat: 6 reps at 100 kg (was 5)"."""
        if self.kind is RecordKind.E1RM:
            now, was = _mass(self.value, unit), _mass(self.previous, unit)
            return f"{exercise_name}: e1RM {now} {unit.value} (was {was})"
        load = _mass(self.load_kg or 0.0, unit)
        return f"{exercise_name}: {int(self.value)} reps at {load} {unit.value} (was {int(self.previous)})"


def _mass(kg: float, unit: MassUnit) -> str:
    text = f"{to_unit(kg, unit):.1f}"
    return text.removesuffix(".0")


def wanted_loads(sessions: Iterable[Session]) -> dict[int, set[int]]:
    """Exercise id -> load keys of the logged, loaded sets: all the history a record check needs."""
    wanted: dict[int, set[int]] = {}
    for session in sessions:
        if session.status is not Status.DONE:
            continue
        for s in session.sets:
            if s.warmup:
                continue
            if s.actual_reps is not None and s.actual_reps > 0 and s.actual_load_kg and s.actual_load_kg > 0:
                wanted.setdefault(s.exercise_id, set()).add(load_key(s.actual_load_kg))
    return wanted


def find_records(sessions: Iterable[Session], before: Bests) -> list[Record]:
    """The records set in ``sessions`` against ``before`` (the bests up to the first of them).

    Sessions are taken in date order (then their order in the day), and each one's records raise the
    bar for the next, so a record on Monday can make Thursday's equal set no record at all.
    """
    best_e1rm = dict(before.e1rm)
    best_reps = dict(before.reps)
    found: list[Record] = []
    # only what was done counts: sets typed into a planned or skipped session are not yet (or never) lifted
    done = (s for s in sessions if s.id is not None and s.sets and s.status is Status.DONE)
    ordered = sorted(done, key=lambda s: (s.day, s.position, s.id or 0))
    for session in ordered:
        assert session.id is not None
        top_e1rm: dict[int, float] = {}
        top_reps: dict[tuple[int, int], tuple[int, float]] = {}
        for s in session.sets:
            if s.warmup:  # a warm-up prepares the record; it never is one
                continue
            if s.actual_reps is None or s.actual_reps <= 0 or not s.actual_load_kg or s.actual_load_kg <= 0:
                continue
            estimate = set_e1rm(s)
            if estimate is not None and estimate > top_e1rm.get(s.exercise_id, 0.0):
                top_e1rm[s.exercise_id] = estimate
            key = (s.exercise_id, load_key(s.actual_load_kg))
            if s.actual_reps > top_reps.get(key, (0, 0.0))[0]:
                top_reps[key] = (s.actual_reps, s.actual_load_kg)
        for exercise_id, value in top_e1rm.items():
            previous = best_e1rm.get(exercise_id)
            if previous is not None and value > previous + TOLERANCE:
                found.append(Record(session.id, exercise_id, RecordKind.E1RM, value, previous))
            best_e1rm[exercise_id] = max(value, previous or 0.0)
        for key, (reps, load) in top_reps.items():
            previous_reps = best_reps.get(key)
            if previous_reps is not None and reps > previous_reps:
                found.append(Record(session.id, key[0], RecordKind.REPS, reps, previous_reps, load))
            best_reps[key] = max(reps, previous_reps or 0)
    return found
