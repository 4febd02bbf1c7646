"""Importing the user's exercise photos: files are hostile until proven otherwise.

A file must be a real PNG, JPEG, WebP or SVG under the size limits; raster images are fully decoded
(Pillow, with its decompression-bomb guard) and SVG is parsed with defusedxml and refused if it carries
scripts or external references. Accepted files are copied under a content-hash name, so importing the
same photo twice stores it once, and a thumbnail is written beside raster images.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 50_000_000  # about 8,000 x 6,000: any camera photo; far below what a bomb expands to
MAX_SVG_BYTES = 2 * 1024 * 1024
PNG_MODES = frozenset({"1", "L", "LA", "P", "RGB", "RGBA", "I;16"})  # what a thumbnail keeps as it is
THUMBNAIL_SIZE = 256
RASTER_FORMATS = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp"}
# pictures an SVG may hold inside itself: rasters only (a nested SVG would escape these checks)
RASTER_DATA = ("data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/webp", "data:image/gif")
MAX_SVG_DEPTH = 256  # drawings nest a handful of groups; Qt's renderer gives up somewhere past 1,000
_CSS_URL = re.compile(r"url\(([^)]*)\)")
_INSTRUCTION = re.compile(rb"<\?(?!xml[\s?])")  # any <?...?> but the XML declaration
_ANIMATIONS = {"set", "animate", "animatemotion", "animatetransform", "animatecolor"}


class ImageImportError(Exception):
    """A file that cannot be used, with a message a person can act on."""


@dataclass(frozen=True, slots=True)
class ImportedImage:
    path: Path
    thumbnail: Path | None
    width: int | None
    height: int | None
    kind: str  # png, jpg, webp or svg


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            hasher.update(block)
    return hasher.hexdigest()[:32]


def check_svg(data: bytes, name: str) -> None:
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ElementTree.ParseError, ValueError) as exc:
        raise ImageImportError(f"{name} is not a valid SVG image ({exc})") from exc
    # the parser drops processing instructions, so they are looked for in the bytes: <?xml-stylesheet href=...?>
    if _INSTRUCTION.search(data):
        raise ImageImportError(f"{name} holds a processing instruction (a style sheet link?); refused")
    if not root.tag.endswith("svg"):
        raise ImageImportError(f"{name} is XML but not an SVG image")
    if _depth(root) > MAX_SVG_DEPTH:
        raise ImageImportError(f"{name} nests its elements over {MAX_SVG_DEPTH} levels deep; it cannot be shown")
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if tag in {"script", "foreignobject", "iframe"}:
            raise ImageImportError(f"{name} contains a <{tag}> element; images with scripts are refused")
        if tag == "style" and _escaped_css(element.text or ""):
            raise ImageImportError(f"{name} has a style sheet with CSS escapes, which can hide an address; refused")
        if tag == "style" and _outside_css(element.text or ""):
            raise ImageImportError(f"{name} has a style sheet that refers to an outside file or address; refused")
        if tag in _ANIMATIONS and element.get("attributeName", "").rsplit(":", 1)[-1].lower() == "href":
            raise ImageImportError(f"{name} changes a link as it animates (<{tag}>); refused")
        for key, value in element.attrib.items():
            attribute = key.rsplit("}", 1)[-1].lower()
            if attribute.startswith("on"):
                raise ImageImportError(f"{name} contains an event handler ({attribute}); refused")
            if attribute == "style" and _escaped_css(value):
                raise ImageImportError(f"{name} has a style with CSS escapes, which can hide an address; refused")
            if (attribute == "href" and not value.startswith(("#", *RASTER_DATA))) or _outside_css(value):
                raise ImageImportError(f"{name} refers to an outside file or address ({value[:60]}); refused")


def _escaped_css(text: str) -> bool:
    """CSS escapes spell ``url(`` and ``@import`` out of sight (``u\\72 l(http://...)``); drawings have no
    use for them in a style (a backslash elsewhere, such as an editor's Windows path, is left alone)."""
    return "\\" in text


def _outside_css(text: str) -> bool:
    """True when CSS (a style sheet or an attribute) names anything but a part of the same drawing:
    ``url(http://...)``, ``url(file:...)`` or ``@import``; ``url(#id)`` is how gradients are used."""
    lowered = text.lower()
    if "@import" in lowered:
        return True
    return any(not target.startswith("#") for target in (m.strip(" \t\n'\"") for m in _CSS_URL.findall(lowered)))


def _depth(root: Element) -> int:
    """How deep the tree nests, counted without recursion (the tree may be thousands of levels deep)."""
    deepest, level = 0, [(root, 1)]
    while level:
        element, depth = level.pop()
        deepest = max(deepest, depth)
        level.extend((child, depth + 1) for child in element)
    return deepest


def _check_raster(path: Path) -> tuple[str, int, int]:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as probe:
                kind = probe.format or ""
                width, height = probe.size
                if kind not in RASTER_FORMATS:
                    raise ImageImportError(f"{path.name} is a {kind or 'unknown'} image; use PNG, JPEG, WebP or SVG")
                if width * height > MAX_PIXELS:
                    raise ImageImportError(
                        f"{path.name} is {width} x {height} pixels; the limit is {MAX_PIXELS // 1_000_000} megapixels"
                    )
                probe.load()  # decode it all: a truncated or corrupt file fails here, not later on screen
    except ImageImportError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageImportError(f"{path.name} is not an image Runlift can read ({exc})") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageImportError(f"{path.name} is damaged or incomplete ({exc})") from exc
    return kind, width, height


def import_image(source: Path, images_dir: Path) -> ImportedImage:
    """Validate ``source`` and copy it into ``images_dir``; raises ImageImportError and writes nothing if bad."""
    if not source.is_file():
        raise ImageImportError(f"{source} is not a file")
    size = source.stat().st_size
    if size == 0:
        raise ImageImportError(f"{source.name} is empty")
    if size > MAX_FILE_BYTES:
        raise ImageImportError(f"{source.name} is {size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB")
    images_dir.mkdir(parents=True, exist_ok=True)
    digest = _digest(source)
    head = source.read_bytes()[:512].lstrip()
    if head.startswith((b"<?xml", b"<svg", b"<!--")) or source.suffix.lower() == ".svg":
        if size > MAX_SVG_BYTES:
            raise ImageImportError(f"{source.name} is too large for an SVG image (limit 2 MB)")
        check_svg(source.read_bytes(), source.name)
        target = images_dir / f"{digest}.svg"
        _copy_atomically(source, target)
        return ImportedImage(target, None, None, None, "svg")
    kind, width, height = _check_raster(source)
    target = images_dir / f"{digest}{RASTER_FORMATS[kind]}"
    existed = target.exists()
    _copy_atomically(source, target)
    try:
        thumbnail = _thumbnail(target, images_dir / "thumbs")
    except (OSError, ValueError) as exc:  # a colour mode or encoding Pillow reads but cannot draw small
        if not existed:
            target.unlink(missing_ok=True)  # nothing of a refused picture stays behind
        raise ImageImportError(f"{source.name} cannot be made into a thumbnail ({exc})") from exc
    return ImportedImage(target, thumbnail, width, height, RASTER_FORMATS[kind][1:])


def _copy_atomically(source: Path, target: Path) -> None:
    if target.exists():
        return  # same content already stored under its hash
    handle, partial = tempfile.mkstemp(dir=target.parent, suffix=".partial")
    os.close(handle)
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    finally:
        Path(partial).unlink(missing_ok=True)


def _thumbnail(image: Path, folder: Path) -> Path:
    from PIL import Image, ImageOps

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{image.stem}.png"
    if not target.exists():
        with Image.open(image) as picture:
            small = ImageOps.exif_transpose(picture)
            small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            if small.mode == "I":  # 16-bit grey as older Pillows open it: kept 16-bit (RGBA would clip it white)
                small = small.convert("I;16")
            elif small.mode not in PNG_MODES:  # a CMYK JPEG (print workflows) cannot be written as PNG
                small = small.convert("RGBA")
            handle, partial = tempfile.mkstemp(dir=folder, suffix=".partial")
            os.close(handle)
            try:
                small.save(partial, format="PNG")
                os.replace(partial, target)
            finally:
                Path(partial).unlink(missing_ok=True)
    return target
