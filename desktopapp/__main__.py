"""Entry point for `secondthought` and `python -m desktopapp`.

With a command (`drafts`, …) it runs the headless CLI; without one it opens the window.
"""

from __future__ import annotations

import argparse
import sys


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (no command, no --help): then the
    full command parser, which imports every command's module, is not built — that
    alone took a fifth of the start-up time."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--quit-after-show", action="store_true")
    try:
        args, rest = parser.parse_known_args(argv)
    except SystemExit:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    window = _window_only(argv)
    if window is not None:
        from desktopapp.ui.launch import run_gui

        return run_gui(window)
    from desktopapp.cli.main import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktopapp.ui.launch import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
