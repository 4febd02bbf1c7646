"""The app's modules are entered in PySide's feature table before they load, so its import hook reads no source
of theirs (planner/ui/feature_table.py, issue 21)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner.ui import feature_table

ROOT = Path(__file__).resolve().parents[2]

# as `runlift` starts the window: the data layer first, then the UI package, then the window's modules
PROBE = """
import inspect, sys
from planner.cli.gui import load_data_layer
load_data_layer()
import planner.ui
read = []
real = inspect.getsource
def counting(module):
    read.append(getattr(module, "__name__", "?"))
    return real(module)
inspect.getsource = counting
import planner.ui.shell.main_window
print(sorted(name for name in read if name.startswith("planner")))
"""


def test_the_window_s_modules_load_without_their_source_read() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_ui_modules_are_entered_as_pyside_users_and_the_rest_as_ignored() -> None:
    table = sys.modules["__feature__"].pyside_feature_dict
    assert table["planner.ui.calendar.week_page"] == feature_table.USES_PYSIDE
    assert table["planner.ui"] == feature_table.USES_PYSIDE
    assert table["planner.engine.placement"] == feature_table.IGNORED
    assert table["planner.io.gpx_activity"] == feature_table.IGNORED


def test_names_from_files_cover_packages_and_modules(tmp_path: Path) -> None:
    (tmp_path / "ui" / "look").mkdir(parents=True)
    (tmp_path / "__pycache__").mkdir()
    for name in ("__init__.py", "ui/__init__.py", "ui/look/__init__.py", "ui/look/icons.py", "__pycache__/stale.py"):
        (tmp_path / name).write_text("")
    (tmp_path / "ui" / "notes.txt").write_text("")
    expected = ["planner", "planner.ui", "planner.ui.look", "planner.ui.look.icons"]
    assert sorted(feature_table._app_modules(str(tmp_path))) == expected


def test_a_bundle_s_loose_bytecode_is_named_as_source_is(tmp_path: Path) -> None:
    """The bundle keeps the app's modules as loose .pyc files (packaging/runlift.spec): no archive to list."""
    (tmp_path / "ui").mkdir()
    for name in ("__init__.pyc", "ui/__init__.pyc", "ui/app.pyc", "config.py", "config.pyc"):
        (tmp_path / name).write_bytes(b"")
    expected = ["planner", "planner.config", "planner.ui", "planner.ui.app"]
    assert sorted(feature_table._app_modules(str(tmp_path))) == expected


def test_a_bundle_s_archive_is_listed_by_its_finder_as_files_are() -> None:
    """Modules in an archive (a bundle built without them loose, a zip) are not files: the finder lists them."""
    root = str(Path(feature_table.__file__).resolve().parents[1])
    assert sorted(feature_table._modules_listed(root)) == sorted(feature_table._modules_on_disk(root))
    assert feature_table._modules_on_disk(str(Path(root) / "no such folder")) == []


def test_an_archive_with_only_a_data_package_on_disk_is_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle whose modules are archived still has planner/resources/__init__.py as a data file."""
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "__init__.py").write_text("")
    monkeypatch.setattr(feature_table, "_modules_listed", lambda folder: ["planner", "planner.ui", "listed"])
    assert feature_table._app_modules(str(tmp_path)) == ["planner", "planner.ui", "listed"]


def test_a_pyside_without_the_table_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "__feature__", object())
    assert feature_table.enter_known_modules() == 0


def test_entries_pyside_made_itself_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    table = sys.modules["__feature__"].pyside_feature_dict
    monkeypatch.setitem(table, "planner.engine.placement", 3)  # as if a module had selected two features
    feature_table.enter_known_modules()
    assert table["planner.engine.placement"] == 3
