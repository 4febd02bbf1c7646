"""``runlift export ics|csv|json`` and ``runlift restore``: the plan and history out, a backup back in.

Only argparse at import time, like planner/cli.py; the work is imported inside the commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from planner.cli_codes import EXIT_HAS_DATA, EXIT_OK, EXIT_USAGE

COMMANDS = ("export", "restore")


def add_parsers(commands: Any, iso_date: Callable[[str], date]) -> None:
    """The export and restore sub-commands, on the parser's sub-command set."""
    export = commands.add_parser("export", help="write the plan to a calendar or spreadsheet file, or a backup")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)

    ics = formats.add_parser("ics", help="sessions of a date range as an iCalendar file")
    ics.add_argument("--from", dest="start", type=iso_date, required=True, metavar="YYYY-MM-DD")
    ics.add_argument("--to", dest="end", type=iso_date, required=True, metavar="YYYY-MM-DD")
    ics.add_argument("--include-done", action="store_true", help="also the sessions marked done or skipped")
    ics.add_argument("-o", "--output", default="-", metavar="FILE", help="default: standard output")

    csv = formats.add_parser("csv", help="sessions or lift sets as CSV (a header row, your units)")
    csv.add_argument("--what", choices=("sessions", "sets"), required=True)
    csv.add_argument("--from", dest="start", type=iso_date, default=None, metavar="YYYY-MM-DD")
    csv.add_argument("--to", dest="end", type=iso_date, default=None, metavar="YYYY-MM-DD")
    csv.add_argument("-o", "--output", default="-", metavar="FILE", help="default: standard output")

    backup = formats.add_parser("json", help="a full backup of every table, for 'runlift restore'")
    backup.add_argument("-o", "--output", default="-", metavar="FILE", help="default: standard output")

    restore = commands.add_parser("restore", help="replace all data with a JSON backup (a copy is kept first)")
    restore.add_argument("file", metavar="FILE", help="a backup from 'runlift export json'; - reads stdin")
    restore.add_argument(
        "--replace", action="store_true", help="replace the data already in the database (refused without it)"
    )


def run(args: argparse.Namespace, paths: Any) -> int:
    """Runs one of COMMANDS; database errors propagate to planner/cli.py, which maps them to exit codes."""
    from planner.services.workspace import open_workspace

    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start and end and start > end:
        print("runlift: --from is after --to", file=sys.stderr)
        return EXIT_USAGE
    # exports only read, so they may run beside the app (ics may write the database's id once: see exporting)
    workspace = open_workspace(paths, exclusive=args.command == "restore")
    try:
        if args.command == "restore":
            return _restore(args.file, args.replace, workspace.paths.backups)
        return _export(args)
    finally:
        workspace.close()


def _export(args: argparse.Namespace) -> int:
    import csv
    import io

    from planner.services import exporting, full_backup

    if args.format == "ics":
        data = exporting.calendar_file(args.start, args.end, include_done=args.include_done)
        what = f"{data.count(b'BEGIN:VEVENT')} sessions"
    elif args.format == "csv":
        make = exporting.sessions_csv if args.what == "sessions" else exporting.sets_csv
        text = make(args.start, args.end)
        data = text.encode("utf-8")
        what = f"{sum(1 for _ in csv.reader(io.StringIO(text, newline=''))) - 1} {args.what}"
    else:
        data = full_backup.backup_text().encode("utf-8")
        what = "a full backup"
    return _write(data, args.output, what)


def _write(data: bytes, output: str, what: str) -> int:
    from planner.io.output_file import write_atomically

    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    try:
        write_atomically(Path(output), data)
    except OSError as exc:
        print(f"runlift: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Wrote {what} to {output}.")
    return EXIT_OK


def _restore(source: str, replace: bool, backup_dir: Path) -> int:
    from planner.io import json_backup
    from planner.services import full_backup
    from planner.store.migrations import SCHEMA_VERSION

    try:
        if source == "-":
            data = sys.stdin.buffer.read(json_backup.MAX_BACKUP_BYTES + 1)  # restore() refuses what is over
        else:
            data = full_backup.read_backup(Path(source))
        result = full_backup.restore(data, backup_dir, replace=replace)
    except OSError as exc:
        print(f"runlift: cannot read {source}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except full_backup.BackupFormatError as exc:
        print(f"runlift: {source} cannot be restored: {exc}; nothing was changed", file=sys.stderr)
        return EXIT_USAGE
    except full_backup.DatabaseHasDataError as exc:
        print(f"runlift: {exc}; nothing was changed (add --replace to replace it)", file=sys.stderr)
        return EXIT_HAS_DATA
    upgraded = f", upgraded from schema {result.schema_version}" if result.schema_version < SCHEMA_VERSION else ""
    print(
        f"Restored {result.rows} rows from {source} (Runlift {result.app_version}, {result.exported_at}{upgraded}). "
        f"The data it replaced was copied to {result.safety_copy}."
    )
    return EXIT_OK
