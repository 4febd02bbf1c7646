"""Frozen value types whose methods are written in the source, not generated when the module loads.

A ``@dataclass(frozen=True, slots=True)`` compiles six methods when its class is made (Python 3.11 compiles
each on its own): 0.5-1.4 ms a class, 8.7 ms of CPU for the 13 types the window needs before its first
paint, about 4 % of the start (issue 21). A record is still a dataclass to everything that reads one
(``dataclasses.replace``, ``fields``, ``asdict``, ``match``), but asks ``dataclass`` for nothing it would
compile: the class writes its own ``__init__`` (``object.__setattr__`` per field, as a frozen dataclass
does), and :class:`Record` gives equality, hashing, ``repr`` and immutability from the field names, read
once per class. ``record`` refuses a class whose ``__init__`` does not take its fields in order, so the
two lists cannot drift apart; tests/unit/test_record.py checks the defaults and the behaviour against a
generated dataclass of the same fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import Any, ClassVar, TypeVar, cast, dataclass_transform

__all__ = ["Record", "record"]

R = TypeVar("R", bound="Record")

_set = object.__setattr__


class Record:
    """Equality and hashing by the compared fields, a dataclass-style ``repr``, no assignment after ``__init__``.

    The readers are called on the class: a plain function read through an instance would be bound to it.
    """

    __slots__ = ()
    _compared: ClassVar[Callable[[Any], tuple[object, ...]]]
    _shown: ClassVar[tuple[str, ...]]
    _names: ClassVar[tuple[str, ...]]

    def __eq__(self, other: object) -> bool:
        kind = self.__class__
        if other.__class__ is kind:
            return kind._compared(self) == kind._compared(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.__class__._compared(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    # copy and pickle set fields through these, as a frozen dataclass's do
    def __getstate__(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._names)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip(self._names, state, strict=True):
            _set(self, name, value)


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: type[R]) -> type[R]:
    """Make ``cls`` (a :class:`Record` with its own ``__init__``) a slotted dataclass without generated code."""
    made = dataclasses.dataclass(init=False, repr=False, eq=False, slots=True)(cls)
    every = dataclasses.fields(cast(Any, made))
    names = tuple(f.name for f in every)
    code = made.__init__.__code__
    if not issubclass(made, Record):
        raise TypeError(f"{cls.__qualname__}: a record derives from Record, which gives it equality and immutability")
    if code.co_varnames[1 : code.co_argcount] != names:
        raise TypeError(f"{cls.__qualname__}: a record's __init__ takes its fields in order: {', '.join(names)}")
    compared = tuple(f.name for f in every if f.compare)
    made._names = names
    made._shown = tuple(f.name for f in every if f.repr)
    made._compared = _values(compared)
    return made


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[object, ...]]:
    """A field-values reader that always returns a tuple (``attrgetter`` of one name returns the bare value)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        (name,) = names
        return lambda obj: (getattr(obj, name),)
    return attrgetter(*names)
