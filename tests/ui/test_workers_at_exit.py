"""A job still running Python code when the process exits, on the pool of a window that
was closed but never deleted (what every UI test and a quick quit leave behind): it
finishes before Python finalises. Before, Python ended its thread halfway and Qt printed
"Qt Concurrent has caught an exception thrown from a worker thread" after the results."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import time
    from PySide6.QtWidgets import QApplication, QWidget
    from desktopapp.ui.workers import SerialWorker

    app = QApplication([])
    window = QWidget()
    worker = SerialWorker(window)

    def busy():  # Python code, asking for the interpreter lock all along
        start = time.monotonic()
        while time.monotonic() - start < 1.0:
            sum(range(1000))
        print("job finished", flush=True)

    worker.submit(1, busy)
    time.sleep(0.2)
    window.deleteLater()  # never processed: no event loop runs again
    print("exiting", flush=True)
""")


def test_a_running_job_finishes_before_python_finalises(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=60, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["exiting", "job", "finished"]
    assert "Qt Concurrent" not in done.stderr, done.stderr
