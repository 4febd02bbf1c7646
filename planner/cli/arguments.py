"""Argument types shared by the sub-commands."""

from __future__ import annotations

import argparse
from datetime import date

from planner.domain.dates import day_problem


def iso_date(text: str) -> date:
    """A date given as YYYY-MM-DD; argparse turns the error into its one-line usage message."""
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from exc
    problem = day_problem(day)
    if problem:  # a week or a 28-day list around year 1 or 9999 would leave Python's dates
        raise argparse.ArgumentTypeError(problem)
    return day


def week_option(parser: argparse.ArgumentParser, help_text: str = "any date in the week (default: today)") -> None:
    parser.add_argument("--week", type=iso_date, default=None, metavar="YYYY-MM-DD", help=help_text)


def format_option(parser: argparse.ArgumentParser, default: str = "text") -> None:
    parser.add_argument("--format", choices=("json", "text"), default=default)
