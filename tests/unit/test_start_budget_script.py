"""The start-budget benchmark still splits the shaped floor where it means to (benchmarks are not run in CI)."""

from __future__ import annotations

from tests.perf import bench_start_budget as budget
from tests.perf import bench_startup


def test_the_floor_is_the_start_benchmarks_own_script_timed_at_each_phase() -> None:
    # every line of the shaped floor up to its own wait for the first paint is run, in order, with a clock read
    # between the phases
    built = bench_startup.SHAPED.removesuffix(bench_startup.PAINTED)
    assert built != bench_startup.SHAPED
    floor_lines = [line for line in built.splitlines() if line.strip()]
    budget_lines = budget.FLOOR.splitlines()
    positions = [budget_lines.index(line) for line in floor_lines]
    assert positions == sorted(positions)
    assert budget.FLOOR.count("_t.append(time.process_time())") == len(budget.PHASES)
    compile(budget.FLOOR, "floor", "exec")


def test_the_app_side_times_as_many_phases_and_compiles() -> None:
    assert budget.APP.count("_t.append(time.process_time())") == len(budget.PHASES)
    compile(budget.APP, "app", "exec")


def test_the_floor_is_shown_and_waited_for_once_like_the_app() -> None:
    # the shaped floor's own show and app.exec() would put its first paint in the "building" phase and leave the
    # "show to first paint" phase waiting for a second paint
    assert budget.FLOOR.count("window.show()") == budget.APP.count("window.show()") == 1
    assert "app.exec()" not in budget.FLOOR
