"""`secondthought submit` and `secondthought review …`: finish a draft, decide on it
(here or through signed review packets).

Exit codes as elsewhere: 0 done, 1 refused or failed (message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from desktopapp.app import packets, review
from desktopapp.app.context import AppContext
from desktopapp.cli import passphrase
from desktopapp.cli.args import record_id
from desktopapp.cli.common import Commands, person_by_name

DECISION_HELP = {"approve": "approve a submitted draft as a reviewer",
                 "request-changes": "send a submitted draft back with changes to make",
                 "reject": "turn a submitted draft down"}


def register(commands: Commands) -> None:
    p = commands.add_parser("submit", help="finish a draft: start its cool-off, route it")
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
    p.add_argument("--reviewer", help="who reviews it (name); default: the workspace's")
    p.set_defaults(handler=cmd_submit)

    r = commands.add_parser("review", help="list and decide drafts waiting for review")
    r.set_defaults(handler=cmd_review)
    actions = r.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="drafts waiting for review and recent decisions")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    for name in ("approve", "request-changes", "reject"):
        p = actions.add_parser(name, help=DECISION_HELP[name])
        p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
        p.add_argument("--as", dest="person", required=True, help="the reviewer's name")
        passphrase.add_option(p)
        p.add_argument("--comment", default="", help="a note for the author")
        if name == "approve":
            p.add_argument("--acknowledge", action="append", default=[], metavar="KEY",
                           help="say you have read this danger warning (repeat for each; "
                                "without them the warnings are listed)")
    p = actions.add_parser("export", help="write submitted drafts to a review packet")
    p.add_argument("--to", required=True, metavar="FILE", help="the packet file to write")
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID",
                   help="the submitted drafts to send")
    p = actions.add_parser("respond", help="answer a review packet with signed decisions")
    p.add_argument("packet", metavar="PACKET", help="the review packet you received")
    p.add_argument("--to", required=True, metavar="FILE", help="the signed response to write")
    p.add_argument("--as", dest="person", required=True, help="the reviewer's name")
    passphrase.add_option(p)
    p.add_argument("--acknowledge", action="append", default=[], metavar="KEY",
                   help="say you have read this danger warning (repeat for each)")
    p.add_argument("--approve", type=record_id, action="append", default=[], metavar="ID",
                   help="approve this draft (repeatable)")
    p.add_argument("--reject", type=record_id, action="append", default=[], metavar="ID",
                   help="reject this draft (repeatable)")
    p.add_argument("--request-changes", type=record_id, action="append", default=[],
                   metavar="ID", help="ask for changes to this draft (repeatable)")
    p.add_argument("--comment", default="", help="the comment for changes and rejections")
    p = actions.add_parser("import", help="apply a signed response to drafts you sent")
    p.add_argument("file", metavar="FILE", help="the signed response you got back")


def cmd_submit(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    reviewer = person_by_name(ctx, args.reviewer).id if args.reviewer else None
    reason = review.submit(ctx, args.id, reviewer)
    out.write(f"Draft {args.id} submitted. {reason}\n")
    return 0


def cmd_review(ctx: AppContext, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.action == "list":
        waiting = review.waiting_for_review(ctx)
        if args.json:
            out.write(json.dumps({"waiting": [w.to_json() for w in waiting]}, indent=2,
                                 ensure_ascii=False) + "\n")
        else:
            for item in waiting:
                mark = "approved" if item.approved else "waiting"
                until = item.draft.cooloff_until.isoformat() if item.draft.cooloff_until \
                    else None
                out.write(f"{item.draft.id:>6}  {mark:<9} until {until}  "
                          f"{item.draft.body[:80]}\n")
            if not waiting:
                out.write("Nothing is waiting for review.\n")
        return 0
    if args.action == "export":
        packet_id = packets.export_packet(ctx, args.ids, Path(args.to))
        out.write(f"Wrote {len(args.ids)} draft(s) to {args.to} (packet {packet_id}).\n")
        return 0
    if args.action == "respond":
        reviewer = person_by_name(ctx, args.person)
        proof = passphrase.proof(ctx, args, reviewer.id, reviewer.display_name, stdin)
        chosen = [(i, "approve") for i in args.approve] + \
            [(i, "reject") for i in args.reject] + \
            [(i, "request-changes") for i in args.request_changes]
        response_id = packets.respond(ctx, Path(args.packet), reviewer.id, chosen,
                                      args.comment, Path(args.to), passphrase=proof,
                                      acknowledged=args.acknowledge)
        out.write(f"Wrote {len(chosen)} signed decision(s) to {args.to} "
                  f"(response {response_id}).\n")
        return 0
    if args.action == "import":
        result = packets.import_response(ctx, Path(args.file))
        for draft_id, decision in sorted(result.applied.items()):
            out.write(f"Draft {draft_id}: {decision.replace('_', ' ')} by {result.reviewer}.\n")
        return 0
    reviewer = person_by_name(ctx, args.person)
    proof = passphrase.proof(ctx, args, reviewer.id, reviewer.display_name, stdin)
    review.decide(ctx, args.id, reviewer.id, args.action, args.comment, passphrase=proof,
                  acknowledged=getattr(args, "acknowledge", ()))
    out.write(f"Draft {args.id}: {review.DONE[args.action]} by {reviewer.display_name}.\n")
    return 0
