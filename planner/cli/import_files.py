"""``runlift import FILE_OR_FOLDER...``: activities from watches and apps, one output line per file.

An export archive (``.zip``: Strava's bulk export, Garmin's zip of zips) gives one line per activity file
in it, named by its path inside: ``export.zip/activities/123.fit.gz: imported``.

Each line is ``<path>: imported``, ``<path>: completed planned run``, ``<path>: duplicate`` or
``<path>: skipped: <reason>`` (a file holding several activities, like Strava's activities.csv, gives
counts: ``<path>: imported 12, duplicate 3``, and each activity or row left out gets its reason on standard
error). Exit code 0 when no file was skipped, EXIT_SKIPPED when
some were (the others are imported all the same).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planner.cli.arguments import file_path
from planner.config import Paths
from planner.exit_codes import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE


def add_parser(commands: Any) -> None:
    sub = commands.add_parser(
        "import",
        help="import runs and other activities from FIT, GPX, TCX files, Strava's activities.csv or export zips",
        description="Import activities as done sessions. Folders are searched for .fit, .gpx, .tcx "
        "(also .gz), activities.csv and .zip files; a .zip (Strava's or Garmin's export) is read member by "
        "member. Prints one line per file or member: imported, completed planned run, duplicate, or "
        "skipped: <reason>.",
    )
    sub.add_argument("paths", nargs="+", type=file_path, metavar="FILE_OR_FOLDER")


def run(args: argparse.Namespace, paths: Paths) -> int:
    from planner.io.activity_files import activity_files_in
    from planner.services import importing
    from planner.services.workspace import open_workspace

    files = activity_files_in(args.paths)
    if not files:
        print("runlift: no activity files found in " + shown(", ".join(str(p) for p in args.paths)), file=sys.stderr)
        return EXIT_USAGE
    workspace = open_workspace(paths)
    skipped = 0
    try:
        for path in files:
            for result in importing.import_path(path, args.today):
                skipped += result.any_skipped
                print(shown(f"{result.path}: {result.summary}"), flush=True)
                for reason in result.part_reasons:
                    print(f"runlift: {shown(reason)}", file=sys.stderr)
    finally:
        workspace.close()
    return EXIT_SKIPPED if skipped else EXIT_OK


def shown(text: str) -> str:
    """A line as printed: a file name holding a line break or a terminal escape (``run\\nFAKE.fit: imported``,
    ``\\x1b[31m``) would forge output lines or recolour the terminal, so such characters are written as
    escapes; letters of any script stay as they are."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
