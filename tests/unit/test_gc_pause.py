"""The collector is held off while charts are drawn, and always comes back on."""

from __future__ import annotations

import gc

import pytest

from planner.ui.charts.gc_pause import gc_paused


def test_nested_pauses_end_with_the_outermost() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not turn it back on mid-draw
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("drawing failed")
    assert gc.isenabled()


def test_garbage_made_during_the_pause_is_collected_when_it_ends() -> None:
    class Node:
        pass

    with gc_paused():
        node = Node()
        node.self = node  # type: ignore[attr-defined]  # a cycle only the collector frees
        count = sum(isinstance(o, Node) for o in gc.get_objects())
        del node
    assert count == 1
    assert not any(isinstance(o, Node) for o in gc.get_objects())


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
