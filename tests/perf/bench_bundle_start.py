"""Cold start of the built bundle to its first painted window, beside the pip install and both floors of
bench_startup, all interleaved round by round in one run.

    bash packaging/build.sh && python tests/perf/bench_bundle_start.py [--runs N] [--bundle dist/runlift/runlift]

The same measure as tests/perf/bench_startup.py (spawn to the wall-clock time printed at the first paint). DESIGN §7
expects a one-folder bundle to start 0.15-0.35 s slower than the interpreter: it unpacks nothing, but loads its own
copies of every library. Target (DESIGN §6): the bundle too <= 1.3x the shaped floor.

A fifth side tells the packaging's share from the app's: the shaped floor itself frozen by the same PyInstaller,
one folder, every module loose (``--debug noarchive``, the fastest start PyInstaller offers, so the floor stays a
floor), with QtSvg for its icons. It is built once into build/floor-bundle (``--rebuild-floor`` builds it again).
What it takes over the interpreted floor is what any PySide6 program pays for being a bundle here: the bootloader
starts, sets the library path and starts itself again, then loads the interpreter and its archive. Like for like
only roughly: the floor's bundle keeps PyInstaller's own hooks (its PySide6 hook imports QtCore before the script)
and what runlift.spec leaves out (the GTK3 theme, Qt's translations). It is built again when its script, Python,
PyInstaller or PySide6 changes.
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
    cpu_line,
    cpu_rounds,
    interleaved_samples,
    ms,
    paired_line,
    ratio_interval,
    verdict,
)

FLOOR_NAME = "shaped_floor"


def floor_stamp() -> str:
    """What the bundled floor was built from: its script and the versions that shape a bundle."""
    import PyInstaller
    import PySide6

    versions = f"python {sys.version.split()[0]}, PyInstaller {PyInstaller.__version__}, PySide6 {PySide6.__version__}"
    return f"# {versions}\n{SHAPED}"


def floor_bundle(work: Path, rebuild: bool) -> Path:
    """The shaped floor as a one-folder bundle (built when missing, when asked, or when its stamp changed)."""
    script = work / f"{FLOOR_NAME}.py"
    executable = work / "dist" / FLOOR_NAME / FLOOR_NAME
    stamp = floor_stamp()
    if rebuild or not os.access(executable, os.X_OK) or not script.exists() or script.read_text() != stamp:
        work.mkdir(parents=True, exist_ok=True)
        script.write_text(stamp, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "WARN",
             "--debug", "noarchive", "--hidden-import", "PySide6.QtSvg", "--distpath", str(work / "dist"),
             "--workpath", str(work / "build"), "--specpath", str(work), "--name", FLOOR_NAME, str(script)],
            check=True,
        )  # fmt: skip
    return executable


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "runlift" / "runlift")
    parser.add_argument("--rebuild-floor", action="store_true", help="build the bundled shaped floor again")
    args = parser.parse_args()
    if not os.access(args.bundle, os.X_OK):
        print(f"no bundle at {args.bundle}: run bash packaging/build.sh first", file=sys.stderr)
        return 2
    env = bytecode_env()
    frozen_floor = floor_bundle(ROOT / "build" / "floor-bundle", args.rebuild_floor)
    with tempfile.TemporaryDirectory() as folder:
        data = str(Path(folder))
        bundle = [str(args.bundle), "--data-dir", data]
        subprocess.run([*bundle, "example"], check=True, stdout=subprocess.DEVNULL, env=env)
        sides = {
            "empty": [sys.executable, "-c", BARE],
            "shaped": [sys.executable, "-c", SHAPED, str(Path(data) / "runlift.sqlite"), str(ICONS)],
            "shaped, bundled": [str(frozen_floor), str(Path(data) / "runlift.sqlite"), str(ICONS)],
            "pip": [sys.executable, "-m", "planner", "--data-dir", data],
            "bundle": bundle,
        }
        rounds = interleaved_samples(sides, env, args.runs)
        cpu = cpu_rounds(sides, args.runs)
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
    print(paired_line(rounds["pip"], rounds["shaped"], "Runlift, pip install / shaped floor"))
    print(paired_line(rounds["bundle"], rounds["shaped"], "Runlift, bundle / shaped floor"))
    print(f"bundle / pip:  {medians['bundle'] / medians['pip']:.2f}x")
    frozen = medians["shaped, bundled"]
    low, high = ratio_interval(rounds["shaped, bundled"], rounds["shaped"])
    print(
        f"shaped floor, bundled:      median {ms(frozen)}  {frozen / shaped:.2f}x the shaped floor, 90 % interval "
        f"{low:.2f}-{high:.2f}x: what being a bundle costs any PySide6 window here"
    )
    low, high = ratio_interval(rounds["bundle"], rounds["shaped, bundled"])
    print(
        f"Runlift bundle / bundled floor: {medians['bundle'] / frozen:.2f}x, 90 % interval {low:.2f}-{high:.2f}x "
        f"(the app's own share, like for like)"
    )
    print(cpu_line(cpu["pip"], cpu["shaped"], "pip install / shaped floor"))
    print(cpu_line(cpu["bundle"], cpu["shaped"], "bundle / shaped floor"))
    print(cpu_line(cpu["shaped, bundled"], cpu["shaped"], "bundled floor / shaped floor"))
    print(cpu_line(cpu["bundle"], cpu["shaped, bundled"], "bundle / bundled floor"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
