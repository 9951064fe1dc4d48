from __future__ import annotations

from datetime import timedelta

import pytest

from desktopapp.core import audit, drafts, revisions, workflow
from desktopapp.core.drafts import DraftFilter, SaveKind, SortKey
from desktopapp.core.errors import ConfirmationRequired, DomainError, InvalidTransition, NotFound
from desktopapp.core.states import DraftState
from desktopapp.store.models import Revision


def test_create_keeps_body_tags_notes_and_a_first_revision(user) -> None:
    d = workflow.create_draft(user.id, "Hello", ["#Launch", "launch", " news "], "note")
    assert (d.body, d.tags, d.notes, d.state) == ("Hello", ["launch", "news"], "note",
                                                   DraftState.DRAFT)
    assert d.author_name == "Alex Author" and d.revision_count == 1
    assert d.created_at.tzinfo is not None and d.created_at.utcoffset() == timedelta(0)
    assert [e.action for e in audit.events("draft", d.id)] == ["created"]


def test_autosaves_coalesce_but_manual_saves_stay(user) -> None:
    d = workflow.create_draft(user.id, "a")
    drafts.save_body(d.id, "ab", user.id)
    drafts.save_body(d.id, "abc", user.id)
    assert [r.body for r in revisions.list_revisions(d.id)] == ["abc", "a"]
    drafts.save_body(d.id, "abc", user.id, SaveKind.MANUAL)  # seals the autosave revision
    drafts.save_body(d.id, "abcd", user.id)
    assert [(r.body, r.kind) for r in revisions.list_revisions(d.id)] == [
        ("abcd", "autosave"), ("abc", "manual"), ("a", "created")]
    assert drafts.get_draft(d.id).body == "abcd"


def test_old_autosave_revision_is_not_amended(user) -> None:
    d = workflow.create_draft(user.id, "a")
    drafts.save_body(d.id, "ab", user.id)
    Revision.update(created_at=Revision.created_at).execute()
    old = drafts.utcnow() - drafts.AUTOSAVE_COALESCE - timedelta(seconds=1)
    Revision.update(created_at=old).where(Revision.kind == "autosave").execute()
    drafts.save_body(d.id, "abc", user.id)
    assert [r.body for r in revisions.list_revisions(d.id)] == ["abc", "ab", "a"]


def test_unchanged_save_is_a_no_op(user) -> None:
    d = workflow.create_draft(user.id, "same")
    result = drafts.save_body(d.id, "same", user.id)
    assert not result.changed and len(revisions.list_revisions(d.id)) == 1


def test_bad_bodies_are_refused_with_a_clear_message(user) -> None:
    d = workflow.create_draft(user.id, "ok")
    with pytest.raises(DomainError, match="NUL"):
        drafts.save_body(d.id, "bad\x00text", user.id)
    with pytest.raises(DomainError, match="at most 200,000"):
        drafts.save_body(d.id, "x" * 200_001, user.id)
    assert drafts.get_draft(d.id).body == "ok"
    with pytest.raises(NotFound):
        drafts.save_body(999, "x", user.id)


def test_restore_revision_adds_a_new_revision(user) -> None:
    d = workflow.create_draft(user.id, "first version")
    drafts.save_body(d.id, "second version", user.id, SaveKind.MANUAL)
    restored = revisions.restore_revision(d.id, 1, user.id)
    assert restored.number == 3 and restored.restored_from == 1
    assert drafts.get_draft(d.id).body == "first version"
    assert [r.number for r in revisions.list_revisions(d.id)] == [3, 2, 1]
    assert revisions.get_revision(d.id, 2).body == "second version"  # history intact
    assert "revision restored" in [e.action for e in audit.events("draft", d.id)]


def test_word_diff_and_unified_diff() -> None:
    ops = revisions.word_diff("The cat sat.", "The dog sat down.")
    assert ops == [
        (revisions.DiffOp.EQUAL, "The "), (revisions.DiffOp.DELETE, "cat"),
        (revisions.DiffOp.INSERT, "dog"), (revisions.DiffOp.EQUAL, " sat"),
        (revisions.DiffOp.INSERT, " down"), (revisions.DiffOp.EQUAL, "."),
    ]
    text = revisions.unified_diff("a\nb", "a\nc", "#1", "#2")
    assert "-b" in text and "+c" in text


