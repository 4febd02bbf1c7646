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


def test_an_unwritable_cache_keeps_the_temporary_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(charts, "user_cache_folder", lambda: blocker)
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "pyinstaller-temp"))
    charts.keep_matplotlib_cache()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "pyinstaller-temp")
