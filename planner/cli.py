"""The ``runlift`` command: the GUI by default, headless sub-commands for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from planner import __version__
from planner.config import resolve_paths
from planner.domain.formatting import format_distance, format_duration
from planner.domain.session import Session
from planner.domain.week import Week

from planner.cli_codes import EXIT_DATABASE, EXIT_IN_USE, EXIT_OK


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runlift", description="Plan strength training around your running week."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, backups and settings in DIR instead of the platform's user data folder",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the main window (the default)")

    listing = commands.add_parser("sessions", help="list the sessions of one week")
    listing.add_argument(
        "--week", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="any date in the week (default: today)"
    )
    listing.add_argument("--format", choices=("json", "text"), default="text")

    example = commands.add_parser("example", help="add (or remove) the example week")
    example.add_argument("--week", type=_iso_date, default=None, metavar="YYYY-MM-DD")
    example.add_argument("--remove", action="store_true", help="remove every example session instead")
    return parser


def session_to_json(session: Session) -> dict[str, Any]:
    """The stable JSON shape of one session (README: "Headless commands")."""
    return {
        "id": session.id,
        "date": session.day.isoformat(),
        "position": session.position,
        "kind": session.kind.value,
        "type": session.run.run_type.value if session.run else None,
        "focus": session.lift.focus.value if session.lift else None,
        "intensity": session.lift.intensity.value if session.lift else None,
        "title": session.title,
        "status": session.status.value,
        "time_of_day": session.time_of_day.value if session.time_of_day else None,
        "distance_m": session.distance_m,
        "duration_s": session.duration_s,
        "rpe": session.rpe,
        "exercise_count": session.exercise_count,
        "planned_date": session.planned_day.isoformat() if session.planned_day else None,
        "source": session.source.value,
        "notes": session.notes,
    }


def week_as_text(week: Week) -> str:
    lines = [f"Week of {week.start:%a %d %b %Y}"]
    for day in week.days:
        todays = week.on(day)
        if not todays:
            lines.append(f"{day:%a %d %b}  -")
        for i, session in enumerate(todays):
            label = f"{day:%a %d %b}" if i == 0 else " " * 10
            distance = format_distance(session.distance_m)
            duration = format_duration(session.duration_s)
            lines.append(f"{label}  {session.title:<26} {distance:>8}  {duration:>8}  {session.status.value}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir)
    if args.command in (None, "gui"):
        from planner.ui.app import run_gui  # Qt only when a window is wanted

        return run_gui(paths)

    from planner.store.errors import DatabaseInUseError, StoreError

    try:
        return _run_headless(args, paths)
    except DatabaseInUseError as exc:
        print(f"runlift: {exc}", file=sys.stderr)
        return EXIT_IN_USE
    except StoreError as exc:
        print(f"runlift: {exc}", file=sys.stderr)
        return EXIT_DATABASE


def _run_headless(args: argparse.Namespace, paths: Any) -> int:
    from planner.services import example_week, sessions
    from planner.services.workspace import open_workspace
    from planner.store.profile_rows import get_profile

    day = args.week or date.today()
    workspace = open_workspace(paths, exclusive=args.command != "sessions")
    try:
        first_weekday = get_profile().first_weekday
        if args.command == "sessions":
            week = sessions.week_of(day, first_weekday)
            if args.format == "json":
                print(json.dumps([session_to_json(s) for s in week.sessions], indent=2))
            else:
                print(week_as_text(week))
        elif args.command == "example":
            if args.remove:
                removed = example_week.remove_example_sessions()
                print(f"Removed {len(removed)} example sessions.")
            else:
                added = example_week.add_example_week(day, first_weekday)
                print(f"Added {len(added)} example sessions to the week of {added[0].day:%d %b %Y}.")
    finally:
        workspace.close()
    return EXIT_OK
