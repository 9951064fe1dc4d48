"""Drafts as the window and the CLI see them: the list (paged), one draft, new drafts,
images, export. Changes are announced on the bus after they are committed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import drafts
from desktopapp.core.drafts import (
    PREVIEW_CHARS,
    DraftFilter,
    DraftInfo,
    DraftSummary,
    SaveKind,
    SaveResult,
    SortKey,
)
from desktopapp.store.search import query_terms

# Loaded by the functions that use them, not with the window (nor is core.workflow,
# which the first frame does not need: each changing function imports it).
if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from desktopapp.core import draft_overview, media

__all__ = [
    "PAGE",
    "PREVIEW_CHARS",
    "DraftFilter",
    "DraftInfo",
    "DraftSummary",
    "SaveKind",
    "SaveResult",
    "SortKey",
    "all_tags",
    "attach_image",
    "count",
    "create",
    "display_zone",
    "duplicate",
    "each_summary",
    "edit",
    "empty_trash",
    "export",
    "get",
    "keep_text",
    "list_page",
    "normalise_tags",
    "overview",
    "query_terms",
    "restore",
    "restore_revision",
    "save_body",
    "set_notes",
    "set_tags",
    "show_text",
    "text_changed_by",
    "trash",
    "withdraw",
]

PAGE = 2000


def list_page(_ctx: AppContext, flt: DraftFilter, limit: int, offset: int = 0
              ) -> list[DraftSummary]:
    """One page of the list, as the window shows it."""
    return drafts.list_drafts(flt, limit=limit, offset=offset)


def display_zone(_ctx: AppContext) -> ZoneInfo:
    """The zone the list shows a draft's date in: the workspace's display zone."""
    from desktopapp.core import display_zone as shown_zone

    return shown_zone.display_zone()


def count(_ctx: AppContext, flt: DraftFilter) -> int:
    return drafts.count_drafts(flt)


def each_summary(_ctx: AppContext, flt: DraftFilter, *, with_tags: bool = True,
                 page: int | None = None) -> Iterator[DraftSummary]:
    """Every matching draft, a page at a time (keyset paging), so 100,000 drafts never
    sit in memory at once nor go into one IN (...) list."""
    page = page or PAGE
    last: DraftSummary | None = None
    while True:
        rows = drafts.list_drafts(flt, limit=page, after=last, with_tags=with_tags)
        yield from rows
        if len(rows) < page:
            return
        last = rows[-1]


def reading_once(_ctx: AppContext) -> AbstractContextManager[None]:
    """While one view of a draft is put together, its row is read once (core.drafts)."""
    return drafts.reading_once()


def get(_ctx: AppContext, draft_id: int) -> DraftInfo:
    return drafts.get_draft(draft_id)


def create(ctx: AppContext, body: str, tags: list[str] | tuple[str, ...] = ()) -> DraftInfo:
    from desktopapp.core import workflow

    info = workflow.create_draft(ctx.actor, body, list(tags))
    ctx.bus.emit(ChangeKind.DRAFT, [info.id])
    return info


def attach_image(ctx: AppContext, draft_id: int, file: Path, alt_text: str) -> media.MediaInfo:
    from desktopapp.app import images

    return images.attach(ctx, draft_id, file, alt_text)


def show_text(d: DraftInfo) -> str:
    tags = ", ".join(d.tags) or "-"
    return (f"Draft {d.id} · {d.state.value} · by {d.author_name}\n"
            f"Created {d.created_at:%Y-%m-%d %H:%M} UTC · updated {d.updated_at:%Y-%m-%d %H:%M} "
            f"UTC · {d.revision_count} revision(s) · tags: {tags}\n\n{d.body}\n")


def export(ctx: AppContext, fmt: str) -> str:
    """Every draft not in the Trash, oldest first: "json", "csv" or "text"."""
    flt = DraftFilter(sort=drafts.SortKey.CREATED, descending=False)
    full = [drafts.get_draft(s.id) for s in each_summary(ctx, flt, with_tags=False)]
    if fmt == "json":
        return json.dumps({"drafts": [d.to_json() for d in full]}, indent=2,
                          ensure_ascii=False) + "\n"
    if fmt == "csv":
        import csv
        import io

        from desktopapp.core.csv_safety import neutralise

        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "state", "tags", "created_at", "updated_at", "author", "body",
                         "notes"])
        for d in full:
            # A cell starting with = + - @ is a formula to a spreadsheet: neutralised.
            writer.writerow([neutralise(v) for v in (
                d.id, d.state.value, " ".join(d.tags), d.created_at.isoformat(),
                d.updated_at.isoformat(), d.author_name, d.body, d.notes)])
        return buffer.getvalue()
    return "\n".join(show_text(d) + "\n" + "─" * 60 for d in full) + "\n"


def overview(_ctx: AppContext, draft_id: int) -> draft_overview.Overview:
    from desktopapp.core import draft_overview

    """Where and when the draft goes, its state and approval (for `drafts show`)."""
    return draft_overview.overview(draft_id)


def edit(ctx: AppContext, draft_id: int, body: str,
         expected_version: int | None = None) -> drafts.SaveResult:
    """New text, kept as a revision one can find again (a submitted draft's cool-off
    starts again: see drafts.save_body). With `expected_version` (the version the text
    was edited from), a change made meanwhile elsewhere is refused with ConflictError and
    this text is kept in the history, never thrown away."""
    result = drafts.save_body(draft_id, body, ctx.actor, drafts.SaveKind.MANUAL,
                              expected_version=expected_version)
    if result.changed:
        ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return result


def trash(ctx: AppContext, draft_id: int, reason: str = "") -> None:
    from desktopapp.core import workflow

    workflow.trash_draft(draft_id, ctx.actor, reason)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def restore(ctx: AppContext, draft_id: int) -> None:
    from desktopapp.core import workflow

    workflow.restore_draft(draft_id, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def duplicate(ctx: AppContext, draft_id: int) -> DraftInfo:
    from desktopapp.core import workflow

    copy = workflow.duplicate_draft(draft_id, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [copy.id])
    return copy


def empty_trash(ctx: AppContext) -> int:
    """Delete every draft in the Trash for good (the caller asked the person first)."""
    from desktopapp.core import workflow

    deleted = workflow.empty_trash(ctx.actor, confirmed=True)
    ctx.bus.emit(ChangeKind.DRAFT)  # no ids: the rows are gone
    return deleted


def restore_revision(ctx: AppContext, draft_id: int, number: int) -> None:
    """An old revision's text becomes the newest revision (nothing is lost)."""
    from desktopapp.core import revisions

    revisions.restore_revision(draft_id, number, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def withdraw(ctx: AppContext, draft_id: int) -> None:
    """A submitted draft back to a draft (its review requests are void)."""
    from desktopapp.core import workflow

    workflow.withdraw(draft_id, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def save_body(ctx: AppContext, draft_id: int, body: str,
              kind: SaveKind = SaveKind.AUTOSAVE,
              expected_version: int | None = None) -> SaveResult:
    """The editor's save as the person types (see core drafts.save_body: autosaves
    coalesce; a change made meanwhile elsewhere raises ConflictError and keeps this text
    in the history). Not announced: the editor tells the window itself, once per save,
    and an announcement per pause in typing would refetch every view."""
    return drafts.save_body(draft_id, body, ctx.actor, kind, expected_version=expected_version)


def keep_text(ctx: AppContext, draft_id: int, body: str) -> None:
    """Keep `body` in the draft's history as a "conflict" revision, the draft untouched."""
    drafts.keep_text(draft_id, body, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def text_changed_by(_ctx: AppContext, draft_id: int) -> str:
    """Who wrote the draft's current text (a conflict names them)."""
    from desktopapp.core import revisions

    return revisions.text_changed_by(draft_id)


def set_notes(ctx: AppContext, draft_id: int, notes: str) -> int:
    """The private notes, saved as they are typed; returns the draft's version. Not
    announced: only the editor shows them (a team's other windows hear it from the
    server), and a change per pause in typing would refetch every view."""
    return drafts.set_notes(draft_id, notes, ctx.actor)


def set_tags(ctx: AppContext, draft_id: int, tags: list[str]) -> list[str]:
    clean = drafts.set_tags(draft_id, tags, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return clean


def normalise_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    """Tags as stored: lower case, no '#', no duplicates, sorted (no database)."""
    return drafts.normalise_tags(tags)


def all_tags(_ctx: AppContext) -> list[str]:
    return drafts.all_tags()
