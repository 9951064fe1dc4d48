"""A real Secret Service for tests: a private D-Bus session with gnome-keyring in it,
started and stopped here (the suite never touches the user's own keyring)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import keyring.core
import pytest


@contextmanager
def secret_service(home: Path) -> Iterator[None]:
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed; `make test` installs it")
    home.mkdir(parents=True, exist_ok=True)
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                            "--nopidfile"], stdout=subprocess.PIPE, text=True)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, HOME=str(home),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_RUNTIME_DIR=str(home))
    daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock",
                               "--components=secrets"], stdin=subprocess.PIPE, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert daemon.stdin is not None
    daemon.stdin.write(b"test-keyring-password")
    daemon.stdin.close()
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        deadline = time.monotonic() + 15
        while True:
            keyring.core.set_keyring(keyring.core.load_keyring(
                "keyring.backends.SecretService.Keyring"))
            try:
                keyring.set_password("secondthought-probe", "probe", "ok")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield
    finally:
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
        keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
        for proc in (daemon, bus):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
