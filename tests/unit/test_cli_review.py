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


def test_submit_review_and_audit_round_trip(capsys) -> None:
    run(capsys, "drafts", "new", "--body", "Spring sale starts Friday")
    code, out, _ = run(capsys, "people", "add", "Riley", "--role", "reviewer")
    assert code == 0 and "Riley" in out
    code, out, _ = run(capsys, "submit", "1")
    assert code == 0 and "Held until" in out
    code, out, _ = run(capsys, "review", "list", "--json")
    (waiting,) = json.loads(out)["waiting"]
    assert waiting["reviewer"] == "Riley" and waiting["approved"] is False
    code, out, err = run(capsys, "review", "approve", "1", "--as", "root")
    assert code == 1 and "own draft" in err
    code, out, _ = run(capsys, "review", "approve", "1", "--as", "riley")
    assert code == 0 and "approved by Riley" in out
    code, out, _ = run(capsys, "review", "list", "--json")
    assert json.loads(out)["waiting"][0]["approved"] is True
    code, out, _ = run(capsys, "audit", "export", "--format", "csv")
    actions = [row["action"] for row in csv.DictReader(io.StringIO(out))]
    assert actions[-2:] == ["submitted", "approved"]
    code, out, _ = run(capsys, "audit", "export", "--format", "json")
    assert json.loads(out)["events"][-1]["actor"] == "Riley"


def test_request_changes_needs_a_comment_and_unknown_people_fail(capsys) -> None:
    run(capsys, "drafts", "new", "--body", "Text")
    run(capsys, "people", "add", "Riley")
    run(capsys, "submit", "1")
    code, _, err = run(capsys, "review", "request-changes", "1", "--as", "Riley")
    assert code == 1 and "comment is required" in err
    code, _, err = run(capsys, "review", "reject", "1", "--as", "Nobody", "--comment", "x")
    assert code == 1 and "no person called" in err
    code, out, _ = run(capsys, "review", "request-changes", "1", "--as", "Riley",
                       "--comment", "Say which Friday")
    assert code == 0
    code, out, _ = run(capsys, "people", "list", "--json")
    assert {p["display_name"] for p in json.loads(out)["people"]} >= {"Riley"}


def test_review_usage_errors() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["review", "approve", "1"])  # --as is required
    assert exc.value.code == 2
