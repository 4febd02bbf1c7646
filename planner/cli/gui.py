"""``runlift`` or ``runlift gui``: the main window."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planner.config import Paths


def add_parser(commands: Any) -> None:
    commands.add_parser("gui", help="open the main window (the default)")


def run(args: argparse.Namespace, paths: Paths) -> int:
    try:
        # The data layer loads before Qt. Once PySide6 is imported, its import hook reads the source of each module
        # an import names, to see whether it uses PySide (PYSIDE-2029): 150 modules, 17 ms of each start here.
        # Loaded first, the store, the engine and peewee (300 kB) are never read, and planner.ui enters the rest in
        # PySide's table before they load (feature_table): 16 reads, all of stdlib or PySide modules (issue 21).
        from planner.services import calendar, workspace  # noqa: F401
        from planner.ui.app import run_gui  # Qt only when a window is wanted
    except ImportError as error:  # a broken install or bundle: no Qt, so no dialog; the log and stderr say why
        from planner.exit_codes import EXIT_START_FAILED
        from planner.start_failure import start_failure_message, write_start_failure

        print(f"runlift: {start_failure_message(error, write_start_failure(error, paths.logs))}", file=sys.stderr)
        return EXIT_START_FAILED
    return run_gui(paths, today=args.today)
