"""The session 8 fresh corpus (tests/fixtures/warnings_fresh_s8/) is whole, new, and locked.

One writer who tuned nothing wrote it from issue 11's text and the kinds' definitions before
any checker ran on it; nobody who tunes may read it. So: its shape is what its header says,
no post is in it twice or also in another corpus (a copy would have been seen or tuned on),
and `tools/eval_warnings.py --tuning` never even reads it. Texts are compared, never printed:
a failure gives counts only, so a tuner running the suite does not see the posts.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tools import eval_warnings
from tools.warnings_corpora import FRESH_S8, VOICES, labelled
from tools.warnings_corpora import RISK_KINDS as KINDS

FIXTURES = eval_warnings.ROOT / "tests" / "fixtures"
LOCKED = "# LOCKED: evaluation only. Nobody who tunes checks"
ROW = "own, fresh (session 8: never seen by a rule writer)"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def test_shape_16_kinds_of_30_and_3_voices_of_100() -> None:
    ordinary, risky = labelled(FRESH_S8 / "ordinary.txt"), labelled(FRESH_S8 / "risky.txt")
    assert Counter(p.kind for p in risky) == dict.fromkeys(KINDS, 30)
    assert Counter(p.kind for p in ordinary) == dict.fromkeys(VOICES, 100)
    assert all(p.text.strip() and "\t" not in p.text for p in ordinary + risky)
    for name in ("ordinary.txt", "risky.txt"):
        header = [line for line in (FRESH_S8 / name).read_text(encoding="utf-8").splitlines()
                  if line.startswith("#")]
        assert any(line.startswith(LOCKED) for line in header), name


def test_no_duplicate_lines_and_no_post_from_another_corpus() -> None:
    texts = [_norm(p.text) for name in ("ordinary.txt", "risky.txt")
             for p in labelled(FRESH_S8 / name)]
    assert len(texts) == 300 + 480
    # Counts only in the assertions: pytest would print the sets' contents.
    assert len(texts) - len(set(texts)) == 0, "a post is in the session 8 corpus twice"
    others = [line.split("\t", 1)[-1]
              for path in sorted(FIXTURES.glob("warnings*/*.txt"))
              if path.parent != FRESH_S8
              for line in path.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    assert len(others) > 1000  # the other corpora were really found and read
    shared = len(set(texts) & {_norm(t) for t in others})
    assert shared == 0, "session 8 post(s) also in another corpus"
    raw = (FIXTURES / "crying_wolf.json").read_text(encoding="utf-8")
    in_json = sum(any(json.dumps(p.text, ensure_ascii=escape)[1:-1] in raw
                      for escape in (True, False))
                  for name in ("ordinary.txt", "risky.txt") for p in labelled(FRESH_S8 / name))
    assert in_json == 0, "session 8 post(s) also in crying_wolf.json"


def test_tuning_never_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[Path] = []
    real_read_text = Path.read_text

    def spy(self: Path, *args: object, **kwargs: object) -> str:
        read.append(self.resolve())
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", spy)
    ordinary, risky = eval_warnings.parts(tuning=True)
    assert read and not [p for p in read if p.parent == FRESH_S8.resolve()]
    assert ROW not in {name for _, name in ordinary + risky}

    # The same spy sees it in a full run, so the check above is not vacuous.
    read.clear()
    ordinary, risky = eval_warnings.parts(tuning=False)
    assert {p for p in read if p.parent == FRESH_S8.resolve()} == {
        FRESH_S8.resolve() / "ordinary.txt", FRESH_S8.resolve() / "risky.txt"}
    assert [len(posts) for posts, name in ordinary if name == ROW] == [300]
    assert [len(posts) for posts, name in risky if name == ROW] == [480]
