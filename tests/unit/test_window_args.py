"""`python -m desktopapp` reads the window-only arguments by hand (no argparse before the
first frame: issue 12). Whatever it accepts must mean what the full parser makes of it;
whatever else it leaves to the full parser."""

from __future__ import annotations

import pytest

from desktopapp.__main__ import _window_only
from desktopapp.cli.main import build_parser

ACCEPTED = [
    [],
    ["--quit-after-show"],
    ["--db", "/tmp/a.db"],
    ["--db=/tmp/a.db", "-v"],
    ["--verbose", "--db", "x.db", "--quit-after-show"],
    ["--db", "a.db", "--db", "b.db"],  # the last one counts, as in argparse
    ["--db=-odd-name.db"],
    ["--db", "postgresql://ada@localhost/brand"],
]
LEFT_TO_THE_FULL_PARSER = [
    ["--quit"],  # an abbreviation
    ["--verb"],
    ["-vv"],
    ["--db"],  # no value
    ["--db", "--verbose"],  # an option where the value should be
    ["drafts", "list"],
    ["--help"],
    ["--version"],
    [""],
    ["--"],
]


@pytest.mark.parametrize("argv", ACCEPTED)
def test_what_is_read_by_hand_means_what_the_full_parser_reads(argv: list[str]) -> None:
    fast = _window_only(argv)
    full = build_parser().parse_args(argv)
    assert fast is not None
    assert full.command is None and fast.command is None
    assert (fast.db, fast.quit_after_show, fast.verbose) == (
        full.db, full.quit_after_show, full.verbose)


@pytest.mark.parametrize("argv", LEFT_TO_THE_FULL_PARSER)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert _window_only(argv) is None
