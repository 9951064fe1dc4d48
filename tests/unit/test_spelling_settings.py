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
