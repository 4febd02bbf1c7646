"""The ``runlift`` command: the GUI by default, headless sub-commands for scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from planner import __version__
from planner.cli_checkin import add_parser as add_checkin_parser
from planner.cli_checkin import run_checkin
from planner.cli_codes import EXIT_DATABASE, EXIT_IN_USE, EXIT_OK, EXIT_USAGE
from planner.cli_export import COMMANDS as TRANSFER_COMMANDS
from planner.cli_export import add_parsers as add_transfer_parsers
from planner.cli_export import run as run_transfer
from planner.cli_import import add_parser as add_import_parser
from planner.cli_import import run_import
from planner.config import Paths, resolve_paths

# Only argparse at import time: the GUI path must not pay for what the headless commands need.


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="runlift", description="Plan strength training around your running week.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, backups and settings in DIR instead of the platform's user data folder",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the main window (the default)")

    listing = commands.add_parser("sessions", help="list the sessions of one week")
    listing.add_argument(
        "--week",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="any date in the week (default: today)",
    )
    listing.add_argument("--format", choices=("json", "text"), default="text")

    suggest = commands.add_parser(
        "suggest", help="suggest lift sessions for a week (from --input WEEK.json, or the database)"
    )
    suggest.add_argument(
        "--input", metavar="WEEK.json", help="a week as JSON (README: 'runlift suggest'); - reads stdin"
    )
    suggest.add_argument("--week", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="without --input")
    suggest.add_argument("--format", choices=("json", "text"), default="json")

    where = commands.add_parser("paths", help="print where the data folder, database, backups and logs are")
    where.add_argument("--format", choices=("json", "text"), default="text")

    example = commands.add_parser("example", help="add (or remove) the example week")
    example.add_argument("--week", type=_iso_date, default=None, metavar="YYYY-MM-DD")
    example.add_argument("--remove", action="store_true", help="remove every example session instead")
    add_checkin_parser(commands, _iso_date)
    add_transfer_parsers(commands, _iso_date)
    add_import_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir)
    if args.command in (None, "gui"):
        return _start_gui(paths)

    if args.command == "paths":  # no database opened: it answers even when the folder is locked or damaged
        return _print_paths(paths, args.format)
    if args.command == "suggest" and args.input:
        return _suggest_from_file(args.input, args.format)

    from planner.store.errors import DatabaseInUseError, StoreError

    try:
        if args.command in TRANSFER_COMMANDS:
            return run_transfer(args, paths)
        if args.command == "import":
            return run_import(args, paths)
        return _run_headless(args, paths)
    except DatabaseInUseError as exc:
        print(f"runlift: {exc}", file=sys.stderr)
        return EXIT_IN_USE
    except StoreError as exc:
        print(f"runlift: {exc}", file=sys.stderr)
        return EXIT_DATABASE


def _print_paths(paths: Paths, output: str) -> int:
    import json

    where = {
        "data_dir": paths.data_dir,
        "database": paths.database,
        "backups": paths.backups,
        "images": paths.images,
        "logs": paths.logs,
    }
    if output == "json":
        print(json.dumps({key: str(value) for key, value in where.items()}, indent=2))
    else:
        for key, value in where.items():
            print(f"{key}: {value}")
    return EXIT_OK


def _start_gui(paths: Paths) -> int:
    try:
        from planner.ui.app import run_gui  # Qt only when a window is wanted
    except ImportError as error:  # a broken install or bundle: no Qt, so no dialog; the log and stderr say why
        from planner.cli_codes import EXIT_START_FAILED
        from planner.start_failure import start_failure_message, write_start_failure

        print(f"runlift: {start_failure_message(error, write_start_failure(error, paths.logs))}", file=sys.stderr)
        return EXIT_START_FAILED
    return run_gui(paths)


def _run_headless(args: argparse.Namespace, paths: Paths) -> int:
    import json

    from planner.cli_output import session_to_json, week_as_text
    from planner.services import example_week, sessions
    from planner.services.workspace import open_workspace
    from planner.store.profile_rows import get_profile

    day = getattr(args, "week", None) or date.today()
    workspace = open_workspace(paths, exclusive=args.command not in ("sessions", "suggest"))
    try:
        first_weekday = get_profile().first_weekday
        if args.command == "sessions":
            week = sessions.week_of(day, first_weekday)
            if args.format == "json":
                print(json.dumps([session_to_json(s) for s in week.sessions], indent=2))
            else:
                print(week_as_text(week))
        elif args.command == "suggest":
            from planner.io.week_json import suggestion_as_text, suggestion_to_json
            from planner.services import suggestions

            result = suggestions.suggest(day)
            unit = get_profile().mass_unit
            if args.format == "json":
                print(json.dumps(suggestion_to_json(result, unit), indent=2))
            else:
                print(suggestion_as_text(result, unit))
        elif args.command == "checkin":
            return run_checkin(args)
        elif args.command == "example":
            if args.remove:
                removed = example_week.remove_example_sessions()
                print(f"Removed {len(removed)} example sessions.")
            else:
                added = example_week.add_example_week(day, first_weekday)
                print(f"Added {len(added)} example sessions to the week of {added[0].day:%d %b %Y}.")
    finally:
        workspace.close()
    return EXIT_OK


MAX_INPUT_BYTES = 1_000_000


def _suggest_from_file(source: str, output: str) -> int:
    """The engine on a week given as JSON, with the built-in library; no database is touched."""
    import json
    from dataclasses import replace

    from planner.engine.suggest import suggest_week
    from planner.io.week_json import WeekInputError, parse_week, suggestion_as_text, suggestion_to_json
    from planner.services.library import builtin_content

    try:
        if source == "-":
            text = sys.stdin.read(MAX_INPUT_BYTES + 1)
        else:
            with open(source, encoding="utf-8") as handle:
                text = handle.read(MAX_INPUT_BYTES + 1)
        if len(text) > MAX_INPUT_BYTES:
            raise WeekInputError(f"the input is over {MAX_INPUT_BYTES // 1000} kB")
        raw = json.loads(text)
        _, library = builtin_content()
        library = [replace(e, id=i + 1) for i, e in enumerate(library)]
        week = parse_week(raw, library)
    except OSError as exc:
        print(f"runlift: cannot read {source}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except UnicodeDecodeError:
        print(f"runlift: {source} is not UTF-8 text", file=sys.stderr)
        return EXIT_USAGE
    except json.JSONDecodeError as exc:
        print(
            f"runlift: {source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", file=sys.stderr
        )
        return EXIT_USAGE
    except (WeekInputError, RecursionError) as exc:
        message = exc if isinstance(exc, WeekInputError) else "the input nests too deeply"
        print(f"runlift: {message}", file=sys.stderr)
        return EXIT_USAGE
    result = suggest_week(week)
    unit = week.profile.mass_unit
    if output == "json":
        print(json.dumps(suggestion_to_json(result, unit), indent=2))
    else:
        print(suggestion_as_text(result, unit))
    return EXIT_OK
