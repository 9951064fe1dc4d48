"""Which drafts a list shows and how a save is meant: plain values, without the store.

Apart from `core/drafts.py` (which re-exports them) so that the window's filter bar and
list can be built before the database is opened (issue 12: the first frame is painted
without peewee)."""

from __future__ import annotations

from enum import StrEnum

from desktopapp.core.states import DraftState
from desktopapp.records import record

__all__ = ["DraftFilter", "SaveKind", "SortKey"]


class SortKey(StrEnum):
    UPDATED = "updated"
    CREATED = "created"


class SaveKind(StrEnum):
    AUTOSAVE = "autosave"
    MANUAL = "manual"


@record
class DraftFilter:
    state: DraftState | None = None
    tag: str | None = None
    trashed: bool = False
    text: str = ""
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
