"""Library search speed with 1,000 exercises, offscreen: typing to repainted results (target < 30 ms).

    python tests/perf/bench_library.py

Prints the median time from a changed search text to the repainted grid, against a repaint of the same
page with nothing changed, measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


from planner.config import Paths
from planner.services import library
from planner.services.workspace import open_workspace
from planner.store import exercise_rows, models
from planner.ui.app import make_application
from planner.ui.library.library_page import LibraryPage
from tests.perf.repaint import PaintCounter

TARGET_MS = 30.0
QUERIES = ("s", "sq", "squ", "squat", "glute", "hip", "calf raise", "plank", "push the floor", "", "band", "core")


def main() -> int:
    make_application([])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Paths(Path(folder)))
        shipped = library.exercises()
        with models.database.atomic():
            for i in range(1000 - len(shipped)):
                base = shipped[i % len(shipped)]
                exercise_rows.insert_exercise(replace(base, slug=f"{base.slug}-copy-{i}", name=f"{base.name} {i}"))
        page = LibraryPage(workspace.paths.images)
        page.resize(1400, 900)
        page.show()
        counter = PaintCounter(page.view.viewport())
        page.view.viewport().update()
        counter.wait_for_paint()
        print(f"library: {len(library.exercises())} exercises")
        baseline, searches = [], []
        for _ in range(5):
            for query in QUERIES:
                start = time.perf_counter()
                page.view.viewport().update()
                counter.wait_for_paint()
                baseline.append(time.perf_counter() - start)
                start = time.perf_counter()
                page.search.setText(query)
                page.apply_filter()  # what the debounce timer calls
                counter.wait_for_paint()
                searches.append(time.perf_counter() - start)
        page.close()
        workspace.close()
    base_ms, search_ms = statistics.median(baseline) * 1000, statistics.median(searches) * 1000
    p90 = sorted(searches)[int(len(searches) * 0.9)] * 1000
    verdict = "ok" if search_ms <= TARGET_MS else "OVER"
    print(f"repaint only (baseline): median {base_ms:6.2f} ms")
    print(
        f"search to repaint:       median {search_ms:6.2f} ms, p90 {p90:6.2f} ms "
        f"({search_ms / base_ms:.1f}x the repaint; target {TARGET_MS:.0f} ms: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
