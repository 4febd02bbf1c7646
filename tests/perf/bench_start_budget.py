"""Where Runlift's start goes beyond the shaped floor's, phase by phase (reported, no target).

    python tests/perf/bench_start_budget.py [--runs N]

bench_startup.py says how far the start is from its floor; this says where the difference goes, so the next step
is chosen by measurement. Each sample is a fresh interpreter, bytecode cached, timing its own phases with the
process's CPU clock (steadier than the wall clock on this shared machine, and start-up here is CPU-bound: the
files are in the OS cache). The phases, medians of ``--runs`` interleaved rounds:

- PySide6 and peewee imported, and the ``Qt`` namespace (both sides name it);
- the app's own imports against the floor's none: its data layer, loaded before PySide6 as the app loads it
  (planner.cli.gui.load_data_layer), and the window's modules after it. The data layer loads standard modules
  (typing, shutil, tempfile, argparse...) that PySide6's import would otherwise load, so about 12 ms move from
  the first phase to this one on the app's side: read the two together (the line after them);
- the application object and the data folder (open, check, migrate) against the floor's application and query;
- building the window against building the floor's;
- showing it until its first paint.

Two costs inside the app's imports are taken apart, neither of which the floor's one-file script can meet:

- PySide's import hook (PYSIDE-2029): from PySide6's import on, every ``import`` statement goes through it, in
  Python (it read each new module's source, to see whether it uses PySide, until planner.ui's feature table). A
  third side runs the app with Python's own ``__import__`` put back
  for its imports (a measurement only; the app never does this), and the difference is the hook's share;
- dataclass processing: Python 3.11 compiles each generated method of each dataclass on its own, 0.5-1.4 ms a
  class; the types the window needs before its first paint are records (planner.domain.record), which generate
  none, and this line says what making them still costs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "perf"))

from bench_startup import ICONS, PAINTED, SHAPED, bytecode_env  # noqa: E402  (the floor is the same script)

# waits for the window's first paint (processEvents alone may not deliver it), prints the phases and leaves at once
_UNTIL_PAINTED = """
class _Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            _Painted.seen = True
        return False
_watch = _Painted()
window.installEventFilter(_watch)
window.show()
while not _Painted.seen:
    app.processEvents()
"""

APP = (
    """
import time
_phases = [0.0] * 5
_mark = time.process_time()
def _lap(phase):
    global _mark
    now = time.process_time()
    _phases[phase] += now - _mark
    _mark = now
import builtins, dataclasses, json, os, sys
from pathlib import Path
_made = [0, 0.0]
_process = dataclasses._process_class
def _timed(cls, *args, **kwargs):
    start = time.process_time()
    try:
        return _process(cls, *args, **kwargs)
    finally:
        _made[0] += 1
        _made[1] += time.process_time() - start
dataclasses._process_class = _timed
_own_import = builtins.__import__
import peewee
_lap(0)
from planner import startup_gc
startup_gc.hold()
from planner.cli.gui import load_data_layer
load_data_layer()  # the app loads its data layer before Qt (planner.cli.gui)
_lap(1)
from PySide6.QtCore import QEvent, QObject, Qt
import PySide6.QtGui, PySide6.QtWidgets
if sys.argv[2] == "no-hook":
    builtins.__import__ = _own_import
_lap(0)
from planner.config import Paths
from planner.ui import app as gui
import planner.ui.shell.main_window
_modules = sum(1 for name in sys.modules if name.startswith("planner"))
_lap(1)
app = gui.make_application([])
_workspace = gui.open_with_recovery(Paths(Path(sys.argv[1])))
_lap(2)
window = gui._open_window(_workspace)
startup_gc.release()
_lap(3)
"""
    + _UNTIL_PAINTED
    + """
