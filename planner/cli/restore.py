"""``runlift restore``: replace all data with a JSON backup, after keeping a copy of what it replaces."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from planner.cli.arguments import file_name
from planner.config import Paths
from planner.exit_codes import EXIT_HAS_DATA, EXIT_OK, EXIT_USAGE


def add_parser(commands: Any) -> None:
    restore = commands.add_parser("restore", help="replace all data with a JSON backup (a copy is kept first)")
    restore.add_argument(
        "file", type=file_name, metavar="FILE", help="a backup from 'runlift export json'; - reads stdin"
    )
    restore.add_argument(
        "--replace", action="store_true", help="replace the data already in the database (refused without it)"
    )


def run(args: argparse.Namespace, paths: Paths) -> int:
    from planner.services.workspace import open_workspace

    workspace = open_workspace(paths)
    try:
        return _restore(args.file, args.replace, workspace.paths.backups)
    finally:
        workspace.close()


def _restore(source: str, replace: bool, backup_dir: Path) -> int:
    from planner.io import json_backup
    from planner.services import full_backup
    from planner.services.errors import SCHEMA_VERSION

    try:
        if source == "-":
            if sys.stdin is None:  # started with standard input closed (<&-)
                print("runlift: standard input is closed: nothing to restore", file=sys.stderr)
                return EXIT_USAGE
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
