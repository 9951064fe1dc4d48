"""Upgrade a database from every earlier schema version and check nothing is lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktopapp.core import drafts, people, revisions
from desktopapp.store import migrate
from desktopapp.store.connection import open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLD_VERSIONS = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("schema-v*.db"))


def test_there_is_a_fixture_for_every_earlier_version() -> None:
    assert OLD_VERSIONS == list(range(1, migrate.latest_version()))


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_upgrade_keeps_every_draft(version: int, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / f"schema-v{version}.db", path)
    store = open_store(path)
    try:
        assert store.migration.from_version == version
        assert store.migration.to_version == migrate.latest_version()
        assert store.migration.backup is not None and store.migration.backup.exists()
        user = people.local_user()
        assert user is not None and user.display_name == "Robin Writer"
        first = drafts.get_draft(1)
        assert first.body == "Spring sale starts Monday! Café opens at nine."
        assert first.tags == ["promo"] and first.notes == "check prices"
        assert [r.number for r in revisions.list_revisions(1)] == [2, 1]
        trashed = drafts.list_drafts(drafts.DraftFilter(trashed=True))
        assert [d.id for d in trashed] == [2]
        # Drafts written before search existed are found by the new index.
        assert [d.id for d in drafts.list_drafts(drafts.DraftFilter(text="cafe"))] == [1]
        assert [d.id for d in drafts.list_drafts(drafts.DraftFilter(text="promo"))] == [1]
    finally:
        store.close()


def test_version_7_carries_valid_approvals_over_to_their_scheduled_day(tmp_path: Path) -> None:
    """Approvals now cover the day a post is scheduled for; one given before the upgrade,
    still matching its content, stays valid; a stale one stays void."""
    import hashlib
    import json

    import peewee as pw

    from desktopapp.core import review

    path = tmp_path / "v6.db"
    shutil.copy(FIXTURES / "schema-v6.db", path)
    db = pw.SqliteDatabase(str(path))
    t = "2026-06-01T08:00:00.000000Z"

    def old_hash(body: str) -> str:
        content = {"version": 1, "body": body, "channels": [], "media": [],
                   "schedule_window": None}
        data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(data.encode()).hexdigest()

    body = "Spring sale starts Monday! Café opens at nine."
    db.execute_sql("INSERT INTO person (id, display_name, role, is_local_user, created_at) "
                   "VALUES (2, 'Sam', 'reviewer', 0, ?)", (t,))
    db.execute_sql("UPDATE draft SET state = 'submitted', scheduled_at = ? WHERE id = 1",
                   ("2030-01-02T09:00:00.000000Z",))
    for review_id, content_hash in ((1, old_hash(body)), (2, old_hash("older text"))):
        db.execute_sql("INSERT INTO review (id, draft_id, reviewer_id, decision, content_hash, "
                       "revision_number, comment, decided_at, expires_at, voided_at, "
                       "void_reason, source) VALUES (?, 1, 2, 'approved', ?, 2, '', ?, NULL, "
                       "NULL, '', 'local')", (review_id, content_hash, t))
    db.close()
    store = open_store(path)
    try:
        from desktopapp.store.models import Review

        hashes = {r.id: r.content_hash for r in Review.select()}
        assert hashes[1] == review.content_hash(1)  # carried over to 2 January 2030
        assert hashes[2] == old_hash("older text")  # stale before: still stale
        Review.delete().where(Review.id == 2).execute()
        assert review.approval_state(1).valid
    finally:
        store.close()
