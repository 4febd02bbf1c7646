"""One exercise in full: the start/end illustration, cues, mistakes, why, muscles, doses and variants,
and what the lifter has done with it: past sessions, records and a small e1RM line."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.domain.enums import MassUnit
from planner.domain.exercise import EQUIPMENT, Exercise, equipment_label, muscle_label, pattern_label
from planner.domain.units import format_mass
from planner.engine.exercise_history import ExerciseHistory
from planner.ui.library.e1rm_sparkline import E1rmSparkline
from planner.ui.library.thumbnails import ThumbnailCache

DETAIL_SIZE = QSize(400, 200)


def placeholder_pixmap(exercise: Exercise, palette: QPalette, size: QSize = DETAIL_SIZE) -> QPixmap:
    """What stands in for a missing picture (a custom exercise): a dashed frame that says how to add one,
    so the empty space reads as "no picture yet" rather than as a picture that failed to load."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    painter.setPen(QPen(muted, 1.5, Qt.PenStyle.DashLine))
    painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
    painter.drawRoundedRect(QRectF(pixmap.rect()).adjusted(2, 2, -2, -2), 10, 10)
    painter.setPen(muted)
    painter.drawText(
        pixmap.rect().adjusted(12, 12, -12, -12),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        f"No picture of {exercise.name} yet\nDrop a photo here to add one",
    )
    painter.end()
    return pixmap


PHOTO_SIZE = QSize(120, 90)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".svg"}


SESSIONS_SHOWN = 8


def set_words(reps: int | None, kg: float | None, unit: MassUnit) -> str:
    """The load then the reps with a times sign, e.g. 100 kg and 5 reps; only the reps for bodyweight."""
    return f"{format_mass(kg, unit)} × {reps}" if kg else f"× {reps}"


def history_html(history: ExerciseHistory, unit: MassUnit) -> str:
    """Records, then the latest sessions (date, sets, best set, e1RM), newest first."""
    if not history.sessions:
        return "<h4>Your history</h4><p>Not logged yet: sessions marked done with this exercise show here.</p>"
    records = history.records
    lines = []
    if records.heaviest_kg is not None and records.heaviest_day is not None:
        lines.append(f"Heaviest load: {format_mass(records.heaviest_kg, unit)} ({records.heaviest_day:%d %b %Y})")
    if records.best_e1rm_kg is not None and records.best_e1rm_day is not None:
        best = f"{format_mass(records.best_e1rm_kg, unit)} ({records.best_e1rm_day:%d %b %Y})"
        lines.append(f"Best e1RM (Epley): {best}")  # the Progress page's Strength chart may use another formula
    if records.reps_at_load:
        most = ", ".join(f"{reps} at {format_mass(kg, unit)}" for kg, reps in records.reps_at_load)
        lines.append(f"Most reps: {most}")
    html = ["<h4>Your records</h4><p>" + "<br>".join(escape(line) for line in lines) + "</p>"]
    rows = [
        "<tr><th align=left>Date</th><th align=left>Sets</th><th align=left>Best set</th>"
        "<th align=right>e1RM (Epley)</th></tr>"
    ]
    for past in history.sessions[:SESSIONS_SHOWN]:
        best = set_words(past.best.actual_reps, past.best.actual_load_kg, unit) if past.best else ""
        e1rm = format_mass(past.e1rm_kg, unit) if past.e1rm_kg is not None else "—"
        rows.append(
            f"<tr><td>{past.day:%d %b %Y}</td><td>{len(past.sets)}</td><td>{escape(best)}</td>"
            f"<td align=right>{escape(e1rm)}</td></tr>"
        )
    more = len(history.sessions) - SESSIONS_SHOWN
    # 8 px between columns: at 2 they ran together ("Sets Best set", "3 91.2 kg x 5")
    html.append("<h4>Your sessions</h4><table cellspacing=0 cellpadding=4>" + "".join(rows) + "</table>")
    if more > 0:
        html.append(f"<p>and {more} earlier (the Progress page charts them all)</p>")
    return "".join(html)


def _items(title: str, lines: tuple[str, ...]) -> str:
    if not lines:
        return ""
    return f"<h4>{title}</h4><ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


