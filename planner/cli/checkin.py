"""``runlift checkin``: record, edit, show, list or delete a daily check-in without the window."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from planner.cli.arguments import format_option, iso_date
from planner.config import Paths
from planner.exit_codes import EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:  # the domain is imported only when the command runs
    from planner.domain.checkin import CheckIn

LIST_DAYS = 28
FIELDS = {  # option dest -> CheckIn field
    "sleep": "sleep_hours",
    "sleep_quality": "sleep_quality",
    "soreness_legs": "soreness_legs",
    "soreness_upper": "soreness_upper",
    "energy": "energy",
    "body_mass": "body_mass_kg",
    "resting_hr": "resting_hr",
    "note": "note",
}


def add_parser(commands: Any) -> None:
    sub = commands.add_parser(
        "checkin",
        help="record or show a daily check-in (sleep, soreness, energy)",
        description="Record a day's check-in (creates it, or changes the options given), or show, list or "
        "delete check-ins. Scales: sleep quality and energy 1-5, soreness 0 (none) to 10 (worst).",
    )
    sub.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD", help="the day (default: today)")
    sub.add_argument("--sleep", type=float, metavar="HOURS", help="hours slept the night before")
    sub.add_argument("--sleep-quality", type=int, metavar="1-5")
    sub.add_argument("--soreness-legs", type=int, metavar="0-10")
    sub.add_argument("--soreness-upper", type=int, metavar="0-10")
    sub.add_argument("--energy", type=int, metavar="1-5")
    sub.add_argument("--body-mass", type=float, metavar="KG")
    sub.add_argument("--resting-hr", type=int, metavar="BPM")
    sub.add_argument("--note")
    action = sub.add_mutually_exclusive_group()
    action.add_argument("--show", action="store_true", help="print the day's check-in")
    action.add_argument("--list", action="store_true", help=f"print the check-ins of the {LIST_DAYS} days to --date")
    action.add_argument("--delete", action="store_true", help="delete the day's check-in")
    format_option(sub)


def checkin_to_json(checkin: CheckIn) -> dict[str, object]:
    return {"date": checkin.day.isoformat(), **checkin.answers()}


def checkin_as_text(checkin: CheckIn) -> str:
    line = (
        f"{checkin.day:%a %d %b %Y}: slept {checkin.sleep_hours:g} h (quality {checkin.sleep_quality}/5), "
        f"legs {checkin.soreness_legs}/10, upper body {checkin.soreness_upper}/10, energy {checkin.energy}/5"
    )
    if checkin.body_mass_kg is not None:
        line += f", {checkin.body_mass_kg:g} kg"
    if checkin.resting_hr is not None:
        line += f", resting HR {checkin.resting_hr}"
    if checkin.note:
        line += f"\n  {checkin.note}"
    return line


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Bad values change nothing and exit with EXIT_USAGE."""
    from planner.services.workspace import open_workspace

    workspace = open_workspace(paths)
    try:
        return _checkin(args)
    finally:
        workspace.close()


def _checkin(args: argparse.Namespace) -> int:
    import json
    from dataclasses import replace

    from planner.services import checkins

    day = args.date or args.today
    given = {field: getattr(args, dest) for dest, field in FIELDS.items() if getattr(args, dest) is not None}
    if (args.show or args.list or args.delete) and given:
        print("runlift: --show, --list and --delete take no check-in values", file=sys.stderr)
        return EXIT_USAGE
    if args.list:
        found = checkins.between(day - timedelta(days=LIST_DAYS - 1), day)
        if args.format == "json":
            print(json.dumps([checkin_to_json(c) for c in found], indent=2))
        else:
            print("\n".join(checkin_as_text(c) for c in found) or "No check-ins.")
        return EXIT_OK
    if args.show:
        one = checkins.on(day)
        if args.format == "json":
            print(json.dumps(checkin_to_json(one) if one else None, indent=2))
        else:
            print(checkin_as_text(one) if one else f"No check-in on {day:%a %d %b %Y}.")
        return EXIT_OK
    if args.delete:
        from planner.services.errors import NotFoundError

        removed = checkins.on(day)
        try:
            checkins.delete(day)
        except NotFoundError:
            removed = None
        if removed is None:
            print(f"runlift: no check-in on {day.isoformat()} to delete", file=sys.stderr)
            return EXIT_USAGE
        if args.format == "json":  # the check-in as it was, so a script can keep or restore it
            print(json.dumps(checkin_to_json(removed), indent=2))
        else:
            print(f"Deleted the check-in of {day:%a %d %b %Y}.")
        return EXIT_OK
    existing = checkins.on(day)
    if existing is None and "sleep_hours" not in given:
        print(f"runlift: no check-in on {day.isoformat()} yet: give --sleep HOURS (or use --show)", file=sys.stderr)
        return EXIT_USAGE
    from planner.domain.checkin import CheckIn

    # a new day starts from the neutral defaults, not yesterday's answers: a script says what it means
    base = existing or CheckIn(day=day, sleep_hours=0.0)
    try:
        stored = checkins.save(replace(base, **given))
    except ValueError as exc:
        print(f"runlift: {exc}; nothing was saved", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        print(json.dumps(checkin_to_json(stored), indent=2))
    else:
        print(("Updated " if existing else "Saved ") + checkin_as_text(stored))
    return EXIT_OK
