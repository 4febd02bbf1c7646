"""``runlift suggest``: lift sessions for a week, from the database or from a week given as JSON."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planner.cli.arguments import InputFileError, file_name, format_option, read_json_input, week_option
from planner.config import Paths
from planner.exit_codes import EXIT_OK, EXIT_USAGE

MAX_INPUT_BYTES = 1_000_000


def add_parser(commands: Any) -> None:
    suggest = commands.add_parser(
        "suggest", help="suggest lift sessions for a week (from --input WEEK.json, or the database)"
    )
    suggest.add_argument(
        "--input", type=file_name, metavar="WEEK.json", help="a week as JSON (README: 'runlift suggest'); - reads stdin"
    )
    week_option(suggest, "without --input: any date in the week (default: today)")
    format_option(suggest, default="json")


def run(args: argparse.Namespace, paths: Paths) -> int:
    if args.input:
        return _from_file(args.input, args.format)
    import json

    from planner.io.week_json import suggestion_as_text, suggestion_to_json
    from planner.services import profile, suggestions
    from planner.services.workspace import open_workspace

    workspace = open_workspace(paths, exclusive=False)
    try:
        result = suggestions.suggest(args.week or args.today, today=args.today)
        unit = profile.current().mass_unit
        if args.format == "json":
            print(json.dumps(suggestion_to_json(result, unit), indent=2))
        else:
            print(suggestion_as_text(result, unit))
    finally:
        workspace.close()
    return EXIT_OK


def _from_file(source: str, output: str) -> int:
    """The engine on a week given as JSON, with the built-in library; no database is touched."""
    import json
    from dataclasses import replace

    from planner.engine.suggest import suggest_week
    from planner.io.builtin_library import builtin_content
    from planner.io.week_json import WeekInputError, parse_week, suggestion_as_text, suggestion_to_json

    try:
        try:
            raw = read_json_input(source, MAX_INPUT_BYTES)
        except InputFileError as exc:
            raise WeekInputError(str(exc)) from exc
        _, library = builtin_content()
        library = [replace(e, id=i + 1) for i, e in enumerate(library)]
        week = parse_week(raw, library)
    except OSError as exc:
        print(f"runlift: cannot read {source}: {exc.strerror or exc}", file=sys.stderr)
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
