"""The bundle keeps matplotlib's font list between starts (issue 21), in the app's own cache folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from planner.ui import charts


def test_the_bundle_gives_matplotlib_a_lasting_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(charts, "user_cache_folder", lambda: tmp_path / "cache")
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "pyinstaller-temp"))
    charts.keep_matplotlib_cache()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "cache" / "matplotlib")
    assert (tmp_path / "cache" / "matplotlib").is_dir()


def test_a_pip_install_leaves_matplotlib_where_it_was(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(charts, "user_cache_folder", lambda: tmp_path / "cache")
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "own"))
    charts.keep_matplotlib_cache()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "own")
    assert not (tmp_path / "cache").exists()


def test_an_unwritable_cache_gets_a_temporary_folder_removed_at_exit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(charts, "user_cache_folder", lambda: blocker)
    monkeypatch.setattr(charts.tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    at_exit: list[tuple] = []
    monkeypatch.setattr(charts.atexit, "register", lambda *call, **options: at_exit.append((call, options)))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "user's own"))
    charts.keep_matplotlib_cache()
    made = Path(os.environ["MPLCONFIGDIR"])
    assert made.parent == tmp_path / "tmp"
    assert made.name.startswith("runlift-matplotlib-")
    assert made.is_dir()
    ((call, options),) = at_exit
    call[0](*call[1:], **options)  # what the exit runs removes the folder
    assert not made.exists()


def test_no_writable_folder_at_all_leaves_matplotlib_to_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(charts, "user_cache_folder", lambda: blocker)
    monkeypatch.setattr(charts.tempfile, "tempdir", str(blocker / "tmp"))  # under a file: cannot be made
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "user's own"))
    charts.keep_matplotlib_cache()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "user's own")
