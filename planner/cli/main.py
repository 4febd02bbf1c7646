"""The parser and the dispatch: a global ``--data-dir`` and ``--today``, then one sub-command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from importlib import import_module
from types import ModuleType
from typing import NoReturn

from planner import __version__
from planner.cli.arguments import folder_name, iso_date
from planner.config import resolve_paths
from planner.exit_codes import EXIT_DATABASE, EXIT_IN_USE, EXIT_OK, EXIT_STORAGE, EXIT_USAGE

# Each command's module by name, imported when its parser or its run is needed: opening the window loads only
# `gui` (issue 21); the other commands build the whole parser, so they import every command's module.
COMMANDS: dict[str, str] = {
    "gui": "gui",
    "sessions": "sessions",
    "suggest": "suggest",
    "paths": "paths",
    "example": "example",
    "checkin": "checkin",
    "export": "export",
    "restore": "restore",
    "import": "import_files",
    "setup": "setup",
}
# the commands that report their own errors (the window, `paths`, and `suggest --input`, which opens no database)
REPORT_THEIR_OWN = ("gui", "paths")


def command_module(name: str) -> ModuleType:
    return import_module(f"planner.cli.{COMMANDS[name]}")


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a mistake is one line on standard error and exit 2 (argparse prints the usage first,
    two to six lines); the sub-commands' parsers are made of this class too."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def one_line(text: str) -> str:
    return " ".join(text.split())


def build_parser(commands_wanted: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = OneLineParser(prog="runlift", description="Plan strength training around your running week.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=folder_name,
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
    for name in COMMANDS if commands_wanted is None else commands_wanted:
        command_module(name).add_parser(commands)
    return parser


GLOBAL_VALUE_OPTIONS = ("--data-dir", "--today")


def opens_the_window(argv: Sequence[str]) -> bool:
    """Only global options spelled out in full, and at most ``gui``: the window, whose start must not pay for
    the other commands' parsers (issue 21). Anything else, help and abbreviations included, gets them all."""
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token in GLOBAL_VALUE_OPTIONS and tokens:
            tokens.pop(0)
        elif not (token.split("=", 1)[0] in GLOBAL_VALUE_OPTIONS and "=" in token) and token != "gui":
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(("gui",) if opens_the_window(given) else None).parse_args(given)
    args.today = args.today or date.today()
    where = resolve_paths(args.data_dir)
    name = args.command or "gui"
    command = command_module(name)
    if name != "gui":  # the window resumes the collector once it is built, before it is shown
        from planner import startup_gc

        startup_gc.release()
    reports_its_own = name in REPORT_THEIR_OWN or (name == "suggest" and args.input)
    try:
        return command.run(args, where)
    except BrokenPipeError:  # `runlift sessions | head`: the reader left; nothing to say, and say it quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if reports_its_own:
            raise  # these report their own errors
        code, message = explain(exc)
        if code is None:
            raise  # a bug, not a situation: its traceback is what a report needs
        print(f"runlift: {one_line(message)}", file=sys.stderr)
        return code


def explain(error: Exception) -> tuple[int | None, str]:
    """The exit code and the one line for an error a command can meet; (None, "") for one it cannot."""
    from planner.services.errors import (
        DATABASE_ERRORS,
        DatabaseInUseError,
        StorageError,
        StoreError,
        storage_reason,
    )

    if isinstance(error, DatabaseInUseError):
        return EXIT_IN_USE, str(error)
    if isinstance(error, StorageError):
        return EXIT_STORAGE, str(error)
    reason = storage_reason(error)
    if reason is not None:  # a full disk or read-only folder mid-command: named as such, never as damage
        where = getattr(error, "filename", None)
        return EXIT_STORAGE, f"cannot write{f' {where}' if where else ''}: {reason}; the last change was not saved"
    if isinstance(error, StoreError):
        return EXIT_DATABASE, str(error)
    if isinstance(error, DATABASE_ERRORS):
        return EXIT_DATABASE, f"the database failed ({error}); the last change was not saved"
    if isinstance(error, OSError):
        return EXIT_STORAGE, f"cannot use {error.filename or 'a file'}: {error.strerror or error}"
    return None, ""
