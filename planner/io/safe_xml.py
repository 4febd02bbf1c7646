"""Parsing untrusted XML: no DTDs at all, so no entity expansion and no external entities.

GPX and TCX never need a DTD, so refusing any file that declares one costs real files nothing and
stops billion-laughs and external-entity (file or network) attacks before they start.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from planner.io.activity import ImportFileError

_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def parse_xml(data: bytes, name: str) -> Element:
    """The root element, or ImportFileError for hostile or malformed XML."""
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ImportFileError(
            f"{name} declares a DTD or entities ({type(exc).__name__}); activity files never need them, "
            "so it was refused unread"
        ) from exc
    except ParseError as exc:
        raise ImportFileError(f"{name} is not well-formed XML ({exc})") from exc
    except (ValueError, LookupError, RecursionError) as exc:  # e.g. an unknown declared encoding
        raise ImportFileError(f"{name} cannot be read as XML ({exc})") from exc


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
