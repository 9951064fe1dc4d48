"""`secondthought worker`: the headless publisher of a workspace (a team's PostgreSQL
database, or a personal file), run by systemd on a machine that stays on.

It never sets up a local user (the worker acts as the publisher, not as a person) and it
stops cleanly on SIGTERM: the post being sent is finished and recorded first."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from typing import TextIO

from desktopapp.app import worker
from desktopapp.app.context import open_context
from desktopapp.app.publishing import Outcome
from desktopapp.cli.common import Commands
from desktopapp.config import resolve_paths


def register(commands: Commands) -> None:
    p = commands.add_parser("worker", help="publish a workspace's due posts without a window "
                                           "(run by systemd on a server)")
    p.add_argument("--workspace", metavar="URL",
                   help="postgresql://ROLE@HOST/DB of the team (the password comes from this "
                        "machine's keyring or $CREDENTIALS_DIRECTORY/workspace-password); "
                        "default: --db or $SECONDTHOUGHT_DB")
    p.add_argument("--once", action="store_true", help="send what is due now, then exit")
    p.add_argument("--store-secret", metavar="CHANNEL",
                   help="put CHANNEL's secret (read from standard input) in this machine's "
                        "keyring for the worker, then exit")
    p.set_defaults(raw_handler=cmd_worker)


def _print(out: TextIO) -> Callable[[list[Outcome], list[Outcome]], None]:
    def show(sent: list[Outcome], failed: list[Outcome]) -> None:
        for o in sent:
            out.write(f"Sent draft {o.draft_id} to {o.channel}: {o.detail}\n")
        for o in failed:
            out.write(f"FAILED draft {o.draft_id} on {o.channel}: {o.detail}\n")
        out.flush()

    return show


def cmd_worker(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.store_secret:
        secret = stdin.readline() if not stdin.isatty() else _ask_secret()
        worker.store_channel_secret(args.store_secret, secret)
        out.write(f"The secret for channel “{args.store_secret}” is in this machine's "
                  "keyring; the worker here will use it.\n")
        return 0
    ctx = open_context(resolve_paths(args.workspace or args.db))
    stop = threading.Event()
    try:
        running = worker.make_worker(ctx, stop, _print(out))
        if args.once:
            report = running.run_once()
            running.close()
            return 1 if report.failed else 0
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        out.write(f"Worker {running.name} publishing {ctx.store.location}; stop with "
                  "SIGTERM.\n")
        out.flush()

        def lost(exc: Exception) -> None:
            sys.stderr.write(f"secondthought: {worker.describe_lost(exc)} Trying again.\n")
            sys.stderr.flush()

        def problem(message: str) -> None:
            sys.stderr.write(f"secondthought: {message}\n")
            sys.stderr.flush()

        running.serve(lost, problem)
        out.write("Worker stopped.\n")
        return 0
    finally:
        ctx.close()


def _ask_secret() -> str:
    import getpass

    return getpass.getpass("Secret (token, app password or webhook key): ")
