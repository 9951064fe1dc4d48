"""Downloading LanguageTool, against a local FAKE download server (named as such: the
real one is on the internet): progress, a verified unpack, cancel and failures leaving
nothing behind."""

from __future__ import annotations

import hashlib
import io
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktopapp.checks import lt_download
from desktopapp.checks.lt_download import DownloadCancelled, DownloadFailed, Plan


def fake_languagetool_zip(version: str = "6.8", size: int = 600_000) -> bytes:
    """A stand-in archive shaped like LanguageTool's (a folder with its jars)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(f"LanguageTool-{version}/languagetool-server.jar", b"\x00" * size)
        archive.writestr(f"LanguageTool-{version}/README.md", "fake for tests")
    return buffer.getvalue()


@contextmanager
def fake_download_server(payload: bytes, delay: float = 0.0,
                         status: int = 200) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(payload) if status == 200 else 0))
            self.end_headers()
            if status != 200:
                return
            for i in range(0, len(payload), 64 * 1024):
                try:
                    self.wfile.write(payload[i:i + 64 * 1024])
                except (BrokenPipeError, ConnectionResetError):
                    return
                time.sleep(delay)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/LanguageTool-6.8.zip"
    finally:
        server.shutdown()
        server.server_close()


def test_downloads_verifies_and_unpacks_with_progress(tmp_path: Path) -> None:
    payload = fake_languagetool_zip()
    seen: list[tuple[int, int | None]] = []
    with fake_download_server(payload) as url:
        plan = Plan("6.8", url, hashlib.sha256(payload).hexdigest(), tmp_path / "lt")
        folder = lt_download.download(plan, lambda d, t: seen.append((d, t)),
                                      threading.Event())
    assert folder == tmp_path / "lt" / "LanguageTool-6.8"
    assert (folder / "languagetool-server.jar").stat().st_size == 600_000
    assert seen[0] == (0, len(payload)) and seen[-1] == (len(payload), len(payload))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert sorted(p.name for p in (tmp_path / "lt").iterdir()) == ["LanguageTool-6.8"]


def test_cancel_mid_way_keeps_nothing(tmp_path: Path) -> None:
    payload = fake_languagetool_zip(size=2_000_000)
    cancel = threading.Event()

    def progress(done: int, _total: int | None) -> None:
        if done > 300_000:
            cancel.set()

    with fake_download_server(payload, delay=0.01) as url:
        plan = Plan("6.8", url, hashlib.sha256(payload).hexdigest(), tmp_path / "lt")
        with pytest.raises(DownloadCancelled):
            lt_download.download(plan, progress, cancel)
    assert list((tmp_path / "lt").iterdir()) == []


@pytest.mark.parametrize(("case", "message"), [
    ("checksum", "checksum differs"), ("status", "answered 404"),
    ("not-zip", "not a valid zip"), ("dead", "Could not download"),
])
def test_failures_say_why_and_keep_nothing(tmp_path: Path, case: str, message: str) -> None:
    payload = fake_languagetool_zip() if case != "not-zip" else b"<html>nope</html>"
    sha = hashlib.sha256(payload).hexdigest() if case != "checksum" else "0" * 64
    if case == "dead":
        plan = Plan("6.8", "http://127.0.0.1:9/LanguageTool-6.8.zip", sha, tmp_path / "lt")
        with pytest.raises(DownloadFailed, match=message):
            lt_download.download(plan, lambda *_: None, threading.Event())
        return
    with fake_download_server(payload, status=404 if case == "status" else 200) as url:
        plan = Plan("6.8", url, sha, tmp_path / "lt")
        with pytest.raises(DownloadFailed, match=message):
            lt_download.download(plan, lambda *_: None, threading.Event())
    assert list((tmp_path / "lt").iterdir()) == []


def test_the_plan_is_language_tool_pythons(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    plan = lt_download.plan()
    assert plan.url.endswith(f"LanguageTool-{plan.version}.zip")
    assert len(plan.sha256) == 64 and plan.target == tmp_path
