"""Entry point for `secondthought` and `python -m desktopapp`.

With a command (`drafts`, …) it runs the headless CLI; without one it opens the window.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (no command, no --help): then the
    full command parser, which imports every command's module, is not built — that
    alone took a fifth of the start-up time."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--quit-after-show", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true")
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
    from desktopapp.cli.args import undecodable

    bad = undecodable(argv)
    if bad is not None:
        sys.stderr.write(f"secondthought: argument {bad + 1} is not valid UTF-8 text; nothing "
                         "was done.\n")
        return 2
    if sys.stdout is None:  # started with standard output closed: the output is not wanted
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    # Opening the window: no garbage collection passes while start-up builds what lives
    # all session (ui/launch.py resumes it after the first frame). A command gets it back
    # before it runs.
    collecting = gc.isenabled()
    gc.disable()
    window = _window_only(argv)
    if window is not None:
        from desktopapp.ui.launch import run_gui

        return run_gui(window)
    if collecting:
        gc.enable()
    from desktopapp.cli.main import build_parser

    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktopapp.ui.launch import run_gui

        return run_gui(args)
    return _guarded(args)


def _guarded(args: argparse.Namespace) -> int:
    """Run a command so that nothing but one line reaches the user. Each known cause is
    handled where it happens; this is the last line for what no one foresaw."""
    from desktopapp.cli.main import run_command

    try:
        code = run_command(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`… | head`): the rest of the output is not wanted. Point
        # stdout at /dev/null so the interpreter's own flush at exit cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("secondthought: interrupted.\n")
        return 130
    except Exception as exc:  # the last resort: one line, never a traceback
        sys.stderr.write(f"secondthought: unexpected error ({type(exc).__name__}: "
                         f"{str(exc)[:200]}). Nothing more was done; please report this.\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
