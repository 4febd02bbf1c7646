"""Calendar speed on ten years of history (~4,000 sessions, ~60,000 sets), offscreen.

    python tests/perf/bench_calendar.py [--rounds N]

Prints medians for switching weeks and for a drop (move a card to another day) through to the repaint of
the week, each against the frame budget of DESIGN §6 (16 ms), plus a baseline measured in the same run:
repainting the same page with nothing changed, the floor any week switch pays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from planner.config import Paths
from planner.services import sessions
from planner.services.workspace import open_workspace
from planner.ui.app import make_application
from planner.ui.calendar.week_page import CalendarPage
from tests.perf.history import generate
from tests.perf.repaint import PaintCounter

BUDGET_MS = 16.0


COUNTER: PaintCounter | None = None


def repaint(page: CalendarPage) -> None:
    """Until the last day column is repainted: the part a week switch or a drop must redraw."""
    global COUNTER
    if COUNTER is None:
        COUNTER = PaintCounter(page.week_view.views[-1].viewport())
    COUNTER.wait_for_paint()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=120)
    args = parser.parse_args()
    app = make_application([])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Paths(Path(folder)))
        made = generate(workspace, 10)
        page = CalendarPage(QUndoStack())
        page.resize(1400, 800)
        page.show()
        today = date.today()
        page.show_week(today)
        repaint(page)

        baseline = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            page.update()
            page.week_view.views[-1].viewport().update()
            repaint(page)
            baseline.append(time.perf_counter() - start)

        switches = []
        for i in range(args.rounds):
            day = today - timedelta(weeks=(i * 37) % 500)  # jump around the ten years
            start = time.perf_counter()
            page.show_week(day)
            repaint(page)
            switches.append(time.perf_counter() - start)

        drops = []
        page.show_week(today - timedelta(weeks=52))
        repaint(page)
        for i in range(args.rounds):
            week = page.week
            assert week is not None
            movable = [s for s in week.sessions if s.id is not None]
            moving = movable[i % len(movable)]
            target_row = (week.days.index(moving.day) + 3) % 7
            model = page.model
            data = model.mimeData([model.session_index(moving.id)])  # type: ignore[arg-type]
            start = time.perf_counter()
            model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(target_row, 0))
            repaint(page)  # runs the queued intent (command, service, reload), then the layout and paint
            drops.append(time.perf_counter() - start)
            assert sessions.get(moving.id).day == week.days[target_row]

        page.close()
        workspace.close()

    print(f"history: {made[0]} sessions, {made[1]} sets; {args.rounds} rounds each")
    print(f"repaint only (baseline):  median {median_ms(baseline):6.2f} ms")
    for name, samples in (("switch week", switches), ("drop to repaint", drops)):
        ms = median_ms(samples)
        verdict = "ok" if ms <= BUDGET_MS else "OVER"
        print(
            f"{name + ':':25} median {ms:6.2f} ms, p90 {sorted(samples)[int(len(samples) * 0.9)] * 1000:6.2f} ms"
            f"  ({ms / median_ms(baseline):.1f}x the repaint; budget {BUDGET_MS:.0f} ms: {verdict})"
        )
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
