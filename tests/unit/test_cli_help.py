"""Every option and argument of every command says what it is in --help (an option
without a description once left `channels add --help` a bare list of flags)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from desktopapp.cli.main import build_parser


def _walk(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            yield path, action


def test_every_option_of_every_command_is_described() -> None:
    missing = [f"{path}: {'/'.join(a.option_strings) or a.dest}"
               for path, a in _walk(build_parser(), "secondthought")
               if a.help != argparse.SUPPRESS and not (a.help or "").strip()]
    assert not missing, "options without --help text:\n" + "\n".join(missing)


def test_every_command_has_a_one_line_summary() -> None:
    undescribed = []

    def visit(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helps = {c.dest: c.help for c in action._choices_actions}
                for name, sub in action.choices.items():
                    if not (helps.get(name) or "").strip():
                        undescribed.append(f"{path} {name}")
                    visit(sub, f"{path} {name}")

    visit(build_parser(), "secondthought")
    assert not undescribed, "commands without a summary: " + ", ".join(undescribed)
