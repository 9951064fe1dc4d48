"""Issue 11 (6): the warnings engine on real, non-repeating text, side by side with the
project's repeating sample text, offline spelling included; `check --lines` throughput;
the resident memory of the tone models, the spelling table and the whole window.

The sample text repeats one 150-character passage, so its chunks hit the engine's cache
and most words are looked up once: it hides the cost a real draft pays. The real drafts
are TweetEval tweets glued together, each tweet used once per size: the validation
tweets of the tune half first, then training tweets. The held-out half of validation is
never read here (tools/warnings_corpora.py `held_out`: no one runs the checks on it but
the full evaluation)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from desktopapp.checks import length
from desktopapp.checks.engine import (
    DOCUMENT_CHECKERS,
    PARAGRAPH_CHECKERS,
    CheckEngine,
    document_tone,
)
from desktopapp.checks.grammar import GrammarChecker
from desktopapp.checks.model import CheckContext
from desktopapp.checks.spelling import OfflineSpelling
from desktopapp.checks.text import chunks, mask_figurative
from tests.benchmarks.conftest import describe, machine, percentile
from tests.support.check_caches import forget_check_caches

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "tweeteval"
SPLITS = ("sentiment", "offensive", "hate", "irony", "emotion")
SAMPLE = ("Heard the bank is about to collapse, pull your money out NOW!!! Those idiots in "
          "charge should be jailed. Call me on 415-555-0132 before Friday. ")
HELPER = Path(__file__).with_name("memory_probe.py")


def real_tweets() -> list[str]:
    """TweetEval validation tweets of the tune half, then the training tweets (sentiment
    ships no training split)."""
    from tools.warnings_corpora import held_out

    tweets: list[str] = []
    for split in SPLITS:
        lines = (DATA / split / "val_text.txt").read_text(encoding="utf-8").splitlines()
        tweets += [line.strip() for line in lines if line.strip() and not held_out(line.strip())]
    for split in SPLITS:
        path = DATA / split / "train_text.txt"
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            tweets += [line.strip() for line in lines if line.strip()]
    return tweets


class Tweets:
    """Hands out drafts made of tweets never used before in this run."""

    def __init__(self, tweets: list[str]) -> None:
        self.tweets = tweets
        self.next = 0

    def draft(self, size: int, paragraph: int = 0) -> str:
        """`size` characters of fresh tweets; with `paragraph`, a blank line after every
        that many tweets (as a long draft is written), else one long paragraph."""
        parts: list[str] = []
        total = 0
        while total < size:
            if self.next >= len(self.tweets):
                raise RuntimeError("ran out of fresh tweets; lower the sample counts")
            parts.append(self.tweets[self.next])
            total += len(parts[-1]) + 1
            self.next += 1
        text = parts[0]
        for i, part in enumerate(parts[1:], 1):
            text += ("\n\n" if paragraph and i % paragraph == 0 else " ") + part
        return text[:size]


def _sample(size: int, i: int) -> str:
    text = (SAMPLE * (size // len(SAMPLE) + 1))[:size]
    return text[:-3] + f"{i:03d}"


def _forget(spelling: OfflineSpelling) -> None:
    """Empty every cache a first check could profit from (models and tables stay loaded)."""
    forget_check_caches()
    spelling.forget_suggestions()


def _key(text: str) -> str:
    """One key typed in the middle of the draft (after the middle word)."""
    middle = text.find(" ", len(text) // 2)
    middle = len(text) // 2 if middle < 0 else middle
    return text[:middle] + "s" + text[middle:]


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def _timed(timings: dict[str, list[float]], name: str, work: Callable[[], object]) -> None:
    """Wall-clock and this thread's CPU time. On a shared machine the wall clock also
    counts the time other processes had the core; the CPU time is the check's own cost."""
    wall, cpu = time.perf_counter(), time.thread_time()
    work()
    timings.setdefault(f"{name}, wall", []).append(_ms(wall))
    timings.setdefault(f"{name}, CPU", []).append((time.thread_time() - cpu) * 1000)


