"""Does a learned model reach new writers' wording better than the shipped n-grams?

    python -m tools.risk.compare --data ../shared/data/tweeteval [--cache F]

Leave one writer out: every dev writer (the session 6 batch, our own dev posts, dev batches
2 ... 8, a batch's drops a and b together, since one batch may share a writer) is left out
in turn; the models are trained on everything else (tools/risk/training.py's data plus every
dev drop) and score the left-out writer's posts. Compared, at equal false alarms:
- shipped: resources/models/risk-intent.tsv.gz as it is, only on drops it never saw (5b-8b);
- ngram: training.py's model retrained without the left-out writer;
- minilm: frozen all-MiniLM-L6-v2 post embeddings (tools/risk/embed.py) + one L2 logistic
  regression per kind, same examples and sample weights as ngram;
- either: a post warns when ngram or minilm does (each at its own threshold).
Thresholds per kind: the `allowed`-th highest score on the ordinary tweets of TweetEval val's
tune half (never the held-out half), so every model makes the same number of tune-half false
alarms per kind; the left-out writer's ordinary posts measure false alarms out of sample.
Needs the `train` and `distill` extras.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktopapp.checks import risk_model
from tools.risk import training
from tools.risk.embed import embed
from tools.warnings_corpora import DEV_BATCH, labelled

LATER_DROPS = ("5b", "6a", "6b", "7a", "7b", "8a", "8b")  # never seen by the shipped model
MINILM_C = 4.0
ALLOWED = (0, 1)  # tune-half false alarms allowed per kind


def all_examples(data: Path) -> tuple[list[training.Example], set[str]]:
    """training.py's examples plus the later drops; and the texts of the later drops."""
    found = training.examples(data)
    later: set[str] = set()
    for suffix in LATER_DROPS:
        writer = "batch" + suffix[0]
        for path, risky in ((DEV_BATCH / f"ordinary{suffix}.txt", False),
                            (DEV_BATCH / f"risky{suffix}.txt", True)):
            for p in labelled(path):
                kind = p.kind if not risky or p.kind in training.KINDS else "other"
                found.append(training.Example(p.text, kind if risky else "", writer))
                later.add(p.text)
    return found, later


def weights(train: list[training.Example], kind: str) -> tuple[Any, Any]:
    """training.fit's labels and sample weights for one kind."""
    import numpy as np

    y = np.array([e.kind == kind for e in train], dtype=int)
    w = np.array([training.ORDINARY_WEIGHT if not e.kind and e.writer != "tweeteval" else
                  1.0 if not e.kind else training.OTHER_KIND_WEIGHT for e in train])
    w[y == 1] = training.POSITIVE_SHARE * w[y == 0].sum() / max(1, y.sum())
    return y, w


