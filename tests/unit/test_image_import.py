"""Photos are hostile input: only real, sane images get in; a bad file is refused and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PIL import Image

from planner.io import images
from planner.io.images import ImageImportError, import_image
from planner.services import library
from planner.store import models as m
from tests.unit.test_library_service import MINI, by_slug


def picture(path: Path, fmt: str, size: tuple[int, int] = (64, 48), mode: str = "RGB") -> Path:
    Image.new(mode, size, "orange").save(path, format=fmt)
    return path


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


@pytest.mark.parametrize(("fmt", "suffix"), [("PNG", ".png"), ("JPEG", ".jpg"), ("WEBP", ".webp")])
def test_real_images_are_copied_under_their_hash_with_a_thumbnail(tmp_path: Path, fmt: str, suffix: str) -> None:
    source = picture(tmp_path / f"photo{suffix}", fmt, (800, 600))
    stored = import_image(source, tmp_path / "images")
    assert stored.path.parent == tmp_path / "images"
    assert stored.path.suffix == suffix
    assert len(stored.path.stem) == 32
    assert (stored.width, stored.height) == (800, 600)
    assert stored.thumbnail is not None
    with Image.open(stored.thumbnail) as thumb:
        assert max(thumb.size) == images.THUMBNAIL_SIZE


def test_a_cmyk_photo_gets_a_thumbnail_in_its_colours(tmp_path: Path) -> None:
    """A CMYK JPEG (from print workflows) passed every check, then failed writing its PNG thumbnail with a
    bare OSError: the whole drop of photos was lost and its copied file left behind."""
    source = tmp_path / "print.jpg"
    Image.new("CMYK", (300, 200), (0, 255, 255, 0)).save(source, format="JPEG")  # red ink
    stored = import_image(source, tmp_path / "images")
    assert stored.thumbnail is not None
    with Image.open(stored.thumbnail) as thumb:
        assert thumb.size == (images.THUMBNAIL_SIZE, round(images.THUMBNAIL_SIZE * 2 / 3))
        red, green, blue, *_ = thumb.convert("RGBA").getpixel((10, 10))
        assert red > 200
        assert max(green, blue) < 60


def test_a_16_bit_grey_photo_keeps_its_greys_in_the_thumbnail(tmp_path: Path) -> None:
    """Converted to RGBA to be safe, every grey above 255 of 65,535 came out white."""
    source = tmp_path / "scan.png"
    Image.new("I;16", (300, 200), 16384).save(source, format="PNG")  # a quarter grey
    stored = import_image(source, tmp_path / "images")
    assert stored.thumbnail is not None
    with Image.open(stored.thumbnail) as thumb:
        assert thumb.getpixel((10, 10)) in (16384, 64)  # 16-bit kept, or the same grey in 8 bits


def test_a_photo_whose_thumbnail_fails_is_refused_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import ImageOps

    def broken(picture: Image.Image) -> Image.Image:
        raise OSError("cannot write mode XYZ as PNG")

    monkeypatch.setattr(ImageOps, "exif_transpose", broken)
    with pytest.raises(ImageImportError, match="cannot be made into a thumbnail"):
        import_image(picture(tmp_path / "photo.png", "PNG"), tmp_path / "images")
    assert [name for name in listing(tmp_path / "images") if name != "thumbs"] == []


def test_the_same_photo_twice_is_stored_once(tmp_path: Path) -> None:
    source = picture(tmp_path / "a.png", "PNG")
    first = import_image(source, tmp_path / "images")
    second = import_image(source, tmp_path / "images")
    assert first.path == second.path
    assert len(list((tmp_path / "images").glob("*.png"))) == 1


def test_a_clean_svg_is_accepted(tmp_path: Path) -> None:
    svg = tmp_path / "drawing.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4" cx="5" cy="5"/></svg>')
    assert import_image(svg, tmp_path / "images").kind == "svg"


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"'  # sized: refused for its own fault only
BAD_SVGS = {  # a document, and the words that say why it is refused
    "script": (SVG + "><script>alert(1)</script></svg>", "scripts"),
    "handler": (SVG + ' onload="alert(1)"><rect/></svg>', "event handler"),
    "outside": (
        SVG + ' xmlns:x="http://www.w3.org/1999/xlink"><image x:href="http://example.invalid/a.png"/></svg>',
        "outside file",
    ),
    "entities": (
        '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        + SVG
        + "><text>&b;</text></svg>",
        "not a valid SVG",
    ),
    "css-url": (SVG + '><rect fill="url(http://example.invalid/p.svg#g)"/></svg>', "outside file"),
    "style-url": (SVG + '><rect style="filter:url(file:///tmp/f.svg#f)"/></svg>', "outside file"),
    "css-import": (SVG + '><style>@import "http://example.invalid/a.css";</style></svg>', "outside file"),
    "nested-svg": (SVG + '><image href="data:image/svg+xml;base64,PHN2Zy8+"/></svg>', "outside file"),
    # Qt's renderer cannot read SVG nested a few thousand levels deep: it would be stored and never shown
    "deep": (SVG + ">" + "<g>" * 5000 + "</g>" * 5000 + "</svg>", "levels deep"),
    "not-svg": ('<?xml version="1.0"?><html/>', "not an SVG"),
    "broken": ("<svg><rect></svg", "not a valid SVG"),
    # the parser drops processing instructions, CSS escapes hide url( and @import, animations can set a link
    "stylesheet-link": ('<?xml-stylesheet href="http://example.invalid/a.css"?>' + SVG + "/>", "instruction"),
    "css-escape-url": (SVG + "><style>rect { fill: u\\72 l(http://example.invalid/p) }</style></svg>", "escapes"),
    "css-escape-import": (SVG + '><style>@\\69mport "http://example.invalid/a.css";</style></svg>', "escapes"),
    "style-escape": (SVG + '><rect style="fill: u\\72 l(http://example.invalid/p)"/></svg>', "escapes"),
    "set-href": (
        SVG + '><a><set attributeName="href" to="javascript:alert(1)"/><rect width="4" height="4"/></a></svg>',
        "animates",
    ),
    "animate-href": (
        SVG + '><a><animate attributeName="xlink:href" values="http://example.invalid/"/></a></svg>',
        "animates",
    ),
}


@pytest.mark.parametrize(
    "document",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><circle cx="50" cy="50" r="40"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"><rect width="9" height="9"/></svg>',
    ],
    ids=["no size", "relative size"],
)
def test_a_drawing_without_a_size_is_accepted(tmp_path: Path, document: str) -> None:
    """Qt takes such a drawing's size from what it draws (the thumbnail guards an empty one instead)."""
    svg = tmp_path / "drawing.svg"
    svg.write_text(document)
    assert import_image(svg, tmp_path / "images").kind == "svg"


