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
