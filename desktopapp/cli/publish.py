"""`secondthought pause`, `resume`, `publish-due` and `publish log`: the crisis switch and
the publisher."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from typing import TextIO

import peewee as pw

from desktopapp.cli.args import record_id
from desktopapp.cli.common import Commands, actor
from desktopapp.core import pause, workflow
from desktopapp.core.errors import DomainError
from desktopapp.store.models import Publication, PublishAttempt


def register(commands: Commands) -> None:
    p = commands.add_parser("pause", help="pause all publishing (crisis switch)")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_pause)
    p = commands.add_parser("resume", help="resume publishing (lists what goes out now)")
    p.add_argument("--hold", type=record_id, action="append", default=[], metavar="ID",
                   help="keep this due draft back (unscheduled) instead of sending it")
    p.set_defaults(handler=cmd_resume)
    p = commands.add_parser("publish-due", help="send what is due (for cron or a timer)")
    p.set_defaults(handler=cmd_publish_due)
    p.add_argument("--loop", action="store_true", help="keep running, checking every 15 s")
    p = commands.add_parser("publish", help="the publish log")
    p.set_defaults(handler=cmd_publish)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("log")
    p.add_argument("--json", action="store_true")


def cmd_pause(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    pause.pause(args.reason, actor())
    out.write(f"Publishing is paused: {args.reason}\n")
    return 0


def cmd_resume(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    """Resume; first hold what the user named, then say what goes out at once."""
    from desktopapp.store.models import Draft

    due = {item.draft_id: item for item in pause.due_now()}
    unknown = [i for i in args.hold if i not in due]
    if unknown:
        raise DomainError(f"Not due while paused: {', '.join(map(str, unknown))}.")
    with Draft._meta.database.atomic():
        for draft_id in args.hold:
            workflow.schedule(draft_id, None, actor())
        pause.resume(actor())
    out.write("Publishing resumed.\n")
    going = [item for item in due.values() if item.draft_id not in args.hold]
    if going:
        out.write("Due, and sent on the next run once cool-off and review allow:\n")
    for item in going:
        out.write(f"  draft {item.draft_id} ({', '.join(item.channels)}) — {item.preview}\n")
    for draft_id in args.hold:
        out.write(f"  held, unscheduled: draft {draft_id}\n")
    return 0


def cmd_publish_due(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    from desktopapp.publish import publisher

    while True:
        try:
            report = publisher.run_once()
        except pw.OperationalError as exc:
            # Another publisher (or the window) held the write lock past the busy timeout:
            # a loop waits and tries again rather than leaving the posts unsent for good.
            if not args.loop or ("locked" not in str(exc) and "busy" not in str(exc)):
                raise
            sys.stderr.write("secondthought: the database is busy (another publisher?); "
                             "trying again.\n")
            time.sleep(1.0)
            continue
        for pub_id in report.sent:
            pub = Publication.get_by_id(pub_id)
            out.write(f"Sent draft {pub.draft_id} to {pub.channel.name}: {pub.remote_url}\n")
        for pub_id in report.failed:
            pub = Publication.get_by_id(pub_id)
            out.write(f"FAILED draft {pub.draft_id} on {pub.channel.name}: {pub.last_error}\n")
        out.flush()
        if not args.loop:
            return 1 if report.failed else 0
        # Sleep until the next post is due (at most 15 s, so new drafts are noticed), so a
        # post goes out within a second or two of its time, not a polling interval later.
        upcoming = publisher.next_due_at()
        wait = 15.0 if upcoming is None else (upcoming - datetime.now(UTC)).total_seconds()
        time.sleep(min(15.0, max(0.2, wait)))


def cmd_publish(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    rows = (PublishAttempt.select(PublishAttempt, Publication)
            .join(Publication).order_by(PublishAttempt.id))
    entries = [{"at": a.at.isoformat(), "draft_id": a.publication.draft_id,
                "channel": a.publication.channel.name, "outcome": a.outcome,
                "message": a.message, "url": a.publication.remote_url} for a in rows]
    if args.json:
        out.write(json.dumps({"attempts": entries}, indent=2, ensure_ascii=False) + "\n")
    else:
        for e in entries:
            out.write(f"{e['at'][:19]}  draft {e['draft_id']:<5} {e['channel']:<16} "
                      f"{e['outcome']:<11} {e['message']}\n")
        if not entries:
            out.write("Nothing has been published yet.\n")
    return 0
