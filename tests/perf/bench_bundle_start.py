"""Cold start of the built bundle to its first painted window, against the bare PySide6 script of bench_startup.

    bash packaging/build.sh && python tests/perf/bench_bundle_start.py [--runs N] [--bundle dist/runlift/runlift]

The same measure as tests/perf/bench_startup.py (spawn to the wall-clock time printed at the first paint), with the
same bare QMainWindow baseline, and the pip-installed app beside it, all in one run. DESIGN §7 expects a one-folder
bundle to start 0.15-0.35 s slower than the interpreter: it unpacks nothing, but loads its own copies of every library.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.perf.bench_startup import BARE, timed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "runlift" / "runlift")
    args = parser.parse_args()
    if not os.access(args.bundle, os.X_OK):
        print(f"no bundle at {args.bundle}: run bash packaging/build.sh first", file=sys.stderr)
        return 2
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["RUNLIFT_EXIT_AFTER_FIRST_PAINT"] = "1"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        data = str(Path(folder))
        bundle = [str(args.bundle), "--data-dir", data]
        pip = [sys.executable, "-m", "planner", "--data-dir", data]
        bare = [sys.executable, "-c", BARE]
        subprocess.run([*bundle, "example"], check=True, stdout=subprocess.DEVNULL, env=env)
        for command in (bundle, pip, bare):  # warm the OS file cache for each, as a second start would find it
            timed(command, env)
        samples: dict[str, list[float]] = {"bare": [], "bundle": [], "pip": []}
        for _ in range(args.runs):
            samples["bare"].append(timed(bare, env))
            samples["bundle"].append(timed(bundle, env))
            samples["pip"].append(timed(pip, env))
    medians = {name: statistics.median(times) for name, times in samples.items()}
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}, bundle: {args.bundle}")
    print(f"bare PySide6 QMainWindow:   median {medians['bare'] * 1000:.0f} ms")
    print(f"Runlift, pip install:       median {medians['pip'] * 1000:.0f} ms")
    print(f"Runlift, one-folder bundle: median {medians['bundle'] * 1000:.0f} ms")
    print(f"bundle / bare: {medians['bundle'] / medians['bare']:.2f}x (DESIGN §6 start-up target <= 1.3x)")
    print(f"bundle / pip:  {medians['bundle'] / medians['pip']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
