"""Optimistic concurrency: two writers on one draft never overwrite each other silently."""

from __future__ import annotations

import pytest

from desktopapp.core import channels, drafts, revisions, workflow
from desktopapp.core.errors import ConflictError
from desktopapp.store.models import Draft


def test_a_stale_row_is_refused_and_nothing_is_written(store, user) -> None:
    d = workflow.create_draft(user.id, "start")
    first, second = Draft.get_by_id(d.id), Draft.get_by_id(d.id)
    first.notes = "from the window"
    first.save()
    second.notes = "from the command line"
    with pytest.raises(ConflictError, match="changed elsewhere"):
        second.save()
    assert Draft.get_by_id(d.id).notes == "from the window"
    assert Draft.get_by_id(d.id).version == first.version == d.version + 1


def test_a_text_edited_from_an_old_version_is_kept_not_written(store, user) -> None:
    d = workflow.create_draft(user.id, "Our launch is on Friday")
    theirs = drafts.save_body(d.id, "Our launch is on Friday the 5th", user.id,
                              expected_version=d.version)
    assert theirs.version > d.version
    with pytest.raises(ConflictError) as refused:
        drafts.save_body(d.id, "Our launch is on Friday, 10am", user.id,
                         expected_version=d.version)
    assert refused.value.current == theirs.version
    assert drafts.get_draft(d.id).body == "Our launch is on Friday the 5th"
    kept = [(r.kind, r.body) for r in revisions.list_revisions(d.id)]
    assert ("conflict", "Our launch is on Friday, 10am") in kept
    # Writing on top of the version now is accepted.
    done = drafts.save_body(d.id, "Our launch is on Friday, 10am", user.id,
                            expected_version=refused.value.current)
    assert drafts.get_draft(d.id).body == "Our launch is on Friday, 10am"
    assert done.version == refused.value.current + 1


def test_revision_numbers_follow_each_other(store, user) -> None:
    d = workflow.create_draft(user.id, "one")
    for text in ("two", "three", "four"):
        drafts.save_body(d.id, text, user.id, drafts.SaveKind.MANUAL)
    drafts.keep_text(d.id, "a lost race", user.id)
    numbers = [r.number for r in revisions.list_revisions(d.id)]
    assert numbers == sorted(set(numbers), reverse=True) == [5, 4, 3, 2, 1]


def test_state_changes_and_channel_edits_move_the_version(store, user) -> None:
    d = workflow.create_draft(user.id, "Ready")
    workflow.submit(d.id, user.id)
    assert drafts.get_draft(d.id).version > d.version
    channels.add_channel(channels.Kind.OUTBOX, "folder", user.id, path="/tmp/out")
    before = Draft._meta.database.execute_sql(
        "SELECT version FROM channel WHERE name = 'folder'").fetchone()[0]
    channels.pause_channel("folder", "checking", user.id)
    after = Draft._meta.database.execute_sql(
        "SELECT version FROM channel WHERE name = 'folder'").fetchone()[0]
    assert after == before + 1
