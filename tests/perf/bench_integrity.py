"""What the check before the first write costs at start and at close, on 10 and 30 years of generated history.

    python tests/perf/bench_integrity.py [--rounds N] [--years 10 30]

For each history: SQLite's quick_check (what every start paid before issue 21), the full integrity_check,
the whole open (recovery look, clean-close stamp, check, pragmas, migrate) after a clean close, when the
stamp says the file passed quick_check at that close and no scan runs, and after the file was touched, when
the full check runs; then the close of a session that wrote one row, which runs quick_check once the
connection is closed (planner/store/clean_close.py). Rounds interleave the variants; the page cache is
warm, as it is on a second start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from planner.config import Paths
from planner.services.workspace import open_workspace
from planner.store.database import check_database_file, close_db, open_db
from planner.store.models import database
from tests.perf.history import generate


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def bench(years: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder))
        workspace = open_workspace(paths)
        made = generate(workspace, years)
        workspace.close()
        size = paths.database.stat().st_size
        samples: dict[str, list[float]] = {
            "quick": [],
            "full": [],
            "open clean": [],
            "open touched": [],
            "close written": [],
        }
        for _ in range(rounds):
            samples["quick"].append(_timed(lambda: check_database_file(paths.database, full=False)))
            samples["full"].append(_timed(lambda: check_database_file(paths.database, full=True)))
            samples["open clean"].append(_timed(lambda: open_db(paths.database, paths.backups)))
            close_db()
            os.utime(paths.database)  # touched by someone else: the stamp no longer matches
            samples["open touched"].append(_timed(lambda: open_db(paths.database, paths.backups)))
            database.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('bench', '1')")  # one write
            samples["close written"].append(_timed(close_db))
        floor = median_ms(samples["quick"])
        print(f"{years} years: {made[0]} sessions, {made[1]} sets, {size / 1e6:.1f} MB; {rounds} rounds")
        for name, values in samples.items():
            print(f"  {name:<13} {median_ms(values):7.1f} ms  ({median_ms(values) / floor:.2f}x quick_check)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--years", type=int, nargs="+", default=[10, 30])
    args = parser.parse_args()
    for years in args.years:
        bench(years, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
