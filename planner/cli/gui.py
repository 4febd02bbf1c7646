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
        from planner.ui.app import run_gui  # Qt only when a window is wanted
    except ImportError as error:  # a broken install or bundle: no Qt, so no dialog; the log and stderr say why
        from planner.exit_codes import EXIT_START_FAILED
        from planner.start_failure import start_failure_message, write_start_failure

        print(f"runlift: {start_failure_message(error, write_start_failure(error, paths.logs))}", file=sys.stderr)
        return EXIT_START_FAILED
    return run_gui(paths, today=args.today)
