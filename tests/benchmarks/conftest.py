"""Benchmarks are not timed tests: they print numbers measured side by side in one run.
Run them with `make bench`; results are recorded in docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import statistics

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
