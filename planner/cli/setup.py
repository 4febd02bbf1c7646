"""``runlift setup --input SETUP.json``: what the set-up window does, for scripts; prints what it planned.

The profile, the usual week and the race are saved, and the usual runs are laid out from ``--today`` to the A race
(with a two-week taper and the race on its day) or for ``weeks`` weeks, on empty days only: running it again
adds only what is missing.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planner.cli.arguments import InputFileError, file_name, format_option, read_json_input
from planner.config import Paths
from planner.exit_codes import EXIT_OK, EXIT_USAGE

MAX_INPUT_BYTES = 100_000


def add_parser(commands: Any) -> None:
    setup = commands.add_parser(
        "setup",
        help="save the profile, usual week and race, and plan the runs to race day (README: 'runlift setup')",
    )
    setup.add_argument(
        "--input", type=file_name, required=True, metavar="SETUP.json", help="the answers as JSON; - reads stdin"
    )
    format_option(setup)


def run(args: argparse.Namespace, paths: Paths) -> int:

    from planner.io.setup_json import SetupInputError, parse_setup
    from planner.services import first_run, profile
    from planner.services.workspace import open_workspace

    try:
        raw = read_json_input(args.input, MAX_INPUT_BYTES)
    except InputFileError as exc:
        print(f"runlift: {exc}", file=sys.stderr)
        return EXIT_USAGE
    workspace = open_workspace(paths)
    try:
        try:
            document = parse_setup(raw, profile.current())
            if document.race is not None and document.race.day < args.today:
                raise SetupInputError(f"race.date: {document.race.day} is before today ({args.today})")
        except (SetupInputError, RecursionError) as exc:
            print(f"runlift: {exc if isinstance(exc, SetupInputError) else 'the input nests too deeply'}",
                  file=sys.stderr)  # fmt: skip
            return EXIT_USAGE
        answers = first_run.SetupAnswers(document.profile, document.usual_week, document.race)
        added = first_run.apply_setup(answers, args.today, document.weeks)
        _report(added, args, document.race)
    finally:
        workspace.close()
    return EXIT_OK


def _report(added: list[Any], args: argparse.Namespace, race: Any) -> None:
    import json

    from planner.cli.output import session_to_json
    from planner.domain.units import format_distance
    from planner.engine.run_plan import week_distances
    from planner.services import profile

    runner = profile.current()
    weeks = week_distances(added, runner.first_weekday)
    if args.format == "json":
        print(
            json.dumps(
                {
                    "today": args.today.isoformat(),
                    "weeks": [{"start": w.isoformat(), "distance_m": round(m, 1)} for w, m in sorted(weeks.items())],
                    "runs": [session_to_json(s) for s in added],
                    "race": _race_json(race),
                },
                indent=2,
            )
        )
        return
    if not added:
        print("Nothing to add: every day to plan already holds a session or is unavailable.")
        return
    first, last = min(s.day for s in added), max(s.day for s in added)
    runs = f"{len(added)} run{'s' if len(added) != 1 else ''}"
    print(f"Planned {runs} from {first:%a %d %b %Y} to {last:%a %d %b %Y}.")
    for start, metres in sorted(weeks.items()):
        print(f"  week of {start:%d %b %Y}: {format_distance(metres, runner.distance_unit)}")
    if race is not None:
        print(
            f"Race: {race.name} on {race.day:%a %d %b %Y} ({format_distance(race.distance_m, runner.distance_unit)})."
        )


def _race_json(race: Any) -> dict[str, object] | None:
    if race is None:
        return None
    return {
        "name": race.name,
        "date": race.day.isoformat(),
        "distance_m": race.distance_m,
        "priority": race.priority.value,
    }
