"""``runlift export ics|csv|json``: the plan and history out, to a file or standard output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from planner.cli.arguments import file_name, iso_date
from planner.config import Paths
from planner.exit_codes import EXIT_OK, EXIT_USAGE


def add_parser(commands: Any) -> None:
    export = commands.add_parser("export", help="write the plan to a calendar or spreadsheet file, or a backup")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)

    ics = formats.add_parser("ics", help="sessions of a date range as an iCalendar file")
    ics.add_argument("--from", dest="start", type=iso_date, required=True, metavar="YYYY-MM-DD")
    ics.add_argument("--to", dest="end", type=iso_date, required=True, metavar="YYYY-MM-DD")
    ics.add_argument("--include-done", action="store_true", help="also the sessions marked done or skipped")
    ics.add_argument("-o", "--output", type=file_name, default="-", metavar="FILE", help="default: standard output")

    csv = formats.add_parser("csv", help="sessions or lift sets as CSV (a header row, your units)")
    csv.add_argument("--what", choices=("sessions", "sets"), required=True)
    csv.add_argument("--from", dest="start", type=iso_date, default=None, metavar="YYYY-MM-DD")
    csv.add_argument("--to", dest="end", type=iso_date, default=None, metavar="YYYY-MM-DD")
    csv.add_argument("-o", "--output", type=file_name, default="-", metavar="FILE", help="default: standard output")

    backup = formats.add_parser("json", help="a full backup of every table, for 'runlift restore'")
    backup.add_argument("-o", "--output", type=file_name, default="-", metavar="FILE", help="default: standard output")


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Exports only read, so they may run beside the app (ics may write the database's id once: see exporting)."""
    from planner.services.workspace import open_workspace

    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start and end and start > end:
        print("runlift: --from is after --to", file=sys.stderr)
        return EXIT_USAGE
    workspace = open_workspace(paths, exclusive=False)
    try:
        return _export(args, paths)
    finally:
        workspace.close()


def _export(args: argparse.Namespace, paths: Paths) -> int:
    from planner.services import exporting, full_backup

    if args.format == "ics":
        data = exporting.calendar_file(args.start, args.end, include_done=args.include_done)
        what = f"{data.count(b'BEGIN:VEVENT')} sessions"
    elif args.format == "csv":
        make = exporting.sessions_csv if args.what == "sessions" else exporting.sets_csv
        text = make(args.start, args.end)
        data = text.encode("utf-8")
        what = f"{_records(text) - 1} {args.what}"
    else:
        data = full_backup.backup_text().encode("utf-8")
        what = "a full backup"
    return _write(data, args.output, what, paths)


def _records(text: str) -> int:
    """CSV records, counted with the csv module (a note may hold line breaks); its field limit (131,072
    characters) is lifted for the count, since notes may be longer."""
    import csv
    import io

    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text)))
    try:
        return sum(1 for _ in csv.reader(io.StringIO(text, newline="")))
    finally:
        csv.field_size_limit(limit)


def _write(data: bytes, output: str, what: str, paths: Paths) -> int:
    from planner.io.output_file import write_atomically

    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    try:
        write_atomically(Path(output), data, kept=paths.keeps)  # -o runlift.sqlite would replace the data
    except OSError as exc:
        print(f"runlift: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Wrote {what} to {output}.")
    return EXIT_OK
