"""One session drawn as a card: icon, title, key numbers, status and time of day."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.domain.enums import DistanceUnit, SessionKind, Status
from planner.domain.formatting import format_distance, format_duration
from planner.domain.session import Session
from planner.ui.icons import kind_icon

STATUS_MARK = {Status.PLANNED: "Planned", Status.DONE: "✓ Done", Status.SKIPPED: "Skipped"}


def card_numbers(session: Session, unit: DistanceUnit = DistanceUnit.KM) -> str:
    """The card's second line: distance and duration for runs, focus and exercises for lifts."""
    parts: list[str] = []
    if session.kind is SessionKind.RUN:
        parts.append(format_distance(session.distance_m, unit))
    elif session.kind is SessionKind.LIFT and session.exercise_count:
        count = session.exercise_count
        parts.append(f"{count} exercise{'s' if count != 1 else ''}")
    parts.append(format_duration(session.duration_s))
    return " · ".join(p for p in parts if p)


def card_footer(session: Session) -> str:
    bits = [STATUS_MARK[session.status]]
    if session.time_of_day:
        bits.append(session.time_of_day.value)
    if session.moved and session.planned_day:
        bits.append(f"moved from {session.planned_day:%a}")
    return " · ".join(bits)


class SessionCard(QFrame):
    def __init__(self, session: Session, unit: DistanceUnit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("sessionCard")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # colours come from the application style sheet (ui/style.py), keyed on this property:
        # one sheet parsed once, not one per card
        self.setProperty("kind", session.kind.value)
        icon = QLabel()
        icon.setPixmap(kind_icon(session.kind).pixmap(QSize(18, 18)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(session.title)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        numbers = QLabel(card_numbers(session, unit))
        numbers.setObjectName("cardNumbers")
        footer = QLabel(card_footer(session))
        footer.setObjectName("cardFooter")
        small = footer.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.88))
        footer.setFont(small)
        if session.status is Status.SKIPPED:
            for label in (title, numbers):
                struck = label.font()
                struck.setStrikeOut(True)
                label.setFont(struck)

        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(title)
        if numbers.text():
            text.addWidget(numbers)
        text.addWidget(footer)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(6)
        row.addWidget(icon)
        row.addLayout(text, 1)
        tip = [session.title, card_numbers(session, unit), card_footer(session)]
        if session.notes:
            tip.append(session.notes)
        self.setToolTip("\n".join(t for t in tip if t))
