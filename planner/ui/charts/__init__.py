"""The Progress page's charts: matplotlib figures in Qt canvases, imported only when the page opens."""

from __future__ import annotations

import os
import sys

from planner.config import user_cache_folder


def keep_matplotlib_cache() -> None:
    """In the desktop bundle, give matplotlib a lasting folder of its own before it is imported.

    PyInstaller's run-time hook points MPLCONFIGDIR at a new temporary folder on every start, so matplotlib
    scanned every system font again each time the Progress page first opened (0.17 s here with 22 fonts,
    seconds on a desktop with hundreds). A folder of the app's own keeps the font list and still keeps the
    user's ~/.config/matplotlib/matplotlibrc away from the app's charts, which is why the hook isolates it.
    """
    if not getattr(sys, "frozen", False):
        return
    folder = user_cache_folder() / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a read-only home: the hook's temporary folder still works, only slower
    if os.access(folder, os.W_OK):
        os.environ["MPLCONFIGDIR"] = str(folder)


keep_matplotlib_cache()