def minilm_scores(train: list[training.Example], x_train: Any, x_score: Any) -> Any:
    """Per kind log-odds (columns in training.KINDS order) for the rows of `x_score`."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    columns = []
    for kind in training.KINDS:
        y, w = weights(train, kind)
        model = LogisticRegression(C=MINILM_C, max_iter=3000)
        model.fit(x_train, y, sample_weight=w / w.mean())
        columns.append(model.decision_function(x_score))
    return np.vstack(columns).T


def ngram_scores(model: risk_model.RiskModel, texts: list[str]) -> list[tuple[float, ...]]:
    return [training.post_scores(model, t) for t in texts]


def cuts(tune: Rows, allowed: int) -> list[float]:
    """Per kind: a score must exceed the `allowed`-th highest tune-half score."""
    return [sorted((row[k] for row in tune), reverse=True)[allowed]
            for k in range(len(tune[0]))]


def warns(rows: Rows, cut: list[float]) -> list[bool]:
    return [any(v > c for v, c in zip(row, cut, strict=True)) for row in rows]


Rows = Sequence[Sequence[float]]  # one row of per-kind scores per post
Scores = dict[str, tuple[Rows, Rows]]  # model -> (tune-half scores, left-out post scores)
Counts = dict[Any, list[int]]  # (model, allowed, kind or "ordinary"/"tune") -> [warned, posts]


def tally(posts: list[training.Example], scores: Scores, counts: Counts,
          subset: set[str] | None, rules: dict[str, bool]) -> None:
    """Add each model's catches and false alarms on `posts` (only texts in `subset` if
    given); with `rules` (text -> the app's rules warn), also each model joined with them."""
    for allowed in ALLOWED:
        warned = {}
        for name, (tune, scored) in scores.items():
            cut = cuts(tune, allowed)
            warned[name] = warns(scored, cut)
            counts[(name, allowed, "tune")] = [sum(warns(tune, cut)), len(tune)]
        if "ngram" in warned and "minilm" in warned:
            warned["either"] = [a or b for a, b in zip(warned["ngram"], warned["minilm"],
                                                       strict=True)]
        if rules:
            by_rules = [rules[e.text] for e in posts]
            warned.update({"rules+" + n: [a or b for a, b in zip(by_rules, w, strict=True)]
                           for n, w in list(warned.items())})
            warned["rules"] = by_rules
        for name, hits in warned.items():
            for e, hit in zip(posts, hits, strict=True):
                if subset is not None and e.text not in subset:
                    continue
                row = counts.setdefault((name, allowed, e.kind or "ordinary"), [0, 0])
                row[0] += int(hit)
                row[1] += 1


def run(data: Path, cache: Path, rules: dict[str, bool]) -> tuple[Counts, Counts]:
    import numpy as np

    everything, later = all_examples(data)
    tune = training.tune_half()
    vectors = embed([e.text for e in everything] + tune, cache)
    x_all, x_tune = vectors[:len(everything)], vectors[len(everything):]
    shipped = risk_model.read(training.SHIPPED.read_bytes())
    shipped_tune = ngram_scores(shipped, tune)
    every: Counts = {}
    unseen: Counts = {}
    for writer in training.writers(everything):
        keep = np.array([e.writer != writer for e in everything])
        train = [e for e, k in zip(everything, keep, strict=True) if k]
        posts = [e for e, k in zip(everything, keep, strict=True) if not k]
        ngram = training.fit(train)[0]
        both = minilm_scores(train, x_all[keep], np.vstack([x_tune, x_all[~keep]]))
        scores: Scores = {
            "ngram": (ngram_scores(ngram, tune), ngram_scores(ngram, [e.text for e in posts])),
            "minilm": (both[:len(tune)], both[len(tune):])}
        tally(posts, scores, every, None, rules)
        if any(e.text in later for e in posts):
            scores["shipped"] = (shipped_tune, ngram_scores(shipped, [e.text for e in posts]))
            tally(posts, scores, unseen, later, rules)
        print(f"left out {writer}: {len(posts)} posts", file=sys.stderr, flush=True)
    return every, unseen


ORDER = ("shipped", "ngram", "minilm", "either")


def table(counts: dict[Any, list[int]], title: str, joined: bool) -> str:
    """Recall per kind and false alarms; `joined`: the models joined with the rules."""
    names = [n for n in ("rules", *(f"rules+{m}" for m in ORDER)) if (n, 0, "tune") in counts
             or any(k[0] == n for k in counts)] if joined else \
        [n for n in ORDER if any(k[0] == n for k in counts)]
    labels = sorted({k[2] for k in counts} - {"tune", "ordinary", "other", "all"})
    columns = [(n, a) for a in (ALLOWED[:1] if joined else ALLOWED) for n in names]
    lines = [f"### {title}", "",
             "| kind | " + " | ".join(f"{n} (tune FA/kind ≤ {a})" for n, a in columns) + " |",
             "|---" * (len(columns) + 1) + "|"]

    def cell(key: Any) -> str:
        got, of = counts.get(key, [0, 0])
        return f"{got}/{of} ({100 * got / of:.1f} %)" if of else "-"

    for label in labels:
        lines.append(f"| {label} | " + " | ".join(cell((n, a, label)) for n, a in columns)
                     + " |")
        for n, a in columns:
            got, of = counts.get((n, a, label), [0, 0])
            total = counts.setdefault((n, a, "all"), [0, 0])
            total[0] += got
            total[1] += of
    lines.append("| **all risky** | " + " | ".join(cell((n, a, "all")) for n, a in columns)
                 + " |")
    lines.append("| ordinary (left out), false alarms | "
                 + " | ".join(cell((n, a, "ordinary")) for n, a in columns) + " |")
    lines.append("| tune half, false alarms (last fold) | "
                 + " | ".join(cell((n, a, "tune")) for n, a in columns) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/tweeteval")
    parser.add_argument("--cache", default="build/risk-embeddings.npz",
                        help="where MiniLM embeddings are kept between runs")
    parser.add_argument("--rules", help="json of text -> whether the app's rules (no "
                        "risk model) raise a caution in tone/risk/privacy/brand")
    args = parser.parse_args(argv)
    rules = json.loads(Path(args.rules).read_text()) if args.rules else {}
    every, unseen = run(Path(args.data), Path(args.cache), rules)
    for joined in (False, True) if rules else (False,):
        print(table(every, "Every dev writer left out in turn (ngram, minilm retrained "
                    "per fold)", joined), end="\n\n")
        print(table(unseen, "Drops 5b-8b only (the shipped model never saw them)", joined),
              end="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
