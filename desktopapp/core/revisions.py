"""Revision history: list, compare any two, and restore an old one as a new revision."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktopapp.core import audit
from desktopapp.core.drafts import (
    add_revision,
    reindex,
    require_content_editable,
    require_row,
    validate_body,
)
from desktopapp.core.errors import DomainError, NotFound
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, Person, Revision

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


class DiffOp(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    draft_id: int
    number: int
    body: str
    kind: str
    author_name: str
    created_at: datetime
    updated_at: datetime
    restored_from: int | None

    @property
    def label(self) -> str:
        if self.kind == "restore" and self.restored_from:
            return f"#{self.number} · restored from #{self.restored_from}"
        # In words, not the stored kind ("manual" read like a page of instructions).
        said = {"manual": "saved by hand", "autosave": "saved as you typed"}
        return f"#{self.number} · {said.get(self.kind, self.kind)}"


def _info(row: Revision) -> RevisionInfo:
    return RevisionInfo(row.id, row.draft_id, row.number, row.body, row.kind,
                        row.author.display_name, row.created_at, row.updated_at,
                        row.restored_from)


def list_revisions(draft_id: int) -> list[RevisionInfo]:
    """Newest first."""
    query = (Revision.select(Revision, Person).join(Person)
             .where(Revision.draft == draft_id).order_by(Revision.number.desc()))
    return [_info(row) for row in query]


def get_revision(draft_id: int, number: int) -> RevisionInfo:
    row = (Revision.select(Revision, Person).join(Person)
           .where((Revision.draft == draft_id) & (Revision.number == number)).get_or_none())
    if row is None:
        raise NotFound(f"Draft {draft_id} has no revision #{number}.")
    return _info(row)


def word_diff(old: str, new: str) -> list[tuple[DiffOp, str]]:
    """A readable diff at word granularity: runs of equal, deleted and inserted text."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    # Most edits touch one spot: match the common head and tail in linear time and let
    # SequenceMatcher (quadratic on repetitive text) see only the middle.
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    ops: list[tuple[DiffOp, str]] = []

    def push(op: DiffOp, text: str) -> None:
        if not text:
            return
        if ops and ops[-1][0] is op:
            ops[-1] = (op, ops[-1][1] + text)
        else:
            ops.append((op, text))

    push(DiffOp.EQUAL, "".join(a[:head]))
    mid_a, mid_b = a[head:len(a) - tail], b[head:len(b) - tail]
    matcher = difflib.SequenceMatcher(a=mid_a, b=mid_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            push(DiffOp.EQUAL, "".join(mid_a[i1:i2]))
        else:
            push(DiffOp.DELETE, "".join(mid_a[i1:i2]))
            push(DiffOp.INSERT, "".join(mid_b[j1:j2]))
    push(DiffOp.EQUAL, "".join(a[len(a) - tail:]))
    return ops


def unified_diff(old: str, new: str, old_label: str, new_label: str) -> str:
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(), old_label, new_label,
                                 lineterm="")
    return "\n".join(lines)


def restore_revision(draft_id: int, number: int, actor_id: int) -> RevisionInfo:
    """Bring back an old text as a *new* revision; history is never rewritten."""
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        if row.trashed_at is not None:
            raise DomainError("This draft is in the Trash; restore the draft first.")
        require_content_editable(row)
        old = get_revision(draft_id, number)
        validate_body(old.body)
        revision = add_revision(row, old.body, actor_id, "restore", restored_from=number)
        row.body, row.updated_at = old.body, utcnow()
        row.save()
        reindex(row)
        if row.state == "submitted":
            from desktopapp.core import workflow

            workflow.content_changed(row, actor_id)
        audit.record(actor_id, "revision restored", "draft", draft_id,
                     reason=f"restored revision #{number} as #{revision.number}")
    return get_revision(draft_id, revision.number)


def text_changed_by(draft_id: int) -> str:
    """Who wrote the draft's current text (a conflict names them: "changed by Sam")."""
    row = (Revision.select(Revision, Person).join(Person)
           .where((Revision.draft == draft_id) & (Revision.kind != "conflict"))
           .order_by(Revision.number.desc()).first())
    return row.author.display_name if row is not None else "someone else"
