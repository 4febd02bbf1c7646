"""The collector is off while Runlift starts and back on, with the start's objects frozen, once it has (issue 21)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from planner import startup_gc


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if was_enabled:
        gc.enable()


@pytest.mark.usefixtures("collector_restored")
def test_hold_then_release_freezes_the_start_and_resumes() -> None:
    gc.enable()
    startup_gc.hold()
    assert not gc.isenabled()
    made = [object() for _ in range(3)]  # noqa: F841  (objects the start makes)
    startup_gc.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    startup_gc.release()  # a second release does nothing
    assert gc.get_freeze_count() == frozen


@pytest.mark.usefixtures("collector_restored")
def test_release_leaves_a_collector_someone_else_turned_off() -> None:
    gc.disable()
    startup_gc.hold()  # already off: not ours to turn back on
    startup_gc.release()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_headless_command_runs_with_the_collector_on(tmp_path) -> None:
    """`runlift paths` (as scripts start it): the command's own work runs collected, not held."""
    probe = (
        "import gc, sys, runpy\n"
        "import planner.cli.paths as p\n"
        "real = p.run\n"
        "def run(args, where):\n"
        "    print('collector', gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "    return real(args, where)\n"
        "p.run = run\n"
        "sys.argv = ['planner', '--data-dir', sys.argv[1], 'paths']\n"
        "runpy.run_module('planner', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, timeout=60, env=dict(os.environ)
    )
    assert done.returncode == 0, done.stderr
    assert "collector True True" in done.stdout
