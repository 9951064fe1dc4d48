"""`drafts edit` (from --body, from $EDITOR in a terminal, or a clear message), `drafts
trash|restore`, and `drafts show` with channels, per-channel texts, the schedule in every
zone that differs, the state and the approval."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from desktopapp.__main__ import main
from desktopapp.core import channels, display_zone, people, workflow, zones
from desktopapp.core.channels import Kind
from tests.support.reviewers import PW

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_edit_with_a_body_then_trash_and_restore(capsys, store, user) -> None:
    d = workflow.create_draft(user.id, "First words")
    code, out, _ = run(capsys, "drafts", "edit", str(d.id), "--body", "Better words")
    assert code == 0 and f"Draft {d.id} saved as revision #" in out
    code, out, _ = run(capsys, "drafts", "show", str(d.id), "--format", "json")
    assert json.loads(out)["body"] == "Better words"
    code, out, _ = run(capsys, "drafts", "edit", str(d.id), "--body", "Better words")
    assert code == 0 and "no change" in out
    code, out, _ = run(capsys, "drafts", "trash", str(d.id), "--reason", "duplicate")
    assert code == 0 and "Trash" in out
    code, _, err = run(capsys, "drafts", "edit", str(d.id), "--body", "x")
    assert code == 1 and "restore it first" in err
    code, _, err = run(capsys, "drafts", "trash", str(d.id))
    assert code == 1 and "already in the Trash" in err
    code, out, _ = run(capsys, "drafts", "restore", str(d.id))
    assert code == 0 and "is back (draft)" in out
    code, _, err = run(capsys, "drafts", "restore", str(d.id))
    assert code == 1 and "not in the Trash" in err
    code, _, err = run(capsys, "drafts", "edit", "999", "--body", "x")
    assert code == 1 and err.count("\n") == 1  # one line, no traceback


def test_edit_without_a_body_and_no_terminal_says_what_to_do(capsys, store, user) -> None:
    d = workflow.create_draft(user.id, "Words")
    code, out, err = run(capsys, "drafts", "edit", str(d.id))  # pytest's stdin is no tty
    assert code == 2 and out == ""
    assert "--body" in err and "terminal" in err and err.count("\n") == 1


def test_editing_a_submitted_draft_says_the_cool_off_restarts(capsys, store, user) -> None:
    d = workflow.create_draft(user.id, "Going out soon")
    workflow.submit(d.id, user.id)
    code, out, _ = run(capsys, "drafts", "edit", str(d.id), "--body", "Going out later")
    assert code == 0 and "cool-off starts again" in out


def _in_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run the CLI with a pseudo-terminal as its standard input, as a person would."""
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "desktopapp", *args], stdin=follower,
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
                              check=False)
    finally:
        os.close(follower)
        os.close(leader)
    return done.returncode, done.stdout + done.stderr


def test_edit_opens_the_editor_when_stdin_is_a_terminal(store, user, tmp_path: Path) -> None:
    d = workflow.create_draft(user.id, "See you we said")
    editor = tmp_path / "editor.sh"
    # A real editor run: it rewrites the file it is given (and adds a final newline, as
    # editors do).
    editor.write_text("#!/bin/sh\nsed -i 's/we said/on Tuesday/' \"$1\"\necho >> \"$1\"\n")
    editor.chmod(0o755)
    env = dict(os.environ, EDITOR=str(editor), VISUAL="")
    code, output = _in_a_terminal(["drafts", "edit", str(d.id)], env)
    assert code == 0, output
    code, output = _in_a_terminal(["drafts", "show", str(d.id), "--format", "json"], env)
    assert json.loads(output[output.index("{"):])["body"] == "See you on Tuesday"
    failing = tmp_path / "fail.sh"
    failing.write_text("#!/bin/sh\nexit 3\n")
    failing.chmod(0o755)
    code, output = _in_a_terminal(["drafts", "edit", str(d.id)],
                                  dict(env, EDITOR=str(failing)))
    assert code == 1 and "status 3" in output and "not changed" in output
    code, output = _in_a_terminal(["drafts", "edit", str(d.id)], dict(env, EDITOR=""))
    assert code == 2 and "$EDITOR" in output


def test_show_says_where_when_and_whether_approved(capsys, store, user,
                                                    tmp_path: Path) -> None:
    display_zone.set_display_zone("America/New_York")
    for name, zone in (("shop", "Europe/Berlin"), ("news", "Europe/London")):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name),
                             timezone=zone)
    d = workflow.create_draft(user.id, "Spring menu tasting on Monday")
    channels.set_targets(d.id, ["shop", "news"])
    channels.set_channel_text(d.id, "news", "Tasting Monday (short)", user.id)
    day = (datetime.now(UTC) + timedelta(days=10)).date()
    when = zones.to_utc(day, time(9), zones.zone_info("Europe/Berlin"))
    workflow.schedule(d.id, when, user.id, zone="Europe/Berlin")
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    workflow.submit(d.id, user.id, riley.id)
    workflow.approve(d.id, riley.id, passphrase=PW)
    code, out, _ = run(capsys, "drafts", "show", str(d.id))
    assert code == 0
    assert "Channels: news (outbox, Europe/London, own text), shop (outbox, Europe/Berlin)" \
        in out
    assert "09:00 Europe/Berlin" in out and "08:00 Europe/London" in out
    assert "America/New_York" in out  # the display zone, where it differs
    assert "Approval: Approved by Riley" in out and "· submitted ·" in out
    assert "--- Text for news ---\nTasting Monday (short)" in out
    code, out, _ = run(capsys, "drafts", "show", str(d.id), "--format", "json")
    shown = json.loads(out)
    assert [(c["name"], c["text"]) for c in shown["channels"]] == [
        ("news", "Tasting Monday (short)"), ("shop", None)]
    assert shown["schedule"]["zone"] == "Europe/Berlin"
    assert datetime.fromisoformat(shown["schedule"]["at"]) == when
    assert {t["zone"] for t in shown["schedule"]["local"]} == {
        "Europe/Berlin", "Europe/London", "America/New_York"}
    assert shown["approval"]["approved"] is True and shown["state"] == "submitted"
    assert shown["cooloff_until"] is not None
