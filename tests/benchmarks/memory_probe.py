"""Resident memory, measured in a fresh process (run by test_bench_real_text.py).

`checks DB`: what the tone models, the risk-intent model and the spelling table add to a
process that has imported the checkers. `window DB`: the whole app's window after start,
once the check workers have warmed up (loaded the models and the dictionary) and a second
has passed."""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def checks() -> None:
    import desktopapp.checks.engine  # noqa: F401  (every checker, nothing loaded yet)
    from desktopapp.checks.spelling import OfflineSpelling
    from desktopapp.checks.tone_model import load_model, prepare_common_words

    gc.collect()
    base = rss_mb()
    for name in ("offensive", "anger"):
        load_model(name).probability("Load the model and score once.")
    prepare_common_words()  # as the check worker's warm-up does: part of the models' memory
    gc.collect()
    tone = rss_mb()
    # The risk-intent model is a model too (issue 11: models and dictionary <= 30 MB).
    from desktopapp.checks import risk_model

    risk_model.load().scores("Load the model and score once.")
    risk_model.prepare_common_words()  # as the warm-up does
    gc.collect()
    risk = rss_mb()
    spelling = OfflineSpelling()
    spelling.load()
    spelling.check("Load the dictionary and check once.")
    gc.collect()
    both = rss_mb()
    print(f"process with the checkers imported          {base:6.1f}")
    print(f"tone models (offensive blend + anger, common words) {tone - base:6.1f}")
    print(f"risk-intent model (and its common words)    {risk - tone:6.1f}")
    print(f"spelling dictionary                         {both - risk:6.1f}")
    print(f"models and dictionary together              {both - base:6.1f}")


def window(db: Path) -> None:
    """Started the way ui/launch.py starts it (process tuning, context, window tuning)."""
    from PySide6.QtWidgets import QApplication

    from desktopapp.app.context import open_context
    from desktopapp.config import Settings, resolve_paths
    from desktopapp.core import people
    from desktopapp.ui.launch import tune_process, tune_window
    from desktopapp.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    tune_process()
    ctx = open_context(resolve_paths(str(db)))
    if ctx.actor_id is None:
        ctx.actor_id = people.set_up_local_user("Memory Probe").id
    window = MainWindow(ctx, Settings())
    tune_window(window)
    window.show()
    deadline = time.monotonic() + 60
    while not window.live.warmed and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert window.live.wait_until_warm(60)
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    print(f"window after start, checks warmed up        {rss_mb():6.1f}")
    window.live.shutdown()
    window.close()
    ctx.store.close()


if __name__ == "__main__":
    if sys.argv[1] == "checks":
        checks()
    else:
        window(Path(sys.argv[2]))
