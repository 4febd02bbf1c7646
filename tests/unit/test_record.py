"""Records (planner.domain.record) behave as the frozen slotted dataclasses they replace, and the start needs no other.

The expected behaviour is a dataclass's, as Python documents it (the ``dataclasses`` module): each record is
compared with a ``@dataclass(frozen=True, slots=True)`` twin made from the same fields.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import inspect
import pickle
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner.config import Paths
from planner.domain.checkin import CheckIn
from planner.domain.enums import Intensity, LiftFocus, RacePriority, RunType, SessionKind
from planner.domain.profile import Profile, Race
from planner.domain.record import Record, record
from planner.domain.session import LiftDetails, LiftSet, RunDetails, Session
from planner.domain.templates import SessionTemplate
from planner.domain.usual_week import UsualRun, UsualWeek
from planner.domain.week import Week
from planner.services.changes import Changes
from tests.unit.start_probe import run_probe

DAY = date(2026, 3, 2)

# one value of each record with every field set away from its default where it can be
EXAMPLES: list[Record] = [
    Paths(Path("/data/runlift")),
    CheckIn(DAY, 7.5, sleep_quality=4, soreness_legs=2, energy=4, body_mass_kg=61.0, resting_hr=48, note="ok", id=3),
    RunDetails(RunType.TEMPO, distance_m=8000.0, avg_hr=160, planned_distance_m=8500.0),
    LiftDetails(LiftFocus.LOWER, Intensity.HEAVY),
    LiftSet(4, set_number=2, target_reps=5, target_load_kg=60.0, actual_reps=5, id=9, warmup=True),
    Session(DAY, SessionKind.LIFT, lift=LiftDetails(), sets=(LiftSet(1),), notes="legs", id=12),
    SessionTemplate("easy", SessionKind.RUN, run_type=RunType.EASY, distance_m=6000.0),
    Profile(sessions_per_week=3, first_weekday=6, body_mass_kg=70.0),
    Race(DAY, "Spring 10k", 10000.0, RacePriority.B, id=1),
    Week((DAY,), (Session(DAY, SessionKind.REST),)),
    UsualRun(RunType.LONG, 18000.0),
    UsualWeek(unavailable=frozenset({4})),
    Changes(days=frozenset({DAY}), races=True, label="moved"),
]


def twin_class(cls: type) -> type:
    """A generated frozen slotted dataclass with ``cls``'s fields, name and qualified name."""
    spec = [(f.name, f.type, f) for f in dataclasses.fields(cls)]
    twin = dataclasses.make_dataclass(cls.__name__, spec, frozen=True, slots=True)
    twin.__qualname__ = cls.__qualname__
    return twin


def twin_of(value: Record) -> Any:
    return twin_class(type(value))(**{f.name: getattr(value, f.name) for f in dataclasses.fields(value)})


def test_every_record_of_the_app_is_in_the_examples() -> None:
    def every(cls: type) -> set[type]:
        return {cls, *(c for sub in cls.__subclasses__() for c in every(sub))}

    assert {type(value) for value in EXAMPLES} >= every(Record) - {Record}


