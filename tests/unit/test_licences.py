"""Help > About lists every library Runlift depends on, with a licence, and each is really installed."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from planner.licences import LIBRARIES, installed_version

ROOT = Path(__file__).resolve().parents[2]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_direct_dependency_is_listed() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    direct = {_normal(re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0]) for spec in project["dependencies"]}
    listed = {_normal(library.distribution) for library in LIBRARIES}
    assert direct - listed == set()


def test_every_listed_library_is_installed_and_has_a_licence() -> None:
    for library in LIBRARIES:
        assert installed_version(library.distribution), library.distribution
        assert library.licence.strip()
        assert library.url.startswith("https://")
