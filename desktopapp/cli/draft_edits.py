"""`secondthought drafts edit|trash|restore ID` change a draft from the command line, and
`drafts show` says where and when it goes. `edit` takes the new text from --body, or
opens $EDITOR when standard input is a terminal; without either it says what to pass
instead of waiting for input."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import TextIO

from desktopapp.app import drafts
from desktopapp.app.context import AppContext
from desktopapp.cli.args import record_id
from desktopapp.cli.common import EXIT_OK, UsageError, read_body
from desktopapp.core.draft_overview import Overview
from desktopapp.core.errors import DomainError


def register(actions: argparse._SubParsersAction) -> None:
    """Sub-commands of `drafts`; each carries its own handler."""
    p = actions.add_parser(
        "edit", help="replace a draft's text (from --body, or in $EDITOR)",
        description="Replace a draft's text. Without --body, the text opens in $EDITOR "
        "(or $VISUAL) when standard input is a terminal. Editing a submitted draft starts "
        "its cool-off again and voids an approval.")
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
    p.add_argument("--body", help="the new text, a path to a UTF-8 file, or - to read "
                   "standard input")
    p.add_argument("--expect-version", type=int, metavar="N",
                   help="the version the text was written on (default: the one read now); "
                   "if the draft changed since, nothing is overwritten and the text is kept "
                   "as a revision")
    p.set_defaults(handler=cmd_edit)

    p = actions.add_parser("trash", help="move a draft to the Trash",
                           description="Move a draft to the Trash (a submitted draft is "
                           "withdrawn first). `drafts restore` brings it back.")
    p.add_argument("id", type=record_id, help="the draft's number")
    p.add_argument("--reason", default="", help="why, kept in the audit log")
    p.set_defaults(handler=cmd_trash)

    p = actions.add_parser("restore", help="bring a draft back from the Trash")
    p.add_argument("id", type=record_id, help="the draft's number")
    p.set_defaults(handler=cmd_restore)


def _editor() -> list[str] | None:
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or ""
    return shlex.split(command) if command.strip() else None


def edit_in_editor(text: str, draft_id: int) -> str:
    """The text after the user edited it in their editor (a temporary file, removed)."""
    editor = _editor()
    if editor is None:
        raise UsageError("No editor is set: set $EDITOR (for example EDITOR=nano), or pass "
                         "the new text with --body.")
    fd, name = tempfile.mkstemp(prefix=f"draft-{draft_id}-", suffix=".txt")
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            done = subprocess.run([*editor, str(path)], check=False)
        except OSError as exc:
            raise DomainError(f"Could not start the editor “{editor[0]}”: "
                              f"{exc.strerror or exc}.") from None
        if done.returncode != 0:
            raise DomainError(f"The editor exited with status {done.returncode}; the draft "
                              "was not changed.")
        return path.read_text(encoding="utf-8")
    finally:
        path.unlink(missing_ok=True)


def cmd_edit(ctx: AppContext, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    current = drafts.get(ctx, args.id)
    if current.trashed_at is not None:
        raise DomainError(f"Draft {args.id} is in the Trash; restore it first "
                          f"(secondthought drafts restore {args.id}).")
    if args.body is not None:
        body = read_body(args.body, stdin)
    elif stdin.isatty():
        body = edit_in_editor(current.body, args.id)
        if body.endswith("\n") and not current.body.endswith("\n"):
            body = body[:-1]  # editors add a final newline the post never had
    else:
        raise UsageError("No new text: pass --body TEXT (or a file, or - for standard "
                         "input); $EDITOR opens only when standard input is a terminal.")
    if body == current.body:
        out.write(f"Draft {args.id}: no change.\n")
        return EXIT_OK
    # Conditional on the version read above (or given): a change made meanwhile by the
    # window or another command is refused, never overwritten.
    saved = drafts.edit(ctx, args.id, body, args.expect_version or current.version)
    after = drafts.get(ctx, args.id)
    note = (" It was submitted: its cool-off starts again and it needs a fresh review."
            if current.state.value == "submitted" else "")
    out.write(f"Draft {args.id} saved as revision #{saved.revision_number} "
              f"({after.state.value}).{note}\n")
    return EXIT_OK


def cmd_trash(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    drafts.trash(ctx, args.id, args.reason.strip())
    out.write(f"Draft {args.id} is in the Trash (secondthought drafts restore {args.id} "
              "brings it back).\n")
    return EXIT_OK


def cmd_restore(ctx: AppContext, args: argparse.Namespace, out: TextIO,
                _stdin: TextIO) -> int:
    drafts.restore(ctx, args.id)
    out.write(f"Draft {args.id} is back ({drafts.get(ctx, args.id).state.value}).\n")
    return EXIT_OK


def overview_text(o: Overview) -> str:
    """`drafts show`: where and when the draft goes, its state and approval, its text and
    each channel's own text."""
    d = o.draft
    lines = [f"Draft {d.id} · {d.state.value} · by {d.author_name}"
             + (" · in the Trash" if d.trashed_at else ""),
             f"Created {d.created_at:%Y-%m-%d %H:%M} UTC · updated {d.updated_at:%Y-%m-%d %H:%M}"
             f" UTC · {d.revision_count} revision(s) · tags: {', '.join(d.tags) or '-'}"]
    chans = ", ".join(f"{c.name} ({c.kind}, {c.timezone}"
                      + (", own text" if c.own_text is not None else "")
                      + (f", paused: {c.paused_reason}" if c.paused_reason else "") + ")"
                      for c in o.channels)
    lines.append(f"Channels: {chans or 'none yet'}")
    if o.scheduled_at is None:
        lines.append("Schedule: not scheduled")
    else:
        shown = " · ".join(f"{t.at:%a %Y-%m-%d %H:%M} {t.zone}" for t in o.local_times)
        lines.append(f"Schedule: {shown}")
    if o.cooloff_until is not None and d.state.value == "submitted":
        lines.append(f"Cool-off until: {o.cooloff_until:%Y-%m-%d %H:%M} UTC")
    lines.append(f"Approval: {o.approval}")
    text = "\n".join(lines) + f"\n\n{d.body}\n"
    for c in o.channels:
        if c.own_text is not None:
            text += f"\n--- Text for {c.name} ---\n{c.own_text}\n"
    return text
