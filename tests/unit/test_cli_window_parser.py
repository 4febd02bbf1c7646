"""The window's start parses with the global options alone; every other command line gets every parser."""

from __future__ import annotations

import pytest

from planner.cli.main import build_parser, opens_the_window


@pytest.mark.parametrize(
    "argv",
    [[], ["gui"], ["--data-dir", "/tmp/x"], ["--data-dir=/tmp/x", "gui"], ["--today", "2026-11-23", "--data-dir", "d"]],
)
def test_a_window_command_line_parses_the_same_with_the_light_parser(argv: list[str]) -> None:
    assert opens_the_window(argv)
    assert vars(build_parser(("gui",)).parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["-h"], ["--help"], ["--version"], ["sessions"], ["--data", "x"], ["--data-dir"], ["gui", "-h"]]
)
def test_help_abbreviations_and_other_commands_get_every_parser(argv: list[str]) -> None:
    assert not opens_the_window(argv)


def test_a_bad_date_for_the_window_is_the_same_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    messages = []
    for parser in (build_parser(("gui",)), build_parser()):
        with pytest.raises(SystemExit) as stop:
            parser.parse_args(["--today=2026-13-01"])
        assert stop.value.code == 2
        messages.append(capsys.readouterr().err)
    assert messages[0] == messages[1]
    assert messages[0].count("\n") == 1
