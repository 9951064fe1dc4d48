"""A real X server (Xvfb) for tests that need a real window, started and stopped here."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

GRABBER = Path(__file__).with_name("grab_screen.py")


@dataclass
class XServer:
    display: str

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env["DISPLAY"] = self.display
        env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                              text=True, timeout=timeout, check=True)
        return done.stdout.strip()

    def wait_for_window(self, title: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                                  env=self.env(), capture_output=True, text=True, check=False)
            ids = done.stdout.split()
            if ids:
                return ids[-1]
            time.sleep(0.1)
        raise TimeoutError(f"no visible window named {title!r} within {timeout} s")

    def screenshot(self, target: Path) -> None:
        subprocess.run([sys.executable, str(GRABBER), str(target)], env=self.env(),
                       check=True, timeout=60)


@contextmanager
def running_xvfb(size: str = "1280x800x24") -> Iterator[XServer]:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed; `make test` installs it (package xvfb)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not report a display number")
        yield XServer(f":{number}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
