"""Cold start of the built bundle to its first painted window, beside the pip install and both floors of
bench_startup, all interleaved round by round in one run.

    bash packaging/build.sh && python tests/perf/bench_bundle_start.py [--runs N] [--bundle dist/runlift/runlift]

The same measure as tests/perf/bench_startup.py (spawn to the wall-clock time printed at the first paint). DESIGN §7
expects a one-folder bundle to start 0.15-0.35 s slower than the interpreter: it unpacks nothing, but loads its own
copies of every library. Target (DESIGN §6): the bundle too <= 1.3x the shaped floor.
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

from tests.perf.bench_startup import (  # noqa: E402
    BARE,
    ICONS,
    SHAPED,
    TARGET,
    bytecode_env,
    interleaved_samples,
    ms,
    ratio_interval,
    verdict,
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "runlift" / "runlift")
    args = parser.parse_args()
    if not os.access(args.bundle, os.X_OK):
        print(f"no bundle at {args.bundle}: run bash packaging/build.sh first", file=sys.stderr)
        return 2
    env = bytecode_env()
    with tempfile.TemporaryDirectory() as folder:
        data = str(Path(folder))
        bundle = [str(args.bundle), "--data-dir", data]
        subprocess.run([*bundle, "example"], check=True, stdout=subprocess.DEVNULL, env=env)
        rounds = interleaved_samples(
            {
                "empty": [sys.executable, "-c", BARE],
                "shaped": [sys.executable, "-c", SHAPED, str(Path(data) / "runlift.sqlite"), str(ICONS)],
                "pip": [sys.executable, "-m", "planner", "--data-dir", data],
                "bundle": bundle,
            },
            env,
            args.runs,
        )
    medians = {name: statistics.median(times) for name, times in rounds.items()}
    shaped = medians["shaped"]
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} (interleaved), bundle: {args.bundle}")
    print(f"empty PySide6 QMainWindow:  median {ms(medians['empty'])}")
    print(f"shaped floor:               median {ms(shaped)}")
    for name, label in (("pip", "Runlift, pip install:      "), ("bundle", "Runlift, one-folder bundle:")):
        ratio = medians[name] / shaped
        low, high = ratio_interval(rounds[name], rounds["shaped"])
        print(
            f"{label} median {ms(medians[name])}  {ratio:.2f}x the shaped floor, 90 % interval {low:.2f}-{high:.2f}x "
            f"(target <= {TARGET}x: {verdict(low, high)}), {medians[name] / medians['empty']:.2f}x empty"
        )
    print(f"bundle / pip:  {medians['bundle'] / medians['pip']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
