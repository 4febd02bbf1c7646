"""The start-budget benchmark still splits the shaped floor where it means to (benchmarks are not run in CI)."""

from __future__ import annotations

import statistics

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


def test_the_app_side_times_every_phase_in_the_apps_own_order_and_compiles() -> None:
    assert budget.APP.count(f"_phases = [0.0] * {len(budget.PHASES)}") == 1
    laps = [int(line[len("_lap(") : -1]) for line in budget.APP.splitlines() if line.startswith("_lap(")]
    assert sorted(set(laps)) == list(range(len(budget.PHASES)))
    # the data layer before PySide6, as planner.cli.gui loads it; the window's modules after
    assert budget.APP.index("load_data_layer()") < budget.APP.index("from PySide6") < budget.APP.index("planner.ui")
    compile(budget.APP, "app", "exec")


def test_the_floor_is_shown_and_waited_for_once_like_the_app() -> None:
    # the shaped floor's own show and app.exec() would put its first paint in the "building" phase and leave the
    # "show to first paint" phase waiting for a second paint
    assert budget.FLOOR.count("window.show()") == budget.APP.count("window.show()") == 1
    assert "app.exec()" not in budget.FLOOR


def test_a_steady_ratio_has_no_spread() -> None:
    floor = [0.20, 0.18, 0.25, 0.19, 0.22]
    low, high = bench_startup.ratio_interval([f * 1.25 for f in floor], floor)
    assert round(low, 6) == round(high, 6) == 1.25


def test_the_interval_holds_the_ratio_of_medians_and_widens_with_noise() -> None:
    floor = [0.180, 0.176, 0.204, 0.182, 0.174, 0.190, 0.185, 0.178, 0.199, 0.181, 0.177, 0.183, 0.188]
    app = [0.233, 0.250, 0.243, 0.238, 0.234, 0.262, 0.229, 0.241, 0.236, 0.247, 0.231, 0.259, 0.240]
    ratio = statistics.median(app) / statistics.median(floor)
    low, high = bench_startup.ratio_interval(app, floor)
    assert low <= ratio <= high
    noisier = [a * (1.15 if i % 2 else 0.9) for i, a in enumerate(app)]
    wide_low, wide_high = bench_startup.ratio_interval(noisier, floor)
    assert wide_high - wide_low > high - low


def test_the_verdict_needs_the_whole_interval() -> None:
    assert bench_startup.verdict(1.20, 1.29) == "ok"
    assert bench_startup.verdict(1.31, 1.40) == "OVER"
    assert bench_startup.verdict(1.25, 1.35) == "at the target within this run's noise"


def test_a_slow_spell_over_whole_rounds_moves_the_ratio_of_medians_but_not_the_per_round_ratio() -> None:
    floor = [0.180, 0.176, 0.204, 0.182, 0.174, 0.190, 0.185, 0.178, 0.199]
    own = [1.20, 1.30, 1.25, 1.22, 1.28, 1.25, 1.24, 1.26, 1.27]  # each round's app/floor: 1.25x at the median
    app = [f * r for f, r in zip(floor, own, strict=True)]
    spell = [1.6 if i in (0, 1, 2, 3) else 1.0 for i in range(len(floor))]  # a busy host slows four whole rounds
    slowed_floor = [f * s for f, s in zip(floor, spell, strict=True)]
    slowed_app = [a * s for a, s in zip(app, spell, strict=True)]
    before = statistics.median(app) / statistics.median(floor)
    after = statistics.median(slowed_app) / statistics.median(slowed_floor)
    assert abs(after - before) > 0.01  # another round is now the median on each side
    assert (
        round(bench_startup.paired_ratio(app, floor), 6)
        == round(bench_startup.paired_ratio(slowed_app, slowed_floor), 6)
        == 1.25
    )
    low, high = bench_startup.paired_interval(slowed_app, slowed_floor)
    assert low <= 1.25 <= high
    assert "per round: 1.25x" in bench_startup.paired_line(slowed_app, slowed_floor, "start")
