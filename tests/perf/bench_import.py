"""Import speed: a 4-hour FIT file (one record a second) against a bare fitdecode read of the same file.

    python tests/perf/bench_import.py [--rounds N]

Target (DESIGN §6): importing <= 1.3x the bare read. The file is written by tests/perf/fit_writer.py
(fitdecode cannot write FIT). Each round imports into a fresh database, so no round is a duplicate. The bare read,
the parse and the import take turns round by round, so a busy moment on this shared machine lands on all three.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import fitdecode

from planner.config import Paths
from planner.io.activity_files import read_activity_file
from planner.services import importing
from planner.store.database import close_db, open_db
from tests.perf.fit_writer import run_file

TARGET_RATIO = 1.3
FOUR_HOURS = 4 * 3600


def bare_read(path: Path) -> None:
    with fitdecode.FitReader(str(path)) as reader:
        for _frame in reader:
            pass


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        fit = folder / "four-hours.fit"
        fit.write_bytes(run_file(datetime(2026, 5, 3, 7, 0, tzinfo=UTC), FOUR_HOURS))
        size_mb = fit.stat().st_size / 2**20
        (activity,) = read_activity_file(fit)
        assert activity.duration_s == FOUR_HOURS, activity
        counter = iter(range(10**6))

        def fresh_database() -> None:
            close_db()
            paths = Paths(folder / f"data{next(counter)}").ensure()
            open_db(paths.database, paths.backups)

        def import_it() -> None:
            (result,) = importing.import_paths([fit])
            assert result.summary == "imported", result.summary

        samples: dict[str, list[float]] = {"bare": [], "parse": [], "import": []}
        for _ in range(rounds):
            samples["bare"].append(seconds(lambda: bare_read(fit)))
            samples["parse"].append(seconds(lambda: read_activity_file(fit)))
            fresh_database()
            samples["import"].append(seconds(import_it))
        close_db()
        bare, parse, full = (statistics.median(samples[k]) for k in ("bare", "parse", "import"))
    print(f"4-hour FIT file: {FOUR_HOURS + 1} records, {activity.distance_m / 1000:.1f} km, {size_mb:.2f} MB")
    print(f"bare fitdecode read   {bare * 1000:8.1f} ms (median of {rounds}, interleaved)")
    print(f"parse to Activity     {parse * 1000:8.1f} ms  ratio {parse / bare:.2f}x")
    print(f"import into database  {full * 1000:8.1f} ms  ratio {full / bare:.2f}x  (target <= {TARGET_RATIO}x)")


if __name__ == "__main__":
    main()
