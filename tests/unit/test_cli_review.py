from __future__ import annotations

import csv
import io
import json

import pytest

from desktopapp.__main__ import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def phrase(tmp_path) -> str:
    """Riley's passphrase, in a file (the CLI asks in a terminal, or reads it from one)."""
    path = tmp_path / "riley.pass"
    path.write_text("riley's long passphrase\n", encoding="utf-8")
    return str(path)


def test_submit_review_and_audit_round_trip(capsys, phrase: str) -> None:
    run(capsys, "drafts", "new", "--body", "Spring sale starts Friday")
    code, out, _ = run(capsys, "people", "add", "Riley", "--role", "reviewer",
                       "--passphrase-file", phrase)
    assert code == 0 and "Riley" in out
    code, out, _ = run(capsys, "submit", "1")
    assert code == 0 and "Held until" in out
    code, out, _ = run(capsys, "review", "list", "--json")
    (waiting,) = json.loads(out)["waiting"]
    assert waiting["reviewer"] == "Riley" and waiting["approved"] is False
    code, out, err = run(capsys, "review", "approve", "1", "--as", "root")
    assert code == 1 and "own draft" in err
    code, out, _ = run(capsys, "review", "approve", "1", "--as", "riley",
                       "--passphrase-file", phrase)
    assert code == 0 and "approved by Riley" in out
    code, out, _ = run(capsys, "review", "list", "--json")
    assert json.loads(out)["waiting"][0]["approved"] is True
    code, out, _ = run(capsys, "audit", "export", "--format", "csv")
    actions = [row["action"] for row in csv.DictReader(io.StringIO(out))]
    assert actions[-2:] == ["submitted", "approved"]
    code, out, _ = run(capsys, "audit", "export", "--format", "json")
    last = json.loads(out)["events"][-1]
    assert last["actor"] == "Riley" and last["at_keyboard"] == "root"


def test_request_changes_needs_a_comment_and_unknown_people_fail(capsys, phrase: str) -> None:
    run(capsys, "drafts", "new", "--body", "Text")
    run(capsys, "people", "add", "Riley", "--passphrase-file", phrase)
    run(capsys, "submit", "1")
    code, _, err = run(capsys, "review", "request-changes", "1", "--as", "Riley",
                       "--passphrase-file", phrase)
    assert code == 1 and "comment is required" in err
    code, _, err = run(capsys, "review", "reject", "1", "--as", "Nobody", "--comment", "x")
    assert code == 1 and "no person called" in err
    code, out, _ = run(capsys, "review", "request-changes", "1", "--as", "Riley",
                       "--comment", "Say which Friday", "--passphrase-file", phrase)
    assert code == 0
    code, out, _ = run(capsys, "people", "list", "--json")
    assert {p["display_name"] for p in json.loads(out)["people"]} >= {"Riley"}


def test_review_usage_errors() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["review", "approve", "1"])  # --as is required
    assert exc.value.code == 2


def test_the_sock_puppet_leaves_a_trace_and_needs_proof(capsys, phrase: str,
                                                        tmp_path) -> None:
    """Issue 15: `people add "Sock Puppet" --role reviewer` then `review approve --as`."""
    bank = ("Heard the bank is about to collapse, pull your money out NOW!!! Those idiots "
            "in charge should be jailed")
    run(capsys, "drafts", "new", "--body", bank)
    code, _, err = run(capsys, "people", "add", "Sock Puppet", "--role", "reviewer")
    assert code == 1 and "passphrase is needed" in err  # no terminal here, no file given
    run(capsys, "people", "add", "Sock Puppet", "--role", "reviewer",
        "--passphrase-file", phrase)
    run(capsys, "submit", "1")
    code, _, err = run(capsys, "review", "approve", "1", "--as", "sock puppet")
    assert code == 1 and "passphrase is needed" in err and "Traceback" not in err
    wrong = tmp_path / "wrong.pass"
    wrong.write_text("a guess, wrong\n", encoding="utf-8")
    code, _, err = run(capsys, "review", "approve", "1", "--as", "sock puppet",
                       "--passphrase-file", str(wrong))
    assert code == 1 and "not Sock Puppet's passphrase" in err
    code, _, err = run(capsys, "review", "approve", "1", "--as", "sock puppet",
                       "--passphrase-file", phrase)
    assert code == 1 and "danger warning" in err  # listed, each with its key
    keys = [k.split("]")[0] for k in err.split("[")[1:]]
    assert keys and all(":" in k for k in keys)
    ack = [arg for key in keys for arg in ("--acknowledge", key)]
    code, out, err = run(capsys, "review", "approve", "1", "--as", "sock puppet",
                         "--passphrase-file", phrase, *ack)
    assert code == 0, err
    code, out, _ = run(capsys, "audit", "export", "--format", "json")
    events = json.loads(out)["events"]
    added = next(e for e in events if e["action"] == "person added"
                 and "reviewer" in e["reason"])
    assert added["actor"] == "root"  # who made the puppet a reviewer
    wrong_guess = next(e for e in events if e["action"] == "wrong passphrase")
    assert wrong_guess["at_keyboard"] == "root"
    approved = events[-1]
    assert approved["action"] == "approved" and approved["actor"] == "Sock Puppet"
    assert approved["at_keyboard"] == "root" and "read the danger warnings" in approved["reason"]
