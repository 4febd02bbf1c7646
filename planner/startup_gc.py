"""The garbage collector held off while Runlift starts, then the start-up's objects set aside for good.

A start makes some 60,000 long-lived objects (modules, classes, dataclasses, Qt enums) and almost no garbage:
about 500 unreachable objects when the window is built, here. With the collector on, it ran about 85
collections over them before the window was painted (14-17 ms of a 300 ms start, issue 21), and every later
full collection scanned them again (30 ms each). So the collector is off from the first line until the window
is built and about to be shown (or a command starts its work); then ``gc.freeze()`` moves what exists into the
permanent generation, where the collector never looks, and collection resumes for everything made after. The
start-up's leftovers stay in memory: about 500 objects, 2,000 when the app reopens on the Progress page (what
importing matplotlib leaves), a few hundred kilobytes at most. It is released before the window is shown,
not at its first paint, because a page restored on show (Progress) draws its charts then, and the garbage of
drawing must stay collectable.
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
