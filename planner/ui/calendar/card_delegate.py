"""Paints a session as a card (no widget per card, so a week of cards costs one paint, not a layout).

Colour and icon tell the kind apart; the status circle at the bottom right is a one-click "done" toggle; a
rule warning gives the card an amber edge and a warning mark; a personal record puts a "PR" badge at the
end of the title line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.domain.enums import DistanceUnit, Status
from planner.domain.session import Session
from planner.services import profile
from planner.ui.calendar.card_text import (
    FOOTER_SHORT,
    RECORD_BADGE,
    SUGGESTED,
    card_distance,
    card_footer_parts,
    card_parts,
    compact_part,
    joiner,
    last_time_lines,
    one_line_text,
)
from planner.ui.calendar.week_model import Role
from planner.ui.look.icons import kind_pixmap
from planner.ui.look.session_colors import accent, tint


def item_state(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> tuple[bool, bool]:
    """Whether the card is selected, and whether it is the current card of a focused list, asked of its view as
    Qt's list view decides them: reading the option's state flags would make PySide set up QStyle, its base
    class and their 600 enum values at the first paint (7 ms of each start, issue 21)."""
    view = option.widget
    if not isinstance(view, QAbstractItemView):
        return False, False
    selection = view.selectionModel()
    selected = selection is not None and selection.isSelected(index)
    focused = (view.hasFocus() or view.viewport().hasFocus()) and view.currentIndex() == index
    return selected, focused


def lift_history_lines(session: Session) -> list[str]:
    """Last time's sets of each exercise of a lift, read when its tooltip is asked for (a few indexed
    queries), in the profile's unit."""
    from planner.services import exercise_history  # loads with the first tooltip, not at start

    last = exercise_history.last_time(session)
    if not last:
        return []
    names = exercise_history.names(last)
    return last_time_lines(session, last, names, profile.current().mass_unit)


PAD = 5
ACCENT_WIDTH = 4
PAST_OPACITY = 0.62
ICON = 18
STATUS = 14
MIN_TITLE_WIDTH = 40
ONE_LINE_PAD = 3  # above and below a one-line card's text: two of them fit a short month cell
DETAIL_MIN_WIDTH = 120  # text width from which a card lists its exercises or a run's pace (1600 px wide)
MAX_DETAIL_LINES = 8  # more exercises than this end in "+N more"; the tooltip lists every one
WARNING_COLOR = QColor("#d9822b")
DONE_COLOR = QColor("#2e9d57")
RECORD_COLOR = QColor("#6a3fb5")  # violet: apart from the lift orange and the warning amber; white text on it


def flow(parts: list[str], metrics: QFontMetrics, width: int) -> list[str]:
    """Parts joined with " · " as long as a line has room, a new line between parts, never inside one;
    a part wider than the card itself takes its compact form ("4 ex"), and only if even that is too wide
    is it elided (the tooltip holds it whole)."""
    lines: list[str] = []
    line = ""
    for whole in parts:
        part = whole if metrics.horizontalAdvance(whole) <= width else compact_part(whole)
        candidate = f"{line}{joiner(part)}{part}" if line else part
        if line and metrics.horizontalAdvance(candidate) > width:
            lines.append(line)
            candidate = part
        line = candidate
    if line:
        lines.append(line)
    return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) for text in lines]


def footer_line(parts: list[str], metrics: QFontMetrics, width: int) -> str:
    """As many of the footer's parts as fit whole ("Done" rather than "Done…" for "Done · am" in a narrow
    day); a first part wider than the room takes its short form ("Log it" for "Not logged", none for
    "Suggested"), else is elided. The tooltip holds them all."""
    if parts and parts[0] in FOOTER_SHORT and metrics.horizontalAdvance(parts[0]) > width:
        parts = [FOOTER_SHORT[parts[0]], *parts[1:]] if FOOTER_SHORT[parts[0]] else parts[1:]
    line = ""
    for part in parts:
        candidate = f"{line} · {part}" if line else part
        if line and metrics.horizontalAdvance(candidate) > width:
            break
        line = candidate
    return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)


def detail_lines(details: list[tuple[str, str]], metrics: QFontMetrics, width: int) -> list[str]:
    """A wide card's extra lines, at most MAX_DETAIL_LINES of them: a line too long for the card loses
    letters of its words ("Bodyweight sq… 3x5"), never of its figures (the tooltip has it whole)."""
    if width < DETAIL_MIN_WIDTH or not details:
        return []
    shown = details
    if len(details) > MAX_DETAIL_LINES:
        shown = [*details[: MAX_DETAIL_LINES - 1], (f"+{len(details) - MAX_DETAIL_LINES + 1} more", "")]
    lines = []
    for words, figures in shown:
        if not words:
            lines.append(metrics.elidedText(figures, Qt.TextElideMode.ElideRight, width))
            continue
        room = width - metrics.horizontalAdvance(f" {figures}") if figures else width
        words = metrics.elidedText(words, Qt.TextElideMode.ElideRight, max(room, metrics.horizontalAdvance("W…")))
        lines.append(f"{words} {figures}".rstrip())
    return lines


