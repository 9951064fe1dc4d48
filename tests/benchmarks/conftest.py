"""Benchmarks are not timed tests: they print numbers measured side by side in one run.
Run them with `make bench`; results are recorded in docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import statistics
import time

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def describe(values: list[float]) -> str:
    return (f"median {statistics.median(values):7.2f}  p95 {percentile(values, 95):7.2f}  "
            f"max {max(values):7.2f}  (n={len(values)})")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, " \
           f"Python {platform.python_version()}"


class Watchdog(QObject):
    """Measures how late a 1 ms timer fires: the longest the event loop was blocked.

    `busy` holds, for each gap, the GUI thread's own CPU time in it: a long gap with little
    CPU is the thread waiting (for a core on a loaded machine, or for the GIL), one with
    as much CPU as wall time is the app's own work on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.gaps: list[float] = []
        self.busy: list[float] = []
        self._clock = QElapsedTimer()
        self._cpu = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._cpu = time.thread_time()
        self._timer.start()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()
        cpu = time.thread_time()
        self.busy.append((cpu - self._cpu) * 1000)
        self._cpu = cpu

    def stop(self) -> None:
        self._timer.stop()
