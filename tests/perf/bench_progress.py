"""Progress page speed on ten years of history (~4,000 sessions, ~60,000 sets, ~3,100 check-ins), offscreen.

    python tests/perf/bench_progress.py [--rounds N] [--thirty]

Measures, as medians of rounds that interleave the page and its floor (so a busy moment on this shared machine
lands on both alike), each round freeing what it built before the next (the page is deleted through Qt, not left
to an event loop that never runs, and garbage is collected outside the timed part on both sides):
- opening the page (build it, read the data, draw all five charts) on every range, against the floor: a bare
  matplotlib script (Figure and FigureCanvasAgg, no Qt, no database) drawing the same points into five figures of
  the page's size, one collection per bar series (DESIGN §6: <= 1.3x); and on All once more with the page's
  glyph cache (charts.text_cache) emptied before each round, as the first opening in a session draws;
- switching range on the open page through to the chart on screen drawn, on every tab, for a range not read
  since the data last changed and not drawn in the session (the glyph cache holding only the range on screen),
  and for one read and drawn before (DESIGN §6: p90 <= 150 ms on every tab);
- with --thirty, "All" on thirty years (DESIGN §6: <= 2 s), against the floor too;
- the first opening in a fresh interpreter, matplotlib's import included (reported, no target);
- the process's resident memory after the rounds, which stays flat when each round is freed.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from planner.config import Paths
from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.engine.chart_range import ChartRange
from planner.services import races
from planner.services.progress import ProgressData
from planner.services.workspace import open_workspace
from planner.ui.app import make_application
from planner.ui.charts import text_cache
from planner.ui.charts.progress_page import ProgressPage
from tests.perf.floor_charts import draw_floor, floor_points
from tests.perf.history import generate

OPEN_TARGET = 1.3
SWITCH_BUDGET_MS = 150.0
THIRTY_YEARS_BUDGET_S = 2.0


# ---- the floor: the same points, bare matplotlib (tests/perf/floor_charts.py)


def bare_matplotlib(data: ProgressData, size: tuple[float, float], dpi: float) -> None:
    """The page's five charts' points drawn by a plain matplotlib script: the floor the page is measured against."""
    figures = [Figure(figsize=size, dpi=dpi) for _ in range(5)]
    draw_floor(floor_points(data), figures)
    for figure in figures:
        FigureCanvasAgg(figure).draw()


# ---- the page


def free(app: QApplication, page: ProgressPage) -> None:
    """Delete the page and its five canvases now, outside the timed part.

    Without an event loop nothing is ever freed: deleteLater waits for one, and each canvas's draw_idle leaves
    a pending single-shot timer that holds the canvas, and so its figure, until the loop runs it (the old
    benchmark grew to 1.09 GB this way, and its garbage collections inflated the figures by about 30 %).
    """
    app.processEvents()  # runs the pending idle draws, which lets go of the canvases
    page.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def open_page(app: QApplication, choice: ChartRange) -> tuple[float, ProgressData, tuple[float, float], float]:
    """Seconds to build the page, read ``choice`` and draw all five charts; the data and one figure's size."""
    gc.collect()
    start = time.perf_counter()
    page = ProgressPage()
    page.resize(1180, 680)
    page.range = choice
    page.refresh()
    page.draw_all()
    elapsed = time.perf_counter() - start
    assert page.data is not None
    figure = page.strength.figure
    size, dpi = (float(figure.get_figwidth()), float(figure.get_figheight())), float(figure.dpi)
    data = page.data
    free(app, page)
    return elapsed, data, size, dpi


def floor_seconds(data: ProgressData, size: tuple[float, float], dpi: float) -> float:
    gc.collect()
    start = time.perf_counter()
    bare_matplotlib(data, size, dpi)
    elapsed = time.perf_counter() - start
    gc.collect()
    return elapsed


def compare_open(app: QApplication, choice: ChartRange, rounds: int, cold_text: bool = False) -> tuple[float, float]:
    """Median seconds (page, floor) to open on ``choice``, the two taking turns round by round; with
    ``cold_text`` the page draws no string it drew before."""
    open_page(app, choice)  # warm caches on both sides before timing
    pages, floors = [], []
    for _ in range(rounds):
        if cold_text:
            text_cache.forget()
        elapsed, data, size, dpi = open_page(app, choice)
        pages.append(elapsed)
        floors.append(floor_seconds(data, size, dpi))
    return statistics.median(pages), statistics.median(floors)


def switch_ranges(app: QApplication, rounds: int) -> dict[str, tuple[list[float], list[float]]]:
    """Per tab: seconds to switch to each range and see it drawn, (first time, read and drawn before).

    The first time is a switch from the range on screen to one neither read since the data last changed nor
    drawn in this session: the glyph cache is emptied and the range on screen drawn again (untimed), so the
    cache holds only what that drawing put there, as when a runner first switches after opening the page."""
    page = ProgressPage()
    page.resize(1180, 680)
    page.show()
    page.refresh()
    app.processEvents()
    found: dict[str, tuple[list[float], list[float]]] = {}
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        app.processEvents()
        fresh: list[float] = []
        again: list[float] = []
        for round_ in range(rounds):
            for choice in ChartRange:
                if round_ % 2 == 0:
                    text_cache.forget()
                    page.redraw()  # the range on screen, drawn from no text drawn before
                    app.processEvents()
                    page._read.clear()  # a range not read since the data last changed
                gc.collect()
                start = time.perf_counter()
                page.set_range(choice)  # reads the span and draws the chart on screen; the others wait
                app.processEvents()  # the canvas renders on the event loop, as in the app
                (fresh if round_ % 2 == 0 else again).append(time.perf_counter() - start)
        found[page.tabs.tabText(tab).replace("&&", "&")] = (fresh, again)
    page.close()
    free(app, page)
    return found


