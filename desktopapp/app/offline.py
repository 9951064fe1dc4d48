"""Working on a team workspace while its server is out of reach: nothing typed is lost.

Text that cannot be saved because the server is unreachable goes to the local journal
(store/journal.py, a file on this computer). When the server is back it is written back:
saved on top of the draft when nobody changed its text meanwhile, otherwise kept in the
draft's history as a "conflict" revision and reported with the name of whoever changed it.
A personal workspace never needs this (its file is always at hand).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import peewee as pw

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import drafts, revisions
from desktopapp.core.errors import ConflictError, DomainError
from desktopapp.store.journal import Journal, Typed

OFFLINE_MESSAGE = ("The team server cannot be reached. Your text is kept on this computer "
                   "and written back as soon as the server answers again.")
_NOT_A_DROP = ("lock timeout", "deadlock", "could not serialize", "permission denied",
               "violates", "row-level security")


def journal(ctx: AppContext) -> Journal | None:
    """The journal of this team workspace (None for a personal one)."""
    if ctx.paths.workspace_url is None:
        return None
    return Journal(ctx.paths.db_path, ctx.paths.workspace_url)


def lost_server(ctx: AppContext, exc: BaseException) -> bool:
    """Whether a failed save means the team server is out of reach (and not that it
    refused: a lock wait, a permission, a rule)."""
    if not ctx.store.is_team or not isinstance(exc, pw.OperationalError | pw.InterfaceError):
        return False
    text = str(exc).lower()
    return not any(part in text for part in _NOT_A_DROP)


def keep_typed(ctx: AppContext, draft_id: int, base_version: int, base_text: str,
               text: str) -> str:
    """Journal text that could not reach the server; returns what to tell the person."""
    book = journal(ctx)
    if book is None:
        raise DomainError("Only a team workspace keeps an offline journal.")
    book.keep(draft_id, base_version, base_text, text)
    drop_connection(ctx)
    return OFFLINE_MESSAGE


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
    editor, which writes its own text back."""
    book = journal(ctx)
    if book is None:
        return []
    results: list[WriteBack] = []
    for typed in book.pending():
        if skip and typed.draft_id in skip:
            continue
        try:
            result = _write_one(ctx, typed)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            if lost_server(ctx, exc):
                drop_connection(ctx)
                break
            raise
        book.forget(typed.draft_id, typed.text)
        ctx.bus.emit(ChangeKind.DRAFT, [typed.draft_id])
        results.append(result)
    return results


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

