"""``runlift`` or ``runlift gui``: the main window."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planner.config import Paths


def add_parser(commands: Any) -> None:
    commands.add_parser("gui", help="open the main window (the default)")


def load_data_layer() -> None:
    """Everything the window uses that is not Qt, loaded before Qt.

    Once PySide6 is imported, its import hook sees every ``import`` statement that runs (PYSIDE-2029), in Python:
    it read the source of each newly named module (17 ms of each start here, until planner.ui's feature_table),
    and it still costs a few microseconds a statement. Loaded first, the store, the engine, peewee and these
    services never meet it. For the last nineteen modules this adds, that is a millisecond or two, within this
    machine's noise on a whole start; loading every non-Qt module after PySide6 instead cost 9 ms of CPU (issue
    21). tests/unit/test_gui_start_order.py names any module the window newly loads after Qt.
    """
    from planner.domain import checkin, formatting, templates  # noqa: F401
    from planner.engine import week_totals  # noqa: F401
    from planner.io import output_file  # noqa: F401
    from planner.services import (  # noqa: F401
        calendar,
        changes,
        checkins,
        errors,
        example_week,
        library,
        profile,
        races,
        watched_folder,
        workspace,
    )


def run(args: argparse.Namespace, paths: Paths) -> int:
    try:
        load_data_layer()
        from planner.ui.app import run_gui  # Qt only when a window is wanted
    except ImportError as error:  # a broken install or bundle: no Qt, so no dialog; the log and stderr say why
        from planner.exit_codes import EXIT_START_FAILED
        from planner.start_failure import start_failure_message, write_start_failure

        print(f"runlift: {start_failure_message(error, write_start_failure(error, paths.logs))}", file=sys.stderr)
        return EXIT_START_FAILED
    return run_gui(paths, today=args.today)
