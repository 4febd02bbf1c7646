"""Cold start to the first painted window: Runlift against a bare PySide6 QMainWindow, same run, same machine.

    python tests/perf/bench_startup.py [--runs N]

Each sample is a fresh interpreter, timed from just before it is spawned to the wall-clock time it prints
at its first paint (teardown is not start-up, for either). Target (DESIGN §6): <= 1.3x the bare script.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication([])
window = QMainWindow()
window.resize(1180, 720)
quitter = Quit()
window.installEventFilter(quitter)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to the first paint the child reports."""
    start = time.time()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    painted = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    if not painted:
        raise RuntimeError(f"{command[:3]} never painted: {done.stderr[-500:]}")
    return float(painted[0].split()[1]) - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    # as installed by pip: bytecode is cached (this workplace sets PYTHONDONTWRITEBYTECODE, which would make
    # every start recompile each module, a cost users never pay and the bare script barely has)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["RUNLIFT_EXIT_AFTER_FIRST_PAINT"] = "1"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        app = [sys.executable, "-m", "planner", "--data-dir", str(data)]
        bare = [sys.executable, "-c", BARE]
        subprocess.run([*app[:-2], "--data-dir", str(data), "example"], check=True, stdout=subprocess.DEVNULL)
        timed(app, env)  # first start creates nothing new but warms the OS file cache for both
        timed(bare, env)
        bare_times, app_times = [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare, env))
            app_times.append(timed(app, env))
    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"bare PySide6 QMainWindow: median {bare_median * 1000:.0f} ms")
    print(f"Runlift main window:      median {app_median * 1000:.0f} ms")
    print(f"ratio: {app_median / bare_median:.2f}x (target <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
