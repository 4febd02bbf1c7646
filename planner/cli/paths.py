"""``runlift paths``: where the data lives. Opens no database, so it answers when the folder is locked or damaged."""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.arguments import format_option
from planner.config import Paths
from planner.exit_codes import EXIT_OK


def add_parser(commands: Any) -> None:
    where = commands.add_parser("paths", help="print where the data folder, database, backups and logs are")
    format_option(where)


def run(args: argparse.Namespace, paths: Paths) -> int:
    import json

    where = {
        "data_dir": paths.data_dir,
        "database": paths.database,
        "backups": paths.backups,
        "images": paths.images,
        "logs": paths.logs,
    }
    if args.format == "json":
        print(json.dumps({key: str(value) for key, value in where.items()}, indent=2))
    else:
        for key, value in where.items():
            print(f"{key}: {value}")
    return EXIT_OK
