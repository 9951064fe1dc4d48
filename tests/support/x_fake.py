"""A FAKE X API v2 server (X cannot run here): it answers POST /2/tweets, GET /2/users/me,
GET /2/users/:id/tweets, POST /2/media/upload (multipart, one shot) and POST
/2/media/metadata in the documented shapes, errors as {title, detail, type, status}, and
429 with x-rate-limit-reset. `script` queues forced statuses."""

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
        self.tweets: list[dict[str, Any]] = []
        self.media: dict[str, dict[str, Any]] = {}  # id → {"bytes", "category", "alt"}
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
            raw = self.rfile.read(int(self.headers["Content-Length"]))
            if self._forced():
                return
            if self.path == "/2/media/upload":
                self._upload(raw)
                return
            body = json.loads(raw or b"{}")
            if self.path == "/2/media/metadata":
                found = state.media.get(str(body.get("id")))
                if found is None:
                    self._send(400, {"title": "Invalid Request", "status": 400,
                                     "detail": "unknown media id", "type": "about:blank"})
                    return
                found["alt"] = body["metadata"]["alt_text"]["text"]
                self._send(200, {"data": {"associated_metadata": True}})
                return
            for media_id in body.get("media", {}).get("media_ids", []):
                if media_id not in state.media:
                    self._send(400, {"title": "Invalid Request", "status": 400,
                                     "detail": f"media id {media_id} is unknown",
                                     "type": "about:blank"})
                    return
            tweet = {"id": str(1_800_000_000_000_000_000 + len(state.tweets)),
                     "text": body.get("text", ""),
                     "media_ids": body.get("media", {}).get("media_ids", [])}
            state.tweets.append(tweet)
            self._send(201, {"data": {**tweet, "edit_history_tweet_ids": [tweet["id"]]}})

        def _upload(self, raw: bytes) -> None:
            import email.parser
            import email.policy

            header = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                header + raw)
            fields = {part.get_param("name", header="content-disposition"): part
                      for part in message.iter_parts()}
            if "media" not in fields:
                self._send(400, {"title": "Invalid Request", "status": 400,
                                 "detail": "media is required", "type": "about:blank"})
                return
            media_id = str(1_900_000_000_000_000_000 + len(state.media))
            state.media[media_id] = {
                "bytes": fields["media"].get_payload(decode=True),
                "category": fields["media_category"].get_content().strip()
                if "media_category" in fields else "", "alt": ""}
            self._send(200, {"data": {"id": media_id, "media_key": f"3_{media_id}",
                                      "expires_after_secs": 86400}})

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
