"""The window's start loads every non-Qt module of the app before PySide6 (planner.cli.gui.load_data_layer).

After PySide6's import, its import hook runs in Python for every ``import`` statement, and it read each new
module's source until planner.ui's feature table (issue 21). A module of the data layer that only the window's
modules name would load after Qt and pay for that; this test names it, so it joins ``load_data_layer``.
"""

from __future__ import annotations

from pathlib import Path

from tests.unit.start_probe import run_probe

# records every module the start loads, in order, from a finder that finds nothing; exits at the first paint
PROBE = """
import atexit, runpy, sys
order = []
class Recorder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        order.append(name)
        return None
sys.meta_path.insert(0, Recorder)
atexit.register(lambda: print(" ".join(order)))
sys.argv = ["planner", "--data-dir", sys.argv[1]]
runpy.run_module("planner", run_name="__main__")
"""


def loaded_after_qt(order: list[str]) -> list[str]:
    """The app's modules outside planner.ui (and planner.cli, which starts it) first loaded after PySide6."""
    if "PySide6" not in order:
        return []
    late = order[order.index("PySide6") + 1 :]
    return [name for name in late if name.startswith("planner.") and not name.startswith(("planner.ui", "planner.cli"))]


def test_loaded_after_qt_names_only_the_data_layer_after_pyside() -> None:
    order = ["planner.services.calendar", "PySide6", "planner.ui.app", "planner.services.changes", "planner.cli.x"]
    assert loaded_after_qt(order) == ["planner.services.changes"]
    assert loaded_after_qt(["planner.services.changes"]) == []


def test_the_window_loads_no_data_layer_module_after_qt(tmp_path: Path) -> None:
    done = run_probe(PROBE, tmp_path)
    assert "first-paint" in done.stdout  # the window was painted: the whole start was seen
    order = done.stdout.splitlines()[-1].split()
    assert "planner.ui.shell.main_window" in order
    assert loaded_after_qt(order) == []
