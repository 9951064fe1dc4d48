"""Entry point for `secondthought` and `python -m desktopapp`.

With a command (`drafts`, …) it runs the headless CLI; without one it opens the window.
"""

from __future__ import annotations

import gc
import os
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def _window_only(argv: list[str]) -> SimpleNamespace | None:
    """The arguments when they only open the window (no command, no --help), read by
    hand: then neither the full command parser (it imports every command's module: a
    fifth of the start-up time) nor argparse itself (~10 M instructions) is loaded.
    Only the exact spellings are read here; anything else (an abbreviation, a value that
    looks like an option) goes to the full parser, which answers as it always did."""
    args = SimpleNamespace(db=None, quit_after_show=False, verbose=False, command=None)
    words = iter(argv)
    for word in words:
        if word == "--quit-after-show":
            args.quit_after_show = True
        elif word in ("--verbose", "-v"):
            args.verbose = True
        elif word == "--db" or word.startswith("--db="):
            value = word[5:] if word.startswith("--db=") else next(words, None)
            if value is None or (value.startswith("-") and word == "--db"):
                return None
            args.db = value
        else:
            return None
    return args


def undecodable(argv: list[str]) -> int | None:
    """The position of the first argument that was not valid UTF-8 (Python hands such bytes
    over as lone surrogates, which no file, database or network can store), or None."""
    for index, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return index
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
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
