"""The ``runlift`` command: the GUI by default, one module per headless sub-command.

Each command module has ``add_parser(commands)`` and ``run(args, paths)``; ``main`` wires them.
Only argparse is imported at start: each command imports what it needs when it runs.
"""

from planner.cli.main import main

__all__ = ["main"]
