"""The start-budget benchmark still splits the shaped floor where it means to (benchmarks are not run in CI)."""

from __future__ import annotations

from tests.perf import bench_start_budget as budget
from tests.perf import bench_startup


def test_the_floor_is_the_start_benchmarks_own_script_timed_at_each_phase() -> None:
    # every line of the shaped floor is run, in order, with a clock read between the phases
    floor_lines = [line for line in bench_startup.SHAPED.splitlines() if line.strip()]
    budget_lines = budget.FLOOR.splitlines()
    positions = [budget_lines.index(line) for line in floor_lines]
    assert positions == sorted(positions)
    assert budget.FLOOR.count("_t.append(time.process_time())") == len(budget.PHASES)
    compile(budget.FLOOR, "floor", "exec")


def test_the_app_side_times_as_many_phases_and_compiles() -> None:
    assert budget.APP.count("_t.append(time.process_time())") == len(budget.PHASES)
    compile(budget.APP, "app", "exec")