@pytest.mark.parametrize("value", EXAMPLES, ids=lambda v: type(v).__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(value: Record) -> None:
    params = list(inspect.signature(type(value).__init__).parameters.values())[1:]
    fields = dataclasses.fields(value)
    assert [p.name for p in params] == [f.name for f in fields]
    for param, f in zip(params, fields, strict=True):
        if f.default_factory is not dataclasses.MISSING:  # None stands for "a new one each time"
            assert param.default is None
            made = type(value)()
            assert getattr(made, f.name) == f.default_factory()
            assert getattr(made, f.name) is not getattr(type(value)(), f.name)
        elif f.default is dataclasses.MISSING:
            assert param.default is inspect.Parameter.empty, f.name
        else:
            assert param.default == f.default, f.name
            assert type(param.default) is type(f.default), f.name


@pytest.mark.parametrize("value", EXAMPLES, ids=lambda v: type(v).__name__)
def test_init_declares_each_field_as_the_field_does(value: Record) -> None:
    """mypy checks calls against the written ``__init__``: its annotations must be the fields' own."""
    params = inspect.signature(type(value).__init__).parameters
    for f in dataclasses.fields(value):
        declared = f.type if f.default_factory is dataclasses.MISSING else f"{f.type} | None"  # None: a new one
        assert params[f.name].annotation == declared, f.name


@pytest.mark.parametrize("value", EXAMPLES, ids=lambda v: type(v).__name__)
def test_init_stores_each_argument_in_its_own_field(value: Record) -> None:
    cls = type(value)
    given = {f.name: object() for f in dataclasses.fields(value)}  # one distinct value per field
    made = cls.__new__(cls)
    with contextlib.suppress(ValueError, TypeError, AttributeError):  # the checks after the fields reject them
        made.__init__(**given)
    assert {name: getattr(made, name) for name in given} == given


@pytest.mark.parametrize("value", EXAMPLES, ids=lambda v: type(v).__name__)
def test_a_record_behaves_as_its_generated_twin(value: Record) -> None:
    twin = twin_of(value)
    assert repr(value) == repr(twin)
    assert value == dataclasses.replace(value)
    assert value is not dataclasses.replace(value)
    assert dataclasses.asdict(value) == dataclasses.asdict(twin)
    assert type(value).__match_args__ == type(twin).__match_args__
    assert not hasattr(value, "__dict__")  # slotted
    if not isinstance(value, UsualWeek):  # a dict field is not hashable, as the twin's
        assert hash(value) == hash(dataclasses.replace(value))
    assert value != twin
    assert twin != value
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value
    assert pickle.loads(pickle.dumps(value)) == value


@pytest.mark.parametrize("value", EXAMPLES, ids=lambda v: type(v).__name__)
def test_every_compared_field_takes_part_in_equality(value: Record) -> None:
    for f in dataclasses.fields(value):
        changed = copy.copy(value)
        object.__setattr__(changed, f.name, object())  # past the record's guard, straight to the slot
        assert (changed == value) is (not f.compare), f.name


def test_records_are_frozen() -> None:
    session = Session(DAY, SessionKind.REST)
    with pytest.raises(dataclasses.FrozenInstanceError):
        session.notes = "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del session.notes
    with pytest.raises(AttributeError):
        object.__setattr__(session, "extra", 1)  # no instance dictionary to hide a new field in
    assert session.notes == ""


def test_a_field_left_out_of_the_comparison_is_neither_compared_nor_hashed() -> None:
    assert Changes(races=True, label="a") == Changes(races=True, label="b")
    assert hash(Changes(races=True, label="a")) == hash(Changes(races=True, label="b"))
    assert Changes(races=True) != Changes(profile=True)


def test_checks_run_on_replace_as_they_did_in_post_init() -> None:
    rest = Session(DAY, SessionKind.REST)
    with pytest.raises(ValueError, match="run details"):
        dataclasses.replace(rest, kind=SessionKind.RUN)
    with pytest.raises(ValueError, match="1 to 3"):
        dataclasses.replace(Profile(), sessions_per_week=4)
    with pytest.raises(ValueError, match="weekdays"):
        UsualWeek(unavailable=frozenset({7}))


def test_a_match_statement_reads_the_fields_in_order() -> None:
    match Race(DAY, "Spring 10k", 10000.0):
        case Race(day, name, distance):
            assert (day, name, distance) == (DAY, "Spring 10k", 10000.0)
        case _:
            pytest.fail("no match")


def test_record_refuses_an_init_that_does_not_take_the_fields_in_order() -> None:
    with pytest.raises(TypeError, match="in order: low, high"):

        @record
        class Swapped(Record):
            low: int
            high: int

            def __init__(self, high: int, low: int) -> None:
                object.__setattr__(self, "low", low)
                object.__setattr__(self, "high", high)

    with pytest.raises(TypeError, match="in order: low"):

        @record
        class Missing(Record):
            low: int

            def __init__(self) -> None:
                object.__setattr__(self, "low", 0)


def test_record_refuses_a_class_that_is_not_a_record() -> None:
    with pytest.raises(TypeError, match="derives from Record"):

        @record
        class Plain:
            low: int

            def __init__(self, low: int) -> None:
                self.low = low


def test_a_record_with_no_fields_compares_and_hashes() -> None:
    @record
    class Nothing(Record):
        def __init__(self) -> None:
            pass

    assert Nothing() == Nothing()
    assert hash(Nothing()) == hash(())
    assert repr(Nothing()).endswith("Nothing()")


# lists every dataclass defined in a module the start loaded that is not a record; exits at the first paint
PROBE = """
import atexit, dataclasses, runpy, sys
def generated():
    from planner.domain.record import Record
    found = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("planner") or module is None:
            continue
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == name and dataclasses.is_dataclass(value):
                if not issubclass(value, Record):
                    found.add(f"{name}.{value.__qualname__}")
    print("generated:", " ".join(sorted(found)))
atexit.register(generated)
sys.argv = ["planner", "--data-dir", sys.argv[1]]
runpy.run_module("planner", run_name="__main__")
"""


def test_the_start_makes_no_generated_dataclass_before_the_first_paint(tmp_path: Path) -> None:
    done = run_probe(PROBE, tmp_path)
    assert "first-paint" in done.stdout  # the whole start, up to the window's first paint, was seen
    generated = done.stdout.splitlines()[-1].removeprefix("generated:").split()
    assert generated == [], "make these records (planner/domain/record.py) or load them after the first paint"
