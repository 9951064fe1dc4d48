"""The publisher against real parts: an outbox folder and a real local HTTP server for
webhooks, the channel secret in a real keyring, the database file on disk."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from desktopapp.core import channels, drafts, pause, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.states import DraftState
from desktopapp.publish import publisher
from desktopapp.publish.base import Post, Sent
from desktopapp.store.models import Publication, PublishAttempt
from tests.support.keyring_session import secret_service

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=2)  # every cool-off is over by then


def ready_draft(user_id: int, text: str, channel: str) -> int:
    d = workflow.create_draft(user_id, text)
    channels.set_targets(d.id, [channel])
    workflow.schedule(d.id, NOW, user_id, now=NOW)
    workflow.submit(d.id, user_id, now=NOW)
    return d.id


def test_outbox_sends_once_and_records_the_remote_id(store, user, tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "out"))
    draft_id = ready_draft(user.id, "Spring sale starts Friday", "folder")
    early = publisher.run_once(now=NOW + timedelta(minutes=5))  # still cooling off
    assert early.sent == [] and early.held
    report = publisher.run_once(now=LATER)
    assert len(report.sent) == 1
    (written,) = (tmp_path / "out").glob("*.json")
    assert json.loads(written.read_text())["text"] == "Spring sale starts Friday"
    assert drafts.get_draft(draft_id).state is DraftState.PUBLISHED
    assert publisher.run_once(now=LATER).sent == []  # never twice
    pub = Publication.get()
    assert pub.remote_id == written.name and pub.state == "sent"


def test_pause_holds_everything_until_resumed(store, user, tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "out"))
    ready_draft(user.id, "Post during a crisis", "folder")
    pause.pause("Breaking news: hold all posts", user.id)
    report = publisher.run_once(now=LATER)
    assert report.sent == [] and report.held and not list((tmp_path / "out").glob("*.json"))
    assert "paused" in PublishAttempt.select().order_by(PublishAttempt.id.desc()).get().message
    pause.resume(user.id)
    assert len(publisher.run_once(now=LATER).sent) == 1


def test_two_publishers_never_send_the_same_post(store, user, tmp_path: Path) -> None:
    channel = channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "o"))
    for i in range(40):
        ready_draft(user.id, f"post {i}", "folder")
    publisher.plan(LATER)
    sent: list[str] = []
    lock = threading.Lock()

    class Counting:
        def send(self, post: Post) -> Sent:
            with lock:
                sent.append(post.idempotency_key)
            return Sent(post.idempotency_key, "memory://")

        def confirm(self, post: Post) -> Sent | None:
            return None

    def worker(owner: str) -> None:
        store.db.connect(reuse_if_open=True)
        publisher.run_once(owner=owner, now=LATER, adapters={channel.id: Counting()})
        store.db.close()

    threads = [threading.Thread(target=worker, args=(f"p{i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(sent) == 40 and len(set(sent)) == 40


def test_crash_after_sending_is_confirmed_not_resent(store, user, tmp_path: Path) -> None:
    channel = channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "out"))
    ready_draft(user.id, "Sent just before the crash", "folder")
    publisher.plan(LATER)
    pub = Publication.get()
    won, _ = publisher.claim(pub.id, "crashed-process", LATER)
    assert won
    from desktopapp.publish.networks.outbox import OutboxAdapter

    OutboxAdapter(channel).send(Post(pub.draft_id, "Sent just before the crash",
                                     pub.idempotency_key))  # …and then the process died
    after_lease = LATER + publisher.LEASE + timedelta(seconds=1)
    report = publisher.run_once(now=after_lease)
    assert report.sent == [pub.id]
    assert len(list((tmp_path / "out").glob("*.json"))) == 1
    outcomes = [a.outcome for a in PublishAttempt.select().order_by(PublishAttempt.id)]
    assert outcomes == ["confirmed"]


class _Hook(BaseHTTPRequestHandler):
    # Shared by the server's handler instances; reset by the fixture for each test.
    script: ClassVar[list[int]] = []
    received: ClassVar[list[tuple[bytes, dict[str, str]]]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        # Header names are case-insensitive (urllib sends "X-secondthought-signature").
        self.received.append((body, {k.lower(): v for k, v in self.headers.items()}))
        status = self.script.pop(0) if self.script else 200
        payload = json.dumps({"id": "hook-1"} if status == 200 else {"error": "nope"}).encode()
        self.send_response(status)
        if status == 503:
            self.send_header("Retry-After", "7")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def hook_server():
    _Hook.script, _Hook.received = [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


@pytest.mark.sqlite_only  # greps the file's bytes
def test_webhook_signs_retries_and_keeps_the_secret_out_of_the_db(
        store, user, paths, tmp_path: Path, hook_server) -> None:
    secret = "whsec-0123456789-very-secret"
    with secret_service(tmp_path / "home"):
        channels.add_channel(Kind.WEBHOOK, "hook", user.id, url=hook_server, secret=secret)
        draft_id = ready_draft(user.id, "Hello webhook", "hook")
        _Hook.script = [503]
        first = publisher.run_once(now=LATER)
        assert first.retried and not first.sent
        pub = Publication.get()
        assert pub.next_attempt_at == LATER + timedelta(seconds=7)  # Retry-After honoured
        second = publisher.run_once(now=LATER + timedelta(seconds=8))
        assert second.sent == [pub.id]
        body, headers = _Hook.received[-1]
        expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        assert headers["x-secondthought-signature"] == f"sha256={expected}"
        keys = {h["idempotency-key"] for _, h in _Hook.received}
        assert keys == {pub.idempotency_key}  # the retry reused the key
        assert drafts.get_draft(draft_id).state is DraftState.PUBLISHED
    store.db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    for file in paths.db_path.parent.glob("*"):
        assert secret.encode() not in file.read_bytes(), file


def test_permanent_errors_fail_with_the_networks_message(store, user, tmp_path: Path,
                                                         hook_server) -> None:
    with secret_service(tmp_path / "home"):
        channels.add_channel(Kind.WEBHOOK, "hook", user.id, url=hook_server, secret="k")
        draft_id = ready_draft(user.id, "Rejected post", "hook")
        _Hook.script = [422]
        report = publisher.run_once(now=LATER)
        assert len(report.failed) == 1
        assert "HTTP 422" in Publication.get().last_error
        assert drafts.get_draft(draft_id).state is DraftState.FAILED


def test_outbox_writes_a_thread_as_one_file_with_its_parts(store, user,
                                                             tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "out"))
    ready_draft(user.id, "Part one.\n---\nPart two.", "folder")
    publisher.run_once(now=LATER)
    (written,) = (tmp_path / "out").glob("*.json")
    assert json.loads(written.read_text())["parts"] == ["Part one.", "Part two."]


def test_next_due_is_the_later_of_schedule_and_cooloff(store, user, tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "out"))
    assert publisher.next_due_at(NOW) is None
    draft_id = ready_draft(user.id, "Soon", "folder")
    cooloff_end = drafts.require_row(draft_id).cooloff_until
    assert publisher.next_due_at(NOW) == cooloff_end  # scheduled for NOW, held until then
    workflow.schedule(draft_id, cooloff_end + timedelta(hours=1), user.id, now=NOW)
    assert publisher.next_due_at(NOW) == cooloff_end + timedelta(hours=1)


def test_a_refused_key_is_replaced_before_retrying(store, user, tmp_path: Path) -> None:
    """A Bluesky PDS refuses record keys that happen to spell a slur (seen in the crash
    test: one TID in a few hundred). Nothing was written, so a new key is stored and the
    post goes out in the same run, once."""
    from desktopapp.publish.base import KeyRefused

    channel = channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "o"))
    draft_id = ready_draft(user.id, "Refused once", "folder")
    publisher.plan(LATER)
    first_key = Publication.get().idempotency_key
    keys: list[str] = []

    class RefusesFirstKey:
        def send(self, post: Post) -> Sent:
            keys.append(post.idempotency_key)
            if len(keys) == 1:
                raise KeyRefused("Unacceptable slur in record key")
            return Sent(post.idempotency_key, "memory://")

        def confirm(self, post: Post) -> Sent | None:
            return None

    report = publisher.run_once(now=LATER, adapters={channel.id: RefusesFirstKey()})
    pub = Publication.get()
    assert report.sent == [pub.id] and pub.state == "sent"
    assert keys == [first_key, pub.idempotency_key] and pub.idempotency_key != first_key
    outcomes = [a.outcome for a in pub.attempt_log]
    assert outcomes == ["retry", "sent"]
    assert drafts.get_draft(draft_id).state.value == "published"
