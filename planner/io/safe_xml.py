"""Parsing untrusted XML: no DTDs at all, so no entity expansion and no external entities.

GPX and TCX never need a DTD, so refusing any file that declares one costs real files nothing and
stops billion-laughs and external-entity (file or network) attacks before they start.
"""

from __future__ import annotations

import codecs
import re
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from planner.io.activity import MAX_TRACK_POINTS, ImportFileError

MAX_DEPTH = 64  # a GPX or TCX track point sits 4 to 8 levels down, its extensions a few more
MAX_ELEMENTS = 1_500_000  # MAX_TRACK_POINTS points of up to ten elements each
POINT_TAGS = frozenset({"trkpt", "rtept", "wpt", "Trackpoint"})  # GPX and TCX
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_DECLARED_TEXT_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*encoding\s*=\s*["'])[A-Za-z0-9._-]+""")


class _Bounded(TreeBuilder):
    """A tree builder that stops at MAX_DEPTH levels and MAX_ELEMENTS elements: a GPX nested 200,000 levels
    deep crashed gpxpy (a segmentation fault in its deep copy), and two million points cost gigabytes."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._depth = 0
        self._count = 0
        self._points = 0

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        self._depth += 1
        self._count += 1
        if self._depth > MAX_DEPTH:
            raise ImportFileError(f"{self._name} nests its XML over {MAX_DEPTH} levels deep; activity files never do")
        if self._count > MAX_ELEMENTS:
            raise ImportFileError(
                f"{self._name} holds over {MAX_ELEMENTS:,} XML elements, more than any one activity records"
            )
        if tag.rpartition("}")[2] in POINT_TAGS:
            self._points += 1
            if self._points > MAX_TRACK_POINTS:
                raise ImportFileError(
                    f"{self._name} holds over {MAX_TRACK_POINTS:,} track points, more than one activity may have "
                    "(a point a second for 41 hours)"
                )
        return super().start(tag, attrs)

    def end(self, tag: str) -> Element:
        self._depth -= 1
        return super().end(tag)


def parse_xml(data: bytes, name: str) -> Element:
    """The root element, or ImportFileError for hostile, malformed or oversized XML."""
    try:
        parser = DefusedXMLParser(target=_Bounded(name), forbid_dtd=True, forbid_entities=True, forbid_external=True)
        parser.feed(data)
        return parser.close()
    except DefusedXmlException as exc:
        raise ImportFileError(
            f"{name} declares a DTD or entities ({type(exc).__name__}); activity files never need them, "
            "so it was refused unread"
        ) from exc
    except ParseError as exc:
        raise ImportFileError(f"{name} is not well-formed XML ({exc})") from exc
    except (ValueError, LookupError, RecursionError) as exc:  # e.g. an unknown declared encoding
        raise ImportFileError(f"{name} cannot be read as XML ({exc})") from exc


def as_utf8(data: bytes) -> bytes:
    """A UTF-16 document (its byte-order mark first, as Windows tools save XML) as UTF-8, its declaration
    saying so; anything else as it is. The readers and their sniffing then see one encoding."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return data  # left as it is: refused as not XML
    return _DECLARED_TEXT_ENCODING.sub(r"\g<1>UTF-8", text, count=1).encode("utf-8")


def xml_text(data: bytes, name: str) -> str:
    """The document as text, decoded as it declares (UTF-8 by default; a byte-order mark is dropped)."""
    match = _DECLARED_ENCODING.match(data.removeprefix(b"\xef\xbb\xbf")[:200])
    encoding = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFileError(f"{name} is not valid {encoding} text") from exc


def local_name(element: Element) -> str:
    """The tag without its namespace: TCX and GPX files differ in the namespaces they declare."""
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""
