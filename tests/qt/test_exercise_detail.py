"""The library's detail: a new exercise starts at its top (not where the last one was scrolled to), and an
exercise with no picture shows a placeholder that says how to add one rather than a blank."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from planner.ui.library.exercise_detail import DETAIL_SIZE, ExerciseDetail
from planner.ui.library.exercise_editor import NEW_EXERCISE
from planner.ui.library.thumbnails import ThumbnailCache


def test_another_exercise_opens_at_the_top_and_a_missing_picture_has_a_placeholder(qtbot: QtBot) -> None:
    detail = ExerciseDetail(ThumbnailCache())
    qtbot.addWidget(detail)
    detail.resize(420, 300)
    detail.show()
    first = replace(NEW_EXERCISE, slug="nordic-curl", name="Nordic curl", cues=tuple(f"Cue {i}" for i in range(40)))
    detail.show_exercise(first, [], {})
    bar = detail.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    detail.show_exercise(replace(first, slug="hip-airplane", name="Hip airplane"), [], {})
    assert bar.value() == 0
    picture = detail.picture.pixmap()
    assert not picture.isNull()
    assert picture.size() == DETAIL_SIZE
    image = picture.toImage()
    middle = image.pixelColor(DETAIL_SIZE.width() // 2, 6)
    assert middle.alpha() > 0  # drawn, not an empty area