def test_filters_by_tag_state_and_sort(user) -> None:
    a = workflow.create_draft(user.id, "alpha", ["x"])
    b = workflow.create_draft(user.id, "beta", ["y"])
    drafts.save_body(a.id, "alpha edited", user.id)
    assert [d.id for d in drafts.list_drafts()] == [a.id, b.id]
    by_created = drafts.list_drafts(DraftFilter(sort=SortKey.CREATED))
    assert [d.id for d in by_created] == [b.id, a.id]
    assert [d.id for d in drafts.list_drafts(DraftFilter(tag="y"))] == [b.id]
    assert drafts.list_drafts(DraftFilter(state=DraftState.PUBLISHED)) == []
    assert drafts.all_tags() == ["x", "y"]
    page = drafts.list_drafts(limit=1, offset=1)
    assert [d.id for d in page] == [b.id] and page[0].tags == ("y",)


def test_search_matches_words_prefixes_tags_and_ignores_operators(user) -> None:
    a = workflow.create_draft(user.id, "Our café opens on Monday", ["launch"])
    b = workflow.create_draft(user.id, "Monday meeting notes")
    find = lambda q: [d.id for d in drafts.list_drafts(DraftFilter(text=q))]  # noqa: E731
    assert set(find("monday")) == {a.id, b.id}
    assert find("cafe mon") == [a.id]
    assert find("laun") == [a.id]  # prefix, and tags are searched
    assert find('"NEAR( OR') == []  # FTS syntax typed by a user is just words
    assert find("   ") == [d.id for d in drafts.list_drafts()]
    drafts.save_body(b.id, "Tuesday meeting notes", user.id)
    assert find("monday") == [a.id]  # the index follows edits


def test_trash_restore_and_empty(user) -> None:
    keep = workflow.create_draft(user.id, "keep")
    gone = workflow.create_draft(user.id, "gone")
    workflow.trash_draft(gone.id, user.id)
    assert [d.id for d in drafts.list_drafts()] == [keep.id]
    assert [d.id for d in drafts.list_drafts(DraftFilter(trashed=True))] == [gone.id]
    with pytest.raises(InvalidTransition):
        workflow.trash_draft(gone.id, user.id)
    with pytest.raises(DomainError, match="Trash"):
        drafts.save_body(gone.id, "edit", user.id)
    workflow.restore_draft(gone.id, user.id)
    with pytest.raises(InvalidTransition):
        workflow.restore_draft(gone.id, user.id)
    workflow.trash_draft(gone.id, user.id)
    with pytest.raises(ConfirmationRequired):
        workflow.empty_trash(user.id, confirmed=False)
    assert drafts.get_draft(gone.id)  # still there
    assert workflow.empty_trash(user.id, confirmed=True) == 1
    with pytest.raises(NotFound):
        drafts.get_draft(gone.id)
    assert drafts.list_drafts(DraftFilter(text="gone")) == []
    actions = [e.action for e in audit.events("draft")]
    assert actions.count("trashed") == 2 and "restored" in actions
    assert "trash emptied" in actions


def test_duplicate_copies_text_and_tags(user) -> None:
    source = workflow.create_draft(user.id, "text", ["t"], "n")
    copy = workflow.duplicate_draft(source.id, user.id)
    assert copy.id != source.id and (copy.body, copy.tags, copy.notes) == ("text", ["t"], "n")


def test_tags_are_validated(user) -> None:
    d = workflow.create_draft(user.id, "x")
    assert drafts.set_tags(d.id, ["B", "a", "#a", ""]) == ["a", "b"]
    with pytest.raises(DomainError):
        drafts.set_tags(d.id, ["x" * 101])


def test_word_diff_reconstructs_both_texts() -> None:
    import random

    rng = random.Random(5)
    words = ["a", "b", "cat", " ", "\n", ".", "dog"]
    for _ in range(300):
        old = "".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        new = "".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.5:
            new = old[: rng.randint(0, len(old))] + "X" + old[rng.randint(0, len(old)):]
        ops = revisions.word_diff(old, new)
        assert "".join(t for op, t in ops if op is not revisions.DiffOp.INSERT) == old
        assert "".join(t for op, t in ops if op is not revisions.DiffOp.DELETE) == new


def test_audit_log_is_append_only(user) -> None:
    import peewee as pw

    from desktopapp.store.models import AuditEvent

    workflow.create_draft(user.id, "x")
    with pytest.raises(pw.IntegrityError, match="append-only"):
        AuditEvent.update(reason="rewritten").execute()
    with pytest.raises(pw.IntegrityError, match="append-only"):
        AuditEvent.delete().execute()
    assert AuditEvent.select().count() >= 2
