"""``runlift sessions``: the sessions of one week, as text or JSON."""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.arguments import format_option, week_option
from planner.config import Paths
from planner.exit_codes import EXIT_OK


def add_parser(commands: Any) -> None:
    listing = commands.add_parser("sessions", help="list the sessions of one week")
    week_option(listing)
    format_option(listing)


def run(args: argparse.Namespace, paths: Paths) -> int:
    import json

    from planner.cli.output import session_to_json, week_as_text
    from planner.services import profile, sessions
    from planner.services.workspace import open_workspace

    workspace = open_workspace(paths, exclusive=False)
    try:
        week = sessions.week_of(args.week or args.today, profile.current().first_weekday)
        if args.format == "json":
            print(json.dumps([session_to_json(s) for s in week.sessions], indent=2))
        else:
            print(week_as_text(week))
    finally:
        workspace.close()
    return EXIT_OK
