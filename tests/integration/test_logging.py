"""The log after a real publish with a secret: what went where, never the secret, never
the post's text (above DEBUG), even when the network's error reply quotes the post.
A real local webhook server, the channel secret in a real keyring, a real log file."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from desktopapp import log_setup
from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.publish import publisher
from tests.support.keyring_session import secret_service

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=2)
SECRET = "hook-secret-7f3a9c2e"
GOOD = "Our spring sale starts Friday: 20% off everything in the shop"
BAD = "This one the server refuses, quoting it back in the error"


class Hook(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if body["text"] == BAD:  # a validation error that echoes the post, as APIs do
            reply, code = json.dumps({"error": f"rejected: {body['text']}"}), 422
        else:
            reply, code = json.dumps({"id": "remote-1"}), 200
        self.send_response(code)
        self.end_headers()
        self.wfile.write(reply.encode())

    def log_message(self, *_args: object) -> None:
        pass


def _ready(user_id: int, text: str) -> int:
    d = workflow.create_draft(user_id, text)
    channels.set_targets(d.id, ["hook"])
    workflow.schedule(d.id, NOW, user_id, now=NOW)
    workflow.submit(d.id, user_id, now=NOW)
    return d.id


def test_the_log_names_posts_but_never_holds_secrets_or_text(store, user,
                                                             tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    log_file = log_setup.configure(tmp_path / "logs")
    try:
        with secret_service(tmp_path / "keyring"):
            channels.add_channel(Kind.WEBHOOK, "hook", user.id,
                                 url=f"http://127.0.0.1:{server.server_port}/",
                                 secret=SECRET)
            good, bad = _ready(user.id, GOOD), _ready(user.id, BAD)
            report = publisher.run_once(now=LATER)
        assert len(report.sent) == 1 and len(report.failed) == 1
    finally:
        server.shutdown()
    text = log_file.read_text(encoding="utf-8")
    assert f"draft {good} sent to hook" in text
    assert f"draft {bad} on hook failed for good" in text
    assert SECRET not in text
    for words in (GOOD, BAD, "spring sale", "quoting it back"):
        assert words not in text
    # With --verbose (DEBUG) the network's reason is there for a person debugging.
    log_setup.configure(tmp_path / "verbose", verbose=True)
    with secret_service(tmp_path / "keyring2"):
        channels.add_channel(Kind.WEBHOOK, "hook2", user.id, url="http://127.0.0.1:9/",
                             secret=SECRET)
        d = workflow.create_draft(user.id, "Another post")
        channels.set_targets(d.id, ["hook2"])
        workflow.schedule(d.id, NOW, user.id, now=NOW)
        workflow.submit(d.id, user.id, now=NOW)
        publisher.run_once(now=LATER)
    verbose = (tmp_path / "verbose" / log_setup.LOG_FILE).read_text(encoding="utf-8")
    assert "temporary failure: Could not reach the webhook" in verbose
    assert SECRET not in verbose


def test_credentials_in_a_message_are_masked(tmp_path: Path) -> None:
    import logging

    log_file = log_setup.configure(tmp_path)
    logging.getLogger("desktopapp.test").warning("reply was: Authorization: Bearer %s",
                                                 "abcdef123456")
    assert "Bearer [redacted]" in log_file.read_text(encoding="utf-8")
    assert "abcdef123456" not in log_file.read_text(encoding="utf-8")
