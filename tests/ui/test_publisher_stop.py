"""Closing the window while the background publisher is sending: stop() returns within
the GUI's 100 ms budget, the post being sent is finished and recorded, and the run stops
before the next one (a real local webhook server that takes 0.4 s per post)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.states import PublicationState
from desktopapp.store.models import Publication
from desktopapp.ui.publishing import BackgroundPublisher
from tests.support.keyring_session import secret_service

PAST = datetime.now(UTC) - timedelta(days=2)  # cool-offs long over, times long due


class SlowHook(BaseHTTPRequestHandler):
    received: ClassVar[list[float]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        SlowHook.received.append(time.monotonic())
        time.sleep(0.4)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'{"id": "ok"}')

    def log_message(self, *_args: object) -> None:
        pass


def test_stop_returns_at_once_and_cancels_between_posts(qtbot, app_ctx, user,
                                                        tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    SlowHook.received.clear()
    try:
        with secret_service(tmp_path / "keyring"):
            channels.add_channel(Kind.WEBHOOK, "hook", user.id,
                                 url=f"http://127.0.0.1:{server.server_port}/", secret="k3y")
            for n in range(4):
                d = workflow.create_draft(user.id, f"Post {n}")
                channels.set_targets(d.id, ["hook"])
                workflow.schedule(d.id, PAST + timedelta(minutes=n), user.id,
                                  now=PAST - timedelta(hours=1))
                workflow.submit(d.id, user.id, now=PAST - timedelta(hours=1))
            background = BackgroundPublisher(app_ctx)
            background.run_now()
            qtbot.waitUntil(lambda: len(SlowHook.received) == 1, timeout=10_000)
            started = time.perf_counter()
            background.stop()
            stopped_in = time.perf_counter() - started
            assert background.drain(10_000)
    finally:
        server.shutdown()
    assert stopped_in < 0.1, f"stop() blocked the GUI for {stopped_in * 1000:.0f} ms"
    states = [p.state for p in Publication.select().order_by(Publication.id)]
    assert len(SlowHook.received) == 1  # nothing after the post in flight
    assert states.count(PublicationState.SENT) == 1  # and that one is recorded as sent
    assert PublicationState.CLAIMED not in states  # nothing left half-done
    background.run_now()  # a stopped publisher stays stopped
    assert not background.running and len(SlowHook.received) == 1
