"""The `mastodon-mock` EMULATOR of the Mastodon API (not Mastodon itself: no real Mastodon
server can be installed here), run on loopback from its own virtualenv (its pinned
dependencies clash with ours). `packaging/scripts/mastodon-mock-deps.sh` installs it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

VENV = Path(os.environ.get("SECONDTHOUGHT_MASTODON_MOCK_VENV",
                           Path.home() / ".cache" / "secondthought-test" / "mastodon-mock"))
TOKEN = "mock_token"


@dataclass(frozen=True)
class Emulator:
    url: str

    def fault(self, rule: dict[str, object]) -> None:
        request = urllib.request.Request(f"{self.url}/api/v1/_mock/faults", method="POST",
                                         data=json.dumps(rule).encode(),
                                         headers={"Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=10).read()

    def statuses(self) -> list[dict[str, object]]:
        request = urllib.request.Request(
            f"{self.url}/api/v1/accounts/verify_credentials",
            headers={"Authorization": f"Bearer {TOKEN}"})
        me = json.loads(urllib.request.urlopen(request, timeout=10).read())
        request = urllib.request.Request(
            f"{self.url}/api/v1/accounts/{me['id']}/statuses?limit=40",
            headers={"Authorization": f"Bearer {TOKEN}"})
        return list(json.loads(urllib.request.urlopen(request, timeout=10).read()))


@contextmanager
def running_emulator() -> Iterator[Emulator]:
    binary = VENV / "bin" / "mastodon_mock"
    if not binary.exists():
        pytest.fail("mastodon-mock is not installed; `make test` installs it "
                    "(packaging/scripts/mastodon-mock-deps.sh)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([str(binary), "serve", "--in-memory", "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/v1/instance", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("mastodon-mock did not start") from None
                time.sleep(0.2)
        yield Emulator(url)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
