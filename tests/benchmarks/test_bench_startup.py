"""(a) Process start to main window shown: bare QMainWindow vs the app (empty DB, 10,000
drafts), and the frozen bundle (`make package`) on the same database when it is built,
interleaved in one run so the machine's mood affects all of them alike."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from desktopapp.store.connection import open_store
from tests.benchmarks.conftest import describe, machine, percentile
from tests.benchmarks.seed import seed_drafts

ROUNDS = 15
BARE = Path(__file__).with_name("bare_window.py")
FROZEN = Path(__file__).resolve().parents[2] / "dist" / "secondthought" / "secondthought"


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, float]:
    """From just before the process is spawned to the moment it reports its first frame
    painted (wall clock, both sides on this machine), and the CPU time (user + sys, all
    threads) the process had used by then: a busy machine inflates it far less. Then the
    same to the frame with the drafts shown: the app paints its window first and opens the
    database after it (`ready-at`); a window without data is ready at its first frame."""
    start = time.time()
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    said = dict(line.split(maxsplit=1) for line in done.stdout.splitlines()
                if line.startswith(("shown-at ", "cpu-at ", "ready-at ", "ready-cpu-at ")))
    shown, cpu = (float(said["shown-at"]) - start) * 1000, float(said.get("cpu-at", "nan")) * 1000
    ready = (float(said["ready-at"]) - start) * 1000 if "ready-at" in said else shown
    ready_cpu = float(said["ready-cpu-at"]) * 1000 if "ready-cpu-at" in said else cpu
    return shown, cpu, ready, ready_cpu


def _make_db(path: Path, drafts: int) -> None:
    store = open_store(path)
    seed_drafts(drafts) if drafts else seed_drafts(1)
    store.close()


def test_startup_time(tmp_path: Path) -> None:
    empty, full = tmp_path / "empty.db", tmp_path / "full.db"
    _make_db(empty, 0)
    _make_db(full, 10_000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               SECONDTHOUGHT_CONFIG_DIR=str(tmp_path / "config"))
    # A user's second start reads compiled bytecode; a machine that forbids writing it
    # (PYTHONDONTWRITEBYTECODE) would measure compiling the sources on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "desktopapp", "--quit-after-show", "--db"]
    variants = {
        "bare QMainWindow": [sys.executable, str(BARE)],
        "app, 1 draft": [*app, str(empty)],
        "app, 10,000 drafts": [*app, str(full)],
    }
    if FROZEN.is_file():  # the same start from the PyInstaller bundle (goal ≤ 1.2× venv)
        variants["frozen app, 1 draft"] = [str(FROZEN), "--quit-after-show", "--db",
                                           str(empty)]
    for cmd in variants.values():  # warm the OS file cache once
        _timed(cmd, env)
    # name -> measure -> values: wall and CPU to the first frame, then to the drafts shown
    measures = ("wall", "cpu", "ready wall", "ready cpu")
    results: dict[str, dict[str, list[float]]] = {
        name: {m: [] for m in measures} for name in variants}
    for _ in range(ROUNDS):
        for name, cmd in variants.items():
            for measure, value in zip(measures, _timed(cmd, env), strict=True):
                results[name][measure].append(value)
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n(a) process start → main window shown, ms ({machine()}; load average {load})")
    titles = {"wall": "first frame painted (the goal: ≤ 2.0× bare), wall clock",
              "cpu": "first frame painted, CPU time (user + sys) used by then",
              "ready wall": "drafts shown (the database opened after the first frame), wall",
              "ready cpu": "drafts shown, CPU time used by then"}
    for measure, title in titles.items():
        print(f"  {title}:")
        # The bare window has no data: it is "ready" at its first frame.
        bare = percentile(results["bare QMainWindow"][measure], 50)
        for name, values in results.items():
            ratio = percentile(values[measure], 50) / bare
            print(f"    {name:<20} {describe(values[measure])}  ratio to bare {ratio:.2f}×")
    if "frozen app, 1 draft" in results:
        frozen = percentile(results["frozen app, 1 draft"]["wall"], 50)
        venv = percentile(results["app, 1 draft"]["wall"], 50)
        print(f"  frozen / venv (median, 1 draft): {frozen / venv:.2f}×  (goal ≤ 1.20×)")
    else:
        print(f"  (no frozen bundle at {FROZEN}: `make package` builds it)")
