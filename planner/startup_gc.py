"""The garbage collector held off while Runlift starts, then the start-up's objects set aside for good.

A start makes some 60,000 long-lived objects (modules, classes, dataclasses, Qt enums) and almost no garbage:
519 unreachable objects at the first paint here. With the collector on, it ran about 85 collections over them
before the window was painted (14-17 ms of a 300 ms start, issue 21); every later full collection would scan
them again (30 ms each). So the collector is off from the first line until the window is painted (or the
command starts its work), then ``gc.freeze()`` moves what exists into the permanent generation, where the
collector never looks, and collection resumes for everything made after. The few hundred start-up leftovers
stay in memory: a few tens of kilobytes. This is CPython's documented use of ``gc.freeze``.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Turn the collector off for the start; a no-op when it is already off (someone else holds it)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what the start made and turn the collector back on; only the first call after hold() acts."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