class ExerciseDetail(QWidget):
    variant_chosen = Signal(str)  # slug
    photos_dropped = Signal(list)  # paths of image files dragged in from the desktop

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDetail")
        # a plain widget around the scroll area: a scroll area never sees drops sent to itself, while a
        # drop on anything inside (nothing there accepts drops) bubbles up to here
        self.setAcceptDrops(True)
        self.thumbnails = thumbnails
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(DETAIL_SIZE)
        self.title = QLabel()
        self.title.setObjectName("exerciseTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.linkActivated.connect(lambda link: self.variant_chosen.emit(link.removeprefix("exercise:")))
        self.history = QLabel()
        self.history.setObjectName("exerciseHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAccessibleName("Your history with this exercise")
        self.chart = E1rmSparkline()
        self.chart.hide()
        self.photos = QHBoxLayout()
        self.photos.setAlignment(Qt.AlignmentFlag.AlignLeft)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.history)
        layout.addWidget(self.chart)
        layout.addLayout(self.photos)
        layout.addStretch(1)
        scroller = self.scroller = QScrollArea()
        scroller.setAccessibleName("Exercise details")
        scroller.setWidgetResizable(True)
        scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        self.exercise: Exercise | None = None

    def show_exercise(
        self,
        exercise: Exercise | None,
        pictures: list[Path],
        names: dict[str, str],
        history: ExerciseHistory | None = None,
        unit: MassUnit = MassUnit.KG,
    ) -> None:
        if exercise is None or self.exercise is None or exercise.slug != self.exercise.slug:
            self.scroller.verticalScrollBar().setValue(0)  # another exercise starts at its top, not mid-page
        self.exercise = exercise
        self.history.setText(history_html(history, unit) if history is not None and exercise is not None else "")
        self.chart.set_points(history.e1rm_points if history is not None and exercise is not None else [], unit)
        while self.photos.count():
            item = self.photos.takeAt(0)
            shown = item.widget() if item is not None else None
            if shown is not None:
                shown.deleteLater()
        if exercise is None:
            self.picture.clear()
            self.title.setText("")
            self.text.setText("Choose an exercise to see how it is done.")
            return
        if pictures:
            self.picture.setPixmap(self.thumbnails.pixmap(pictures[0], DETAIL_SIZE))
        else:
            self.picture.setPixmap(placeholder_pixmap(exercise, self.palette()))
        self.title.setText(f"<h2>{escape(exercise.name)}</h2>")
        # listed names in lower case mid-sentence ("dumbbell, pull-up bar"); what the user typed as typed
        used = [equipment_label(e).lower() if e in EQUIPMENT else e for e in exercise.equipment if e != "none"]
        facts = [pattern_label(exercise.pattern), ", ".join(used) or "no equipment"]
        if exercise.unilateral:
            facts.append("one side at a time")
        if exercise.hidden:
            facts.append("hidden")
        html = [f"<p>{escape(' · '.join(facts))}</p>"]
        muscles = ", ".join(muscle_label(m) for m in exercise.primary_muscles)
        if exercise.secondary_muscles:
            muscles += " (also " + ", ".join(muscle_label(m) for m in exercise.secondary_muscles) + ")"
        if muscles:
            html.append(f"<p><b>Muscles:</b> {escape(muscles)}</p>")
        if exercise.why:
            html.append(f"<h4>Why it helps a runner</h4><p>{escape(exercise.why)}</p>")
        html.append(_items("How to do it", exercise.cues))
        html.append(_items("Common mistakes", exercise.mistakes))
        doses = [
            f"<b>{label}:</b> {escape(str(dose))}"
            for label, dose in (("New to lifting", exercise.novice), ("Experienced", exercise.experienced))
            if dose is not None
        ]
        if doses:
            html.append("<h4>How much</h4><p>" + "<br>".join(doses) + "</p>")
        for label, slugs in (("Easier", exercise.easier), ("Harder", exercise.harder)):
            links = [f'<a href="exercise:{s}">{escape(names.get(s, s))}</a>' for s in slugs if s in names]
            if links:
                html.append(f"<p><b>{label}:</b> " + ", ".join(links) + "</p>")
        self.text.setText("".join(html))
        for photo in pictures[1:]:
            thumb = QLabel()
            thumb.setPixmap(self.thumbnails.pixmap(photo, PHOTO_SIZE))
            thumb.setToolTip(photo.name)
            self.photos.addWidget(thumb)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.exercise is not None and self._image_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if self.exercise is not None and self._image_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._image_paths(event)
        if paths:
            event.acceptProposedAction()
            self.photos_dropped.emit(paths)

    @staticmethod
    def _image_paths(event: QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [
            Path(u.toLocalFile())
            for u in urls
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES
        ]
