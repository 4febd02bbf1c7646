"""Find bundled files whether Runlift runs installed, editable, from a source tree or frozen."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "planner" / "resources"
    # the two usual layouts are found without importlib.resources, whose import costs start-up time
    here = Path(__file__).resolve().parent
    if (here / "resources").is_dir():  # installed: the package planner.resources
        return here / "resources"
    if (here.parent / "pyproject.toml").is_file() and (here.parent / "resources").is_dir():  # a source tree
        return here.parent / "resources"
    try:
        from importlib.resources import files

        root = Path(str(files("planner.resources")))
        if root.is_dir():
            return root
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
