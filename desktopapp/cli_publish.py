"""CLI for channels, the crisis pause and the publisher.

A channel's secret is read from standard input or a hidden prompt, never from the command
line (where other users of the machine could see it in the process list)."""

from __future__ import annotations

import argparse
import getpass
import json
import time
from datetime import UTC, datetime
from typing import TextIO

from desktopapp.core import channels, pause, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.cooloff import zone_info
from desktopapp.core.errors import DomainError
from desktopapp.store.models import Publication, PublishAttempt

Sub = argparse._SubParsersAction


def add_parsers(commands: Sub) -> None:
    c = commands.add_parser("channels", help="accounts to publish to")
    actions = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="add a channel (its secret is read from stdin)")
    p.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    p.add_argument("--name", required=True)
    p.add_argument("--url", default="")
    p.add_argument("--handle", default="")
    p.add_argument("--path", default="")
    p.add_argument("--timezone", default="UTC")
    p = actions.add_parser("list")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("test", help="check a channel's settings and secret")
    p.add_argument("name")
    p = actions.add_parser("remove")
    p.add_argument("name")
    p = actions.add_parser("pause", help="hold every post to this channel only")
    p.add_argument("name")
    p.add_argument("--reason", required=True)
    p = actions.add_parser("resume", help="let this channel's posts go out again")
    p.add_argument("name")
    p = commands.add_parser("target", help="choose the channels a draft goes to")
    p.add_argument("id", type=int)
    p.add_argument("channels", nargs="+", metavar="CHANNEL")
    p = commands.add_parser("channel-text", help="a channel's own text for a draft")
    p.add_argument("id", type=int)
    p.add_argument("channel")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text", metavar="TEXT|FILE|-", help="the text, a file, or - (stdin)")
    group.add_argument("--clear", action="store_true", help="use the draft's text again")
    p = commands.add_parser("preview", help="what a draft becomes on each of its channels")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p = commands.add_parser("schedule", help="when a draft should go out (a wish, not a gate)")
    p.add_argument("id", type=int)
    p.add_argument("--at", required=True, metavar="ISO-DATETIME")
    p.add_argument("--tz", default="", metavar="ZONE",
                   help="zone of a time without offset (default: the draft's or its channel's)")
    p = commands.add_parser("pause", help="pause all publishing (crisis switch)")
    p.add_argument("--reason", required=True)
    p = commands.add_parser("resume", help="resume publishing (lists what goes out now)")
    p.add_argument("--hold", type=int, action="append", default=[], metavar="ID",
                   help="keep this due draft back (unscheduled) instead of sending it")
    p = commands.add_parser("publish-due", help="send what is due (for cron or a timer)")
    p.add_argument("--loop", action="store_true", help="keep running, checking every 15 s")
    p = commands.add_parser("publish", help="the publish log")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("log")
    p.add_argument("--json", action="store_true")


def _actor() -> int:
    from desktopapp.cli_review import _actor as actor

    return actor()


def _read_secret(stdin: TextIO) -> str:
    if stdin.isatty():
        return getpass.getpass("Secret (token, app password or signing key): ")
    return stdin.readline().strip()


def cmd_channels(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.action == "add":
        kind = Kind(args.kind)
        secret = _read_secret(stdin) if kind in channels.NEEDS_SECRET else None
        info = channels.add_channel(kind, args.name, _actor(), url=args.url,
                                    handle=args.handle, path=args.path,
                                    timezone=args.timezone, secret=secret)
        out.write(f"Added {info.kind.value} channel “{info.name}”.\n")
    elif args.action == "list":
        found = channels.list_channels()
        if args.json:
            out.write(json.dumps({"channels": [c.to_json() for c in found]}, indent=2) + "\n")
        for c in [] if args.json else found:
            where = c.url or c.path or c.handle
            state = f"  [paused: {c.paused_reason}]" if c.paused else ""
            out.write(f"{c.name:<20} {c.kind.value:<9} {c.timezone:<16} {where}{state}\n")
        if not found and not args.json:
            out.write("No channels yet.\n")
    elif args.action == "test":
        from desktopapp.publish.adapters import check_connection

        out.write(check_connection(channels.get_channel(args.name)) + "\n")
    elif args.action == "remove":
        channels.remove_channel(args.name, _actor())
        out.write(f"Removed “{args.name}”.\n")
    elif args.action == "pause":
        channels.pause_channel(args.name, args.reason, _actor())
        out.write(f"“{args.name}” is paused: {args.reason}\n")
    elif args.action == "resume":
        channels.resume_channel(args.name, _actor())
        out.write(f"“{args.name}” is publishing again.\n")
    return 0


def cmd_target(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    names = channels.set_targets(args.id, args.channels, _actor())
    out.write(f"Draft {args.id} goes to: {', '.join(names)}.\n")
    return 0


def cmd_channel_text(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from desktopapp.cli import _read_body

    text = "" if args.clear else _read_body(args.text, stdin)
    channels.set_channel_text(args.id, args.channel, text, _actor())
    out.write(f"Draft {args.id} on {args.channel}: "
              + ("its own text.\n" if text.strip() else "the draft's text.\n"))
    return 0


def cmd_preview(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    from desktopapp.publish.preview import previews

    found = previews(args.id)
    if args.json:
        out.write(json.dumps({"channels": [p.to_json() for p in found]}, indent=2,
                             ensure_ascii=False) + "\n")
        return 0
    if not found:
        out.write(f"Draft {args.id} has no channels yet (secondthought target {args.id} …).\n")
    for preview in found:
        source = "its own text" if preview.own_text else "the draft's text"
        out.write(f"== {preview.channel} ({preview.kind}, {source}, "
                  f"{len(preview.parts)} post{'s' if len(preview.parts) != 1 else ''})\n")
        for i, part in enumerate(preview.parts, 1):
            limit = f"/{part.limit}" if part.limit else ""
            flag = "" if part.fits else "  TOO LONG"
            out.write(f"-- {i}  [{part.count}{limit}]{flag}\n{part.text}\n")
    return 0


def cmd_schedule(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    from desktopapp.core import scheduling, zones

    zone = args.tz or scheduling.default_zone(args.id)
    when, note = zones.parse_local(args.at, zone)
    verdict = workflow.schedule(args.id, when, _actor(), zone=zone)
    local = when.astimezone(zone_info(zone))
    out.write(f"Draft {args.id} is scheduled for {local:%a %Y-%m-%d %H:%M} {zone} "
              f"({when:%Y-%m-%dT%H:%MZ}).\n")
    for line in filter(None, [note, verdict.summary()]):
        out.write(f"Note: {line}\n")
    return 0


def cmd_pause(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    pause.pause(args.reason, _actor())
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
            workflow.schedule(draft_id, None, _actor())
        pause.resume(_actor())
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
        report = publisher.run_once()
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


