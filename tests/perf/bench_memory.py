"""Peak memory with every page open and the Progress page on All over ten years, against its floor.

    python tests/perf/bench_memory.py [--runs N]

Each sample is a fresh interpreter, the two sides taking turns run by run; each reports its peak resident set
(``ru_maxrss``) once everything is drawn:
- Runlift: the main window on the ten-year history, then the Library page, then the Progress page on All with
  each of its five tabs shown (so every chart is drawn), then the Calendar again;
- the floor (DESIGN §6): bare PySide6 + matplotlib, a window with five FigureCanvasQTAgg tabs drawing the same
  points (tests/perf/floor_charts.py, read from arrays saved by this script: no database, nothing of Runlift).
Target: Runlift <= 1.3x the floor, ratio of medians.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET = 1.3

APP = f"""
import resource, sys
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from PySide6.QtCore import qInstallMessageHandler
qInstallMessageHandler(lambda *args: None)
from planner.config import Paths
from planner.engine.chart_range import ChartRange
from planner.services.workspace import open_workspace
from planner.ui.app import make_application
from planner.ui.shell.main_window import MainWindow
app = make_application([])
workspace = open_workspace(Paths(Path(sys.argv[1])))
window = MainWindow(workspace)
window.resize(1180, 720)
window.show()
app.processEvents()
window.show_page("library")
app.processEvents()
window.show_page("progress")
app.processEvents()
window.progress.set_range(ChartRange.ALL)
for tab in range(window.progress.tabs.count()):
    window.progress.tabs.setCurrentIndex(tab)
    app.processEvents()
window.show_page("calendar")
app.processEvents()
print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

FLOOR = f"""
import pickle, resource, sys
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtCore import qInstallMessageHandler
qInstallMessageHandler(lambda *args: None)
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from tests.perf.floor_charts import draw_floor
with open(sys.argv[1], "rb") as handle:
    points = pickle.load(handle)
app = QApplication([])
window = QMainWindow()
window.resize(1180, 720)
tabs = QTabWidget()
figures = [Figure() for _ in range(5)]
for n, figure in enumerate(figures):
    tabs.addTab(FigureCanvasQTAgg(figure), str(n))
window.setCentralWidget(tabs)
draw_floor(points, figures)
window.show()
app.processEvents()
for tab in range(5):
    tabs.setCurrentIndex(tab)
    app.processEvents()
print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_mib(code: str, argument: str, env: dict[str, str]) -> float:
    done = subprocess.run([sys.executable, "-c", code, argument], env=env, capture_output=True, text=True, check=True)
    line = next(row for row in done.stdout.splitlines() if row.startswith("PEAK "))
    return int(line.split()[1]) / 1024  # ru_maxrss is in KiB on Linux


def prepare(folder: Path) -> Path:
    """Ten years of history in ``folder``, and the Progress page's All data as plain arrays beside it."""
    from datetime import date

    from planner.config import Paths
    from planner.engine.chart_range import ChartRange
    from planner.services import first_run
    from planner.services.progress import progress
    from planner.services.workspace import open_workspace
    from tests.perf.floor_charts import floor_points
    from tests.perf.history import generate

    workspace = open_workspace(Paths(folder))
    try:
        generate(workspace, 10)
        first_run.skip_setup()
        points = floor_points(progress(ChartRange.ALL, None, today=date.today()))
    finally:
        workspace.close()
    arrays = folder / "points.pickle"
    with arrays.open("wb") as handle:
        pickle.dump(points, handle)
    return arrays


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    samples: dict[str, list[float]] = {"app": [], "floor": []}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        arrays = prepare(folder)
        for _ in range(args.runs):
            samples["floor"].append(peak_mib(FLOOR, str(arrays), env))
            samples["app"].append(peak_mib(APP, str(folder), env))
    app, floor = statistics.median(samples["app"]), statistics.median(samples["floor"])
    verdict = "ok" if app / floor <= TARGET else "OVER"
    print(f"peak resident memory, medians of {args.runs} runs each, interleaved:")
    print(f"bare PySide6 + matplotlib, five charts of the same points: {floor:6.0f} MiB")
    print(f"Runlift, every page open, Progress on All (10 years):     {app:6.0f} MiB")
    print(f"ratio: {app / floor:.2f}x (target <= {TARGET}x: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
