"""Argument types shared by the sub-commands."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

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


def folder_name(text: str) -> str:
    """A ``--data-dir``: an empty one (``--data-dir "$DIR"`` with DIR unset) would mean the real data folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty folder name; leave --data-dir out for the usual folder")
    return text


def file_name(text: str) -> str:
    """A file or folder argument: an empty one (``"$FILE"`` with FILE unset) would mean the working folder,
    and ``import ""`` imported everything under it."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty file name")
    return text


def file_path(text: str) -> Path:
    return Path(file_name(text))


def week_option(parser: argparse.ArgumentParser, help_text: str = "any date in the week (default: today)") -> None:
    parser.add_argument("--week", type=iso_date, default=None, metavar="YYYY-MM-DD", help=help_text)


def format_option(parser: argparse.ArgumentParser, default: str = "text") -> None:
    parser.add_argument("--format", choices=("json", "text"), default=default)


class InputFileError(ValueError):
    """A ``--input`` that cannot be read as a document; the message is one line."""


def read_input(source: str, max_bytes: int) -> str:
    """The text of ``--input``: ``-`` for standard input, else a regular file of at most ``max_bytes``.

    A named pipe or a device is refused rather than waited on for ever (DESIGN §5).
    """
    import sys

    from planner.io.regular_file import NotRegularFileError, open_regular

    if source == "-":
        if sys.stdin is None:  # started with standard input closed (<&-)
            raise InputFileError("standard input is closed: nothing to read")
        binary = getattr(sys.stdin, "buffer", None)
        if binary is None:  # a text stream put in place of stdin (tests, embedding)
            text = sys.stdin.read(max_bytes + 1)
            if len(text) > max_bytes:
                raise InputFileError(f"the input is over {max_bytes // 1000} kB")
            return text
        data = binary.read(max_bytes + 1)
    else:
        try:
            handle = open_regular(Path(source), shown=source)
        except OSError as exc:
            raise InputFileError(f"cannot read {source}: {exc.strerror or exc}") from exc
        except NotRegularFileError as exc:
            raise InputFileError(str(exc)) from exc
        with handle:
            try:
                data = handle.read(max_bytes + 1)
            except OSError as exc:  # a read that fails is the input's problem, not a failed write
                raise InputFileError(f"cannot read {source}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputFileError(f"{source} is over {max_bytes // 1000} kB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(f"{source} is not UTF-8 text") from exc


def read_json_input(source: str, max_bytes: int) -> object:
    """``--input`` parsed as JSON, or InputFileError with one line saying what is wrong with it."""
    import json

    text = read_input(source, max_bytes)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except ValueError as exc:  # an integer of over 4,300 digits (Python's limit on reading one)
        raise InputFileError(f"{source} holds a number too long to be one") from exc
    except RecursionError as exc:
        raise InputFileError(f"{source} nests too deeply") from exc
    if not _valid_unicode(raw):
        raise InputFileError(f"{source} holds text that is not valid Unicode (a lone surrogate such as \\ud800)")
    return raw


def _valid_unicode(raw: object) -> bool:
    """Whether every string in the document can be written as UTF-8: JSON's escapes let in lone surrogates,
    which the database and the terminal then refuse mid-command."""
    stack = [raw]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    return False
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return True
