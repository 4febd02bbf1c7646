"""Garbage collection held off while a chart is read, built and rendered, then run once on what it left young.

Drawing ten years makes hundreds of thousands of short-lived objects (matplotlib's artists, transforms and
ticks; the span's sessions and check-ins). With the collector on, opening the Progress page on All ran about
160 collections, one of them a full one, 145-205 ms a time on this machine; paused and followed by one
collection of the young generations, 30-40 ms (issue 21). Nothing is leaked: the young objects are collected
when the pause ends, and older garbage at the collector's next full pass, as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold off the collector for the block; nested blocks collect once, when the outermost ends."""
    global _depth
    outermost = _depth == 0 and gc.isenabled()
    _depth += 1
    if outermost:
        gc.disable()
    try:
        yield
    finally:
        _depth -= 1
        if outermost:
            gc.enable()
            gc.collect(1)  # the young generations only: what the block made and dropped
