"""`secondthought drafts copy-to-team URL ID [ID …]` (or `--all`, `--tag T`): copy drafts
from the personal workspace into a team workspace (see app/copy_to_team.py)."""

from __future__ import annotations

import argparse
from typing import TextIO

from desktopapp.app import drafts
from desktopapp.app.context import AppContext
from desktopapp.app.copy_to_team import copy_to_team
from desktopapp.cli.args import record_id
from desktopapp.cli.common import EXIT_OK, UsageError
from desktopapp.config import is_team_url
from desktopapp.core.drafts import DraftFilter


def register(actions: argparse._SubParsersAction) -> None:
    p = actions.add_parser(
        "copy-to-team", help="copy drafts from this (personal) workspace into a team's",
        description="Copy drafts into a team workspace: text, notes, tags, images and alt "
        "text, and the channels the team also has. The copies start as drafts written by "
        "you; the drafts here stay as they are. Run it with your personal workspace "
        "(the default, or --db PATH).")
    p.add_argument("url", help="the team workspace (postgresql://you@server/database)")
    p.add_argument("ids", nargs="*", type=record_id, metavar="ID", help="drafts to copy")
    p.add_argument("--tag", help="every draft with this tag (not the Trash)")
    p.add_argument("--all", action="store_true", help="every draft (not the Trash)")
    p.set_defaults(handler=cmd_copy_to_team)


def cmd_copy_to_team(ctx: AppContext, args: argparse.Namespace, out: TextIO,
                     _stdin: TextIO) -> int:
    if not is_team_url(args.url):
        raise UsageError(f"“{args.url}” is not a team workspace URL "
                         "(postgresql://you@server/database).")
    ids = list(args.ids)
    if args.all or args.tag:
        flt = DraftFilter(tag=args.tag) if args.tag else DraftFilter()
        ids += [s.id for s in drafts.each_summary(ctx, flt, with_tags=False)]
    if not ids:
        raise UsageError("name the drafts to copy (IDs, --tag or --all)")
    report = copy_to_team(ctx, args.url, ids)
    for mine, theirs in report.copied:
        out.write(f"copied {mine} -> {theirs}\n")
    for note in report.notes:
        out.write(f"note: {note}\n")
    return EXIT_OK
