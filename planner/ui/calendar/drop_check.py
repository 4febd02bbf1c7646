"""Before a drop is released: which of the planner's rules it would break (engine.split_rules.drop_warnings),
for the sessions, palette template or suggestion being dragged over a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QMimeData

from planner.domain.session import Session
from planner.domain.templates import TEMPLATES_BY_KEY
from planner.engine.split_rules import RuleWarning, drop_warnings
from planner.services import sessions
from planner.services.calendar import WeekPlan
from planner.services.errors import NotFoundError
from planner.ui.calendar.mime import session_ids_from, template_key_from
from planner.ui.calendar.week_model import WeekModel


def dragged_sessions(plan: WeekPlan, model: WeekModel, data: QMimeData, day: date) -> list[Session]:
    """What the drag carries, already on ``day``: saved sessions keep their ids, new ones have none."""
    key = template_key_from(data)
    if key is not None and key in TEMPLATES_BY_KEY:
        return [TEMPLATES_BY_KEY[key].session_on(day)]
    ghost = model.ghost_dropped(data)
    if ghost is not None:
        return [replace(ghost.as_session(), day=day, id=None)]
    known = {s.id: s for s in (*plan.context, *plan.week.sessions)}  # the week's own carry their sets
    ids = session_ids_from(data)
    for missing in (i for i in ids if i not in known):  # from another week of the four-week overview
        try:
            known[missing] = sessions.get(missing)
        except NotFoundError:
            continue
    return [replace(known[i], day=day) for i in ids if i in known]


def check_drop(plan: WeekPlan, model: WeekModel, data: QMimeData, day: date, copies: bool) -> list[RuleWarning]:
    placed = dragged_sessions(plan, model, data, day)
    if not placed:
        return []
    return drop_warnings(placed, plan.context, plan.races, copies=copies)
