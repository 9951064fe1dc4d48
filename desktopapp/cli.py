"""The headless command line, on the same core and database as the window.

Exit codes: 0 success, 1 a failure (the message is on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import peewee as pw

from desktopapp import __version__
from desktopapp.config import resolve_paths
from desktopapp.core import drafts, people, workflow
from desktopapp.core.errors import DomainError
from desktopapp.core.states import DraftState
from desktopapp.store.connection import Store, open_store
from desktopapp.store.errors import StoreError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
MAX_INPUT_BYTES = 1_000_000


class UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secondthought",
        description="Second Thought: write posts with live warnings, cool-off and review. "
        "Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"secondthought {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $SECONDTHOUGHT_DB or the user data dir)")
    # For benchmarks and smoke tests: quit as soon as the first frame is painted.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    d = commands.add_parser("drafts", help="list, show, create and export drafts")
    actions = d.add_subparsers(dest="action", metavar="ACTION", required=True)
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("--format", choices=["text", "json"], default="text")

    p = actions.add_parser("list", parents=[fmt], help="list drafts, newest first")
    p.add_argument("--state", choices=[s.value for s in DraftState])
    p.add_argument("--tag")
    p.add_argument("--search", default="", help="full-text search")
    p.add_argument("--trash", action="store_true", help="list the Trash instead")

    p = actions.add_parser("show", parents=[fmt], help="show one draft")
    p.add_argument("id", type=int)

    p = actions.add_parser("new", parents=[fmt], help="create a draft and print it")
    p.add_argument("--body", default="",
                   help="the text, a path to a UTF-8 file, or - to read standard input")
    p.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")

    p = actions.add_parser("attach", help="attach an image (with alt text) to a draft")
    p.add_argument("id", type=int)
    p.add_argument("file")
    p.add_argument("--alt", required=True, help="what the image shows, for screen readers")

    p = actions.add_parser("export", help="export every draft (not the Trash)")
    p.add_argument("--format", choices=["text", "json", "csv"], default="json")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")

    from desktopapp import cli_check

    cli_check.add_parser(commands)
    from desktopapp import cli_review

    cli_review.add_parsers(commands)
    from desktopapp import cli_publish

    cli_publish.add_parsers(commands)
    from desktopapp import cli_calendar

    cli_calendar.add_parsers(commands)
    return parser


def read_text_input(value: str, stdin: TextIO) -> str:
    """A file's text, or standard input for "-": UTF-8, no NUL bytes, at most 1 MB."""
    if value == "-":
        return _read_body(value, stdin)
    path = Path(value)
    if not path.is_file():
        raise DomainError(f"{value}: no such file.")
    with path.open("rb") as handle:
        return _decode(handle.read(MAX_INPUT_BYTES + 1), str(path))


def _read_body(value: str, stdin: TextIO) -> str:
    if value == "-":
        data = stdin.buffer.read(MAX_INPUT_BYTES + 1) if hasattr(stdin, "buffer") else \
            stdin.read(MAX_INPUT_BYTES + 1).encode("utf-8")
        return _decode(data, "standard input")
    path = Path(value)
    if "\n" not in value and len(value) < 4096 and path.is_file():
        with path.open("rb") as handle:
            return _decode(handle.read(MAX_INPUT_BYTES + 1), str(path))
    return value


def _decode(data: bytes, source: str) -> str:
    if len(data) > MAX_INPUT_BYTES:
        raise DomainError(f"{source} is larger than {MAX_INPUT_BYTES:,} bytes; refusing it.")
    if b"\x00" in data:
        raise DomainError(f"{source} looks like a binary file (it contains NUL bytes).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DomainError(f"{source} is not valid UTF-8 text (byte {exc.start}).") from None


def _actor_id() -> int:
    user = people.local_user()
    if user is None:
        import getpass

        user = people.set_up_local_user(getpass.getuser() or "Me")
    return user.id


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
            draft = workflow.create_draft(_actor_id(), _read_body(args.body, stdin), args.tag)
        if args.format == "json":
            json.dump(draft.to_json(), out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            out.write(_show_text(draft))
    elif args.action == "attach":
        from desktopapp.core import media

        media_dir = resolve_paths(args.db).db_path.parent / "media"
        image = media.attach_image(args.id, Path(args.file), args.alt, media_dir, _actor_id())
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
            writer.writerow([d.id, d.state.value, " ".join(d.tags), d.created_at.isoformat(),
                             d.updated_at.isoformat(), d.author_name, d.body, d.notes])
        return buffer.getvalue()
    return "\n".join(_show_text(d) + "\n" + "─" * 60 for d in full) + "\n"


def cmd_check(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from desktopapp import cli_check

    return cli_check.run(args, out, stdin, read_text_input)


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace, TextIO, TextIO], int]:
    def run(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
        import importlib

        command = getattr(importlib.import_module(f"desktopapp.{module}"), f"cmd_{name}")
        return int(command(args, out, stdin))

    return run


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "drafts": cmd_drafts,
    "check": cmd_check,
    "submit": _lazy("cli_review", "submit"),
    "review": _lazy("cli_review", "review"),
    "people": _lazy("cli_review", "people"),
    "audit": _lazy("cli_review", "audit"),
    "channels": _lazy("cli_publish", "channels"),
    "target": _lazy("cli_publish", "target"),
    "schedule": _lazy("cli_publish", "schedule"),
    "channel-text": _lazy("cli_publish", "channel_text"),
    "preview": _lazy("cli_publish", "preview"),
    "pause": _lazy("cli_publish", "pause"),
    "resume": _lazy("cli_publish", "resume"),
    "publish-due": _lazy("cli_publish", "publish_due"),
    "publish": _lazy("cli_publish", "publish"),
    "queue": _lazy("cli_calendar", "queue"),
    "calendar": _lazy("cli_calendar", "calendar"),
    "import": _lazy("cli_calendar", "import"),
}


def run_command(args: argparse.Namespace, out: TextIO | None = None,
                err: TextIO | None = None, stdin: TextIO | None = None) -> int:
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    store: Store | None = None
    try:
        store = open_store(resolve_paths(args.db).db_path)
        _actor_id()  # first run from the command line: the local user is the login name
        return COMMANDS[args.command](args, out, stdin)
    except UsageError as exc:
        err.write(f"secondthought: {exc}\n")
        return EXIT_USAGE
    except (DomainError, StoreError, OSError) as exc:
        err.write(f"secondthought: {exc}\n")
        return EXIT_FAILURE
    except pw.PeeweeException as exc:
        err.write(f"secondthought: the database could not do that ({exc}).\n")
        return EXIT_FAILURE
    finally:
        if store is not None:
            store.close()
