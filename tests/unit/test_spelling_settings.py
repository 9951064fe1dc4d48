"""The workspace's spelling language and dictionary and a draft's own language: kept in
the database (they travel with the drafts), set from the CLI as from the window."""

from __future__ import annotations

import json

import pytest

from desktopapp.__main__ import main
from desktopapp.core import audit, workflow, workspace
from desktopapp.core.errors import DomainError


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_language_per_workspace_and_per_draft(store, user) -> None:
    d = workflow.create_draft(user.id, "Hallo")
    assert workspace.language_for(d.id) == "en-US"
    workspace.set_spelling_language("en-gb", user.id)
    assert workspace.language_for(d.id) == "en-GB"
    workspace.set_draft_language(d.id, "de", user.id)
    assert workspace.language_for(d.id) == "de" and workspace.spelling_language() == "en-GB"
    workspace.set_draft_language(d.id, None, user.id)
    assert workspace.language_for(d.id) == "en-GB"
    with pytest.raises(DomainError, match="not a spelling language"):
        workspace.set_draft_language(d.id, "xx", user.id)


def test_add_to_dictionary_is_kept_and_audited(store, user) -> None:
    assert workspace.add_word(" Frobnicator, ", user.id) == "frobnicator"
    assert workspace.personal_words() == {"frobnicator"}
    with pytest.raises(DomainError, match="not a single word"):
        workspace.add_word("two words", user.id)
    workspace.remove_word("frobnicator", user.id)
    assert workspace.personal_words() == frozenset()
    actions = [e.action for e in audit.events("workspace")]
    assert "word added to the dictionary" in actions
    assert "word removed from the dictionary" in actions


def test_cli_sets_the_language_and_the_dictionary_the_check_uses(capsys, tmp_path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Our frobnicator in my favorite color", encoding="utf-8")
    assert run(capsys, "spelling", "language", "en-GB")[0] == 0
    assert run(capsys, "spelling", "language")[1] == "en-GB\tEnglish (UK)\n"
    code, out, _ = run(capsys, "check", str(post), "--format", "json")
    found = {w["code"] for w in json.loads(out)["warnings"]}
    assert {"spelling.offline", "spelling.region"} <= found
    assert run(capsys, "spelling", "add", "frobnicator")[0] == 0
    assert run(capsys, "spelling", "words")[1] == "frobnicator\n"
    code, out, _ = run(capsys, "check", str(post), "--format", "json", "--language", "en-US")
    assert json.loads(out)["warnings"] == []
    code, _, err = run(capsys, "check", str(post), "--language", "klingon")
    assert code == 1 and err.startswith("secondthought: “klingon” is not a spelling language")
    assert err.count("\n") == 1


def test_the_spelling_state_read_at_once_answers_as_each_setting_alone(store, user) -> None:
    """The editor reads the workspace's language and words and the draft's own language in
    one query (workspace.spelling_state): the same answers as one query each."""
    from desktopapp.store.models import Setting

    d = workflow.create_draft(user.id, "Hallo")
    other = workflow.create_draft(user.id, "Hello")

    def alone(draft_id: int | None) -> workspace.SpellingState:
        return workspace.SpellingState(
            workspace.spelling_language(),
            workspace.draft_language(draft_id) if draft_id is not None else None,
            workspace.personal_words())

    def same() -> None:
        for draft_id in (d.id, other.id, None):
            assert workspace.spelling_state(draft_id) == alone(draft_id)

    same()  # nothing set
    workspace.set_spelling_language("en-gb", user.id)
    workspace.set_draft_language(d.id, "de", user.id)
    workspace.add_word("Fediverse", user.id)
    same()
    assert workspace.spelling_state(d.id) == workspace.SpellingState(
        "en-GB", "de", frozenset({"fediverse"}))
    Setting.put("spelling.language", "{not json")  # damaged values count as unset
    Setting.put("spelling.words", json.dumps("not a list"))
    Setting.put(f"spelling.draft.{other.id}", json.dumps("xx-not-a-language"))
    same()
    assert workspace.spelling_state(other.id).draft_language is None