_lap(4)
print(json.dumps({"phases": _phases, "dataclasses": _made, "modules": _modules}))
sys.stdout.flush()
os._exit(0)
"""
)

# the floor's own wait for its first paint (and app.exec) is left out: this script waits the same way for both
_SHAPED_IMPORTS, _SHAPED_BUILD = SHAPED.removesuffix(PAINTED).split("\napp = QApplication([])\n")
_SHAPED_AFTER_QUERY = "\nwindow = QMainWindow()\n"

FLOOR = (
    "import time\n_t = [time.process_time()]\n"
    + _SHAPED_IMPORTS
    + "\n_t.append(time.process_time())\n_t.append(time.process_time())  # no imports of its own\n"
    + "app = QApplication([])\n"
    + _SHAPED_BUILD.replace(_SHAPED_AFTER_QUERY, "\n_t.append(time.process_time())" + _SHAPED_AFTER_QUERY, 1)
    + "\n_t.append(time.process_time())\n"
    + _UNTIL_PAINTED
    + """
_t.append(time.process_time())
import json, os
print(json.dumps({"phases": [b - a for a, b in zip(_t, _t[1:])]}))
sys.stdout.flush()
os._exit(0)
"""
)

PHASES = (
    "PySide6, peewee, Qt namespace",
    "the app's own imports",
    "application + data folder",
    "building the window",
    "show to first paint",
)


def sample(code: str, *args: str, env: dict[str, str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True, cwd=ROOT
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    if _SHAPED_AFTER_QUERY not in _SHAPED_BUILD or "app.exec()" in _SHAPED_BUILD:
        raise SystemExit("bench_startup.SHAPED changed: split it again here")
    env = bytecode_env()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        subprocess.run(
            [sys.executable, "-m", "planner", "--data-dir", str(data), "example"],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
            cwd=ROOT,
        )
        sides = {
            "floor": (FLOOR, str(data / "runlift.sqlite"), str(ICONS)),
            "app": (APP, str(data), "hook"),
            "no hook": (APP, str(data), "no-hook"),
        }
        for code, *rest in sides.values():
            sample(code, *rest, env=env)  # warms the OS cache and writes the bytecode
        runs: dict[str, list[dict]] = {name: [] for name in sides}
        for _ in range(args.runs):
            for name, (code, *rest) in sides.items():
                runs[name].append(sample(code, *rest, env=env))

    def median_phase(name: str, i: int) -> float:
        return statistics.median(run["phases"][i] for run in runs[name])

    def median_total(name: str) -> float:
        return statistics.median(sum(run["phases"]) for run in runs[name])

    print(f"CPU ms per phase, medians of {args.runs} interleaved rounds (bytecode cached, {env['QT_QPA_PLATFORM']})")
    print(f"{'phase':32} {'floor':>7} {'app':>7} {'app-floor':>9}")
    for i, phase in enumerate(PHASES):
        floor, app = median_phase("floor", i), median_phase("app", i)
        print(f"{phase:32} {ms(floor):>7} {ms(app):>7} {ms(app - floor):>9}")
    both = [statistics.median(run["phases"][0] + run["phases"][1] for run in runs[name]) for name in ("floor", "app")]
    print(f"{'  the two imports together':32} {ms(both[0]):>7} {ms(both[1]):>7} {ms(both[1] - both[0]):>9}")
    floor, app = median_total("floor"), median_total("app")
    print(f"{'total (after the interpreter)':32} {ms(floor):>7} {ms(app):>7} {ms(app - floor):>9}")
    hook = median_phase("app", 1) - median_phase("no hook", 1)
    made = statistics.median(run["dataclasses"][1] for run in runs["app"])
    count = runs["app"][0]["dataclasses"][0]
    modules = runs["app"][0]["modules"]
    print(f"of which, before the first paint ({modules} planner modules imported):")
    print(f"  PySide's import hook, in the imports after PySide6: {ms(hook).strip()} ms")
    print(f"  dataclass processing ({count} classes, records generate no code): {ms(made).strip()} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
