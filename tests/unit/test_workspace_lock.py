"""One Runlift per data folder: a second writer is refused with a clear message; readers may look."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

from planner.config import Paths
from planner.services.workspace import open_workspace
from planner.store.errors import DatabaseInUseError

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from planner.config import Paths
    from planner.services.workspace import open_workspace
    workspace = open_workspace(Paths(Path(sys.argv[1])))
    print("ready", flush=True)
    sys.stdin.readline()
    workspace.close()
    """
)


@pytest.fixture
def other_instance(paths: Paths) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "ready"
    yield holder
    holder.communicate("\n", timeout=30)


@pytest.mark.slow
def test_a_second_writer_is_refused(paths: Paths, other_instance: subprocess.Popen[str]) -> None:
    with pytest.raises(DatabaseInUseError, match="already using"):
        open_workspace(paths)


@pytest.mark.slow
def test_a_reader_may_look_while_the_app_is_open(paths: Paths, other_instance: subprocess.Popen[str]) -> None:
    workspace = open_workspace(paths, exclusive=False)
    assert workspace.lock is None
    workspace.close()


def test_the_lock_is_released_on_close(paths: Paths) -> None:
    first = open_workspace(paths)
    assert first.lock is not None
    assert first.lock.held
    first.close()
    second = open_workspace(paths)
    second.close()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_lock_file_that_is_a_pipe_or_device_is_named_as_such(paths: Paths, kind: str) -> None:
    """runlift.lock as a named pipe (or a link to /dev/null) failed on ftruncate: 'cannot use <folder>: Invalid
    argument', naming neither the file nor the cause."""
    import os

    from planner.store.errors import StorageError

    if kind == "fifo":
        os.mkfifo(paths.lock_file)
    else:
        paths.lock_file.symlink_to("/dev/null")
    with pytest.raises(StorageError) as refused:
        open_workspace(paths)
    assert str(refused.value) == (
        f"cannot use {paths.lock_file}: it is not a regular file (a pipe or device); nothing was changed"
    )
