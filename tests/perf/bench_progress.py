"""Progress page speed on ten years of history (~4,000 sessions, ~60,000 sets), offscreen.

    python tests/perf/bench_progress.py [--rounds N]

Measures, as medians:
- opening the page (build it, read the data, draw all four charts) on the default 12-week range and on
  "All", each against a baseline measured in the same run: a bare matplotlib script (Figure and
  FigureCanvasAgg, no Qt, no database) drawing the same points with the same kinds of artists (DESIGN §6:
  <= 1.5x);
- switching range on the open page through to the chart on screen drawn (issue 6: <= 150 ms), for a
  range not read since the data last changed and for one read before (the page keeps what it read);
- the first opening in a fresh interpreter, matplotlib's import included (reported, no target).
"""

from __future__ import annotations

import argparse
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

import matplotlib.dates as mdates
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from planner.config import Paths
from planner.domain.enums import RacePriority
from planner.domain.profile import Race
from planner.engine.chart_range import ChartRange
from planner.engine.progress import weekly_means
from planner.services import races
from planner.services.progress import ProgressData
from planner.services.workspace import open_workspace
from planner.ui.app import make_application
from planner.ui.charts.chart_parts import MAX_BARS
from planner.ui.charts.load_chart import DAILY_UP_TO
from planner.ui.charts.progress_page import ProgressPage
from tests.perf.history import generate

OPEN_TARGET = 1.5
SWITCH_BUDGET_MS = 150.0


def _bars(ax, x: np.ndarray, width: float, layers: list[np.ndarray]) -> None:
    bottom = np.zeros(len(x))
    for heights in layers:
        if len(x) > MAX_BARS:
            ax.stairs(bottom + heights, np.append(x, x[-1] + width), baseline=bottom, fill=True)
        else:
            ax.bar(x, heights, width=width * 0.8, bottom=bottom)
        bottom = bottom + heights


def bare_matplotlib(data: ProgressData) -> None:
    """The same points drawn by a plain matplotlib script: the floor the page is measured against."""
    figures = [Figure(figsize=(8, 4.5)) for _ in range(4)]
    ax = figures[0].add_subplot()
    for series in data.strength:
        ax.plot(mdates.date2num([p.day for p in series.points]), [p.value for p in series.points], "o-")
        ax.plot(mdates.date2num([p.day for p in series.targets]), [p.value for p in series.targets], "--")

    weeks = data.volume.weeks
    x = mdates.date2num([w.start for w in weeks])
    ax = figures[1].add_subplot()
    _bars(ax, x, 7, [np.array([w.run_m for w in weeks]), np.array([w.planned_run_m for w in weeks])])
    ax.twinx().plot(x, [w.hard_sets for w in weeks])

    days = data.load.days
    dx = mdates.date2num([d.day for d in days])
    top, middle, bottom = figures[2].subplots(3, 1, sharex=True)
    if len(dx) > DAILY_UP_TO:
        means = weekly_means(days)
        layers = [np.array([getattr(d, k) for d in means]) for k in ("run", "lift", "other", "planned")]
        _bars(top, mdates.date2num([d.day for d in means]), 7, layers)
    else:
        _bars(top, dx, 1, [np.array([getattr(d, k) for d in days]) for k in ("run", "lift", "other", "planned")])
    top.plot(dx, data.load.fitness.ctl)
    top.plot(dx, data.load.fitness.atl)
    tsb = np.array(data.load.fitness.tsb)
    middle.fill_between(dx, tsb, 0, where=tsb >= 0)
    middle.fill_between(dx, tsb, 0, where=tsb < 0)
    middle.plot(dx, tsb)
    wx = mdates.date2num([w.start for w in data.load.weeks])
    _bars(bottom, wx, 7, [np.array([w.strain or 0 for w in data.load.weeks])])
    bottom.twinx().plot(wx, [w.monotony or np.nan for w in data.load.weeks])

    ax = figures[3].add_subplot()
    ax_x = mdates.date2num([w.start for w in data.adherence])
    _bars(
        ax,
        ax_x,
        7,
        [np.array([getattr(w, k) for w in data.adherence], dtype=float) for k in ("done", "skipped", "unmarked")],
    )
    ax.twinx().plot(ax_x, [w.rate or 0 for w in data.adherence])
    for figure in figures:
        FigureCanvasAgg(figure).draw()


def open_page(choice: ChartRange) -> tuple[float, ProgressData]:
    start = time.perf_counter()
    page = ProgressPage()
    page.resize(1180, 680)
    page.range = choice
    page.refresh()
    page.draw_all()
    elapsed = time.perf_counter() - start
    assert page.data is not None
    data = page.data
    page.deleteLater()
    return elapsed, data


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
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    app = make_application([])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Paths(Path(folder)))
        made = generate(workspace, 10)
        races.add(Race(date.today() + timedelta(weeks=6), "City half", 21097.5, RacePriority.A))
        print(f"history: {made[0]} sessions, {made[1]} sets; {args.rounds} rounds")

        for choice in (ChartRange.WEEKS_12, ChartRange.ALL):
            open_page(choice)  # warm caches on both sides before timing
            pages, bares = [], []
            for _ in range(args.rounds):
                elapsed, data = open_page(choice)
                pages.append(elapsed)
                start = time.perf_counter()
                bare_matplotlib(data)
                bares.append(time.perf_counter() - start)
                app.processEvents()
            ratio = ms(pages) / ms(bares)
            verdict = "ok" if ratio <= OPEN_TARGET else "OVER"
            print(
                f"open page, {choice.label:8}: median {ms(pages):7.1f} ms; bare matplotlib {ms(bares):7.1f} ms; "
                f"{ratio:.2f}x (target {OPEN_TARGET}x: {verdict})"
            )

        page = ProgressPage()
        page.resize(1180, 680)
        page.show()
        page.refresh()
        app.processEvents()
        fresh_all: list[float] = []
        again_all: list[float] = []
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            app.processEvents()
            fresh, again = [], []
            for round_ in range(args.rounds):
                for choice in ChartRange:
                    if round_ % 2 == 0:
                        page._read.clear()  # a range not read since the data last changed
                    start = time.perf_counter()
                    page.set_range(choice)  # reads the span and draws the chart on screen; the others wait
                    app.processEvents()  # the canvas renders on the event loop, as in the app
                    (fresh if round_ % 2 == 0 else again).append(time.perf_counter() - start)
            fresh_all.extend(fresh)
            again_all.extend(again)
            print(
                f"switch range on {page.tabs.tabText(tab).replace('&&', '&'):18}: first read median "
                f"{ms(fresh):6.1f} ms, already read {ms(again):6.1f} ms"
            )
        for name, samples in (("first read", fresh_all), ("already read", again_all)):
            verdict = "ok" if ms(samples) <= SWITCH_BUDGET_MS else "OVER"
            print(
                f"switch range, every tab and range, {name}: median {ms(samples):6.1f} ms "
                f"(budget {SWITCH_BUDGET_MS:.0f} ms: {verdict})"
            )
        page.close()
        workspace.close()
        print(f"first opening in a fresh interpreter (matplotlib import included): {first_open_ms(folder):.0f} ms")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
