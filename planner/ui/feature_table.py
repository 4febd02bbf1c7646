"""The app's modules entered in PySide's feature table up front, so that its import hook need not read their source.

From PySide6's import on, its hook (PYSIDE-2029) looks at each module an ``import`` names for the first time: it
reads the module's whole source to see whether "PySide6" appears in it, and records 0 (uses PySide, no
``__feature__`` selected) or -1 (ignore it in feature switching). Runlift selects no feature (no ``snake_case``,
no ``true_property``), so every entry means "as PySide is by default" whichever of the two it holds. Entering the
app's own modules, and those already loaded, before they are named saves reading about a hundred files at each
start: 8.9 ms of CPU (issue 21). A PySide that keeps no such table leaves the hook as it was.
"""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401  (installs the hook and its table)

# The hook's two entries. They are given here by name (planner.ui and PySide6 modules, or not), not by reading
# each source as the hook does: a few differ (planner.cli.gui names PySide6; planner.ui's chart modules do not),
# which changes nothing while no feature is selected anywhere.
USES_PYSIDE = 0  # "uses PySide, with no feature"
IGNORED = -1  # "does not use PySide: left out of feature switching"


def enter_known_modules() -> int:
    """Enter the loaded modules and the app's own (by their files) that the table lacks; how many were entered."""
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    for name in list(sys.modules):
        table.setdefault(name, USES_PYSIDE if name.startswith(("PySide6", "planner.ui")) else IGNORED)
    for name in _app_modules(os.path.dirname(os.path.dirname(__file__))):
        table.setdefault(name, USES_PYSIDE if name.startswith("planner.ui") else IGNORED)
    return len(table) - before


def _app_modules(folder: str) -> list[str]:
    """Module names of the ``planner`` package at ``folder``, without importing any: from its files, source in an
    install or bytecode in the bundle, which keeps the app's modules loose (0.6 ms); else from an archive, which
    its finder lists (pkgutil, 3 ms on files)."""
    names = _modules_on_disk(folder)
    # an archive still leaves data packages as files (planner/resources/__init__.py): only the package's own
    # __init__ on disk shows that its modules are there too
    return names if "planner" in names else _modules_listed(folder)


def _modules_on_disk(root: str) -> list[str]:
    names: list[str] = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        inside = os.path.relpath(folder, root)
        package = "planner" if inside == os.curdir else ".".join(("planner", *inside.split(os.sep)))
        modules = {file.rsplit(".", 1)[0] for file in files if file.endswith((".py", ".pyc"))}
        names += [package if module == "__init__" else f"{package}.{module}" for module in sorted(modules)]
    return names


def _modules_listed(folder: str, package: str = "planner") -> list[str]:
    import pkgutil  # only for an archive: files need no pkgutil

    names = [package]
    for found in pkgutil.iter_modules([folder]):
        name = f"{package}.{found.name}"
        names += _modules_listed(os.path.join(folder, found.name), name) if found.ispkg else [name]
    return names
