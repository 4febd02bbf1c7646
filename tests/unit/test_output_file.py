"""``export -o`` writes where it is told the way a shell redirection does (DESIGN §5): through links,
keeping a file's mode, into devices and pipes rather than over them, and never half a file."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from planner.io.output_file import write_atomically

posix = pytest.mark.skipif(os.name != "posix", reason="links, modes and pipes as POSIX has them")


@posix
def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.ics"
    target.write_bytes(b"old")
    link = tmp_path / "link.ics"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"


@posix
def test_an_existing_files_mode_is_kept_and_a_new_one_follows_the_umask(tmp_path: Path) -> None:
    existing = tmp_path / "shared.csv"
    existing.write_bytes(b"old")
    existing.chmod(0o644)
    write_atomically(existing, b"new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o644
    old_umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "fresh.csv", b"x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "fresh.csv").stat().st_mode) == 0o644


@posix
@pytest.mark.timeout(20)
def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    write_atomically(pipe, b"through the pipe")
    reader.join()
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)


@posix
def test_a_device_is_written_into_not_replaced() -> None:
    before = os.stat("/dev/null")
    write_atomically(Path("/dev/null"), b"gone")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_folder_is_refused_and_nothing_is_left_behind(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomically(folder, b"x")
    assert list(tmp_path.iterdir()) == [folder]


@posix
def test_a_read_only_file_is_refused_and_kept(tmp_path: Path) -> None:
    """A file made read-only (chmod a-w) was replaced by the rename all the same; a shell refuses to write it."""
    kept = tmp_path / "backup.json"
    kept.write_text("precious")
    kept.chmod(0o444)
    with pytest.raises(PermissionError) as refused:
        write_atomically(kept, b"new")
    assert refused.value.strerror == "it is read-only"
    assert kept.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.json"]
