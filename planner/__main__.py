"""``python -m planner`` and the ``runlift`` script."""

from __future__ import annotations

import sys


def main() -> None:
    from planner import startup_gc

    startup_gc.hold()  # until the window is built (just before it is shown) or the command starts its work
    from planner.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
