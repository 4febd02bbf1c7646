"""A picture stored before imports checked it still draws as an empty thumbnail, never an error in a paint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from planner.ui.library.thumbnails import render


@pytest.mark.parametrize(
    "document",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0 10"><rect width="4" height="4"/></svg>',
    ],
    ids=["no size", "empty view"],
)
def test_an_svg_without_a_size_draws_empty(qtbot: QtBot, tmp_path: Path, document: str) -> None:
    """Fitting it divided by its 0 by 0 view: the exception inside the library's paint crashed the app on
    every start that opened the library (issue found by attacking photo imports)."""
    svg = tmp_path / "old.svg"
    svg.write_text(document)
    picture = render(svg, QSize(96, 72))
    assert picture.size() == QSize(96, 72)
    image = picture.toImage()
    assert all(image.pixelColor(x, y).alpha() == 0 for x in range(0, 96, 8) for y in range(0, 72, 8))


def test_an_svg_without_a_size_but_with_a_drawing_is_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt sizes it by what it draws: the thumbnail shows the circle."""
    svg = tmp_path / "circle.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"><circle cx="50" cy="50" r="40"/></svg>')
    image = render(svg, QSize(96, 72)).toImage()
    assert image.pixelColor(48, 36).alpha() > 0
