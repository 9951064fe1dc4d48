"""Working on a team workspace while its server is out of reach: nothing typed is lost.

Whatever is typed while the server is unreachable goes to the local journal
(store/journal.py, a file on this computer): the draft's text, its notes and tags, a
channel's own text, an alt text (app/offline_fields.py). When the server is back it is
written back through the same optimistic check as any save: stored when nobody changed
that field meanwhile; otherwise a conflict that names whoever changed it — a draft's text
is kept in its history as a "conflict" revision, any other field keeps both versions in
the journal until the person chooses. A personal workspace never needs this (its file is
always at hand).

Once the app knows the server is out of reach (`went_offline`), connecting fails at once
(store/postgres.TeamDatabase.unreachable) instead of waiting out connect_timeout on the
GUI thread; `probe` (run off the GUI thread) finds out when it answers again.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import peewee as pw

from desktopapp.app import offline_fields as fields
from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import drafts, revisions
from desktopapp.core.errors import ConflictError, DomainError
from desktopapp.store.journal import Conflicted, Journal, Typed

OFFLINE_MESSAGE = ("The team server cannot be reached. Your text is kept on this computer "
                   "and written back as soon as the server answers again.")
_NOT_A_DROP = ("lock timeout", "deadlock", "could not serialize", "permission denied",
               "violates", "row-level security")


def journal(ctx: AppContext) -> Journal | None:
    """The journal of this team workspace (None for a personal one)."""
    if ctx.paths.workspace_url is None:
        return None
    return Journal.at(ctx.paths.db_path, ctx.paths.workspace_url)


def lost_server(ctx: AppContext, exc: BaseException) -> bool:
    """Whether a failed save means the team server is out of reach (and not that it
    refused: a lock wait, a permission, a rule)."""
    if not ctx.store.is_team or not isinstance(exc, pw.OperationalError | pw.InterfaceError):
        return False
    text = str(exc).lower()
    return not any(part in text for part in _NOT_A_DROP)


def kept(ctx: AppContext, draft_id: int, field: str) -> str | None:
    """What was typed offline in a field and not yet written back (None: nothing), so a
    view showing the field shows that rather than the server's older value."""
    book = journal(ctx)
    return None if book is None else book.kept(draft_id, field)


def offline_now(ctx: AppContext) -> bool:
    """Whether the app knows the team server is out of reach (nothing tries it then)."""
    return bool(getattr(ctx.store.db, "unreachable", False))


def went_offline(ctx: AppContext) -> None:
    """The server is out of reach: let go of the connection, and fail fast from now on."""
    drop_connection(ctx)
    if ctx.store.is_team:
        ctx.store.db.unreachable = True  # type: ignore[attr-defined]


def back_online(ctx: AppContext) -> None:
    if ctx.store.is_team:
        ctx.store.db.unreachable = False  # type: ignore[attr-defined]
    drop_connection(ctx)  # whatever was open before the drop is dead


def probe(ctx: AppContext, timeout_s: int = 3) -> str | None:
    """Try the server on a connection of its own: None when it answers. Blocks up to
    `timeout_s` — never call it on the GUI thread."""
    from desktopapp.store.postgres import TeamDatabase, reachable

    db = ctx.store.db
    return reachable(db, timeout_s) if isinstance(db, TeamDatabase) else None


def keep_typed(ctx: AppContext, draft_id: int, base_version: int, base_text: str,
               text: str, field: str = fields.BODY) -> str:
    """Journal typing that could not reach the server; returns what to tell the person."""
    book = journal(ctx)
    if book is None:
        raise DomainError("Only a team workspace keeps an offline journal.")
    book.keep(draft_id, base_version, base_text, text, field)
    drop_connection(ctx)
    return OFFLINE_MESSAGE


@dataclass(frozen=True)
class FieldSave:
    """How saving one typed field went: stored, kept offline, or a conflict."""

    kept_offline: bool = False
    conflict: Conflicted | None = None

    @property
    def stored(self) -> bool:
        return not self.kept_offline and self.conflict is None


def save_field(ctx: AppContext, draft_id: int, field: str, base: str, text: str) -> FieldSave:
    """Save a typed field (notes, tags, a channel's text, an alt text) that was edited
    from `base`. On a team workspace: journaled while the server is out of reach, and
    stored only if nobody changed it meanwhile — else a conflict with both versions (kept
    in the journal until the person chooses, named by who changed it). Rules the server
    or core refuse raise as usual."""
    book = journal(ctx)
    if book is None:
        fields.write(ctx, draft_id, field, text)
        return FieldSave()
    if offline_now(ctx):
        book.keep(draft_id, 0, base, text, field)
        return FieldSave(kept_offline=True)
    try:
        conflict = _store_field(ctx, book, draft_id, field, base, text)
    except (pw.OperationalError, pw.InterfaceError) as exc:
        if not lost_server(ctx, exc):
            raise
        book.keep(draft_id, 0, base, text, field)
        went_offline(ctx)
        return FieldSave(kept_offline=True)
    book.forget(draft_id, text, field)
    return FieldSave(conflict=conflict)


