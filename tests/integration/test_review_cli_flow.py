"""The issue's walk-through with real processes: an author and a client, each with their
own data and config folders, exchanging a packet and a signed response by file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from desktopapp.core import drafts, people, review
from desktopapp.store.connection import open_store
from tests.support.keyring_session import secret_service


def cli(home: Path, login: str, *args: str, stdin: str | None = None,
        ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SECONDTHOUGHT_DATA_DIR=str(home / "data"),
               SECONDTHOUGHT_CONFIG_DIR=str(home / "config"), LOGNAME=login, USER=login)
    done = subprocess.run([sys.executable, "-m", "desktopapp", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


def test_author_and_client_round_trip_by_cli(tmp_path: Path) -> None:
    author, client = tmp_path / "author", tmp_path / "client"
    with secret_service(tmp_path / "keyring"):
        # The client shares their public key once (and reads the fingerprint out loud).
        cli(client, "casey", "drafts", "list")  # first run creates the local user
        key_file = tmp_path / "casey.key"
        shown = cli(client, "casey", "people", "export-key", "casey", "--to", str(key_file))
        fingerprint = json.loads(key_file.read_text())["fingerprint"]
        assert fingerprint in shown.stdout
        trusted = cli(author, "robin", "people", "import-key", str(key_file))
        assert fingerprint in trusted.stdout

        ids = []
        for text in ("Spring collection lands Friday!", "Behind the scenes at the studio",
                     "Our rival's product is trash"):
            made = cli(author, "robin", "drafts", "new", "--body", text, "--format", "json")
            ids.append(json.loads(made.stdout)["id"])
            submitted = cli(author, "robin", "submit", str(ids[-1]))
            assert "Held until" in submitted.stdout  # the countdown's reason
        waiting = json.loads(cli(author, "robin", "review", "list", "--json").stdout)
        assert [w["reviewer"] for w in waiting["waiting"]] == ["casey"] * 3
        packet = tmp_path / "batch.stpacket"
        cli(author, "robin", "review", "export", "--to", str(packet), *map(str, ids))

        response = tmp_path / "answer.stresponse"
        cli(client, "casey", "review", "respond", str(packet), "--to", str(response),
            "--as", "casey", "--approve", str(ids[0]), "--approve", str(ids[1]),
            "--request-changes", str(ids[2]), "--comment", "Leave the rival out of it")

        # A hand-edited packet is refused and changes nothing.
        before = cli(author, "robin", "drafts", "list", "--format", "json").stdout
        forged = tmp_path / "forged.stresponse"
        with zipfile.ZipFile(response) as src, zipfile.ZipFile(forged, "w") as dst:
            body = json.loads(src.read("response.json"))
            body["decisions"][-1]["decision"] = "approved"
            dst.writestr("response.json", json.dumps(body))
            dst.writestr("signature.txt", src.read("signature.txt"))
        refused = cli(author, "robin", "review", "import", str(forged), ok=False)
        assert refused.returncode == 1 and "signature does not match" in refused.stderr
        assert cli(author, "robin", "drafts", "list", "--format", "json").stdout == before

        imported = cli(author, "robin", "review", "import", str(response))
        assert imported.stdout.count("approved by casey") == 2
        waiting = json.loads(cli(author, "robin", "review", "list", "--json").stdout)
        assert [w["approved"] for w in waiting["waiting"]] == [True, True]
        third = json.loads(cli(author, "robin", "drafts", "show", str(ids[2]), "--format",
                               "json").stdout)
        assert third["state"] == "draft"
        audit = cli(author, "robin", "audit", "export", "--format", "json").stdout
        assert "Leave the rival out of it" in audit and "response rejected" in audit

    # Editing an approved draft (as the editor does) voids its approval.
    store = open_store(author / "data" / "secondthought.db")
    try:
        robin = people.local_user()
        assert robin is not None and review.approval_state(ids[0]).valid
        drafts.save_body(ids[0], "Spring collection lands Saturday!", robin.id)
        assert not review.approval_state(ids[0]).valid
    finally:
        store.close()