def p90(samples: list[float]) -> float:
    return float(np.percentile(samples, 90))


def first_open_ms(folder: str) -> float:
    """Open the page once in a fresh interpreter: matplotlib's import included."""
    code = (
        "import os, sys, time; os.environ['QT_QPA_PLATFORM']='offscreen'; "
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r}); "
        "from pathlib import Path; from planner.config import Paths; "
        "from planner.services.workspace import open_workspace; from planner.ui.app import make_application; "
        f"app = make_application([]); ws = open_workspace(Paths(Path({folder!r}))); t = time.perf_counter(); "
        "from planner.ui.charts.progress_page import ProgressPage; p = ProgressPage(); p.refresh(); "
        "p.draw_all(); print((time.perf_counter() - t) * 1000); ws.close()"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # bytecode cached, as installed
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)  # warm
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.strip().splitlines()[-1])


def resident_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def history(folder: str, years: int) -> tuple[int, int]:
    workspace = open_workspace(Paths(Path(folder)))
    made = generate(workspace, years)
    races.add(Race(date.today() + timedelta(weeks=6), "City half", 21097.5, RacePriority.A))
    workspace.close()
    return made


def quiet_offscreen(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's messages on stderr, but not the offscreen platform's notice on every window shown."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> int:
    qInstallMessageHandler(quiet_offscreen)
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--thirty", action="store_true", help="also open All on thirty years of history")
    args = parser.parse_args()
    app = make_application([])
    with tempfile.TemporaryDirectory() as folder:
        made = history(folder, 10)
        workspace = open_workspace(Paths(Path(folder)))
        print(f"history: {made[0]} sessions, {made[1]} sets; {args.rounds} rounds, page and floor interleaved")
        before = resident_mib()
        worst = 0.0
        for choice in ChartRange:
            page_s, floor_s = compare_open(app, choice, args.rounds)
            ratio = page_s / floor_s
            worst = max(worst, ratio)
            verdict = "ok" if ratio <= OPEN_TARGET else "OVER"
            print(
                f"open page, {choice.label:8}: median {page_s * 1000:7.1f} ms; "
                f"bare matplotlib {floor_s * 1000:7.1f} ms; {ratio:.2f}x (target <= {OPEN_TARGET}x: {verdict})"
            )
        print(f"open page, worst range: {worst:.2f}x bare matplotlib")
        page_s, floor_s = compare_open(app, ChartRange.ALL, args.rounds, cold_text=True)
        ratio = page_s / floor_s
        verdict = "ok" if ratio <= OPEN_TARGET else "OVER"
        print(
            f"open page, All, no text drawn before: median {page_s * 1000:7.1f} ms; "
            f"bare matplotlib {floor_s * 1000:7.1f} ms; {ratio:.2f}x (target <= {OPEN_TARGET}x: {verdict})"
        )
        print(f"resident memory: {before:.0f} MiB before the open rounds, {resident_mib():.0f} MiB after")

        slowest = 0.0
        for tab, (fresh, again) in switch_ranges(app, args.rounds).items():
            slowest = max(slowest, p90(fresh), p90(again))
            verdict = "ok" if max(p90(fresh), p90(again)) <= SWITCH_BUDGET_MS / 1000 else "OVER"
            print(
                f"switch range on {tab:18}: first p90 {p90(fresh) * 1000:6.1f} ms (median "
                f"{statistics.median(fresh) * 1000:5.1f}), read and drawn before p90 {p90(again) * 1000:6.1f} ms "
                f"({verdict})"
            )
        verdict = "ok" if slowest <= SWITCH_BUDGET_MS / 1000 else "OVER"
        print(f"switch range, slowest tab p90: {slowest * 1000:.1f} ms (budget {SWITCH_BUDGET_MS:.0f} ms: {verdict})")
        workspace.close()
        print(f"first opening in a fresh interpreter (matplotlib import included): {first_open_ms(folder):.0f} ms")

    if args.thirty:
        with tempfile.TemporaryDirectory() as folder:
            made = history(folder, 30)
            workspace = open_workspace(Paths(Path(folder)))
            page_s, floor_s = compare_open(app, ChartRange.ALL, max(3, args.rounds // 3))
            verdict = "ok" if page_s <= THIRTY_YEARS_BUDGET_S else "OVER"
            print(
                f"thirty years ({made[0]} sessions), All: median {page_s * 1000:.0f} ms "
                f"(budget {THIRTY_YEARS_BUDGET_S:.0f} s: {verdict}); bare matplotlib {floor_s * 1000:.0f} ms; "
                f"{page_s / floor_s:.2f}x"
            )
            workspace.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
