"""The week, four weeks and a lift's workout card on paper: painted with QPainter onto a printer or a PDF (QPdfWriter),
so Print and Export PDF draw the very same page.

A week is one landscape page: seven columns, each day's sessions with their numbers and details whole
(paper has no tooltip, so nothing is elided: long lines wrap). A workout card is one portrait page to take
to the gym: each exercise with its sets as planned and an empty box per set for what was done.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from planner.domain.enums import DistanceUnit, MassUnit
from planner.domain.session import LiftSet, Session
from planner.domain.units import format_mass
from planner.services.calendar import WeekPlan
from planner.ui.calendar.card_text import card_details, card_footer, card_numbers
from planner.ui.look.session_colors import accent

Draw = Callable[[QPainter, QRect], None]
MARGIN_MM = 12.0
INK = QColor("#1d1d1f")  # paper is white whatever the screen's theme
FAINT = QColor("#8a8f98")


def export_pdf(path: Path, draw: Draw, landscape: bool, title: str) -> None:
    """Write one A4 page drawn by ``draw`` to ``path``."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Runlift")
    writer.setResolution(150)
    paint_page(writer, draw, landscape)


def paint_page(device: QPagedPaintDevice, draw: Draw, landscape: bool) -> None:
    """Set A4 with margins on ``device`` (a QPdfWriter or a QPrinter) and paint the page."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(device)
    try:
        area = device.pageLayout().paintRectPixels(device.logicalDpiX())
        draw(painter, QRect(0, 0, area.width(), area.height()))
    finally:
        painter.end()


def _font(painter: QPainter, points: float, bold: bool = False) -> QFontMetrics:
    font = QFont(painter.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    painter.setFont(font)
    return QFontMetrics(font, painter.device())


def _text(painter: QPainter, x: int, y: int, width: int, text: str, flags: int = 0) -> int:
    """Draw wrapped ``text`` at (x, y) within ``width``; returns the height used."""
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap) | flags
    box = painter.boundingRect(QRect(x, y, width, 100_000), wrap, text)
    painter.drawText(QRect(x, y, width, box.height()), wrap, text)
    return box.height()


def week_painter(
    plan: WeekPlan, distance_unit: DistanceUnit = DistanceUnit.KM, mass_unit: MassUnit = MassUnit.KG
) -> Draw:
    """The week as one page: the dates as a title, then a column a day with every session written out."""

    def draw(painter: QPainter, page: QRect) -> None:
        days = plan.week.days
        painter.setPen(INK)
        title = _font(painter, 16, bold=True)
        painter.drawText(page.left(), page.top() + title.ascent(), f"{days[0]:%d %b} – {days[-1]:%d %b %Y}")
        top = page.top() + title.height() + title.height() // 2
        gap = max(6, page.width() // 150)
        width = (page.width() - 6 * gap) // 7
        races = {r.day: r for r in plan.races}
        for column, day in enumerate(days):
            x = page.left() + column * (width + gap)
            painter.setPen(QPen(FAINT, 1))
            painter.drawRect(QRect(x, top, width, page.bottom() - top))
            painter.setPen(INK)
            pad = gap
            y = top + pad
            head = _font(painter, 10, bold=True)
            y += _text(painter, x + pad, y, width - 2 * pad, f"{day:%a %d %b}")
            if day in races:
                _font(painter, 8.5)
                race = races[day]
                y += _text(painter, x + pad, y, width - 2 * pad, f"⚑ {race.name} ({race.priority.value})")
            if day in plan.unavailable:
                _font(painter, 8.5)
                y += _text(painter, x + pad, y, width - 2 * pad, "Unavailable")
            y += head.height() // 3
            for session in plan.week.on(day):
                y = _paint_session(painter, session, plan, x + pad, y, width - 2 * pad, distance_unit, mass_unit)
                y += head.height() // 2

    return draw


def _paint_session(
    painter: QPainter,
    session: Session,
    plan: WeekPlan,
    x: int,
    y: int,
    width: int,
    distance_unit: DistanceUnit,
    mass_unit: MassUnit,
) -> int:
    start = y
    bar = max(3, width // 40)
    inner = x + bar * 2
    room = width - bar * 2
    painter.setPen(INK)
    _font(painter, 9.5, bold=True)
    y += _text(painter, inner, y, room, session.title)
    _font(painter, 9)
    numbers = card_numbers(session, distance_unit)
    if numbers:
        y += _text(painter, inner, y, room, numbers)
    _font(painter, 8)
    for words, figures in card_details(session, plan.exercise_names, distance_unit, mass_unit):
        y += _text(painter, inner, y, room, f"{words} {figures}".strip())
    footer = card_footer(session)
    if footer:
        painter.setPen(FAINT)
        y += _text(painter, inner, y, room, footer)
    for warning in plan.warnings.get(session.id or -1, ()):
        painter.setPen(QColor("#b4641c"))
        y += _text(painter, inner, y, room, f"⚠ {warning.message}")
    painter.fillRect(QRect(x, start, bar, y - start), accent(session.kind))
    return y


def workout_card_painter(session: Session, names: Mapping[int, str], mass_unit: MassUnit = MassUnit.KG) -> Draw:
    """One lift session on a page for the gym: each exercise, its sets as planned, a box per set to fill in."""

    def draw(painter: QPainter, page: QRect) -> None:
        painter.setPen(INK)
        title = _font(painter, 18, bold=True)
        y = page.top()
        y += _text(painter, page.left(), y, page.width(), session.title)
        _font(painter, 11)
        y += _text(painter, page.left(), y, page.width(), f"{session.day:%A %d %B %Y} · {card_numbers(session)}")
        if session.notes:
            _font(painter, 10)
            y += _text(painter, page.left(), y, page.width(), session.notes)
        y += title.height() // 2
        if not session.sets:
            _font(painter, 11)
            _text(painter, page.left(), y, page.width(), "No exercises planned yet: add them in the session editor.")
            return
        order = list(dict.fromkeys(s.exercise_id for s in session.sets))
        for exercise_id in order:
            sets = [s for s in session.sets if s.exercise_id == exercise_id]
            y = _paint_exercise(painter, names.get(exercise_id, "Exercise"), sets, page, y, mass_unit)
            if y > page.bottom():
                break

    return draw


def _paint_exercise(painter: QPainter, name: str, sets: list[LiftSet], page: QRect, y: int, mass_unit: MassUnit) -> int:
    head = _font(painter, 12, bold=True)
    painter.setPen(INK)
    y += _text(painter, page.left(), y, page.width(), name)
    row = _font(painter, 10.5)
    line = int(row.height() * 1.9)
    columns = (0.0, 0.16, 0.46, 0.7)  # set, planned, done (load and reps), RIR
    labels = ("Set", "Planned", "Done: load × reps", "RIR")
    painter.setPen(FAINT)
    for share, label in zip(columns, labels, strict=True):
        painter.drawText(page.left() + int(page.width() * share), y + row.ascent(), label)
    y += row.height() + row.height() // 3
    for number, lift_set in enumerate(sets, start=1):
        painter.setPen(INK)
        painter.drawText(page.left(), y + row.ascent(), f"{number}{' (warm-up)' if lift_set.warmup else ''}")
        planned = f"{lift_set.target_reps or '?'} reps"
        if lift_set.target_load_kg:
            planned = f"{format_mass(lift_set.target_load_kg, mass_unit)} × {lift_set.target_reps or '?'}"
        if lift_set.target_rir is not None:
            planned += f" @ {lift_set.target_rir:g} RIR"
        painter.drawText(page.left() + int(page.width() * columns[1]), y + row.ascent(), planned)
        painter.setPen(QPen(FAINT, 1))
        for share, end in ((columns[2], columns[3] - 0.03), (columns[3], 0.85)):
            left = page.left() + int(page.width() * share)
            box = QRectF(left, y - row.height() * 0.25, page.width() * (end - share), row.height() * 1.5)
            painter.drawRect(box)
        y += line
    return y + head.height() // 2


def month_painter(plans: list[WeekPlan], distance_unit: DistanceUnit = DistanceUnit.KM) -> Draw:
    """Four (or more) weeks on one landscape page: a row a week, a cell a day, a line a session with its
    numbers whole (they wrap, never cut); a day with more sessions than its cell holds stops at the cell."""

    def draw(painter: QPainter, page: QRect) -> None:
        if not plans:
            return
        first, last = plans[0].week.days[0], plans[-1].week.days[-1]
        painter.setPen(INK)
        title = _font(painter, 15, bold=True)
        painter.drawText(page.left(), page.top() + title.ascent(), f"{first:%d %b} – {last:%d %b %Y}")
        top = page.top() + title.height() + title.height() // 2
        row_height = (page.bottom() - top) // len(plans)
        width = page.width() // 7
        for row, plan in enumerate(plans):
            y0 = top + row * row_height
            races = {r.day: r for r in plan.races}
            for column, day in enumerate(plan.week.days):
                x = page.left() + column * width
                painter.setPen(QPen(FAINT, 1))
                painter.drawRect(QRect(x, y0, width, row_height))
                pad = max(4, width // 40)
                painter.setPen(INK)
                _font(painter, 8.5, bold=True)
                y = y0 + pad + _text(painter, x + pad, y0 + pad, width - 2 * pad, f"{day:%a %d %b}")
                if day in races:
                    _font(painter, 7.5)
                    y += _text(painter, x + pad, y, width - 2 * pad, f"⚑ {races[day].name}")
                for session in plan.week.on(day):
                    if y > y0 + row_height - pad:
                        break
                    dot = max(4, pad)
                    painter.fillRect(QRect(x + pad, y + dot // 2, dot, dot), accent(session.kind))
                    _font(painter, 7.5)
                    painter.setPen(INK)
                    numbers = card_numbers(session, distance_unit)
                    line = f"{session.short_title} {numbers}".strip()
                    y += _text(painter, x + pad + dot + 3, y, width - 2 * pad - dot - 3, line)

    return draw
