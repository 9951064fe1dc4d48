from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.keyring_session import secret_service


def cli(home: Path, *args: str, stdin: str = "", ok: bool = True):
    env = dict(os.environ, SECONDTHOUGHT_DATA_DIR=str(home / "data"),
               SECONDTHOUGHT_CONFIG_DIR=str(home / "config"), LOGNAME="robin", USER="robin")
    done = subprocess.run([sys.executable, "-m", "desktopapp", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


def test_outbox_channel_pause_and_publish_by_cli(tmp_path: Path) -> None:
    home, outbox = tmp_path / "me", tmp_path / "outbox"
    cli(home, "channels", "add", "--kind", "outbox", "--name", "folder", "--path", str(outbox))
    listed = json.loads(cli(home, "channels", "list", "--json").stdout)["channels"]
    assert [c["name"] for c in listed] == ["folder"]
    made = json.loads(cli(home, "drafts", "new", "--body", "Hello outbox", "--format",
                          "json").stdout)
    cli(home, "target", str(made["id"]), "folder")
    past = cli(home, "schedule", str(made["id"]), "--at", "2020-01-01T09:00", "--tz",
               "Europe/Berlin", ok=False)
    assert past.returncode == 1 and "That time has passed" in past.stderr
    bad = cli(home, "schedule", str(made["id"]), "--at", "next tuesday", ok=False)
    assert bad.returncode == 1 and "not a date" in bad.stderr
    soon = (datetime.now(UTC) + timedelta(seconds=3)).isoformat(timespec="seconds")
    said = cli(home, "schedule", str(made["id"]), "--at", soon).stdout
    assert "is scheduled for" in said
    cli(home, "submit", str(made["id"]))
    time.sleep(3)  # due now (and still cooling off)
    cli(home, "pause", "--reason", "Breaking news")
    held = cli(home, "publish-due")
    assert "Sent" not in held.stdout and not list(outbox.glob("*.json"))
    wrong = cli(home, "resume", "--hold", "999", ok=False)
    assert "Not due while paused: 999" in wrong.stderr  # and still paused
    resumed = cli(home, "resume").stdout
    assert f"draft {made['id']} (folder)" in resumed and "once cool-off" in resumed
    # The 30-minute cool-off is still running: nothing goes out yet.
    assert not list(outbox.glob("*.json"))
    log = json.loads(cli(home, "publish", "log", "--json").stdout)["attempts"]
    assert {a["outcome"] for a in log} == {"held"}


def test_secret_comes_from_stdin_never_argv(tmp_path: Path) -> None:
    home = tmp_path / "me"
    with secret_service(tmp_path / "keyring"):
        cli(home, "channels", "add", "--kind", "webhook", "--name", "hook", "--url",
            "http://127.0.0.1:9/hook", stdin="super-secret-token\n")
        tested = cli(home, "channels", "test", "hook")
        assert "signing key is in the keyring" in tested.stdout
        exported = cli(home, "drafts", "export", "--format", "json").stdout
        audit = cli(home, "audit", "export", "--format", "json").stdout
        assert "super-secret-token" not in exported + audit
    for file in (home / "data").glob("*"):
        assert b"super-secret-token" not in file.read_bytes()
    without = cli(home, "channels", "add", "--kind", "webhook", "--name", "hook2", "--url",
                  "http://127.0.0.1:9/x", stdin="t\n", ok=False)
    assert without.returncode == 1 and "no secure keyring" in without.stderr
