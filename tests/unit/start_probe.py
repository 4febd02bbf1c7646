"""A real start of the window, up to its first paint, with a probe script watching it (shared by the start tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_probe(probe: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Make an example week in a fresh data folder, then run ``probe`` with that folder as its argument, offscreen,
    the window quitting at its first paint as the start benchmark has it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNLIFT_EXIT_AFTER_FIRST_PAINT": "1"}
    data = str(tmp_path / "data")
    subprocess.run([sys.executable, "-m", "planner", "--data-dir", data, "example"], env=env, cwd=ROOT, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe, data], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done
