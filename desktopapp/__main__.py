"""Entry point for `secondthought` and `python -m desktopapp`.

With a command (`drafts`, …) it runs the headless CLI; without one it opens the window.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktopapp.cli import build_parser, run_command

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from desktopapp.ui.launch import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
