"""The bundle keeps what the window loads before its first paint as loose bytecode (packaging/runlift.spec).

A module left in the compressed archive is decompressed at each start: with every start module loose the bundle
started 1.10x the pip install's time before, 1.05x after (tests/perf/bench_bundle_start.py). A module the start
newly needs only costs speed if it is missing here, so this test names it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.unit.start_probe import run_probe

ROOT = Path(__file__).resolve().parents[2]

# the window opened on an example week, as bench_startup starts it; the names of what is loaded, at its exit
PROBE = """
import atexit, os, runpy, sys
def tell():
    here = os.path.dirname(os.__file__)
    names = set()
    for name, module in list(sys.modules.items()):
        where = getattr(module, "__file__", None) or ""
        if where.endswith(".py") and (where.startswith(here) or "site-packages" in where or "planner" in where):
            names.add(name.split(".")[0])
    print(" ".join(sorted(names)))
atexit.register(tell)
sys.argv = ["planner", "--data-dir", sys.argv[1]]
runpy.run_module("planner", run_name="__main__")
"""

# loaded only through the editable install or the test run, never in a bundle; or frozen in the interpreter, or
# in PyInstaller's base_library.zip, which the bundle reads before any archive
NOT_IN_A_BUNDLE = {"__editable___runlift_0_1_0_finder", "_distutils_hack", "site", "sitecustomize", "_sitebuiltins"}
BOOTSTRAP = {"_frozen_importlib", "_frozen_importlib_external", "zipimport", "codecs", "encodings", "io"}
BOOTSTRAP |= {"_collections_abc", "_weakrefset"}


def loose_at_start() -> set[str]:
    spec = ast.parse((ROOT / "packaging" / "runlift.spec").read_text(encoding="utf-8"))
    for node in spec.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "LOOSE_AT_START":
            return set(ast.literal_eval(node.value))
    raise AssertionError("runlift.spec names no LOOSE_AT_START")


def test_every_module_the_first_paint_needs_is_kept_loose(tmp_path: Path) -> None:
    done = run_probe(PROBE, tmp_path)
    loaded = set(done.stdout.splitlines()[-1].split()) - NOT_IN_A_BUNDLE - BOOTSTRAP
    assert "planner" in loaded
    missing = sorted(loaded - loose_at_start())
    assert missing == [], " ".join(missing)
