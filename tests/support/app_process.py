"""Run the real app in its own process, the way a user starts it."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path


def start_app(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("wb")
    return subprocess.Popen([sys.executable, "-m", "desktopapp"], env=env, stdout=handle,
                            stderr=subprocess.STDOUT)


def stop_app(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
