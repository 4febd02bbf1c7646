"""Render the app icon (resources/icons/runlift.svg, drawn for this project) into what each platform wants.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

- resources/icons/app/runlift-<size>.png: the Linux hicolor sizes (packaging/install_linux.sh installs them)
- packaging/icons/runlift.ico: Windows (the spec's EXE icon), 16-256 px in one file
- packaging/icons/runlift.icns: macOS (the spec's BUNDLE icon), 16-1024 px

Run it again after changing the SVG; tests/unit/test_app_icon.py fails while the files are out of date.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "runlift.svg"
PNG_DIR = ROOT / "resources" / "icons" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "icons" / "runlift.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS = ROOT / "packaging" / "icons" / "runlift.icns"


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size`` px square, antialiased, on transparency."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    with Image.open(BytesIO(bytes(data))) as png:
        return png.convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt painting needs one)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        # optimize: smaller files; no timestamps or text chunks, so the same SVG gives the same bytes
        render(renderer, size).save(PNG_DIR / f"runlift-{size}.png", optimize=True)
    # each ICO size drawn from the SVG, not scaled down from one bitmap: sharper small icons
    largest, *smaller = (render(renderer, size) for size in reversed(ICO_SIZES))
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=smaller)
    render(renderer, 1024).save(ICNS, format="ICNS")
    written = (PNG_DIR, ICO, ICNS)
    print("wrote", ", ".join(str(path.relative_to(ROOT)) for path in written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