def test_first_check_and_a_key_on_real_text() -> None:
    grammar = GrammarChecker(allow_local=False)  # the offline spell checker, as on a laptop
    spelling = grammar.offline
    ctx = CheckContext(channels=("x", "bluesky", "mastodon"))
    CheckEngine(grammar=grammar).warm_up(ctx)  # as the window's check worker does
    grammar.check("Warm up the dictionary.")
    tweets = Tweets(real_tweets())
    print(f"\n(issue 11) first check and one key, offline spelling included, ms ({machine()})")
    for size, rounds in ((500, 80), (5000, 40)):
        timings: dict[str, list[float]] = {}
        for i in range(rounds):
            # Interleaved, so the machine's load affects both texts alike.
            for label, text in (("sample text", _sample(size, i)),
                                ("real tweets", tweets.draft(size))):
                engine = CheckEngine(grammar=grammar)
                _forget(spelling)
                _timed(timings, f"{label}, first check", partial(engine.check, text, ctx))
                _timed(timings, f"{label}, one key later",
                       partial(engine.check, _key(text), ctx))
        for name, values in sorted(timings.items(), key=lambda kv: kv[0].endswith("wall")):
            print(f"  {size:>5} chars, {name:<32} {describe(values)}")
    print(f"  ({tweets.next} distinct tweets used)")


def _parts(text: str, ctx: CheckContext,
           grammar: GrammarChecker) -> dict[str, Callable[[], object]]:
    """What `CheckEngine.check` runs, one callable per checker, in the engine's order (the
    figurative mask first: the checkers that read it would otherwise share its cost)."""
    pieces = [chunk.text for chunk in chunks(text)]
    parts: dict[str, Callable[[], object]] = {
        "figurative mask": lambda: [mask_figurative(piece) for piece in pieces]}
    for name, checker in PARAGRAPH_CHECKERS.items():
        parts[name] = partial(lambda c: [c(piece, ctx) for piece in pieces], checker)
    for name, checker in DOCUMENT_CHECKERS.items():
        parts[name] = partial(checker, text, ctx)
    parts["length"] = lambda: length.check(text, ctx, length.measure(text, ctx))
    parts["offline spelling"] = partial(grammar.check, text, ctx.language)
    parts["document tone"] = partial(document_tone, text)
    return parts


def test_checker_costs() -> None:
    """Who costs what in a first check: each checker's CPU time on fresh real drafts, caches
    emptied before each draft, next to the whole engine's. Rule writers: run this before
    and after a change (`-k checker_costs`); a checker that grows shows here first."""
    grammar = GrammarChecker(allow_local=False)
    ctx = CheckContext(channels=("x", "bluesky", "mastodon"))
    CheckEngine(grammar=grammar).warm_up(ctx)  # as the window's check worker does
    grammar.check("Warm up the dictionary.")
    tweets = Tweets(real_tweets())
    print(f"\n(issue 11) first check per checker, real tweets, CPU ms ({machine()}, load "
          f"{os.getloadavg()[0]:.1f})")
    for size, rounds in ((500, 40), (5000, 12)):
        costs: dict[str, list[float]] = {}
        for _ in range(rounds):
            text = tweets.draft(size)
            _forget(grammar.offline)
            cpu = time.thread_time()
            CheckEngine(grammar=grammar).check(text, ctx)
            costs.setdefault("whole engine", []).append((time.thread_time() - cpu) * 1000)
            _forget(grammar.offline)
            for name, work in _parts(text, ctx, grammar).items():
                cpu = time.thread_time()
                work()
                costs.setdefault(name, []).append((time.thread_time() - cpu) * 1000)
        total = sum(costs["whole engine"])
        print(f"  {size:>5} chars, {rounds} drafts     mean   p95   share")
        for name, values in sorted(costs.items(), key=lambda kv: -sum(kv[1])):
            print(f"    {name:<22} {sum(values) / rounds:6.2f} {percentile(values, 95):6.2f} "
                  f"{sum(values) / total:6.0%}")


