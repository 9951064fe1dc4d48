"""A draft's revisions as the History tab shows them, and the word diff between two."""

from __future__ import annotations

from desktopapp.app.context import AppContext
from desktopapp.core import revisions
from desktopapp.core.revisions import DiffOp, RevisionInfo

__all__ = ["DiffOp", "RevisionInfo", "list_revisions", "word_diff"]


def list_revisions(_ctx: AppContext, draft_id: int) -> list[RevisionInfo]:
    """Newest first, each with its author and a label ("Revision 3 · submitted")."""
    return revisions.list_revisions(draft_id)


def word_diff(old: str, new: str) -> list[tuple[DiffOp, str]]:
    return revisions.word_diff(old, new)