def test_an_inkscape_drawing_with_its_windows_path_and_declaration_is_accepted(tmp_path: Path) -> None:
    """Editors write the XML declaration and their own path attributes (backslashes and all): not refused."""
    svg = tmp_path / "inkscape.svg"
    svg.write_text(
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/'
        'sodipodi-0.dtd" width="40mm" height="20mm" sodipodi:docname="C:\\Users\\me\\squat.svg">'
        '<animate attributeName="opacity" values="0;1" dur="1s"/><rect width="4" height="4"/></svg>'
    )
    assert import_image(svg, tmp_path / "images").kind == "svg"


def test_an_svg_referring_only_to_itself_or_a_raster_picture_it_holds_is_accepted(tmp_path: Path) -> None:
    svg = tmp_path / "local.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="12.5px"><defs><linearGradient id="g"/></defs>'
        '<rect fill="url(#g)" style="stroke: url( \'#g\' )"/><image href="data:image/png;base64,iVBORw0KGgo="/></svg>'
    )
    assert import_image(svg, tmp_path / "images").kind == "svg"


@pytest.mark.parametrize("name", sorted(BAD_SVGS))
def test_hostile_or_broken_svg_is_refused(tmp_path: Path, name: str) -> None:
    svg = tmp_path / f"{name}.svg"
    document, reason = BAD_SVGS[name]
    svg.write_text(document)
    with pytest.raises(ImageImportError, match=reason):
        import_image(svg, tmp_path / "images")
    assert listing(tmp_path / "images") == []