def test_suggestions_on_demand() -> None:
    """What hovering over, or right-clicking, an unknown word costs: first time and cached."""
    spelling = OfflineSpelling()
    spelling.load()
    spelling.forget_suggestions()
    text = " ".join(real_tweets()[:600])
    words = sorted({text[w.start:w.end] for w in spelling.check(text)})
    first, again = [], []
    quick = []
    for word in words:
        cpu = time.thread_time()
        spelling.suggestions(word, two_edits=False)
        quick.append((time.thread_time() - cpu) * 1000)
    spelling.forget_suggestions()
    for word in words:
        cpu = time.thread_time()
        spelling.suggestions(word)
        first.append((time.thread_time() - cpu) * 1000)
        cpu = time.thread_time()
        spelling.suggestions(word)
        again.append((time.thread_time() - cpu) * 1000)
    print(f"\n(issue 11) spelling suggestions for {len(words)} unknown words in 600 tweets, "
          "CPU ms")
    print(f"  one edit (GUI thread)     {describe(quick)}")
    print(f"  complete (worker thread)  {describe(first)}")
    print(f"  complete, cached          {describe(again)}")


def _lines_corpus(folder: Path, count: int, files: int) -> list[Path]:
    """`count` distinct tweets in `files` files (the CLI reads at most 1 MB of input)."""
    posts = real_tweets()
    # one post a line: no character str.splitlines() would also split at
    posts = [" ".join(post.splitlines()) for post in posts[:count]]
    assert len(posts) == count
    size = -(-count // files)
    paths = []
    for i in range(files):
        path = folder / f"posts-{i}.txt"
        path.write_text("\n".join(posts[i * size:(i + 1) * size]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_check_lines_throughput(tmp_path: Path) -> None:
    count = 10_000
    batches = _lines_corpus(tmp_path, count, files=2)
    # A cache folder of its own: the first run works the gated patterns out and keeps them
    # (checks/gate_cache.py), as a person's first run does; the other runs read them.
    env = dict(os.environ, LTP_PATH=str(tmp_path / "no-languagetool"),
               SECONDTHOUGHT_CONFIG_DIR=str(tmp_path / "config"),
               SECONDTHOUGHT_CACHE_DIR=str(tmp_path / "cache"))
    print(f"\n(issue 11) secondthought check --lines, {count} distinct tweets (TweetEval val "
          f"tune half, then train) in {len(batches)} runs of {count // len(batches)}")
    # The default checks a batch this big in one forked worker per core (cli/check_lines);
    # `--jobs 1` is the same work in one process.
    for flags in ([], ["--jobs", "1"], ["--no-grammar"]):
        t0 = time.perf_counter()
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        lines = 0
        for batch in batches:
            done = subprocess.run([sys.executable, "-m", "desktopapp", "--db",
                                   str(tmp_path / "st.db"), "check", "--lines", *flags,
                                   str(batch)],
                                  env=env, capture_output=True, text=True, timeout=1800,
                                  cwd=ROOT)  # `-m desktopapp` of the tree under test
            assert done.returncode in (0, 1) and done.stdout, done.stderr[-2000:]
            lines += done.stdout.count("\n")
        seconds = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime
        assert lines == count
        label = " ".join(flags) or "(default)"
        print(f"  {label:<14} wall {seconds:6.1f} s = {count / seconds:5.0f} posts/s;  "
              f"CPU {cpu:6.1f} s = {count / cpu:5.0f} posts/s  (process starts included)")


def test_resident_memory(tmp_path: Path) -> None:
    # PYTHONPATH: a script's own folder comes first on its path, so without it the probe
    # imported the installed package (main's checkout) instead of the tree under test
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               SECONDTHOUGHT_CONFIG_DIR=str(tmp_path / "config"))
    print("\n(issue 11) resident memory (VmRSS), MB")
    for mode in ("checks", "window"):
        done = subprocess.run([sys.executable, str(HELPER), mode, str(tmp_path / f"{mode}.db")],
                              env=env, capture_output=True, text=True, timeout=300,
                              cwd=ROOT)
        assert done.returncode == 0, done.stderr[-2000:]
        for line in done.stdout.splitlines():
            print(f"  {line}")
