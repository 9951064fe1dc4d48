"""`secondthought submit` and `secondthought review …`: finish a draft, decide on it
(here or through signed review packets).

Exit codes as elsewhere: 0 done, 1 refused or failed (message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from desktopapp.cli.args import record_id
from desktopapp.cli.common import Commands, actor, person_by_name
from desktopapp.core import packets, review, workflow
from desktopapp.core.errors import DomainError, NotFound
from desktopapp.core.states import DraftState
from desktopapp.store.models import Draft


def register(commands: Commands) -> None:
    p = commands.add_parser("submit", help="finish a draft: start its cool-off, route it")
    p.add_argument("id", type=record_id)
    p.add_argument("--reviewer", help="who reviews it (name); default: the workspace's")
    p.set_defaults(handler=cmd_submit)

    r = commands.add_parser("review", help="list and decide drafts waiting for review")
    r.set_defaults(handler=cmd_review)
    actions = r.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="drafts waiting for review and recent decisions")
    p.add_argument("--json", action="store_true")
    for name in ("approve", "request-changes", "reject"):
        p = actions.add_parser(name)
        p.add_argument("id", type=record_id)
        p.add_argument("--as", dest="person", required=True, help="the reviewer's name")
        p.add_argument("--comment", default="")
    p = actions.add_parser("export", help="write submitted drafts to a review packet")
    p.add_argument("--to", required=True, metavar="FILE")
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    p = actions.add_parser("respond", help="answer a review packet with signed decisions")
    p.add_argument("packet", metavar="PACKET")
    p.add_argument("--to", required=True, metavar="FILE")
    p.add_argument("--as", dest="person", required=True, help="the reviewer's name")
    p.add_argument("--approve", type=record_id, action="append", default=[], metavar="ID")
    p.add_argument("--reject", type=record_id, action="append", default=[], metavar="ID")
    p.add_argument("--request-changes", type=record_id, action="append", default=[], metavar="ID")
    p.add_argument("--comment", default="", help="the comment for changes and rejections")
    p = actions.add_parser("import", help="apply a signed response to drafts you sent")
    p.add_argument("file", metavar="FILE")


def cmd_submit(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    reviewer = person_by_name(args.reviewer).id if args.reviewer else None
    reason = workflow.submit(args.id, actor(), reviewer)
    out.write(f"Draft {args.id} submitted. {reason}\n")
    return 0


def _waiting() -> list[dict[str, object]]:
    rows = (Draft.select().where((Draft.state == DraftState.SUBMITTED.value)
                                 & Draft.trashed_at.is_null()).order_by(Draft.cooloff_until))
    result = []
    for row in rows:
        approval = review.approval_state(row.id)
        result.append({
            "id": row.id, "preview": row.body[:80], "author": row.author.display_name,
            "reviewer": row.reviewer.display_name if row.reviewer is not None else None,
            "cooloff_until": row.cooloff_until.isoformat() if row.cooloff_until else None,
            "approved": approval.valid, "approval": approval.why,
        })
    return result


def cmd_review(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    if args.action == "list":
        waiting = _waiting()
        if args.json:
            out.write(json.dumps({"waiting": waiting}, indent=2, ensure_ascii=False) + "\n")
        else:
            for item in waiting:
                mark = "approved" if item["approved"] else "waiting"
                out.write(f"{item['id']:>6}  {mark:<9} until {item['cooloff_until']}  "
                          f"{item['preview']}\n")
            if not waiting:
                out.write("Nothing is waiting for review.\n")
        return 0
    if args.action == "export":
        packet_id = packets.export_packet(args.ids, actor(), Path(args.to))
        out.write(f"Wrote {len(args.ids)} draft(s) to {args.to} (packet {packet_id}).\n")
        return 0
    if args.action == "respond":
        return _respond(args, out)
    if args.action == "import":
        result = packets.import_response(Path(args.file), actor())
        for draft_id, decision in sorted(result.applied.items()):
            out.write(f"Draft {draft_id}: {decision.replace('_', ' ')} by {result.reviewer}.\n")
        return 0
    reviewer = person_by_name(args.person)
    decide = {"approve": workflow.approve, "request-changes": workflow.request_changes,
              "reject": workflow.reject}[args.action]
    decide(args.id, reviewer.id, args.comment)
    done = {"approve": "approved", "request-changes": "changes requested",
            "reject": "rejected"}[args.action]
    out.write(f"Draft {args.id}: {done} by {reviewer.display_name}.\n")
    return 0


def _respond(args: argparse.Namespace, out: TextIO) -> int:
    reviewer = person_by_name(args.person)
    path = Path(args.packet)
    try:
        incoming = packets.import_packet(path, reviewer.id)
        packet_id = str(incoming.packet_id)
    except packets.PacketError as exc:
        if "already opened" not in str(exc):
            raise
        packet_id = packets.packet_id_of(path)
    mapping = packets.local_drafts(packet_id)
    chosen = [(i, "approve") for i in args.approve] + [(i, "reject") for i in args.reject] + \
        [(i, "request-changes") for i in args.request_changes]
    if not chosen:
        raise DomainError("Give at least one decision: --approve ID, --reject ID or "
                          "--request-changes ID (IDs as listed in the packet).")
    decide = {"approve": workflow.approve, "request-changes": workflow.request_changes,
              "reject": workflow.reject}
    for remote_id, action in chosen:
        if remote_id not in mapping:
            raise NotFound(f"Draft {remote_id} is not in this packet "
                           f"(it has {', '.join(map(str, sorted(mapping)))}).")
        decide[action](mapping[remote_id], reviewer.id, args.comment)
    response_id = packets.export_response(packet_id, reviewer.id, Path(args.to))
    out.write(f"Wrote {len(chosen)} signed decision(s) to {args.to} (response {response_id}).\n")
    return 0