class CardFonts:
    """The card's fonts and their metrics, derived from the view's font."""

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        self.title = QFont(base)
        self.title.setBold(True)
        self.title_struck = QFont(self.title)
        self.title_struck.setStrikeOut(True)
        self.body = QFont(base)
        self.body_struck = QFont(base)
        self.body_struck.setStrikeOut(True)
        self.small = QFont(base)
        self.small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        self.title_metrics = QFontMetrics(self.title)
        self.body_metrics = QFontMetrics(self.body)
        self.small_metrics = QFontMetrics(self.small)
        self.badge = QFont(self.small)
        self.badge.setBold(True)
        self.badge_metrics = QFontMetrics(self.badge)


class CardDelegate(QStyledItemDelegate):
    status_clicked = Signal(int)  # session id
    accept_clicked = Signal(object)  # a ghost card's Suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = DistanceUnit.KM
        self.past_before: date | None = None  # cards before this day are drawn muted
        # compact (the four-week overview): no footer line; the done circle sits at the title's right
        self.compact = False
        # painting runs for every card on every repaint: fonts, metrics and wrapped title heights are
        # worked out once per view font, not once per card
        self._fonts: CardFonts | None = None
        self._title_heights: dict[tuple[str, int, int], int] = {}
        self._lines: dict[tuple[tuple[object, ...], int, int], list[str]] = {}

    def fonts(self, base: QFont) -> CardFonts:
        if self._fonts is None or self._fonts.base != base:
            self._fonts = CardFonts(base)
            self._title_heights.clear()
            self._lines.clear()
        return self._fonts

    @staticmethod
    def _card_width(option: QStyleOptionViewItem) -> int:
        view = option.widget
        if view is not None and hasattr(view, "viewport"):
            return view.viewport().width() - 6  # the list's spacing on both sides
        return option.rect.width()

    @staticmethod
    def _title_width(card_width: int, warned: bool, badge: int = 0, status: int = 0) -> int:
        """The title's width once the warning mark, a record badge (``badge`` px) and, on a compact card,
        the done circle (``status`` px) have their room."""
        left = ACCENT_WIDTH + PAD
        right = PAD + (ICON if warned else 0) + (badge + 3 if badge else 0) + status
        return max(MIN_TITLE_WIDTH, card_width - left - right)

    def _wrapped_height(self, text: str, metrics: QFontMetrics, width: int) -> int:
        """One line, or two when the day column is narrow; never more."""
        key = (text, width, metrics.height())
        height = self._title_heights.get(key)
        if height is None:
            wrapped = metrics.boundingRect(QRect(0, 0, width, 1000), int(Qt.TextFlag.TextWordWrap), text).height()
            height = self._title_heights[key] = min(max(wrapped, metrics.height()), 2 * metrics.height())
        return height

    def _numbers(self, session: Session, fonts: CardFonts, card_width: int) -> list[str]:
        parts = tuple(card_parts(session, self.unit))
        width = card_width - ACCENT_WIDTH - 2 * PAD
        key = (parts, width, 0)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = flow(list(parts), fonts.body_metrics, width)
        return lines

    def _details(self, index: QModelIndex | QPersistentModelIndex, fonts: CardFonts, card_width: int) -> list[str]:
        width = card_width - ACCENT_WIDTH - 2 * PAD
        if width < DETAIL_MIN_WIDTH:
            return []
        details: tuple[tuple[str, str], ...] = tuple(index.data(Role.DETAILS) or ())
        key = (details, width, 1)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = detail_lines(list(details), fonts.small_metrics, width)
        return lines

    @staticmethod
    def _title_elided(title: str, fonts: CardFonts, width: int) -> bool:
        """A title with a word wider than its room is elided on one line rather than cut mid-word."""
        return max((fonts.title_metrics.horizontalAdvance(word) for word in title.split()), default=0) > width

    def _text_heights(
        self, session: Session, fonts: CardFonts, card_width: int, warned: bool, badge: int = 0
    ) -> tuple[int, int]:
        title_width = self._title_width(card_width, warned, badge, self._status_room())
        title = self._wrapped_height(session.short_title, fonts.title_metrics, title_width)
        if self._title_elided(session.short_title, fonts, title_width):
            title = fonts.title_metrics.height()  # drawn elided on one line
        numbers = max(1, len(self._numbers(session, fonts, card_width))) * fonts.body_metrics.height()
        return title, numbers

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fonts = self.fonts(option.font)
        session: Session | None = index.data(Role.SESSION) or index.data(Role.PREVIEW)
        width = self._card_width(option)
        if self._one_line(option):
            return QSize(max(60, width), max(fonts.title_metrics.height(), STATUS) + 2 * ONE_LINE_PAD + 2)
        title_height, numbers_height = fonts.title_metrics.height(), fonts.body_metrics.height()
        if session is not None:
            warned = bool(index.data(Role.WARNINGS))
            badge = self._badge_width(index, fonts, width, warned)
            title_height, numbers_height = self._text_heights(session, fonts, width, warned, badge)
            numbers_height += len(self._details(index, fonts, width)) * fonts.small_metrics.height()
        footer = 0 if self.compact else max(fonts.small_metrics.height(), STATUS + 2)
        height = title_height + numbers_height + footer + 2
        return QSize(max(60, width), height + 2 * PAD + 2)

    @staticmethod
    def status_rect(card: QRect) -> QRect:
        """Bottom right: the one-click done toggle."""
        return QRect(card.right() - PAD - STATUS + 1, card.bottom() - PAD - STATUS + 1, STATUS, STATUS)

    @staticmethod
    def _one_line(option: QStyleOptionViewItem) -> bool:
        """One line a card (title and a run's distance) in a day list with ``one_line_cards`` set: a day of the
        overview whose fuller cards would not fit its cell."""
        return bool(getattr(option.widget, "one_line_cards", False))

    def _status_box(self, card: QRect, one_line: bool = False) -> QRect:
        """Where this delegate draws the done toggle: bottom right, or top right on a compact card (centred on a
        one-line card)."""
        if one_line:
            return QRect(card.right() - PAD - STATUS + 1, card.center().y() - STATUS // 2, STATUS, STATUS)
        if self.compact:
            return QRect(card.right() - PAD - STATUS + 1, card.top() + PAD, STATUS, STATUS)
        return self.status_rect(card)

    def _status_room(self) -> int:
        return STATUS + 3 if self.compact else 0

    @staticmethod
    def _badge_width(
        index: QModelIndex | QPersistentModelIndex, fonts: CardFonts, card_width: int, warned: bool
    ) -> int:
        """The record badge's width; 0 for a card without records (ghosts have none), and for a card too
        narrow to leave the title its least width beside it (the tooltip still names the records)."""
        if not index.data(Role.RECORDS):
            return 0
        width = fonts.badge_metrics.horizontalAdvance(RECORD_BADGE) + 8
        room = card_width - ACCENT_WIDTH - 2 * PAD - (ICON if warned else 0) - width - 3
        return width if room >= MIN_TITLE_WIDTH else 0

    def badge_rect(self, card: QRect, fonts: CardFonts, warned: bool = False) -> QRect:
        """The record badge: at the end of the title's first line, left of a warning mark; the title
        wraps short of it, so the two never overlap."""
        width = fonts.badge_metrics.horizontalAdvance(RECORD_BADGE) + 8
        title = self._title_width(card.width(), warned, width, self._status_room())
        right = card.left() + ACCENT_WIDTH + PAD + title + 3 + width
        height = min(STATUS, fonts.title_metrics.height())
        top = card.top() + PAD + (fonts.title_metrics.height() - height) // 2
        return QRect(right - width, top, width, height)

    # ---- painting
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        session: Session | None = index.data(Role.SESSION)
        ghost = index.data(Role.GHOST) if session is None else None
        if ghost is not None:
            session = index.data(Role.PREVIEW)
        if session is None:
            return
        warnings = index.data(Role.WARNINGS) or ()
        card = option.rect.adjusted(1, 1, -1, -1)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.past_before is not None and session.day < self.past_before:
            painter.setOpacity(PAST_OPACITY)  # past days are context: readable, clearly not the plan ahead

        path = QPainterPath()
        path.addRoundedRect(QRectF(card), 5, 5)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
        painter.fillPath(path, tint(session.kind, 18 if ghost else 50))
        selected = item_state(option, index)[0]
        if ghost is not None:
            # a suggestion: dashed outline, the accept "+" where a card has its done circle
            color = palette.color(QPalette.ColorRole.Highlight) if selected else accent(session.kind)
            painter.setPen(QPen(color, 2 if selected else 1.5, Qt.PenStyle.DashLine))
            painter.drawPath(path)
        elif selected or warnings:
            color = palette.color(QPalette.ColorRole.Highlight) if selected else WARNING_COLOR
            painter.setPen(QPen(color, 2))
            painter.drawPath(path)
        bar = QPainterPath()
        bar.addRoundedRect(QRectF(card.left(), card.top(), ACCENT_WIDTH + 3, card.height()), 3, 3)
        painter.save()
        painter.setClipRect(QRect(card.left(), card.top(), ACCENT_WIDTH, card.height()))
        painter.fillPath(bar, accent(session.kind))
        painter.restore()

        fonts = self.fonts(option.font)
        text_color = palette.color(QPalette.ColorRole.Text)
        if session.status is Status.SKIPPED:
            text_color = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        text_left = card.left() + ACCENT_WIDTH + PAD
        one_line = self._one_line(option)
        badge = ghost is None and not one_line  # a one-line card leaves its records to the tooltip
        badge_width = self._badge_width(index, fonts, card.width(), bool(warnings)) if badge else 0
        title_width = self._title_width(card.width(), bool(warnings), badge_width, self._status_room())
        skipped = session.status is Status.SKIPPED
        painter.setPen(text_color)
        if one_line:
            self._paint_one_line(
                painter, session, fonts, QRect(text_left, card.top() + ONE_LINE_PAD - 1, title_width, 0)
            )
            self._finish_card(painter, card, session, ghost, warnings, 0, fonts, text_color, option, index, True)
            return
        painter.setFont(fonts.title_struck if skipped else fonts.title)
        title_height, _ = self._text_heights(session, fonts, card.width(), bool(warnings), badge_width)
        title = session.short_title
        if self._title_elided(title, fonts, title_width):
            # one word wider than the card ("Intervals" in a narrow cell): elided, not cut (tooltip has it)
            title = fonts.title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(
            QRect(text_left, card.top() + PAD, title_width, title_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            title,
        )
        y = card.top() + PAD + title_height
        painter.setFont(fonts.body_struck if skipped else fonts.body)
        line_width = card.right() - PAD - text_left
        for line in self._numbers(session, fonts, card.width()):
            painter.drawText(
                QRect(text_left, y, line_width, fonts.body_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                line,
            )
            y += fonts.body_metrics.height()
        if ghost is None:
            painter.setFont(fonts.small)
            for line in self._details(index, fonts, card.width()):
                painter.drawText(
                    QRect(text_left, y, line_width, fonts.small_metrics.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                    line,
                )
                y += fonts.small_metrics.height()
        # last line: kind icon, status and time of day, the done toggle at the right
        status = self._status_box(card)
        if self.compact:
            self._finish_card(painter, card, session, ghost, warnings, badge_width, fonts, text_color, option, index)
            return
        painter.drawPixmap(QRect(text_left, status.top(), STATUS, STATUS), kind_pixmap(session.kind, STATUS))
        painter.setFont(fonts.small)
        small_metrics = fonts.small_metrics
        footer_left = text_left + STATUS + 4
        footer_width = status.left() - 4 - footer_left
        footer = card_footer_parts(session, self.past_before is not None and session.day < self.past_before)
        if ghost is not None:
            footer = [SUGGESTED]  # the time and the reasons are in the tooltip and the bar above the week
        painter.drawText(
            QRect(footer_left, status.top() - 2, footer_width, STATUS + 4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            footer_line(footer, small_metrics, footer_width),
        )
        self._finish_card(painter, card, session, ghost, warnings, badge_width, fonts, text_color, option, index)

    def _paint_one_line(self, painter: QPainter, session: Session, fonts: CardFonts, room: QRect) -> None:
        """A run's title and distance, shortened as card_text.one_line_text says ("Easy 7 km" where "Easy run 7 km"
        does not fit); elided only if even the first word is too wide. The rest is in the tooltip and the week
        view."""
        skipped = session.status is Status.SKIPPED
        metrics = fonts.title_metrics
        # the distance only: never a structured run's steps or a duration that comes first
        distance = card_distance(session, self.unit) if session.run is not None else ""
        title, number = one_line_text(
            session.short_title,
            distance,
            room.width(),
            metrics.horizontalAdvance,
            fonts.body_metrics.horizontalAdvance,
        )
        if metrics.horizontalAdvance(title) > room.width():
            title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room.width())
        line = QRect(room.left(), room.top(), room.width(), max(metrics.height(), STATUS))
        painter.setFont(fonts.title_struck if skipped else fonts.title)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        if number:
            left = room.left() + metrics.horizontalAdvance(title)
            painter.setFont(fonts.body_struck if skipped else fonts.body)
            painter.drawText(
                QRect(left, line.top(), room.right() + 1 - left, line.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                number,
            )

    def _finish_card(
        self,
        painter: QPainter,
        card: QRect,
        session: Session,
        ghost: object,
        warnings: object,
        badge_width: int,
        fonts: CardFonts,
        text_color: QColor,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        one_line: bool = False,
    ) -> None:
        """The badge, the done toggle (or a ghost's accept), the warning mark and the focus ring; then the
        painter state saved in paint() is restored."""
        if badge_width:
            self._paint_badge(painter, self.badge_rect(card, fonts, bool(warnings)), fonts)
        text_left = card.left() + ACCENT_WIDTH + PAD
        right = text_left + self._title_width(card.width(), bool(warnings), 0, self._status_room())
        if ghost is not None:
            self._paint_accept(painter, self._status_box(card, one_line), accent(session.kind))
        else:
            self._paint_status(painter, self._status_box(card, one_line), session, text_color)
        if warnings:
            self._paint_warning(painter, QRect(right, card.top() + PAD - 2, ICON, ICON))
        if item_state(option, index)[1]:
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(card.adjusted(2, 2, -2, -2)), 4, 4)
        painter.restore()

    def _paint_status(self, painter: QPainter, status: QRect, session: Session, text_color: QColor) -> None:
        box = QRectF(status)

        def at(fx: float, fy: float) -> QPointF:
            return QPointF(box.left() + box.width() * fx, box.top() + box.height() * fy)

        if session.status is Status.DONE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DONE_COLOR)
            painter.drawEllipse(box)
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawPolyline([at(0.27, 0.52), at(0.45, 0.72), at(0.76, 0.32)])
            return
        pen_color = QColor(text_color)
        pen_color.setAlpha(150)
        painter.setPen(QPen(pen_color, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
        if session.status is Status.SKIPPED:
            painter.drawLine(at(0.25, 0.75), at(0.75, 0.25))

    def _paint_accept(self, painter: QPainter, status: QRect, color: QColor) -> None:
        box = QRectF(status)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 2))
        c = box.center()
        painter.drawLine(QPointF(c.x() - 3.5, c.y()), QPointF(c.x() + 3.5, c.y()))
        painter.drawLine(QPointF(c.x(), c.y() - 3.5), QPointF(c.x(), c.y() + 3.5))

    @staticmethod
    def _paint_badge(painter: QPainter, box: QRect, fonts: CardFonts) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(RECORD_COLOR)
        painter.drawRoundedRect(QRectF(box), 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(fonts.badge)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), RECORD_BADGE)

    @staticmethod
    def _paint_warning(painter: QPainter, box: QRect) -> None:
        triangle = QPainterPath()
        triangle.moveTo(box.center().x(), box.top() + 2)
        triangle.lineTo(box.right() - 1, box.bottom() - 2)
        triangle.lineTo(box.left() + 1, box.bottom() - 2)
        triangle.closeSubpath()
        painter.fillPath(triangle, WARNING_COLOR)
        painter.setPen(QPen(QColor("white"), 1.6))
        painter.drawLine(box.center().x(), box.top() + 7, box.center().x(), box.bottom() - 7)
        painter.drawPoint(box.center().x(), box.bottom() - 4)

    # ---- the tooltip: the model's lines, then the planner's reasons and last time's sets of a lift
    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        session: Session | None = index.data(Role.SESSION)
        lift = session is not None and session.lift is not None and bool(session.sets or session.reasons)
        if event.type() != QEvent.Type.ToolTip or session is None or not lift:
            return super().helpEvent(event, view, option, index)
        lines = [str(index.data(Qt.ItemDataRole.ToolTipRole) or session.title)]
        lines += [f"• {reason}" for reason in session.reasons.splitlines() if reason.strip()]
        lines += lift_history_lines(session) if session.sets else []
        from PySide6.QtWidgets import QToolTip  # with the first tooltip: PySide sets a class up when named (issue 21)

        QToolTip.showText(event.globalPos(), "\n".join(lines), view)
        return True

    # ---- one-click status
    def editorEvent(
        self,
        event: QEvent,
        model: object,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            session: Session | None = index.data(Role.SESSION)
            card = option.rect.adjusted(1, 1, -1, -1)
            hit = self._status_box(card, self._one_line(option)).adjusted(-4, -4, 4, 4)
            if session is not None and session.id is not None and hit.contains(event.position().toPoint()):
                self.status_clicked.emit(session.id)
                return True
            ghost = index.data(Role.GHOST)
            if ghost is not None and hit.contains(event.position().toPoint()):
                self.accept_clicked.emit(ghost)
                return True
        return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]
