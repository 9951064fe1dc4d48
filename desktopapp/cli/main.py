"""Build the parser from every area's `register`, open the database, run the handler."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

import peewee as pw

from desktopapp import __version__
from desktopapp.cli import channels, check, doctor, drafts, people, publish, review, schedule
from desktopapp.cli.common import EXIT_FAILURE, EXIT_USAGE, Handler, UsageError, ensure_local_user
from desktopapp.config import resolve_paths
from desktopapp.core.errors import DomainError
from desktopapp.store.connection import Store, open_store
from desktopapp.store.errors import StoreError, explain

AREAS = (drafts, check, review, people, channels, schedule, publish, doctor)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secondthought",
        description="Second Thought: write posts with live warnings, cool-off and review. "
        "Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"secondthought {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $SECONDTHOUGHT_DB or the user data dir)")
    # For benchmarks and smoke tests: quit as soon as the first frame is painted.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        area.register(commands)
    return parser


def run_command(args: argparse.Namespace, out: TextIO | None = None,
                err: TextIO | None = None, stdin: TextIO | None = None) -> int:
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    handler: Handler = args.handler
    store: Store | None = None
    try:
        if getattr(args, "raw", False):  # works on the file itself (doctor)
            return int(handler(args, out, stdin))
        store = open_store(resolve_paths(args.db).db_path)
        ensure_local_user()
        return int(handler(args, out, stdin))
    except UsageError as exc:
        err.write(f"secondthought: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # the reader of our output went away: handled once, in __main__
    except (DomainError, StoreError, OSError) as exc:
        err.write(f"secondthought: {exc}\n")
        return EXIT_FAILURE
    except pw.PeeweeException as exc:
        err.write(f"secondthought: {explain(exc)}\n")
        return EXIT_FAILURE
    finally:
        if store is not None:
            store.close()
