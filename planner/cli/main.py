"""The parser and the dispatch: a global ``--data-dir`` and ``--today``, then one sub-command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from types import ModuleType

from planner import __version__
from planner.cli import checkin, example, export, gui, import_files, paths, restore, sessions, setup, suggest
from planner.cli.arguments import iso_date
from planner.config import resolve_paths
from planner.exit_codes import EXIT_DATABASE, EXIT_IN_USE

# Only argparse at import time: the GUI path must not pay for what the headless commands need.
COMMANDS: dict[str, ModuleType] = {
    "gui": gui,
    "sessions": sessions,
    "suggest": suggest,
    "paths": paths,
    "example": example,
    "checkin": checkin,
    "export": export,
    "restore": restore,
    "import": import_files,
    "setup": setup,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="runlift", description="Plan strength training around your running week.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, backups and settings in DIR instead of the platform's user data folder",
    )
    parser.add_argument(
        "--today",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="plan as if today were this date (default: the system date)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        module.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.today = args.today or date.today()
    where = resolve_paths(args.data_dir)
    command = COMMANDS[args.command or "gui"]
    if command in (gui, paths) or (command is suggest and args.input):
        return command.run(args, where)  # no database opened here, or the window reports its own errors

    from planner.services.errors import DatabaseInUseError, StoreError

    try:
        return command.run(args, where)
    except DatabaseInUseError as exc:
        print(f"runlift: {exc}", file=sys.stderr)
        return EXIT_IN_USE
    except StoreError as exc:
        print(f"runlift: {exc}", file=sys.stderr)
        return EXIT_DATABASE
