"""The Progress page's charts: matplotlib figures in Qt canvases, imported only when the page opens."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile

from planner.config import user_cache_folder


def keep_matplotlib_cache() -> None:
    """In the desktop bundle, give matplotlib a lasting folder of its own before it is imported.

    A folder of the app's own keeps matplotlib's font list between starts (scanning the system's fonts took
    0.17 s here with 22 fonts, seconds on a desktop with hundreds) and keeps the user's
    ~/.config/matplotlib/matplotlibrc away from the app's charts. The bundle leaves out PyInstaller's
    matplotlib run-time hook, which made a new temporary folder at every start, charts or not, and left one
    behind each time the app was killed (packaging/runlift.spec). Only when the cache folder cannot be written
    (a read-only home) is a temporary folder made, here, when the Progress page first opens.
    """
    if not getattr(sys, "frozen", False):
        return
    folder = user_cache_folder() / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        usable = os.access(folder, os.W_OK)
    except OSError:
        usable = False
    if usable:
        os.environ["MPLCONFIGDIR"] = str(folder)
        return
    try:
        temporary = tempfile.mkdtemp(prefix="runlift-matplotlib-")
    except OSError:
        return  # no temporary folder either (tempfile tries several): matplotlib follows its own rules
    atexit.register(shutil.rmtree, temporary, ignore_errors=True)
    os.environ["MPLCONFIGDIR"] = temporary


keep_matplotlib_cache()
