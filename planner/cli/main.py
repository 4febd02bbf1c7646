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
from planner.config import Paths, resolve_paths
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
    if sys.stdout is None and name != "gui":  # started with standard output closed (>&-): say so, not exit 0
        print("runlift: standard output is closed: nowhere to write the command's output", file=sys.stderr)
        return EXIT_USAGE
    reports_its_own = name in REPORT_THEIR_OWN or (name == "suggest" and args.input)
    if name == "gui":
        return int(command.run(args, where))  # the window reports its own errors
    from planner.cli.output_stream import OutputStream

    stdout = sys.stdout
    sys.stdout = OutputStream(stdout)  # a write that fails says it was the output's
    try:
        return _run(command, args, where, name, reports_its_own)
    finally:
        sys.stdout = stdout


def _run(command: ModuleType, args: argparse.Namespace, where: Paths, name: str, reports_its_own: bool) -> int:
    from planner.cli.output_stream import OutputError

    try:
        code = command.run(args, where)
    except BrokenPipeError:  # `runlift sessions | head`: the reader left; nothing to say, and say it quietly
        return _reader_left()
    except OutputError as exc:
        return _output_failed(exc)
    except Exception as exc:
        if reports_its_own:
            raise  # these report their own errors
        code, message = explain(exc)
        if code is None:
            raise  # a bug, not a situation: its traceback is what a report needs
        print(f"runlift: {one_line(message)}", file=sys.stderr)
        return code
    return _flushed(code)


def _flushed(code: int) -> int:
    """``code`` once the output is written: a full disk or device behind standard output shows here, as one
    line, not as a traceback when Python flushes it at exit."""
    from planner.cli.output_stream import OutputError

    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return _reader_left()
    except OutputError as exc:
        return _output_failed(exc)
    return code


def _output_failed(error: OSError) -> int:
    print(f"runlift: cannot write the output: {error.strerror or error}", file=sys.stderr)
    return EXIT_STORAGE


def _reader_left() -> int:
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


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
