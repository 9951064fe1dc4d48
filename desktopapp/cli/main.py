"""Build the parser from every area's `register`, open the database, run the handler."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import TextIO

from desktopapp import __version__, log_setup
from desktopapp.app.context import DATA_ERRORS, AppContext, describe_data_error, open_context
from desktopapp.app.people import set_up_local_user
from desktopapp.cli import (
    channels,
    check,
    doctor,
    drafts,
    people,
    publish,
    review,
    schedule,
    team,
    worker,
)
from desktopapp.cli.common import EXIT_FAILURE, EXIT_USAGE, Handler, UsageError
from desktopapp.config import resolve_paths
from desktopapp.core.errors import DomainError

AREAS = (drafts, check, review, people, channels, schedule, publish, worker, doctor, team)
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secondthought",
        description="Second Thought: write posts with live warnings, cool-off and review. "
        "Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"secondthought {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $SECONDTHOUGHT_DB or the user data dir)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="log details (post text included) to stderr and the log file")
    # For benchmarks and smoke tests: quit as soon as the first frame is painted.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        area.register(commands)
    return parser


def run_command(args: argparse.Namespace, out: TextIO | None = None,
                err: TextIO | None = None, stdin: TextIO | None = None) -> int:
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    ctx: AppContext | None = None
    paths = resolve_paths(args.db)
    log_setup.configure(paths.log_dir, verbose=args.verbose, console=args.verbose)
    command = " ".join(filter(None, [args.command, getattr(args, "action", None)]))
    log.info("command %s (database %s)", command, paths.db_path)
    try:
        raw = getattr(args, "raw_handler", None)
        if raw is not None:  # works on the database file itself (doctor): nothing opened
            return int(raw(args, out, stdin))
        handler: Handler = args.handler
        ctx = open_context(paths)
        if ctx.store.notice:  # e.g. read-only: the team needs a newer app
            err.write(f"secondthought: {ctx.store.notice}\n")
        if ctx.actor_id is None:  # first run from the command line: the login name
            set_up_local_user(ctx, getpass.getuser() or "Me")
        return int(handler(ctx, args, out, stdin))
    except UsageError as exc:
        err.write(f"secondthought: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # the reader of our output went away: handled once, in __main__
    except DomainError as exc:
        # The message is for the person at the terminal; it may quote what they wrote.
        log.info("command %s refused (%s)", command, type(exc).__name__)
        log.debug("refused: %s", exc)
        err.write(f"secondthought: {exc}\n")
        return EXIT_FAILURE
    except DATA_ERRORS as exc:
        log.warning("command %s failed: %s", command, type(exc).__name__, exc_info=args.verbose)
        err.write(f"secondthought: {describe_data_error(exc)}\n")
        return EXIT_FAILURE
    finally:
        if ctx is not None:
            ctx.close()