def _store_field(ctx: AppContext, book: Journal, draft_id: int, field: str, base: str,
                 text: str) -> Conflicted | None:
    with ctx.store.db.atomic():
        now = fields.current(draft_id, field)
        if fields.same(field, now, text):
            return None
        if fields.same(field, now, base):
            fields.write(ctx, draft_id, field, text)
            return None
        who = fields.changed_by(draft_id, field)
    book.conflict(draft_id, field, text, now, who)
    return next(c for c in book.conflicts() if (c.draft_id, c.field) == (draft_id, field))


def conflicts(ctx: AppContext) -> list[Conflicted]:
    """Fields waiting for the person to choose between their version and a teammate's."""
    book = journal(ctx)
    return [] if book is None else book.conflicts()


def settle(ctx: AppContext, conflict: Conflicted, keep_mine: bool) -> None:
    """The person chose: their version is stored (over the teammate's), or the teammate's
    stays. Either way the conflict is done."""
    if keep_mine:
        fields.write(ctx, conflict.draft_id, conflict.field, conflict.mine)
    book = journal(ctx)
    if book is not None:
        book.settle(conflict.draft_id, conflict.field)
    ctx.bus.emit(ChangeKind.DRAFT, [conflict.draft_id])


def describe(conflict: Conflicted) -> str:
    """ "The private notes of post 12 were changed by Sam while you were offline." """
    try:
        what = fields.label(conflict.field)
    except pw.PeeweeException:
        what = "a field"
    return (f"{what[0].upper()}{what[1:]} of post {conflict.draft_id} "
            f"{'were' if conflict.field in (fields.NOTES, fields.TAGS) else 'was'} changed by "
            f"{conflict.who} while you were offline")


def saved(ctx: AppContext, draft_id: int, text: str) -> None:
    """The text reached the server: its journal entry (if any) is no longer needed."""
    book = journal(ctx)
    if book is not None:
        book.forget(draft_id, text)


def drop_connection(ctx: AppContext) -> None:
    """Let go of a broken connection, so the next use connects anew (peewee would keep
    handing out the dead one)."""
    with contextlib.suppress(pw.PeeweeException, OSError):  # closing a dead one may fail
        ctx.store.db.close()


@dataclass(frozen=True)
class WriteBack:
    draft_id: int
    saved: bool  # False: a conflict or a refusal; the text is in the draft's history
    message: str


def write_back(ctx: AppContext, skip: set[int] | None = None) -> list[WriteBack]:
    """Write the journal back to the server, oldest typing first. Stops (leaving the
    rest in the journal) if the server is out of reach again. `skip`: drafts open in an
    editor, which writes its own text back (their other fields are written back here)."""
    book = journal(ctx)
    if book is None:
        return []
    results: list[WriteBack] = []
    for typed in book.pending():
        if typed.field == fields.BODY and skip and typed.draft_id in skip:
            continue
        try:
            if typed.field == fields.BODY:
                result = _write_one(ctx, typed)
                book.forget(typed.draft_id, typed.text)
            else:
                result = _write_field(ctx, book, typed)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            if lost_server(ctx, exc):
                went_offline(ctx)
                break
            raise
        ctx.bus.emit(ChangeKind.DRAFT, [typed.draft_id])
        results.append(result)
    return results


def _write_field(ctx: AppContext, book: Journal, typed: Typed) -> WriteBack:
    what = f"{typed.draft_id}"
    try:
        conflict = _store_field(ctx, book, typed.draft_id, typed.field, typed.base_text,
                                typed.text)
    except DomainError as exc:  # its draft, channel or image is gone, or a rule refused
        book.conflict(typed.draft_id, typed.field, typed.text,
                      f"(could not be saved: {exc})", "nobody")
        return WriteBack(typed.draft_id, False, f"Post {what}: {exc} What you typed is "
                         "kept below.")
    book.forget(typed.draft_id, typed.text, typed.field)
    if conflict is not None:
        return WriteBack(typed.draft_id, False, describe(conflict) + "; both versions "
                         "are kept below: choose one.")
    return WriteBack(typed.draft_id, True, f"Post {what}: {fields.label(typed.field)} "
                     "you typed offline is saved.")


def _write_one(ctx: AppContext, typed: Typed) -> WriteBack:
    try:
        current = drafts.get_draft(typed.draft_id)
    except DomainError:
        return WriteBack(typed.draft_id, False, f"Post {typed.draft_id} was deleted while you "
                         "were offline; the text you typed could not be kept there.")
    if current.body == typed.text:
        return WriteBack(typed.draft_id, True, f"Post {typed.draft_id} already had your text.")
    if current.body == typed.base_text:  # nobody else changed the text: save on top
        try:
            drafts.save_body(typed.draft_id, typed.text, ctx.actor, drafts.SaveKind.MANUAL,
                             expected_version=current.version)
            return WriteBack(typed.draft_id, True, f"Post {typed.draft_id}: the text you "
                             "typed offline is saved.")
        except ConflictError:
            pass  # changed in the very moment: kept as a conflict below
        except DomainError as exc:
            return _kept(ctx, typed, f"could not be saved there ({exc})")
    who = revisions.text_changed_by(typed.draft_id)
    return _kept(ctx, typed, f"was changed by {who} while you were offline")


def _kept(ctx: AppContext, typed: Typed, why: str) -> WriteBack:
    try:
        drafts.keep_text(typed.draft_id, typed.text, ctx.actor)
        where = "your text is in its history"
    except DomainError:
        where = "your text could not be kept there"
    return WriteBack(typed.draft_id, False, f"Post {typed.draft_id} {why}; {where}.")

