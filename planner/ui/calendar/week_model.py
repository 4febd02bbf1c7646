"""The week as a Qt item model: seven day rows, each holding its sessions as children.

A thin layer over a services.calendar.WeekPlan (one source of truth: the database). Drops are decoded in
dropMimeData and turned into *intent* signals; the controller applies them through undoable commands,
queued, so the model is never reset in the middle of the view's own drop handling.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.domain.dates import day_problem
from planner.domain.enums import DistanceUnit, MassUnit
from planner.domain.session import Session
from planner.domain.templates import TEMPLATES_BY_KEY
from planner.engine.split_rules import RuleWarning
from planner.services import profile
from planner.services.calendar import WeekPlan
from planner.ui.calendar.card_text import card_details, card_footer, card_numbers
from planner.ui.calendar.mime import (
    EXERCISES_MIME,
    GHOST_MIME,
    SESSIONS_MIME,
    TEMPLATE_MIME,
    exercise_ids_from,
    ghost_from,
    ghost_mime,
    session_ids_from,
    sessions_mime,
    template_key_from,
)

if TYPE_CHECKING:  # the engine is imported when suggestions (records) are first asked for, not at start-up
    from planner.engine.records import Record
    from planner.engine.suggestion import Suggestion

AnyIndex = QModelIndex | QPersistentModelIndex
DAY_ITEM = 0  # internal id of a day row; a session's internal id is its day row + 1


class Role(IntEnum):
    SESSION = Qt.ItemDataRole.UserRole + 1
    DAY = Qt.ItemDataRole.UserRole + 2
    WARNINGS = Qt.ItemDataRole.UserRole + 3
    IS_DAY = Qt.ItemDataRole.UserRole + 4
    GHOST = Qt.ItemDataRole.UserRole + 5  # a suggestion not yet accepted (engine.suggestion.Suggestion)
    PREVIEW = Qt.ItemDataRole.UserRole + 6  # the session a ghost would become, for painting
    RECORDS = Qt.ItemDataRole.UserRole + 7  # personal records set in the session (engine.records.Record)
    DETAILS = Qt.ItemDataRole.UserRole + 8  # lines a wide card has room for: exercises, pace (card_text)


class WeekModel(QAbstractItemModel):
    create_requested = Signal(str, object, int)  # template key, day, position
    move_requested = Signal(list, object, int)  # session ids, day, final position
    copy_requested = Signal(list, object, int)
    add_exercises_requested = Signal(int, list)  # lift session id, exercise ids
    accept_requested = Signal(object, object)  # a suggestion dragged to a day: Suggestion, day

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: WeekPlan | None = None
        self.past_before: date | None = None  # sessions before this day are past: one still planned is not logged
        self.distance_unit = DistanceUnit.KM
        self.mass_unit = MassUnit.KG
        self._days: tuple[date, ...] = ()
        self._by_day: list[list[Session]] = []
        # suggestions shown as ghost cards after each day's own sessions; never in the database
        self._ghosts: list[Suggestion] = []
        self._ghosts_by_day: list[list[tuple[Suggestion, Session]]] = []

    # ---- loading
    def load(self, plan: WeekPlan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.mass_unit = profile.current().mass_unit
        self._days = plan.week.days
        self._by_day = [list(plan.week.on(day)) for day in self._days]
        self._place_ghosts()
        self.endResetModel()

    def set_ghosts(self, suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        self._ghosts = list(suggestions)
        self._place_ghosts()
        self.endResetModel()

    @property
    def ghosts(self) -> list[Suggestion]:
        return list(self._ghosts)

    def _place_ghosts(self) -> None:
        self._ghosts = [g for g in self._ghosts if g.day in self._days]
        self._ghosts_by_day = [[(g, g.as_session()) for g in self._ghosts if g.day == day] for day in self._days]

    def ghost_at(self, index: AnyIndex) -> Suggestion | None:
        if not index.isValid() or index.internalId() == DAY_ITEM:
            return None
        day_row = index.internalId() - 1
        offset = index.row() - len(self._by_day[day_row])
        return self._ghosts_by_day[day_row][offset][0] if offset >= 0 else None

    def ghost_index(self, ghost: Suggestion) -> QModelIndex:
        for day_row, ghosts in enumerate(self._ghosts_by_day):
            for offset, (g, _) in enumerate(ghosts):
                if g is ghost:
                    return self.index(len(self._by_day[day_row]) + offset, 0, self.index(day_row, 0))
        return QModelIndex()

    @property
    def days(self) -> tuple[date, ...]:
        return self._days

    def day_index(self, day: date) -> QModelIndex:
        try:
            return self.index(self._days.index(day), 0)
        except ValueError:
            return QModelIndex()

    def session_index(self, session_id: int) -> QModelIndex:
        for day_row, todays in enumerate(self._by_day):
            for row, session in enumerate(todays):
                if session.id == session_id:
                    return self.index(row, 0, self.index(day_row, 0))
        return QModelIndex()

    def session_at(self, index: AnyIndex) -> Session | None:
        if not index.isValid() or index.internalId() == DAY_ITEM:
            return None
        todays = self._by_day[index.internalId() - 1]
        return todays[index.row()] if index.row() < len(todays) else None

    def records_for(self, session_id: int | None) -> tuple[Record, ...]:
        if self.plan is None or session_id is None:
            return ()
        return self.plan.records.get(session_id, ())

    def warnings_for(self, session_id: int | None) -> tuple[RuleWarning, ...]:
        if self.plan is None or session_id is None:
            return ()
        return self.plan.warnings.get(session_id, ())

    # ---- structure
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, DAY_ITEM) if row < len(self._days) else QModelIndex()
        if parent.internalId() != DAY_ITEM or row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == DAY_ITEM:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, DAY_ITEM)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._days)
        if parent.column() != 0 or parent.internalId() != DAY_ITEM:
            return 0
        return len(self._by_day[parent.row()]) + len(self._ghosts_by_day[parent.row()])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    # ---- data
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == DAY_ITEM:
            day = self._days[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{day:%a %d %b}"
            if role == Role.DAY:
                return day
            if role == Role.IS_DAY:
                return True
            return None
        ghost = self.ghost_at(index)
        if ghost is not None:
            return self._ghost_data(index, ghost, role)
        session = self._by_day[index.internalId() - 1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return session.title
        if role == Role.SESSION:
            return session
        if role == Role.DAY:
            return session.day
        if role == Role.IS_DAY:
            return False
        if role == Role.WARNINGS:
            return self.warnings_for(session.id)
        if role == Role.RECORDS:
            return self.records_for(session.id)
        if role == Role.DETAILS:
            return self.details(session)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(session)
        return None

    def _ghost_data(self, index: AnyIndex, ghost: Suggestion, role: int) -> object:
        day_row = index.internalId() - 1
        preview = self._ghosts_by_day[day_row][index.row() - len(self._by_day[day_row])][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Suggested: {preview.title}"
        if role == Role.GHOST:
            return ghost
        if role == Role.PREVIEW:
            return preview
        if role == Role.DAY:
            return ghost.day
        if role == Role.IS_DAY:
            return False
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"Suggested: {preview.title} ({ghost.timing.label})"]
            lines += [f"• {reason}" for reason in ghost.reasons]
            if ghost.alternatives:
                lines.append("Also fine: " + ", ".join(f"{d:%A}" for d in ghost.alternatives))
            lines.append("Enter or double-click accepts; Delete dismisses.")
            return "\n".join(lines)
        return None

    def details(self, session: Session) -> list[tuple[str, str]]:
        names = self.plan.exercise_names if self.plan is not None else {}
        return card_details(session, names, self.distance_unit, self.mass_unit)

    def _tooltip(self, session: Session) -> str:
        # the card's every word, whole: a narrow card may elide a line but never hides it from here
        lines = [session.title, card_numbers(session, self.distance_unit)]
        lines += [f"  {words} {figures}".rstrip() for words, figures in self.details(session)]
        footer = card_footer(session, self.past_before is not None and session.day < self.past_before)
        if footer:
            lines.append(footer)
        if session.moved and session.planned_day:
            lines.append(f"Planned for {session.planned_day:%A %d %b}")
        if session.notes:
            lines.append(session.notes)
        if self.plan is not None and session.id is not None:
            lines.extend(f"PR  {text}" for text in self.plan.record_texts.get(session.id, ()))
        warnings = self.warnings_for(session.id)
        if warnings and self.plan is not None:
            lines.extend(f"⚠ {w.message}" for w in warnings)
            fine = self.plan.fine_days_for(session)
            lines.append("Fine days this week: " + (", ".join(f"{d:%a}" for d in fine) or "none"))
        return "\n".join(lines)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == DAY_ITEM:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if self.ghost_at(index) is not None:  # a dashed card can be dragged to another day, which accepts it there
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        session = self.session_at(index)
        if session is not None and session.lift is not None:
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # exercises from the library land on lift cards
        return flags

    # ---- drag and drop
    def mimeTypes(self) -> list[str]:
        return [SESSIONS_MIME, TEMPLATE_MIME, EXERCISES_MIME, GHOST_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ghosts = [g for g in (self.ghost_at(i) for i in indexes) if g is not None]
        if ghosts and self._days:  # one dashed card at a time: it is accepted where it lands
            ghost = ghosts[0]
            return ghost_mime(self._ghosts.index(ghost), self._days[0].isoformat(), ghost.as_session().title)
        chosen = [s for s in (self.session_at(i) for i in indexes) if s is not None and s.id is not None]
        chosen.sort(key=lambda s: (s.day, s.position))
        return sessions_mime([s.id for s in chosen if s.id is not None], [s.title for s in chosen])

    def drop_target(self, row: int, parent: AnyIndex) -> tuple[date, int] | None:
        """(day, row within that day) for a drop at ``row`` under ``parent``; row -1 means the end."""
        if not parent.isValid():
            return None
        if parent.internalId() != DAY_ITEM:  # dropped onto a card: insert before it (ghosts come last)
            todays = self._by_day[parent.internalId() - 1]
            return self._days[parent.internalId() - 1], min(parent.row(), len(todays))
        todays = self._by_day[parent.row()]
        return self._days[parent.row()], len(todays) if row < 0 else min(row, len(todays))

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        place = self.drop_target(row, parent)
        if place is None or day_problem(place[0]) is not None:  # 1-5 Jan 2200 are shown, never stored
            return False
        if action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        if exercise_ids_from(data):
            target = self.session_at(parent)
            return target is not None and target.lift is not None
        if self.ghost_dropped(data) is not None:
            return action == Qt.DropAction.MoveAction or action == Qt.DropAction.CopyAction
        return bool(session_ids_from(data)) or template_key_from(data) in TEMPLATES_BY_KEY

    def ghost_dropped(self, data: QMimeData) -> Suggestion | None:
        """The suggestion a drag carries, if it is one shown in this very week."""
        found = ghost_from(data)
        if found is None or not self._days or found[1] != self._days[0].isoformat():
            return None
        index = found[0]
        return self._ghosts[index] if 0 <= index < len(self._ghosts) else None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.drop_target(row, parent)
        assert target is not None
        day, position = target
        exercise_ids = exercise_ids_from(data)
        if exercise_ids:
            lift = self.session_at(parent)
            assert lift is not None and lift.id is not None
            self.add_exercises_requested.emit(lift.id, exercise_ids)
            return True
        key = template_key_from(data)
        if key is not None:
            self.create_requested.emit(key, day, position)
            return True
        ghost = self.ghost_dropped(data)
        if ghost is not None:
            self.accept_requested.emit(ghost, day)
            return True
        ids = session_ids_from(data)
        if action == Qt.DropAction.CopyAction:
            self.copy_requested.emit(ids, day, position)
            return True
        # the position is where the block lands once it has left its old place
        todays = self._by_day[self._days.index(day)]
        moving_above = sum(1 for row_, s in enumerate(todays) if s.id in ids and row_ < position)
        self.move_requested.emit(ids, day, position - moving_above)
        return True
