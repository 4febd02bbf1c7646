"""Every built-in exercise has an illustration drawn by the project's generator, and it renders."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from planner.resource_files import resource_path
from planner.services.library import builtin_content
from planner.ui.library.thumbnails import render

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "packaging" / "illustrations" / "make_illustrations.py"
IMAGES = resource_path("exercises", "images")
_, SHIPPED = builtin_content()


def load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_illustrations", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_regenerating_gives_the_committed_files(tmp_path: Path) -> None:
    made = load_generator().main(tmp_path)
    assert {p.name for p in made} == {p.name for p in IMAGES.glob("*.svg")}
    for fresh in made:
        assert fresh.read_bytes() == (IMAGES / fresh.name).read_bytes(), fresh.name


@pytest.mark.parametrize("size", [QSize(64, 32), QSize(400, 200)], ids=["thumbnail", "detail"])
def test_every_illustration_renders_with_something_drawn(qtbot: QtBot, size: QSize) -> None:
    for exercise in SHIPPED:
        path = IMAGES / f"{exercise.slug}.svg"
        assert QSvgRenderer(str(path)).isValid(), exercise.slug
        image = render(path, size).toImage()
        painted = sum(
            1
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
            if QColor(image.pixel(x, y)).alpha() > 0
        )
        assert painted > (image.width() * image.height() // 4) * 0.03, f"{exercise.slug} is nearly empty at {size}"


def test_no_text_scripts_or_outside_references_in_the_drawings() -> None:
    from planner.io.images import check_svg

    for svg in IMAGES.glob("*.svg"):
        check_svg(svg.read_bytes(), svg.name)
        assert "<text" not in svg.read_text()
