"""Typed bridges between Qt's values and Python's: dates and key sequences.

PySide6 types ``QDate.toPython()`` as ``object`` and has no overload for a ``datetime.date``; these say
what they return, so the type checker can follow dates through the UI.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateEdit

from planner.domain.dates import EARLIEST_DAY, LATEST_DAY


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def kept_dates_only(edit: QDateEdit) -> QDateEdit:
    """The box takes only the dates Runlift keeps (Qt's own run 1752 to 9999): a race or week past 2199
    would be stored where a restore refuses it, or leave Python's dates."""
    edit.setDateRange(to_qdate(EARLIEST_DAY), to_qdate(LATEST_DAY))
    return edit


Keys = QKeySequence | QKeySequence.StandardKey | str


def standard_bindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's keys for a standard action; the one place they are asked for, so a test can give
    another platform's (they differ: Delete is also Ctrl+D on Linux, Undo also Alt+Backspace on Windows)."""
    return QKeySequence.keyBindings(key)


def key_list(*keys: Keys) -> list[QKeySequence]:
    """Every binding of ``keys`` once, in order: a standard key that is already one of the others (Redo is
    Ctrl+Shift+Z on Linux) would make the shortcut ambiguous, and Qt would fire neither."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        bindings = standard_bindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        for binding in bindings:
            if not binding.isEmpty():
                found.setdefault(binding.toString(), binding)
    return list(found.values())
