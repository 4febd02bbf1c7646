"""Suggestion engine speed: one realistic week, and a 20-week season up to an A marathon (pure Python).

    python tests/perf/bench_suggest.py [--rounds N]

Prints medians against the targets of DESIGN §6 (one week <= 5 ms, a 20-week season <= 100 ms), plus a
baseline measured in the same run: the floor every suggestion pays, building the WeekInput, the phase and
the day facts of the week (no scoring, no search, no prescription).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from planner.domain.enums import Experience, RunType, Status
from planner.domain.profile import Profile, Race
from planner.domain.session import LiftSet, Session
from planner.engine.phases import phase_of
from planner.engine.suggest import plan_season, suggest_week
from planner.engine.suggestion import WeekInput
from planner.engine.week_facts import facts_of
from tests.helpers import MONDAY, builtin_library, lift, run

WEEK_TARGET_MS = 5.0
SEASON_TARGET_MS = 100.0
SEASON_WEEKS = 20
HISTORY_WEEKS = 8
PROFILE = Profile(experience=Experience.INTERMEDIATE, sessions_per_week=3)


def running_week(start: date, scale: float = 1.0) -> list[Session]:
    """Tue intervals, Thu tempo, Sun long run, easy Mon/Wed/Sat, Friday off: about 55 km."""
    plan = [(0, RunType.EASY, 8), (1, RunType.INTERVALS, 10), (2, RunType.EASY, 8), (3, RunType.TEMPO, 10)]
    plan += [(5, RunType.EASY, 6), (6, RunType.LONG, 18)]
    return [run(start + timedelta(days=d), kind, km * scale) for d, kind, km in plan]


def history(start: date, library_ids: dict[str, int]) -> tuple[Session, ...]:
    """Eight weeks of runs and two logged lifts a week (squat, deadlift, split squat; rows, press)."""
    out: list[Session] = []
    next_id = 1
    for k in range(HISTORY_WEEKS, 0, -1):
        week = start - timedelta(weeks=k)
        for s in running_week(week, 1 + 0.03 * (HISTORY_WEEKS - k)):
            out.append(replace(s, id=next_id, status=Status.DONE))
            next_id += 1
        for offset, slugs in ((2, ("back-squat", "deadlift", "bulgarian-split-squat")), (4, ("dumbbell-row",))):
            sets = tuple(
                LiftSet(
                    exercise_id=library_ids[slug],
                    set_number=n,
                    position=i * 3 + n,
                    target_reps=5,
                    target_load_kg=60.0 + 2.5 * (HISTORY_WEEKS - k),
                    target_rir=2.0,
                    actual_reps=5 + (n == 1),
                    actual_load_kg=60.0 + 2.5 * (HISTORY_WEEKS - k),
                    actual_rir=2.0,
                )
                for i, slug in enumerate(slugs)
                for n in (1, 2, 3)
            )
            out.append(replace(lift(week + timedelta(days=offset), sets=sets), id=next_id, status=Status.DONE))
            next_id += 1
    return tuple(out)


def week_input(start: date, races: tuple[Race, ...], past: tuple[Session, ...]) -> WeekInput:
    sessions = [
        replace(s, id=10_000 + i) for i, s in enumerate(running_week(start) + running_week(start + timedelta(7)))
    ]
    return WeekInput(
        days=tuple(start + timedelta(days=i) for i in range(7)),
        profile=PROFILE,
        sessions=tuple(sessions),
        races=races,
        history=past,
        library=builtin_library(),
    )


def timed(rounds: int, work: Callable[[], object]) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    library = builtin_library()
    ids = {e.slug: e.id for e in library if e.id is not None}
    past = history(MONDAY, ids)
    marathon = (Race(MONDAY + timedelta(weeks=SEASON_WEEKS - 1, days=6), "City Marathon", 42195.0),)
    week = week_input(MONDAY, marathon, past)
    season = [week_input(MONDAY + timedelta(weeks=k), marathon, past) for k in range(SEASON_WEEKS)]

    def baseline() -> None:
        data = week_input(MONDAY, marathon, past)
        phase_of(data.days[0], data.races, data.profile.first_weekday)
        facts_of([*data.history, *data.sessions], data.races)

    for work in (baseline, lambda: suggest_week(week), lambda: plan_season(season)):  # warm-up
        work()
    base = timed(args.rounds, baseline)
    one = timed(args.rounds, lambda: suggest_week(week))
    many = timed(max(10, args.rounds // 10), lambda: plan_season(season))

    result = suggest_week(week)
    phases = [r.phase.phase.value for r in plan_season(season)]
    base_ms = statistics.median(base) * 1000
    print(
        f"week: {len(week.sessions)} sessions in and after it, {len(past)} history sessions "
        f"({sum(len(s.sets) for s in past)} sets), {len(library)} exercises; {len(result.suggestions)} suggestions"
    )
    print(f"season: {SEASON_WEEKS} weeks, phases {' '.join(dict.fromkeys(phases))}")
    print(f"build input + facts (baseline): median {base_ms:7.3f} ms")
    for name, samples, target in (
        ("suggest one week", one, WEEK_TARGET_MS),
        (f"plan a {SEASON_WEEKS}-week season", many, SEASON_TARGET_MS),
    ):
        ms = statistics.median(samples) * 1000
        p90 = sorted(samples)[int(len(samples) * 0.9)] * 1000
        verdict = "ok" if ms <= target else "OVER"
        print(
            f"{name + ':':32} median {ms:7.3f} ms, p90 {p90:7.3f} ms"
            f"  ({ms / base_ms:.1f}x the baseline; target {target:.0f} ms: {verdict})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
