"""Opening a draft in the editor asks for its row from several views (the draft, its
decision, half-sent and cool-off banners, the composer): within `reading_once` the row is
read from the database once, and never kept past it."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from desktopapp.core import drafts, workflow


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """The SQL statements peewee runs (its debug log), as they run."""
    seen: list[str] = []

    class Record(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            sql = record.msg[0] if isinstance(record.msg, tuple) else record.msg
            seen.append(str(sql))

    handler, log = Record(), logging.getLogger("peewee")
    level = log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    yield seen
    log.removeHandler(handler)
    log.setLevel(level)


def test_a_drafts_row_is_read_once_while_a_view_is_put_together(
        store, user, statements: list[str]) -> None:
    draft = workflow.create_draft(user.id, "Doors open at nine")
    statements.clear()
    with drafts.reading_once():
        info = drafts.get_draft(draft.id)
        first = drafts.require_row(draft.id)
        assert drafts.require_row(draft.id) is first
        assert first.body == info.body == "Doors open at nine"
    reads = [s for s in statements if s.startswith('SELECT "t1"."id", "t1"."version"')]
    assert len(reads) == 1, statements  # get_draft's; require_row asked no more

    drafts.save_body(draft.id, "Doors open at ten", user.id)
    after = drafts.require_row(draft.id)  # outside: read afresh, never the kept row
    assert after is not first and after.body == "Doors open at ten"
    with drafts.reading_once():
        assert drafts.require_row(draft.id).body == "Doors open at ten"
