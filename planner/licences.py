"""The libraries Runlift ships with and their licences: shown in Help > About, and their metadata bundled by the spec.

No Qt here: packaging/runlift.spec reads this list to copy each library's metadata into the bundle, so the frozen
app's About box can name the versions too.
"""

from __future__ import annotations

from importlib import metadata
from typing import NamedTuple


class Library(NamedTuple):
    distribution: str  # the name importlib.metadata knows it by
    title: str
    licence: str  # SPDX where the project states one
    url: str


# what the app (and the bundle) carries: the direct dependencies in pyproject.toml and the libraries they bring
# (tests/unit/test_licences.py checks that every direct dependency is here)
LIBRARIES: tuple[Library, ...] = (
    Library(
        "PySide6-Essentials", "Qt 6 and Qt for Python (PySide6)", "LGPL-3.0-only", "https://www.qt.io/qt-for-python"
    ),
    Library("shiboken6", "Shiboken6 (PySide6's binding generator runtime)", "LGPL-3.0-only", "https://www.qt.io/"),
    Library("peewee", "peewee", "MIT", "https://github.com/coleifer/peewee"),
    Library("matplotlib", "Matplotlib", "Matplotlib licence (PSF-based)", "https://matplotlib.org"),
    Library("numpy", "NumPy", "BSD-3-Clause", "https://numpy.org"),
    Library("pillow", "Pillow", "MIT-CMU", "https://python-pillow.org"),
    Library("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Library("defusedxml", "defusedxml", "PSF-2.0", "https://github.com/tiran/defusedxml"),
    Library("fitdecode", "fitdecode", "MIT", "https://github.com/polyvertex/fitdecode"),
    Library("gpxpy", "gpxpy", "Apache-2.0", "https://github.com/tkrajina/gpxpy"),
    Library("icalendar", "icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar"),
    Library(
        "python-dateutil", "python-dateutil", "BSD-3-Clause AND Apache-2.0", "https://github.com/dateutil/dateutil"
    ),
    Library("tzdata", "tzdata", "Apache-2.0", "https://github.com/python/tzdata"),
    Library("contourpy", "ContourPy", "BSD-3-Clause", "https://github.com/contourpy/contourpy"),
    Library("cycler", "Cycler", "BSD-3-Clause", "https://github.com/matplotlib/cycler"),
    Library("fonttools", "fontTools", "MIT", "https://github.com/fonttools/fonttools"),
    Library("kiwisolver", "Kiwi solver", "BSD-3-Clause", "https://github.com/nucleic/kiwi"),
    Library("packaging", "packaging", "Apache-2.0 OR BSD-2-Clause", "https://github.com/pypa/packaging"),
    Library("pyparsing", "pyparsing", "MIT", "https://github.com/pyparsing/pyparsing"),
)


def installed_version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen bundle may carry the code without its metadata
        return None
