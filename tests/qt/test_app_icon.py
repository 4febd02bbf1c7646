"""The app icon files are the project's SVG, rendered at every size the platforms ask for, and up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_linux_size_is_the_current_svg(qtbot: QtBot, make_icons: ModuleType) -> None:
    renderer = QSvgRenderer(str(make_icons.SOURCE))
    assert renderer.isValid()
    for size in make_icons.PNG_SIZES:
        with Image.open(make_icons.PNG_DIR / f"runlift-{size}.png") as file:
            committed = file.convert("RGBA")
        assert committed.size == (size, size)
        fresh = make_icons.render(renderer, size)
        difference = ImageStat.Stat(ImageChops.difference(committed, fresh)).mean
        assert max(difference) < 1.0, f"runlift-{size}.png is out of date: run packaging/make_icons.py"


def test_windows_and_macos_icons_hold_their_sizes(make_icons: ModuleType) -> None:
    with Image.open(make_icons.ICO) as ico:
        assert ico.info["sizes"] == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(make_icons.ICNS) as icns:
        assert icns.format == "ICNS"
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])


def test_the_desktop_entry_names_the_installed_icon() -> None:
    entry = dict(
        line.split("=", 1) for line in (ROOT / "resources" / "runlift.desktop").read_text().splitlines() if "=" in line
    )
    assert entry["Icon"] == "runlift"
    assert entry["Exec"].split()[0] == "runlift"
    assert entry["Type"] == "Application"