def test_a_corrupt_or_truncated_image_is_refused(tmp_path: Path) -> None:
    whole = picture(tmp_path / "whole.jpg", "JPEG", (400, 300)).read_bytes()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(ImageImportError, match=r"damaged|not an image"):
        import_image(broken, tmp_path / "images")
    text = tmp_path / "notes.png"
    text.write_text("just some text pretending to be a picture")
    with pytest.raises(ImageImportError, match="not an image"):
        import_image(text, tmp_path / "images")
    assert listing(tmp_path / "images") == []


def test_other_formats_are_refused_by_name(tmp_path: Path) -> None:
    gif = picture(tmp_path / "anim.gif", "GIF", mode="P")
    with pytest.raises(ImageImportError, match="GIF image; use PNG, JPEG, WebP or SVG"):
        import_image(gif, tmp_path / "images")


def test_too_large_files_and_decompression_bombs_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a 1-bit image of 60 megapixels: a small file that would decode to far more than it looks
    bomb = picture(tmp_path / "bomb.png", "PNG", (10_000, 6_000), mode="1")
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ImageImportError, match=r"megapixels|not an image"):
        import_image(bomb, tmp_path / "images")
    monkeypatch.setattr(images, "MAX_FILE_BYTES", 1000)
    big = picture(tmp_path / "big.png", "PNG", (300, 300))
    big.write_bytes(big.read_bytes() + b"\0" * 2000)
    with pytest.raises(ImageImportError, match="the limit is"):
        import_image(big, tmp_path / "images")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(ImageImportError, match="empty"):
        import_image(empty, tmp_path / "images")
    assert listing(tmp_path / "images") == []


def test_add_photo_attaches_once_and_a_bad_file_changes_nothing(db: SqliteDatabase, tmp_path: Path) -> None:
    library.sync_builtins(MINI)
    squat = by_slug()["test-squat"]
    good = picture(tmp_path / "squat.jpg", "JPEG", (640, 480))
    library.add_photo(squat.id, good, tmp_path / "images")
    library.add_photo(squat.id, good, tmp_path / "images")
    after = by_slug()["test-squat"]
    assert len(after.images) == 2  # the illustration and one photo, not two
    assert after.images[1].startswith("user:")
    assert library.image_file(after.images[1], tmp_path / "images").is_file()
    rows_before = m.ExerciseImage.select().count()
    files_before = listing(tmp_path / "images")
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    with pytest.raises(ImageImportError):
        library.add_photo(squat.id, bad, tmp_path / "images")
    assert m.ExerciseImage.select().count() == rows_before
    assert listing(tmp_path / "images") == files_before


@pytest.mark.parametrize(
    "stored",
    ["user:../../etc/passwd", "/etc/passwd", "builtin:../../../../etc/passwd", "user:/etc/passwd", "user:.hidden.png",
     "builtin:back-squat.svg/../../x.svg", "user:a\\..\\b.png", "file:///etc/passwd"],
)  # fmt: skip
def test_an_image_reference_leaving_its_folder_is_never_read(stored: str, tmp_path: Path) -> None:
    assert library.image_file(stored, tmp_path) is None


def test_plain_image_references_resolve_inside_their_folders(tmp_path: Path) -> None:
    assert library.image_file("user:0123abcd.png", tmp_path) == tmp_path / "0123abcd.png"
    shipped = library.image_file("builtin:back-squat.svg", tmp_path)
    assert shipped is not None
    assert shipped.is_file()
