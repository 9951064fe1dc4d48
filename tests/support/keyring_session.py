"""A real Secret Service for tests: a private D-Bus session with gnome-keyring in it,
started and stopped here (the suite never touches the user's own keyring).

`SecretServiceMachine` keeps one such keyring running so a test can switch between two
"machines" (each with its own keyring) without restarting daemons in between."""

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

# A session bus that cannot start services by itself. The standard session bus would
# start a second gnome-keyring (one that was never given the unlock password) when the test
# asks for a secret a moment before ours has claimed its name; that one then tries to
# prompt, has no prompter, and every later call fails with "Prompt dismissed". Here such
# an early call fails fast instead, and the probe below simply asks again.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _service_on_bus() -> bool:
    import secretstorage

    try:
        connection = secretstorage.dbus_init()
    except Exception:
        return False
    try:
        return bool(secretstorage.check_service_availability(connection))
    finally:
        connection.close()


class SecretServiceMachine:
    def __init__(self, home: Path) -> None:
        for tool in ("dbus-daemon", "gnome-keyring-daemon"):
            if shutil.which(tool) is None:
                pytest.fail(f"{tool} is not installed; `make test` installs it")
        home.mkdir(parents=True, exist_ok=True)
        config = home / "session-bus.conf"
        config.write_text(_BUS_CONFIG)
        self._bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork",
                                      "--print-address=1", "--nopidfile"],
                                     stdout=subprocess.PIPE, text=True)
        assert self._bus.stdout is not None
        self.address = self._bus.stdout.readline().strip()
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.address, HOME=str(home),
                   XDG_DATA_HOME=str(home / ".local/share"), XDG_RUNTIME_DIR=str(home))
        self._daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock",
                                         "--components=secrets"], stdin=subprocess.PIPE,
                                        env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        assert self._daemon.stdin is not None
        self._daemon.stdin.write(b"test-keyring-password")
        self._daemon.stdin.close()
        # --unlock creates the "login" keyring in the background; asking for a secret
        # before it exists makes libsecret try to prompt (and fail) instead.
        login = home / ".local/share/keyrings/login.keyring"
        deadline = time.monotonic() + 60  # generous: a loaded machine starts it slowly
        while not login.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.address
        while not _service_on_bus():  # our daemon has claimed org.freedesktop.secrets
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("gnome-keyring did not come up on the test's bus")
            time.sleep(0.05)
        self.activate()
        while True:  # wait until the keyring answers (its login collection exists)
            try:
                keyring.set_password("secondthought-probe", "probe", "ok")
                break
            except Exception:
                if time.monotonic() > deadline:
                    self.stop()
                    raise
                time.sleep(0.1)

    def activate(self) -> None:
        """Make this machine's keyring the one the process talks to."""
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.address
        keyring.core.set_keyring(keyring.core.load_keyring(
            "keyring.backends.SecretService.Keyring"))

    def stop(self) -> None:
        for proc in (self._daemon, self._bus):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextmanager
def secret_service(home: Path) -> Iterator[SecretServiceMachine]:
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    machine = SecretServiceMachine(home)
    try:
        yield machine
    finally:
        machine.stop()
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
        keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
