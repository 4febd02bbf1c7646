"""One exercise in full: the start/end illustration, cues, mistakes, why, muscles, doses and variants."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.domain.exercise import Exercise, muscle_label
from planner.ui.library.thumbnails import ThumbnailCache

DETAIL_SIZE = QSize(400, 200)
PHOTO_SIZE = QSize(120, 90)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".svg"}


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
        self.photos = QHBoxLayout()
        self.photos.setAlignment(Qt.AlignmentFlag.AlignLeft)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.photos)
        scroller = QScrollArea()
        scroller.setAccessibleName("Exercise details")
        scroller.setWidgetResizable(True)
        scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        self.exercise: Exercise | None = None

    def show_exercise(self, exercise: Exercise | None, pictures: list[Path], names: dict[str, str]) -> None:
        self.exercise = exercise
        while self.photos.count():
            item = self.photos.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if exercise is None:
            self.picture.clear()
            self.title.setText("")
            self.text.setText("Choose an exercise to see how it is done.")
            return
        if pictures:
            self.picture.setPixmap(self.thumbnails.pixmap(pictures[0], DETAIL_SIZE))
        else:
            self.picture.clear()
        self.title.setText(f"<h2>{escape(exercise.name)}</h2>")
        equipment = ", ".join(e.replace("-", " ") for e in exercise.equipment if e != "none") or "no equipment"
        facts = [exercise.pattern.value.replace("_", " ").capitalize(), equipment]
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
