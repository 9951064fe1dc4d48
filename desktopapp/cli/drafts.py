"""`secondthought drafts …`: list, show, create, attach to and export drafts (edit, trash
and restore are in draft_edits)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from desktopapp.app import drafts
from desktopapp.app.context import AppContext
from desktopapp.cli import copy_to_team, draft_edits
from desktopapp.cli.args import record_id
from desktopapp.cli.common import EXIT_OK, Commands, read_body
from desktopapp.core.drafts import DraftFilter, DraftSummary
from desktopapp.core.states import DraftState


def register(commands: Commands) -> None:
    d = commands.add_parser("drafts", help="list, show, create, edit, trash and export drafts")
    d.set_defaults(handler=cmd_drafts)
    actions = d.add_subparsers(dest="action", metavar="ACTION", required=True)
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("--format", choices=["text", "json"], default="text",
                     help="text for people or JSON for scripts")

    p = actions.add_parser("list", parents=[fmt], help="list drafts, newest first")
    p.add_argument("--state", choices=[s.value for s in DraftState],
                   help="only drafts in this state")
    p.add_argument("--tag", help="only drafts with this tag")
    p.add_argument("--search", default="", help="full-text search")
    p.add_argument("--trash", action="store_true", help="list the Trash instead")

    p = actions.add_parser("show", parents=[fmt], help="show one draft")
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")

    p = actions.add_parser("new", parents=[fmt], help="create a draft and print it")
    p.add_argument("--body", default="",
                   help="the text, a path to a UTF-8 file, or - to read standard input")
    p.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")

    p = actions.add_parser("attach", help="attach an image (with alt text) to a draft")
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
    p.add_argument("file", help="the image file (PNG, JPEG, GIF or WebP)")
    p.add_argument("--alt", required=True, help="what the image shows, for screen readers")

    p = actions.add_parser("export", help="export every draft (not the Trash)")
    p.add_argument("--format", choices=["text", "json", "csv"], default="json",
                   help="JSON (default), CSV for spreadsheets, or text")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    draft_edits.register(actions)  # edit, trash, restore: each with its own handler
    copy_to_team.register(actions)


def _summary_line(s: DraftSummary) -> str:
    first = " ".join(s.preview.split())[:60] or "(empty)"
    return f"{s.id:>6}  {s.state.value:<11} {s.updated_at:%Y-%m-%d %H:%M}Z  {first}"


def _summary_json(s: DraftSummary) -> dict[str, object]:
    return {"id": s.id, "state": s.state.value, "preview": s.preview,
            "created_at": s.created_at.isoformat(), "updated_at": s.updated_at.isoformat(),
            "trashed": s.trashed, "tags": list(s.tags)}


def cmd_drafts(ctx: AppContext, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.action == "list":
        flt = DraftFilter(state=DraftState(args.state) if args.state else None,
                          tag=args.tag, trashed=args.trash, text=args.search)
        if args.format == "json":
            # Streamed a page at a time (100,000 drafts never sit in memory at once), laid
            # out exactly as json.dump(..., indent=2) lays out the whole document.
            out.write('{\n  "drafts": [')
            n = 0
            for n, row in enumerate(drafts.each_summary(ctx, flt), start=1):
                item = json.dumps(_summary_json(row), indent=2).replace("\n", "\n    ")
                out.write(("," if n > 1 else "") + "\n    " + item)
            out.write("\n  ]\n}\n" if n else "]\n}\n")
        else:
            empty = True
            for row in drafts.each_summary(ctx, flt, with_tags=False):
                out.write(_summary_line(row) + "\n")
                empty = False
            if empty:
                out.write("No drafts.\n")
    elif args.action == "show":
        overview = drafts.overview(ctx, args.id)
        if args.format == "json":
            json.dump(overview.to_json(), out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            out.write(draft_edits.overview_text(overview))
    elif args.action == "new":
        draft = drafts.create(ctx, read_body(args.body, stdin), args.tag)
        if args.format == "json":
            json.dump(draft.to_json(), out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            out.write(drafts.show_text(draft))
    elif args.action == "attach":
        image = drafts.attach_image(ctx, args.id, Path(args.file), args.alt)
        out.write(f"Attached {image.filename} ({image.size:,} bytes) to draft {args.id}.\n")
    elif args.action == "export":
        text = drafts.export(ctx, args.format)
        if args.output:
            target = Path(args.output)
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(target)
        else:
            out.write(text)
    return EXIT_OK
