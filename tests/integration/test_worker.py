"""`secondthought worker`: the headless publisher, as a real process, on both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.store.connection import Store
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, Publication, PublishAttempt, WorkerHeartbeat


def worker(*args: str, env: dict[str, str] | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktopapp", "worker", *args],
                          env=env or dict(os.environ), capture_output=True, text=True,
                          timeout=timeout, check=False)


def workspace(store: Store) -> str:
    return store.url or f"sqlite:///{store.path}"


def due_drafts(user_id: int, channel: str, count: int) -> list[int]:
    past = utcnow() - timedelta(days=2)
    ended = past + timedelta(days=1)  # after the cool-off, still in the past
    made = []
    for i in range(count):
        d = workflow.create_draft(user_id, f"Worker post {i}")
        channels.set_targets(d.id, [channel])
        workflow.submit(d.id, user_id, now=past)
        workflow.schedule(d.id, ended, user_id, now=ended)
        made.append(d.id)
    return made


def test_once_sends_what_is_due_and_leaves_a_heartbeat(store, user, tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(outbox))
    made = due_drafts(user.id, "folder", 3)
    done = worker("--workspace", workspace(store), "--once")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    for draft_id in made:
        assert f"Sent draft {draft_id} to folder: file://" in done.stdout
    files = sorted(outbox.glob("*.json"))
    assert len(files) == 3
    assert sorted(json.loads(f.read_text())["draft_id"] for f in files) == made
    assert Publication.select().where(Publication.state == "sent").count() == 3
    beat = WorkerHeartbeat.get()
    assert beat.sent == 3 and beat.stopped_at is not None and beat.pid > 0
    assert beat.seen_at >= beat.started_at
    # A second pass finds nothing left: nothing is sent twice.
    again = worker("--workspace", workspace(store), "--once")
    assert again.returncode == 0 and again.stdout == ""
    assert len(list(outbox.glob("*.json"))) == 3
    assert PublishAttempt.select().where(PublishAttempt.outcome == "sent").count() == 3


def test_a_channel_secret_comes_from_a_systemd_credential_file(store, user,
                                                               tmp_path: Path) -> None:
    """A server without any keyring: the webhook's key comes from $CREDENTIALS_DIRECTORY
    (what systemd's LoadCredential= fills); the worker reaches the hook with it."""
    import hashlib
    import hmac
    import http.server
    import threading

    got: list[bool] = []

    class Hook(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            expected = hmac.new(b"hook-key-from-systemd", body, hashlib.sha256).hexdigest()
            got.append(self.headers["X-SecondThought-Signature"] == f"sha256={expected}")
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'{"id": "1", "url": "http://127.0.0.1/1"}')

        def log_message(self, *_args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        # The channel row as an admin made it; its secret is nowhere on this machine
        # except in the credential file.
        from desktopapp.store.models import Channel

        Channel.create(kind="webhook", name="team hook", url=f"http://127.0.0.1:"
                       f"{server.server_port}/hook", created_at=utcnow())
        due_drafts(user.id, "team hook", 1)
        creds = tmp_path / "credentials"
        creds.mkdir()
        (creds / "channel-team_hook").write_text("hook-key-from-systemd\n")
        env = dict(os.environ, CREDENTIALS_DIRECTORY=str(creds),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        done = worker("--workspace", workspace(store), "--once", env=env)
    finally:
        server.shutdown()
    assert done.returncode == 0, done.stderr
    assert "Sent draft" in done.stdout
    assert got == [True]  # signed with the key from the credential file


def test_bad_workspace_or_dead_server_is_one_line(tmp_path: Path) -> None:
    cases = {
        "postgresql://worker@127.0.0.1:1/brand": "cannot be reached",
        "postgresql://worker@127.0.0.1/": "names no database",
        "postgresql://worker@127.0.0.1:port/brand": "port that is not a number",
        f"sqlite:///{tmp_path}/not-a-db": None,
    }
    (tmp_path / "not-a-db").write_text("hello, I am text")
    for url, words in cases.items():
        done = worker("--workspace", url, "--once", timeout=60)
        assert done.returncode == 1, (url, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("secondthought: "), done.stderr
        assert "Traceback" not in done.stderr
        if words:
            assert words in lines[0]


def test_a_timeout_is_looked_for_before_any_second_send(store, user, tmp_path: Path) -> None:
    """The network took the post but the answer timed out: the next run finds it there
    ("confirmed") instead of sending it again."""
    from desktopapp.publish import publisher
    from desktopapp.publish.base import Post, Sent, TransientError

    channel = channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "o"))
    due_drafts(user.id, "folder", 1)
    network: dict[str, str] = {}

    class SlowAnswer:
        whole_thread = True
        sends = 0

        def send(self, post: Post) -> Sent:
            self.sends += 1
            network[post.idempotency_key] = post.text
            if self.sends == 1:
                raise TransientError("The read operation timed out")
            return Sent(post.idempotency_key, "memory://")

        def confirm(self, post: Post) -> Sent | None:
            found = post.idempotency_key in network
            return Sent(post.idempotency_key, "memory://") if found else None

    adapter = SlowAnswer()
    first = publisher.run_once(adapters={channel.id: adapter})
    assert first.retried and not first.sent
    Publication.update(next_attempt_at=utcnow()).execute()  # its retry is due now
    second = publisher.run_once(adapters={channel.id: adapter})
    assert second.sent and adapter.sends == 1 and len(network) == 1
    outcomes = [a.outcome for a in PublishAttempt.select().order_by(PublishAttempt.id)]
    assert outcomes == ["retry", "confirmed"]


def test_once_as_the_team_worker_login(pg_cluster, paths, tmp_path: Path) -> None:
    """On a real team workspace (`team init`: roles, forced row-level security) the worker
    logs in as its own role with the password from a credential file, sends, and leaves
    its heartbeat, which a member can read."""
    from desktopapp.store import team_members
    from desktopapp.store.connection import open_postgres_store
    from tests.support.team import drop_team, make_team

    team = make_team(pg_cluster, "wk")
    login = f"worker_{team.database}"
    try:
        writer = team.invite("Robin Writer", "author")
        with team.superuser() as db:
            password = team_members.add_worker(db, login).password
        store = open_postgres_store(team.admin_url, run_migrations=False)
        outbox = tmp_path / "outbox"
        channels.add_channel(Kind.OUTBOX, "folder", None, path=str(outbox))
        made = due_drafts(writer.person_id, "folder", 2)
        creds = tmp_path / "credentials"
        creds.mkdir()
        (creds / "workspace-password").write_text(password + "\n")
        env = dict(os.environ, CREDENTIALS_DIRECTORY=str(creds),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        done = worker("--workspace", pg_cluster.url(team.database, user=login), "--once",
                      env=env)
        assert done.returncode == 0, done.stderr
        assert sorted(json.loads(f.read_text())["draft_id"]
                      for f in outbox.glob("*.json")) == made
        assert Publication.select().where(Publication.state == "sent").count() == 2
        with team.sql("Robin Writer") as member:
            (sent,) = member.execute("SELECT sent FROM worker_heartbeat").fetchone()
        assert sent == 2
        store.close()
    finally:
        drop_team(team)
        pg_cluster.psql(f'DROP ROLE IF EXISTS "{login}"')


@pytest.mark.sqlite_only  # the loop's pacing is the same on both engines
def test_a_held_due_post_is_looked_at_again_later_not_in_a_loop(store, user,
                                                                 tmp_path: Path) -> None:
    """A due post a gate holds (here its cool-off, forged short: the worker works out the
    real one) is tried again after a while, not five times a second: each try claims it,
    reads its images and writes a "held" line in the publish log."""
    from desktopapp.publish.worker import Worker

    channels.add_channel(Kind.OUTBOX, "box", user.id, path=str(tmp_path / "out"))
    d = workflow.create_draft(user.id, "Held back by its real cool-off")
    channels.set_targets(d.id, ["box"])
    workflow.submit(d.id, user.id)
    past = utcnow() - timedelta(hours=1)
    Draft.update(cooloff_until=past, scheduled_at=past, schedule_zone="UTC").where(
        Draft.id == d.id).execute()
    problems: list[object] = []
    worker = Worker(media_dir=tmp_path / "media")
    assert worker.stop is not None
    thread = threading.Thread(target=worker.serve, args=(problems.append, problems.append))
    thread.start()
    time.sleep(2.5)
    worker.stop.set()
    thread.join(30)
    assert not thread.is_alive() and problems == []
    assert not (tmp_path / "out").exists()
    held = PublishAttempt.select().where(PublishAttempt.outcome == "held").count()
    assert held == 1, f"{held} tries in 2.5 s"
