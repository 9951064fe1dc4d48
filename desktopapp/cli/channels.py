"""`secondthought channels …`, `target`, `channel-text`, `preview`: the accounts a draft
goes to and what it becomes on each.

A channel's secret is read from standard input or a hidden prompt, never from the command
line (where other users of the machine could see it in the process list)."""

from __future__ import annotations

import argparse
import getpass
import json
from typing import TextIO

from desktopapp.app import channels
from desktopapp.app.channels import NEEDS_SECRET, Kind
from desktopapp.app.context import AppContext
from desktopapp.cli.args import record_id
from desktopapp.cli.common import Commands, read_body


def register(commands: Commands) -> None:
    c = commands.add_parser("channels", help="accounts to publish to")
    c.set_defaults(handler=cmd_channels)
    actions = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="add a channel (its secret is read from stdin)")
    p.add_argument("--kind", required=True, choices=[k.value for k in Kind],
                   help="the network, or outbox for a folder")
    p.add_argument("--name", required=True, help="your name for it, used in other commands")
    p.add_argument("--url", default="", help="the server (Bluesky PDS, Mastodon instance, webhook)")
    p.add_argument("--handle", default="", help="the account (Bluesky, X)")
    p.add_argument("--path", default="", help="the folder posts are written to (outbox)")
    p.add_argument("--timezone", default="UTC",
                   help="the zone its times mean, like Europe/Berlin (default: UTC)")
    p = actions.add_parser("list", help="every channel")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p = actions.add_parser("test", help="check a channel's settings and secret")
    p.add_argument("name", help="the channel's name")
    p = actions.add_parser("remove", help="remove a channel and its secret")
    p.add_argument("name", help="the channel's name")
    p = actions.add_parser("pause", help="hold every post to this channel only")
    p.add_argument("name", help="the channel's name")
    p.add_argument("--reason", required=True, help="why (shown on its posts)")
    p = actions.add_parser("resume", help="let this channel's posts go out again")
    p.add_argument("name", help="the channel's name")
    p = commands.add_parser("target", help="choose the channels a draft goes to")
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
    p.add_argument("channels", nargs="+", metavar="CHANNEL",
                   help="the channels it goes to (replaces the list)")
    p.set_defaults(handler=cmd_target)
    p = commands.add_parser("channel-text", help="a channel's own text for a draft")
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
    p.add_argument("channel", help="the channel's name")
    p.set_defaults(handler=cmd_channel_text)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text", metavar="TEXT|FILE|-", help="the text, a file, or - (stdin)")
    group.add_argument("--clear", action="store_true", help="use the draft's text again")
    p = commands.add_parser("preview", help="what a draft becomes on each of its channels")
    p.set_defaults(handler=cmd_preview)
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def _read_secret(stdin: TextIO) -> str:
    if stdin.isatty():
        return getpass.getpass("Secret (token, app password or signing key): ")
    return stdin.readline().strip()


def cmd_channels(ctx: AppContext, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.action == "add":
        kind = Kind(args.kind)
        secret = _read_secret(stdin) if kind in NEEDS_SECRET else None
        info = channels.add(ctx, kind, args.name, url=args.url, handle=args.handle,
                            path=args.path, timezone=args.timezone, secret=secret)
        out.write(f"Added {info.kind.value} channel “{info.name}”.\n")
    elif args.action == "list":
        found = channels.list_channels(ctx)
        if args.json:
            out.write(json.dumps({"channels": [c.to_json() for c in found]}, indent=2) + "\n")
        for c in [] if args.json else found:
            where = c.url or c.path or c.handle
            state = f"  [paused: {c.paused_reason}]" if c.paused else ""
            out.write(f"{c.name:<20} {c.kind.value:<9} {c.timezone:<16} {where}{state}\n")
        if not found and not args.json:
            out.write("No channels yet.\n")
    elif args.action == "test":
        out.write(channels.check_connection(channels.get(ctx, args.name)) + "\n")
    elif args.action == "remove":
        channels.remove(ctx, args.name)
        out.write(f"Removed “{args.name}”.\n")
    elif args.action == "pause":
        channels.pause(ctx, args.name, args.reason)
        out.write(f"“{args.name}” is paused: {args.reason}\n")
    elif args.action == "resume":
        channels.resume(ctx, args.name)
        out.write(f"“{args.name}” is publishing again.\n")
    return 0


def cmd_target(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    names = channels.set_targets(ctx, args.id, args.channels)
    out.write(f"Draft {args.id} goes to: {', '.join(names)}.\n")
    return 0


def cmd_channel_text(ctx: AppContext, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    text = "" if args.clear else read_body(args.text, stdin)
    channels.set_channel_text(ctx, args.id, args.channel, text)
    out.write(f"Draft {args.id} on {args.channel}: "
              + ("its own text.\n" if text.strip() else "the draft's text.\n"))
    return 0


def cmd_preview(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
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
