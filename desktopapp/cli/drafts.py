"""`secondthought drafts …`: list, show, create, attach to and export drafts."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path
from typing import TextIO

from desktopapp.cli.args import record_id
from desktopapp.cli.common import EXIT_OK, Commands, ensure_local_user, read_body
from desktopapp.config import resolve_paths
from desktopapp.core import drafts, workflow
from desktopapp.core.csv_safety import neutralise
from desktopapp.core.states import DraftState


def register(commands: Commands) -> None:
    d = commands.add_parser("drafts", help="list, show, create and export drafts")
    d.set_defaults(handler=cmd_drafts)
    actions = d.add_subparsers(dest="action", metavar="ACTION", required=True)
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("--format", choices=["text", "json"], default="text")

    p = actions.add_parser("list", parents=[fmt], help="list drafts, newest first")
    p.add_argument("--state", choices=[s.value for s in DraftState])
    p.add_argument("--tag")
    p.add_argument("--search", default="", help="full-text search")
    p.add_argument("--trash", action="store_true", help="list the Trash instead")

    p = actions.add_parser("show", parents=[fmt], help="show one draft")
    p.add_argument("id", type=record_id)

    p = actions.add_parser("new", parents=[fmt], help="create a draft and print it")
    p.add_argument("--body", default="",
                   help="the text, a path to a UTF-8 file, or - to read standard input")
    p.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")

    p = actions.add_parser("attach", help="attach an image (with alt text) to a draft")
    p.add_argument("id", type=record_id)
    p.add_argument("file")
    p.add_argument("--alt", required=True, help="what the image shows, for screen readers")

    p = actions.add_parser("export", help="export every draft (not the Trash)")
    p.add_argument("--format", choices=["text", "json", "csv"], default="json")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")


def _summary_line(s: drafts.DraftSummary) -> str:
    first = " ".join(s.preview.split())[:60] or "(empty)"
    return f"{s.id:>6}  {s.state.value:<11} {s.updated_at:%Y-%m-%d %H:%M}Z  {first}"


def _summary_json(s: drafts.DraftSummary) -> dict[str, object]:
    return {"id": s.id, "state": s.state.value, "preview": s.preview,
            "created_at": s.created_at.isoformat(), "updated_at": s.updated_at.isoformat(),
            "trashed": s.trashed, "tags": list(s.tags)}


def _show_text(d: drafts.DraftInfo) -> str:
    tags = ", ".join(d.tags) or "-"
    return (f"Draft {d.id} · {d.state.value} · by {d.author_name}\n"
            f"Created {d.created_at:%Y-%m-%d %H:%M} UTC · updated {d.updated_at:%Y-%m-%d %H:%M} "
            f"UTC · {d.revision_count} revision(s) · tags: {tags}\n\n{d.body}\n")


def cmd_drafts(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.action == "list":
        flt = drafts.DraftFilter(state=DraftState(args.state) if args.state else None,
                                 tag=args.tag, trashed=args.trash, text=args.search)
        rows = drafts.list_drafts(flt)
        if args.format == "json":
            json.dump({"drafts": [_summary_json(r) for r in rows]}, out, indent=2)
            out.write("\n")
        else:
            for row in rows:
                out.write(_summary_line(row) + "\n")
            if not rows:
                out.write("No drafts.\n")
    elif args.action in {"show", "new"}:
        if args.action == "show":
            draft = drafts.get_draft(args.id)
        else:
            draft = workflow.create_draft(ensure_local_user(), read_body(args.body, stdin),
                                          args.tag)
        if args.format == "json":
            json.dump(draft.to_json(), out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            out.write(_show_text(draft))
    elif args.action == "attach":
        from desktopapp.core import media

        media_dir = resolve_paths(args.db).db_path.parent / "media"
        image = media.attach_image(args.id, Path(args.file), args.alt, media_dir,
                                   ensure_local_user())
        out.write(f"Attached {image.filename} ({image.size:,} bytes) to draft {args.id}.\n")
    elif args.action == "export":
        text = export_drafts(args.format)
        if args.output:
            target = Path(args.output)
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(target)
        else:
            out.write(text)
    return EXIT_OK


def export_drafts(fmt: str) -> str:
    full = [drafts.get_draft(s.id) for s in drafts.list_drafts(
        drafts.DraftFilter(sort=drafts.SortKey.CREATED, descending=False))]
    if fmt == "json":
        return json.dumps({"drafts": [d.to_json() for d in full]}, indent=2,
                          ensure_ascii=False) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "state", "tags", "created_at", "updated_at", "author", "body",
                         "notes"])
        for d in full:
            writer.writerow([neutralise(v) for v in (
                d.id, d.state.value, " ".join(d.tags), d.created_at.isoformat(),
                d.updated_at.isoformat(), d.author_name, d.body, d.notes)])
        return buffer.getvalue()
    return "\n".join(_show_text(d) + "\n" + "─" * 60 for d in full) + "\n"
