"""Reading and editing drafts: listing, search, body/tags/notes edits and their revisions.

State changes (create, trash, restore, delete) live in `core/workflow.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import Any

import peewee as pw

from desktopapp.core import audit
from desktopapp.core.draft_filter import DraftFilter, SaveKind, SortKey
from desktopapp.core.errors import ConflictError, DomainError, InvalidTransition, NotFound
from desktopapp.core.states import DraftState
from desktopapp.records import record
from desktopapp.store import search
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, DraftTag, Person, Revision

MAX_BODY_CHARS = 200_000
MAX_TAG_CHARS = 100
# Autosaves within this window of the previous autosave amend that revision instead of
# adding one, so an hour of typing is a handful of revisions, not thousands.
AUTOSAVE_COALESCE = timedelta(minutes=10)
PREVIEW_CHARS = 300


@record
class DraftSummary:
    """What a list row needs; the body is cut to a preview so long lists stay cheap."""

    id: int
    preview: str
    state: DraftState
    created_at: datetime
    updated_at: datetime
    trashed: bool
    tags: tuple[str, ...] = ()
    scheduled_at: datetime | None = None  # when it is meant to go out (UTC), if it has a date


@record
class DraftInfo:
    id: int
    body: str
    notes: str
    tags: list[str]
    state: DraftState
    author_id: int
    author_name: str
    created_at: datetime
    updated_at: datetime
    trashed_at: datetime | None
    revision_count: int = 0
    version: int = 1  # what a conditional save expects (see store.models.VersionedModel)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "body": self.body,
            "notes": self.notes,
            "tags": self.tags,
            "state": self.state.value,
            "author": {"id": self.author_id, "display_name": self.author_name},
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "trashed_at": self.trashed_at.isoformat() if self.trashed_at else None,
            "revisions": self.revision_count,
            "version": self.version,
        }


@record
class SaveResult:
    changed: bool
    revision_number: int
    updated_at: datetime
    version: int = 1  # the draft's version after this save


def validate_body(body: str) -> str:
    if "\x00" in body:
        raise DomainError("The text contains a NUL character, which a post cannot carry.")
    if len(body) > MAX_BODY_CHARS:
        raise DomainError(
            f"The text is {len(body):,} characters long; a draft can hold at most "
            f"{MAX_BODY_CHARS:,}."
        )
    return body


def normalise_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    result: dict[str, None] = {}
    for raw in tags:
        tag = raw.strip().lstrip("#").strip().lower()
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS:
            raise DomainError(f"A tag can be at most {MAX_TAG_CHARS} characters long.")
        result.setdefault(tag, None)
    return sorted(result)


# Rows read while one view of a draft is put together (`reading_once`): opening a draft,
# the editor's decision, half-sent and cool-off banners and its composer each ask for the
# row by id; read once, they also all see the same version of it.
_READ_ONCE: ContextVar[dict[int, Draft] | None] = ContextVar("drafts_read_once", default=None)


@contextmanager
def reading_once() -> Iterator[None]:
    """Within it, a draft's row is read from the database once. Only for reading: a row
    changed and saved inside would be the one the others then see."""
    token = _READ_ONCE.set({})
    try:
        yield
    finally:
        _READ_ONCE.reset(token)


def require_row(draft_id: int) -> Draft:
    memo = _READ_ONCE.get()
    if memo is not None and draft_id in memo:
        return memo[draft_id]
    row = Draft.get_or_none(Draft.id == draft_id)
    if row is None:
        raise NotFound(f"There is no draft with id {draft_id}.")
    if memo is not None:
        memo[draft_id] = row
    return row


def tags_of(draft_id: int) -> list[str]:
    query = DraftTag.select().where(DraftTag.draft == draft_id).order_by(DraftTag.name)
    return [t.name for t in query]


def get_draft(draft_id: int) -> DraftInfo:
    row = (Draft.select(Draft, Person).join(Person, on=(Draft.author == Person.id))
           .where(Draft.id == draft_id).get_or_none())
    if row is None:
        raise NotFound(f"There is no draft with id {draft_id}.")
    memo = _READ_ONCE.get()
    if memo is not None:
        memo[draft_id] = row
    count = Revision.select().where(Revision.draft == draft_id).count()
    return DraftInfo(
        row.id, row.body, row.notes, tags_of(row.id), DraftState(row.state), row.author.id,
        row.author.display_name, row.created_at, row.updated_at, row.trashed_at, count,
        row.version,
    )


def _filtered(flt: DraftFilter) -> Any:
    query = Draft.select(
        Draft.id, pw.fn.SUBSTR(Draft.body, 1, PREVIEW_CHARS).alias("preview"), Draft.state,
        Draft.created_at, Draft.updated_at, Draft.trashed_at, Draft.scheduled_at,
    )
    in_trash = Draft.trashed_at.is_null(False)
    query = query.where(in_trash if flt.trashed else Draft.trashed_at.is_null())
    if flt.state is not None:
        query = query.where(Draft.state == flt.state.value)
    if flt.tag:
        tagged = DraftTag.select(DraftTag.draft).where(DraftTag.name == flt.tag.lower())
        query = query.where(Draft.id.in_(tagged))
    matches = search.match_condition(Draft._meta.database, flt.text)
    if matches is not None:
        query = query.where(matches)
    return query


def list_drafts(flt: DraftFilter = DraftFilter(), limit: int | None = None,
                offset: int = 0, *, after: DraftSummary | None = None,
                with_tags: bool = True) -> list[DraftSummary]:
    """Drafts matching `flt` (search text included), in the filter's sort order. `after`
    continues from a row of the previous page (keyset paging: no deep OFFSET scans)."""
    query = _filtered(flt)
    column = Draft.updated_at if flt.sort == SortKey.UPDATED else Draft.created_at
    order = column.desc() if flt.descending else column.asc()
    query = query.order_by(order, Draft.id.desc() if flt.descending else Draft.id.asc())
    if after is not None:
        key = after.updated_at if flt.sort == SortKey.UPDATED else after.created_at
        if flt.descending:
            query = query.where((column < key) | ((column == key) & (Draft.id < after.id)))
        else:
            query = query.where((column > key) | ((column == key) & (Draft.id > after.id)))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    # Plain tuples, not a model instance per row: at 100,000 drafts building instances
    # was more than half of `drafts list`'s time.
    rows: list[tuple[Any, ...]] = list(query.tuples())
    tags = _tags_for([r[0] for r in rows]) if with_tags else {}
    return [
        DraftSummary(draft_id, preview or "", DraftState(state), created, updated,
                     trashed is not None, tuple(tags.get(draft_id, ())), scheduled)
        for draft_id, preview, state, created, updated, trashed, scheduled in rows
    ]


# Well under SQLite's smallest default limit on bound variables (999 before 3.32).
IDS_PER_QUERY = 500


def _tags_for(ids: list[int]) -> dict[int, list[str]]:
    """Tags of many drafts in a few queries (a list page, not one query per row), at most
    IDS_PER_QUERY ids per IN (...) so no list size hits "too many SQL variables"."""
    result: dict[int, list[str]] = {}
    for start in range(0, len(ids), IDS_PER_QUERY):
        query = (DraftTag.select(DraftTag.draft, DraftTag.name)
                 .where(DraftTag.draft.in_(ids[start:start + IDS_PER_QUERY]))
                 .order_by(DraftTag.name).tuples())
        pairs: list[tuple[int, str]] = list(query)  # type: ignore[arg-type]
        for draft_id, name in pairs:
            result.setdefault(draft_id, []).append(name)
    return result


def count_drafts(flt: DraftFilter = DraftFilter()) -> int:
    return int(_filtered(flt).count())


def all_tags() -> list[str]:
    query = (DraftTag.select(DraftTag.name).join(Draft)
             .where(Draft.trashed_at.is_null()).distinct().order_by(DraftTag.name))
    return [row.name for row in query]


def reindex(row: Draft) -> None:
    search.index_draft(Draft._meta.database, row.id, row.body, tags_of(row.id), row.notes)


def _latest_revision(draft_id: int) -> Revision | None:
    return (Revision.select().where(Revision.draft == draft_id)
            .order_by(Revision.number.desc()).first())


def add_revision(row: Draft, body: str, actor_id: int, kind: str,
                 restored_from: int | None = None) -> Revision:
    # The number is taken by the INSERT itself (max + 1 in one statement), so two writers
    # can never both read the same "latest" and collide; (draft, number) is unique too.
    after_latest = pw.fn.COALESCE(Revision.select(pw.fn.MAX(Revision.number))
                               .where(Revision.draft == row.id), 0) + 1
    now = utcnow()
    new_id = Revision.insert(draft=row.id, number=after_latest, body=body, kind=kind,
                             author=actor_id, created_at=now, updated_at=now,
                             restored_from=restored_from).execute()
    return Revision.get_by_id(new_id)


def require_content_editable(row: Draft) -> None:
    """A post's content is frozen while it is going out (some channels may have it
    already): what has not gone out yet must be what was approved. The way out is to
    cancel the rest, or reopen the rest as a draft (workflow.reopen_rest) and resubmit."""
    if row.state == DraftState.PUBLISHING.value:
        raise InvalidTransition(
            f"Draft {row.id} is being published (some channels have it already), so its "
            "content cannot change now. Retry it, cancel the rest, or reopen the rest to "
            "edit and resubmit it.")


def save_body(draft_id: int, body: str, actor_id: int,
              kind: SaveKind = SaveKind.AUTOSAVE,
              expected_version: int | None = None) -> SaveResult:
    """Store new text. Autosaves coalesce into the latest autosave revision for a while;
    a manual save always leaves a revision the user can find again.

    `expected_version`: the version the text was edited from. If the draft changed since
    (another window, the CLI, a reviewer), nothing is overwritten: the text is kept as a
    "conflict" revision, so it is never lost, and ConflictError carries the version now."""
    validate_body(body)
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        if row.trashed_at is not None:
            raise DomainError("This draft is in the Trash; restore it before editing.")
        require_content_editable(row)
        if expected_version is None or row.version == expected_version or row.body == body:
            return _store_body(row, body, actor_id, kind)
        keep_text(draft_id, body, actor_id)  # committed with the refusal: never lost
    raise ConflictError(
        f"Draft {draft_id} was changed elsewhere (it is at version {row.version}; this text "
        f"was written on version {expected_version}). Your text is kept as a revision; "
        "nothing was overwritten.", row.version)


def keep_text(draft_id: int, body: str, actor_id: int) -> None:
    """Keep `body` in the draft's history as a "conflict" revision (unless the latest
    revision already holds it) without touching the draft: text that lost a race is never
    thrown away, whichever version the person then chooses."""
    validate_body(body)
    with Draft._meta.database.atomic():
        row = require_row(draft_id)
        latest = _latest_revision(draft_id)
        if body != row.body and (latest is None or latest.body != body):
            add_revision(row, body, actor_id, "conflict")


def _store_body(row: Draft, body: str, actor_id: int, kind: SaveKind) -> SaveResult:
    draft_id = row.id
    latest = _latest_revision(draft_id)
    now = utcnow()
    if latest is not None and latest.body == body and row.body == body:
        if kind is SaveKind.MANUAL and latest.kind == SaveKind.AUTOSAVE.value:
            latest.kind = SaveKind.MANUAL.value
            latest.save()
        return SaveResult(False, latest.number, row.updated_at, row.version)
    amend = (
        kind is SaveKind.AUTOSAVE and latest is not None
        and latest.kind == SaveKind.AUTOSAVE.value and latest.author_id == actor_id
        and now - latest.created_at < AUTOSAVE_COALESCE
    )
    if amend and latest is not None:
        latest.body, latest.updated_at = body, now
        latest.save()
        number = latest.number
    else:
        number = add_revision(row, body, actor_id, kind.value).number
    row.body, row.updated_at = body, now
    row.save()
    reindex(row)
    if row.state == DraftState.SUBMITTED.value:
        from desktopapp.core import workflow  # the state change belongs to workflow

        workflow.content_changed(row, actor_id, now)
    return SaveResult(True, number, now, row.version)


def set_tags(draft_id: int, tags: list[str], actor_id: int | None = None) -> list[str]:
    """`actor_id`: whoever changed them goes into the audit log (on a team workspace a
    conflict names them)."""
    clean = normalise_tags(tags)
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        DraftTag.delete().where(DraftTag.draft == draft_id).execute()
        for name in clean:
            DraftTag.create(draft=draft_id, name=name)
        row.updated_at = utcnow()
        row.save()
        reindex(row)
        if actor_id is not None:
            audit.record(actor_id, "tags changed", "draft", draft_id, reason=", ".join(clean))
    return clean


def set_notes(draft_id: int, notes: str, actor_id: int | None = None) -> int:
    """Store the private notes; returns the draft's version after the change. With
    `actor_id`, who changed them is in the audit log, once per run of changes by the same
    person (notes are saved as they are typed: one event per save would drown the log)."""
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        row.notes, row.updated_at = validate_body(notes), utcnow()
        row.save()
        reindex(row)
        if actor_id is not None:
            last = audit.last_by(draft_id, ("notes changed",))
            if last is None or last[0] != actor_id:
                audit.record(actor_id, "notes changed", "draft", draft_id)
    return int(row.version)
