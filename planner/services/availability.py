"""Days the runner cannot train: single dates marked in the window, and weekdays the usual week rules out."""

from __future__ import annotations

import json
from datetime import date, timedelta

from planner.services import app_settings
from planner.store import settings_rows
from planner.store.transaction import transaction

UNAVAILABLE_KEY = "unavailable_days"


def marked() -> frozenset[date]:
    """The single dates marked unavailable (an unreadable stored value reads as none)."""
    stored = settings_rows.get_flag(UNAVAILABLE_KEY)
    if not stored:
        return frozenset()
    try:
        return frozenset(date.fromisoformat(d) for d in json.loads(stored))
    except (TypeError, ValueError):
        return frozenset()


def unavailable_between(start: date, end: date) -> frozenset[date]:
    """Every unavailable day from ``start`` to ``end``: the marked dates and the usual week's days off."""
    weekdays = app_settings.usual_week().unavailable
    span = [start + timedelta(days=n) for n in range((end - start).days + 1)] if end >= start else []
    return frozenset(d for d in span if d.weekday() in weekdays) | frozenset(d for d in marked() if start <= d <= end)


def is_marked(day: date) -> bool:
    return day in marked()


def set_unavailable(day: date, unavailable: bool) -> None:
    days = set(marked())
    if unavailable:
        days.add(day)
    else:
        days.discard(day)
    with transaction():
        if days:
            settings_rows.set_flag(UNAVAILABLE_KEY, json.dumps(sorted(d.isoformat() for d in days)))
        else:  # the last one cleared: no row, so undoing a first mark leaves the file as it was
            settings_rows.delete_flag(UNAVAILABLE_KEY)
