"""A FAKE X API v2 server (X cannot run here): it answers POST /2/tweets, GET /2/users/me
and GET /2/users/:id/tweets in the documented shapes, errors as {title, detail, type,
status}, and 429 with x-rate-limit-reset. `script` queues forced statuses."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeX:
    def __init__(self) -> None:
        self.tweets: list[dict[str, str]] = []
        self.script: list[int] = []
        self.url = ""


def _handler(state: FakeX) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _forced(self) -> bool:
            if not state.script:
                return False
            status = state.script.pop(0)
            titles = {429: "Too Many Requests", 503: "Service Unavailable",
                      403: "Forbidden"}
            body = {"title": titles.get(status, "Error"), "status": status,
                    "detail": f"{titles.get(status, 'Error')} (fake)",
                    "type": "about:blank"}
            headers = {"x-rate-limit-reset": str(int(time.time()) + 60)} if status == 429 \
                else {}
            self._send(status, body, headers)
            return True

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
            if self._forced():
                return
            tweet = {"id": str(1_800_000_000_000_000_000 + len(state.tweets)),
                     "text": body.get("text", "")}
            state.tweets.append(tweet)
            self._send(201, {"data": {**tweet, "edit_history_tweet_ids": [tweet["id"]]}})

        def do_GET(self) -> None:
            if self.path.startswith("/2/users/me"):
                self._send(200, {"data": {"id": "42", "name": "Robin", "username": "robin"}})
            elif self.path.startswith("/2/users/42/tweets"):
                recent = [{**t, "edit_history_tweet_ids": [t["id"]]}
                          for t in reversed(state.tweets)][:20]
                self._send(200, {"data": recent,
                                 "meta": {"result_count": len(state.tweets)}})
            else:
                self._send(404, {"title": "Not Found", "status": 404, "detail": self.path,
                                 "type": "about:blank"})

    return Handler


@contextmanager
def running_fake_x() -> Iterator[FakeX]:
    state = FakeX()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
