"""`secondthought pause`, `resume`, `publish-due` and `publish log`: the crisis switch and
the publisher."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TextIO

from desktopapp.app import publishing
from desktopapp.app.context import AppContext
from desktopapp.cli.args import record_id
from desktopapp.cli.common import Commands


def register(commands: Commands) -> None:
    p = commands.add_parser("pause", help="pause all publishing (crisis switch)")
    p.add_argument("--reason", required=True, help="why, shown in the window's banner")
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
    p = actions.add_parser("log", help="every attempt, newest first")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    # A post stuck half-sent (some channels have it) always has a way out:
    for name, text in (("retry", "try the channels that failed again"),
                       ("cancel-rest", "stop: the channels not reached never get it"),
                       ("reopen", "back to a draft for the channels not reached, to edit "
                                  "and submit again")):
        p = actions.add_parser(name, help=text)
        p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")


def cmd_pause(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    publishing.pause(ctx, args.reason)
    out.write(f"Publishing is paused: {args.reason}\n")
    return 0


def cmd_resume(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    """Resume; first hold what the user named, then say what goes out at once."""
    hold = publishing.ResumeChoice(publishing.ResumeAction.HOLD)
    going = publishing.resume(ctx, dict.fromkeys(args.hold, hold))
    out.write("Publishing resumed.\n")
    if going:
        out.write("Due, and sent on the next run once cool-off and review allow:\n")
    for item in going:
        out.write(f"  draft {item.draft_id} ({', '.join(item.channels)}) — {item.preview}\n")
    for draft_id in args.hold:
        out.write(f"  held, unscheduled: draft {draft_id}\n")
    return 0


def cmd_publish_due(ctx: AppContext, args: argparse.Namespace, out: TextIO,
                    _stdin: TextIO) -> int:
    while True:
        try:
            summary = publishing.run_due(ctx)
        except publishing.DatabaseBusy as exc:
            # Another publisher (or the window) held the write lock past the busy timeout:
            # a loop waits and tries again rather than leaving the posts unsent for good.
            if not args.loop:
                raise
            sys.stderr.write(f"secondthought: {exc} Trying again.\n")
            time.sleep(1.0)
            continue
        for sent in summary.sent:
            out.write(f"Sent draft {sent.draft_id} to {sent.channel}: {sent.detail}\n")
        for failed in summary.failed:
            out.write(f"FAILED draft {failed.draft_id} on {failed.channel}: {failed.detail}\n")
        out.flush()
        if not args.loop:
            return 1 if summary.failed else 0
        # Sleep until the next post is due (at most 15 s, so new drafts are noticed), so a
        # post goes out within a second or two of its time, not a polling interval later.
        upcoming = publishing.next_due_at(ctx)
        wait = 15.0 if upcoming is None else (upcoming - ctx.clock()).total_seconds()
        time.sleep(min(15.0, max(0.2, wait)))


def cmd_publish(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    if args.action in ("retry", "cancel-rest", "reopen"):
        return _half_sent(ctx, args, out)
    entries = publishing.publish_log(ctx)
    if args.json:
        out.write(json.dumps({"attempts": [e.to_json() for e in entries]}, indent=2,
                             ensure_ascii=False) + "\n")
    else:
        for e in entries:
            out.write(f"{e.at.isoformat()[:19]}  draft {e.draft_id:<5} {e.channel:<16} "
                      f"{e.outcome:<11} {e.message}\n")
        if not entries:
            out.write("Nothing has been published yet.\n")
    return 0


def _half_sent(ctx: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    """A post stuck half-sent always has a way out (core/workflow.py)."""
    from desktopapp.app.draft_banners import act_on_rest

    if args.action == "retry":
        count = act_on_rest(ctx, args.id, "retry")
        out.write(f"Draft {args.id}: {count} channel(s) will be tried again.\n")
    elif args.action == "cancel-rest":
        count = act_on_rest(ctx, args.id, "cancel")
        out.write(f"Draft {args.id}: {count} channel(s) not reached were cancelled.\n")
    else:
        count = act_on_rest(ctx, args.id, "reopen")
        out.write(f"Draft {args.id} is a draft again for the {count} channel(s) it has not "
                  "reached: edit it and submit it again.\n")
    return 0
