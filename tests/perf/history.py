"""Ten years of realistic training history for benchmarks: about 4,000 sessions and 60,000 sets, and a
check-in on six days of seven (sleep, soreness, energy), as a runner who uses the Recovery chart has.

    python tests/perf/history.py DATA_DIR [--years N]

Deterministic (seeded). Written with bulk inserts straight into the tables, so generating is quick;
benchmarks then read it through the normal services.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from planner.config import Paths
from planner.services.workspace import Workspace, open_workspace
from planner.store import models as m
from planner.store.exercise_rows import id_by_slug

# a typical week: (weekday, kind, run type or lift focus, intensity, km, minutes)
WEEK = (
    (0, "lift", "upper", "moderate", None, 40),
    (1, "run", "intervals", None, 9.0, 50),
    (2, "run", "easy", None, 7.0, 42),
    (2, "lift", "lower", "heavy", None, 45),
    (3, "run", "easy", None, 8.0, 48),
    (4, "run", "recovery", None, 5.0, 32),
    (4, "lift", "full", "moderate", None, 40),
    (5, "run", "tempo", None, 10.0, 52),
    (6, "run", "long", None, 18.0, 110),
)
EXERCISES = (
    "back-squat",
    "romanian-deadlift",
    "split-squat",
    "step-up",
    "straight-knee-calf-raise",
    "push-up",
    "dumbbell-row",
    "front-plank",
)
STARTING_1RM = (80.0, 90.0, 50.0, 40.0, 60.0, 30.0, 25.0, 20.0)  # kg, one per exercise above
SETS_PER_EXERCISE = 7  # two warm-up sets and five working sets: ~60,000 sets over ten years


def generate(workspace: Workspace, years: int = 10, end: date | None = None, seed: int = 7) -> tuple[int, int]:
    """Fill the workspace's database; returns (sessions, sets) written."""
    rng = random.Random(seed)
    sleep = random.Random(seed + 1)  # its own stream: the sessions stay what they were before check-ins came
    end = end or date.today()
    start = end - timedelta(days=365 * years)
    start -= timedelta(days=start.weekday())
    known = id_by_slug()  # the built-in library is already there; fill in any that are missing
    with m.database.atomic():
        exercise_ids = [
            known.get(slug)
            or m.Exercise.insert(
                slug=slug, name=slug.replace("-", " ").capitalize(), pattern="squat", focus="lower"
            ).execute()
            for slug in EXERCISES
        ]
    session_rows, run_rows, lift_rows, set_rows, checkin_rows = [], [], [], [], []
    next_id = 1
    week = start
    while week <= end:
        positions: dict[date, int] = {}
        for weekday, kind, subtype, intensity, km, minutes in WEEK:
            day = week + timedelta(days=weekday)
            if rng.random() < 0.08:  # the odd session never planned that week
                continue
            position = positions.get(day, 0)
            positions[day] = position + 1
            status = "planned" if day > end else ("skipped" if rng.random() < 0.07 else "done")
            session_rows.append(
                {
                    "id": next_id,
                    "day": day,
                    "position": position,
                    "kind": kind,
                    "status": status,
                    "time_of_day": "am" if kind == "run" else "pm",
                    "duration_s": minutes * 60,
                    "rpe": round(rng.uniform(2, 8), 1) if status == "done" else None,
                    "notes": "",
                    "source": "manual",
                    "planned_day": day,
                }
            )
            # a 16-week cycle of running volume (base, build, taper) and lifting that climbs slowly with a
            # lighter week every fourth, so the Progress charts show the shapes real training makes
            weeks_in = (week - start).days // 7
            cycle = weeks_in % 16
            volume = 0.8 + 0.35 * min(cycle, 13) / 13 - (0.3 if cycle >= 14 else 0.0)
            lift_factor = 0.85 if weeks_in % 4 == 3 else 1.0
            if kind == "run":
                distance = (km or 0) * 1000 * volume * rng.uniform(0.9, 1.1)
                run_rows.append({"session": next_id, "run_type": subtype, "distance_m": round(distance)})
            else:
                lift_rows.append({"session": next_id, "focus": subtype, "intensity": intensity})
                for order, exercise in enumerate(rng.sample(exercise_ids, 6)):
                    one_rm = STARTING_1RM[exercise_ids.index(exercise)] * (1 + 0.0015 * weeks_in)
                    working = round(one_rm * 0.8 * lift_factor / 2.5) * 2.5
                    for number in range(1, SETS_PER_EXERCISE + 1):
                        warm_up = number <= 2
                        load = round(working * (0.5 if number == 1 else 0.7) / 2.5) * 2.5 if warm_up else working
                        reps = 5 if not warm_up else 8
                        rir = 6 if warm_up else 2
                        missed = status == "done" and not warm_up and rng.random() < 0.05
                        set_rows.append(
                            {
                                "session": next_id,
                                "exercise": exercise,
                                "position": order * 10 + number,
                                "set_number": number,
                                "target_reps": reps,
                                "target_load_kg": load,
                                "target_rir": rir,
                                "actual_reps": (reps - 1 if missed else reps) if status == "done" else None,
                                "actual_load_kg": load if status == "done" else None,
                                "actual_rir": (0 if missed else rir) if status == "done" else None,
                            }
                        )
            next_id += 1
        for offset in range(7):
            day = week + timedelta(days=offset)
            if day <= end and sleep.random() < 6 / 7:
                checkin_rows.append(
                    {
                        "day": day,
                        "sleep_hours": round(sleep.uniform(5.5, 9.0) * 2) / 2,
                        "sleep_quality": sleep.randint(2, 5),
                        "soreness_legs": sleep.randint(0, 8),
                        "soreness_upper": sleep.randint(0, 5),
                        "energy": sleep.randint(2, 5),
                    }
                )
        week += timedelta(days=7)
    with m.database.atomic():
        for model, rows in (
            (m.Session, session_rows),
            (m.RunDetail, run_rows),
            (m.LiftDetail, lift_rows),
            (m.LiftSet, set_rows),
            (m.CheckIn, checkin_rows),
        ):
            for i in range(0, len(rows), 500):
                model.insert_many(rows[i : i + 500]).execute()
    return len(session_rows), len(set_rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    workspace = open_workspace(Paths(args.data_dir))
    try:
        made = generate(workspace, args.years)
    finally:
        workspace.close()
    print(f"{made[0]} sessions, {made[1]} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
