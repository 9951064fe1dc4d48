"""Issue 3 measurements: local-check latency (500 and 5,000 characters), the tone models'
macro-F1 on TweetEval's validation splits, the no-crying-wolf rates, and the longest the
GUI thread is blocked while typing with grammar checks running."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtTest import QTest

from desktopapp.app.context import AppContext
from desktopapp.checks import length as length_module
from desktopapp.checks import risk, risk_kinds, tone_model
from desktopapp.checks import tone_sentences as tone_module
from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import Category, CheckContext
from desktopapp.checks.text import mask_figurative
from desktopapp.checks.tone_model import load_model
from tests.benchmarks.conftest import Watchdog, describe, machine, percentile
from tests.support.fake_languagetool import fake_languagetool

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "tweeteval"
SAMPLE = ("Heard the bank is about to collapse, pull your money out NOW!!! Those idiots in "
          "charge should be jailed. Call me on 415-555-0132 before Friday. ")


def _text(n: int) -> str:
    return (SAMPLE * (n // len(SAMPLE) + 1))[:n]


def _macro_f1(name: str, folder: str, positive: int) -> tuple[float, float]:
    texts = (DATA / folder / "val_text.txt").read_text(encoding="utf-8").splitlines()
    labels = [int(x) == positive for x in
              (DATA / folder / "val_labels.txt").read_text(encoding="utf-8").splitlines()]
    model = load_model(name)
    started = time.perf_counter()
    predicted = [model.probability(t) >= 0.5 for t in texts]
    ms = (time.perf_counter() - started) * 1000 / len(texts)
    f1s = []
    for cls in (True, False):
        tp = sum(p == cls and y == cls for p, y in zip(predicted, labels, strict=True))
        fp = sum(p == cls and y != cls for p, y in zip(predicted, labels, strict=True))
        fn = sum(p != cls and y == cls for p, y in zip(predicted, labels, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return 100 * sum(f1s) / 2, ms


def test_check_latency_and_models() -> None:
    print(f"\n(issue 3) checks, ms ({machine()})")
    for name, folder, positive in (("offensive", "offensive", 1), ("anger", "emotion", 0)):
        f1, ms = _macro_f1(name, folder, positive)
        print(f"  tone model {name:<10} macro-F1 on val {f1:5.1f}   {ms:.3f} ms/post")
    ctx = CheckContext(channels=("x", "bluesky", "mastodon"))
    for size in (500, 5000):
        text = _text(size)
        cold, warm = [], []
        for i in range(60):
            engine = CheckEngine()  # cold: nothing cached, module caches emptied too
            for cached in (tone_module._probability, tone_module._calm, mask_figurative,
                           length_module._parse_x, tone_model._word_char_keys,
                           tone_model._text_keys, risk._unverified, risk._calls):
                cached.cache_clear()
            risk_kinds._JUDGED.clear()
            variant = text[:-3] + f"{i:03d}"
            t0 = time.perf_counter()
            engine.check(variant, ctx, grammar=False)
            cold.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            engine.check(variant + "x", ctx, grammar=False)  # a keystroke later
            warm.append((time.perf_counter() - t0) * 1000)
        print(f"  {size:>5}-char draft, first check  {describe(cold)}")
        print(f"  {size:>5}-char draft, after a key  {describe(warm)}")
    corpus = json.loads((ROOT / "tests/fixtures/crying_wolf.json").read_text(encoding="utf-8"))
    engine = CheckEngine()
    watched = (Category.RISK, Category.TONE, Category.PRIVACY)

    def flagged(s: str) -> bool:
        return any(w.category in watched for w in
                   engine.check(s, CheckContext(), grammar=False).warnings)

    fig = corpus["figurative"]
    risky = corpus["risky"]
    print(f"  figurative sentences flagged: {sum(map(flagged, fig))}/{len(fig)}; "
          f"risky sentences caught: {sum(map(flagged, risky))}/{len(risky)}")


def test_gui_thread_stays_free_while_typing(qtbot, store, paths, user) -> None:
    from desktopapp.config import Settings
    from desktopapp.core import workflow
    from desktopapp.ui.launch import tune_process, tune_window
    from desktopapp.ui.main_window import MainWindow

    workflow.create_draft(user.id, _text(800))
    with fake_languagetool() as (url, server):
        window = MainWindow(AppContext(store=store, paths=paths, actor_id=user.id),
                            Settings(languagetool_url=url))
        tune_process()  # as the launcher does
        tune_window(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        editor = window.editor.text
        editor.setFocus()
        qtbot.waitUntil(lambda: bool(window.live.warmed), timeout=5000)
        assert window.live.wait_until_warm()
        qtbot.wait(300)
        dog = Watchdog()
        dog.start()
        typed = "Those idiots should be jailed, heard the bank will collapse. " * 4
        for char in typed:
            QTest.keyClick(editor, char)
            qtbot.wait(35)  # ~ a fast typist, so debounced checks and grammar run meanwhile
        qtbot.wait(1500)
        dog.stop()
        checks = len(server.requests_seen)
        window.editor.autosave.reset()
        window.close()
    gaps = dog.gaps[5:]
    print(f"\n(issue 3) GUI thread while typing {len(typed)} keys with live checks and "
          f"{checks} grammar requests ({machine()})")
    print(f"  event-loop gaps, ms: {describe(gaps)}  (goal: max < 16; the gaps include "
          "each key's own handling)")
    assert gaps and percentile(gaps, 50) < 16
