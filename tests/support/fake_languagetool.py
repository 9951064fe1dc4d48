"""A FAKE LanguageTool server for tests: it speaks LanguageTool's documented HTTP API
(POST /v2/check with form fields text, language; GET /v2/languages) on loopback.

It is not LanguageTool (which cannot be downloaded here): it knows three rules, enough
to exercise the client, offsets (counted in UTF-16 code units, as the real server does,
so an emoji before an error shifts them) and failure handling.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

RULES = [
    (re.compile(r"\bteh\b", re.I), "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling",
     "Possible spelling mistake found.", ["the", "ten", "tech"]),
    (re.compile(r"\ba(?= [aeiou])", re.I), "EN_A_VS_AN", "MISC", "grammar",
     "Use “an” instead of “a” if the following word starts with a vowel sound.", ["an"]),
    (re.compile(r"\bcould of\b", re.I), "COULD_OF", "GRAMMAR", "grammar",
     "Did you mean “could have”?", ["could have"]),
]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_response(text: str, language: str) -> dict[str, object]:
    matches = []
    for pattern, rule_id, category, issue_type, message, replacements in RULES:
        for m in pattern.finditer(text):
            offset = _utf16_len(text[:m.start()])
            length = _utf16_len(m.group(0))
            matches.append({
                "message": message, "shortMessage": "",
                "replacements": [{"value": r} for r in replacements],
                "offset": offset, "length": length,
                "context": {"text": text[:80], "offset": offset, "length": length},
                "sentence": text,
                "type": {"typeName": "Other"},
                "rule": {"id": rule_id, "description": message, "issueType": issue_type,
                         "category": {"id": category, "name": category.title()}},
                "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
            })
    matches.sort(key=lambda m: m["offset"])  # type: ignore[arg-type, return-value]
    return {
        "software": {"name": "LanguageTool", "version": "6.6", "buildDate": "2025-03-27",
                     "apiVersion": 1, "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": "English (US)", "code": language,
                     "detectedLanguage": {"name": "English (US)", "code": "en-US",
                                          "confidence": 0.99}},
        "matches": matches,
    }


class _Handler(BaseHTTPRequestHandler):
    requests_seen: list[dict[str, str]]

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._send(200, [{"name": "English (US)", "code": "en", "longCode": "en-US"}])
        elif self.path.startswith("/v2/healthcheck"):
            self._send(200, {"status": "ok"})
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8")).items()}
        self.server.requests_seen.append(form)  # type: ignore[attr-defined]
        if self.path.startswith("/v2/check"):
            self._send(200, check_response(form.get("text", ""), form.get("language", "en-US")))
        else:
            self._send(404, {"error": "not found"})


@contextmanager
def fake_languagetool() -> Iterator[tuple[str, ThreadingHTTPServer]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.requests_seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server
    finally:
        server.shutdown()
        server.server_close()
