"""(b) Full-text search over 100,000 drafts, measured through the same call the draft list
makes while the user types (core.drafts.list_drafts with a text filter, first page)."""

from __future__ import annotations

import random
import time
from pathlib import Path

from desktopapp.core import drafts
from desktopapp.store.connection import open_store
from tests.benchmarks.conftest import describe, machine, percentile
from tests.benchmarks.seed import VOCABULARY, seed_drafts

N_DRAFTS = 100_000


def typed_queries(rng: random.Random, count: int) -> list[str]:
    """What the search box holds as someone types one or two words, prefix by prefix."""
    queries = []
    while len(queries) < count:
        words = rng.sample(VOCABULARY, rng.choice([1, 1, 2]))
        typed = ""
        for w_index, word in enumerate(words):
            for i in range(1, len(word) + 1):
                queries.append((typed + word[:i]).strip())
            typed += word + " "
            del w_index
    return queries[:count]


def test_search_latency(tmp_path: Path) -> None:
    store = open_store(tmp_path / "big.db")
    started = time.perf_counter()
    seed_drafts(N_DRAFTS)
    seeded = time.perf_counter() - started
    rng = random.Random(3)
    queries = typed_queries(rng, 400)
    for q in queries[:20]:  # warm the page cache
        drafts.list_drafts(drafts.DraftFilter(text=q), limit=100)
    timings, by_length = [], {}
    for q in queries:
        t0 = time.perf_counter()
        rows = drafts.list_drafts(drafts.DraftFilter(text=q), limit=100)
        ms = (time.perf_counter() - t0) * 1000
        timings.append(ms)
        by_length.setdefault(min(len(q), 4), []).append(ms)
        assert rows or q  # every query returns its first page (or nothing matches)
    store.close()
    print(f"\n(b) search over {N_DRAFTS:,} drafts (seeded in {seeded:.1f} s), ms ({machine()})")
    print(f"  all typed prefixes   {describe(timings)}")
    for length, values in sorted(by_length.items()):
        label = f"{length}{'+' if length == 4 else ''} chars typed"
        print(f"  {label:<20} {describe(values)}")
    print(f"  p95 goal < 30 ms: {'met' if percentile(timings, 95) < 30 else 'NOT met'}")
