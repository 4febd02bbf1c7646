"""Icons drawn by the project (resources/icons), cached per name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from planner.domain.enums import SessionKind
from planner.resource_files import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def kind_icon(kind: SessionKind) -> QIcon:
    return icon(kind.value)
