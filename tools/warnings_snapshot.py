"""Everything the warnings engine says on the tuning posts, saved to a file, and two such
files compared: the check that a speed change left the warnings exactly as they were.

    python -m tools.warnings_snapshot save before.jsonl     # on the old code
    python -m tools.warnings_snapshot save after.jsonl      # on the new code
    python -m tools.warnings_snapshot diff before.jsonl after.jsonl

It reads only what `tools/eval_warnings.py --tuning` reads (the dev and tune parts; never a
locked, fresh or held-out part). Each post is checked alone, and the posts are also glued
into drafts of about 500 and 5,000 characters (one paragraph, and paragraphs of a few
posts), because caches and the engine's chunks only come into play on long drafts. Every
draft is checked by a fresh engine with every cache emptied, then again after one key is
typed in its middle (the engine and caches kept, as in the window). A record holds each
warning (code, span, severity, message, suggestions), the risk summary and the tone
probabilities at full precision.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.grammar import GrammarChecker
from desktopapp.checks.model import CheckContext, Report
from tools.eval_warnings import parts
from tools.warnings_corpora import TWEETEVAL

SIZES = (500, 5000)
CONTEXTS = (CheckContext(), CheckContext(channels=("x", "bluesky", "mastodon"),
                                         language="en-GB"))


def tuning_texts() -> list[str]:
    """The dev and tune posts, each once, in the harness's order."""
    ordinary, risky = parts(tuning=True)
    seen: dict[str, None] = {}
    for posts, _ in [*ordinary, *risky]:
        for post in posts:
            seen.setdefault(post.text, None)
    return list(seen)


def drafts(texts: list[str], size: int, paragraph: int) -> Iterator[str]:
    """Consecutive posts glued into drafts of `size` characters; with `paragraph`, a blank
    line after every that many posts."""
    current: list[str] = []
    for text in texts:
        current.append(text)
        if sum(len(t) + 1 for t in current) >= size:
            draft = current[0]
            for i, part in enumerate(current[1:], 1):
                draft += ("\n\n" if paragraph and i % paragraph == 0 else " ") + part
            yield draft
            current = []


def one_key(text: str) -> str:
    middle = text.find(" ", len(text) // 2)
    middle = len(text) // 2 if middle < 0 else middle
    return text[:middle] + "s" + text[middle:]


def record(label: str, text: str, report: Report) -> dict[str, object]:
    return {"label": label, "text": text,
            "warnings": [[w.code, w.start, w.end, w.severity.value, w.message,
                          list(w.suggestions)] for w in report.warnings],
            "risk": [report.risk.level.value, repr(report.risk.score), list(report.risk.reasons)],
            "tone": {k: repr(v) for k, v in report.tone.items()},
            "grammar": report.grammar_status}


def snapshot(limit: int | None = None) -> Iterator[dict[str, object]]:
    from tests.support.check_caches import forget_check_caches

    grammar = GrammarChecker(allow_local=False)
    texts = tuning_texts()[:limit]
    engine = CheckEngine(grammar=grammar)
    for ctx_index, ctx in enumerate(CONTEXTS):
        for i, text in enumerate(texts if ctx_index == 0 else texts[::7]):
            yield record(f"post {ctx_index}/{i}", text, engine.check(text, ctx))
    for size in SIZES:
        for paragraph in (0, 3):
            for i, draft in enumerate(drafts(texts, size, paragraph)):
                ctx = CONTEXTS[i % len(CONTEXTS)]
                forget_check_caches()
                grammar.offline.forget_suggestions()
                engine = CheckEngine(grammar=grammar)
                label = f"draft {size}/{paragraph}/{i}"
                yield record(label, draft, engine.check(draft, ctx))
                edited = one_key(draft)
                yield record(label + " +key", edited, engine.check(edited, ctx))


def diff(before: Path, after: Path, show: int) -> int:
    old = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    new = [json.loads(line) for line in after.read_text(encoding="utf-8").splitlines()]
    if [r["label"] for r in old] != [r["label"] for r in new] or \
            [r["text"] for r in old] != [r["text"] for r in new]:
        print("error: the two snapshots were not made on the same texts", file=sys.stderr)
        return 2
    differing = [(a, b) for a, b in zip(old, new, strict=True) if not _same(a, b)]
    rounding = sum(a["tone"] != b["tone"] for a, b in zip(old, new, strict=True) if _same(a, b))
    for a, b in differing[:show]:
        print(f"--- {a['label']}: {a['text'][:120]!r}")
        for key in ("warnings", "risk", "tone", "grammar"):
            if a[key] != b[key]:
                gone = [w for w in a[key] if w not in b[key]] if key == "warnings" else a[key]
                came = [w for w in b[key] if w not in a[key]] if key == "warnings" else b[key]
                print(f"  {key}: before {gone}\n  {key}: after  {came}")
    print(f"{len(differing)} of {len(old)} records differ (and in {rounding} more the tone "
          "probabilities differ in the last bits only)")
    return 1 if differing else 0


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Warnings, risk and grammar status equal; tone probabilities equal up to how a float
    sum rounds. (Python salts string hashes per process, so the order in which the tone
    models add up a text's n-gram weights, and with it the last bits of a probability,
    differs from one run of the same code to the next.)"""
    tones = a["tone"].keys() == b["tone"].keys() and all(
        math.isclose(float(a["tone"][k]), float(b["tone"][k]), rel_tol=1e-9, abs_tol=1e-12)
        for k in a["tone"])
    return tones and all(a[k] == b[k] for k in ("warnings", "risk", "grammar"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    save = sub.add_parser("save", help="check the tuning posts and drafts, write the results")
    save.add_argument("out", type=Path)
    save.add_argument("--limit", type=int, help="only the first N posts (a quick look)")
    compare = sub.add_parser("diff", help="compare two saved snapshots")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--show", type=int, default=20, help="differences to print")
    args = parser.parse_args(argv)
    if args.command == "diff":
        return diff(args.before, args.after, args.show)
    if not TWEETEVAL.is_dir():
        print(f"error: TweetEval data not found at {TWEETEVAL}", file=sys.stderr)
        return 2
    with args.out.open("w", encoding="utf-8") as out:
        for item in snapshot(args.limit):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
