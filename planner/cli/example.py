"""``runlift example``: add the example week, or remove every example session."""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.arguments import week_option
from planner.config import Paths
from planner.exit_codes import EXIT_OK


def add_parser(commands: Any) -> None:
    example = commands.add_parser("example", help="add (or remove) the example week")
    week_option(example)
    example.add_argument("--remove", action="store_true", help="remove every example session instead")


def run(args: argparse.Namespace, paths: Paths) -> int:
    from planner.services import example_week, profile
    from planner.services.workspace import open_workspace

    workspace = open_workspace(paths)
    try:
        if args.remove:
            removed = example_week.remove_example_sessions()
            print(f"Removed {len(removed)} example sessions.")
        else:
            added = example_week.add_example_week(args.week or args.today, profile.current().first_weekday)
            print(f"Added {len(added)} example sessions to the week of {added[0].day:%d %b %Y}.")
    finally:
        workspace.close()
    return EXIT_OK
