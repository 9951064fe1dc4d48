"""The session 7 fresh corpus (tests/fixtures/warnings_fresh_s7/) is whole, new, and locked.

It is the one set no rule writer of session 7 saw, written in two batches by two writers
(ordinary.txt/risky.txt, then ordinary_b.txt/risky_b.txt) and reported as one part, so: each
batch's shape is what its header says, no post is in it twice or also in another corpus (a
copy would have been seen or tuned on), and `tools/eval_warnings.py --tuning` never even
reads it. The texts are compared, never printed:
a failure gives counts only, so a tuner running the suite does not see the posts.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.support.locked_corpora import in_crying_wolf, norm, parts_read, texts_outside
from tools import eval_warnings
from tools.warnings_corpora import RISK_KINDS as KINDS
from tools.warnings_corpora import VOICES, labelled

LOCKED = "# LOCKED, all of it: never tune a rule, threshold, word list or model on these posts"


def _posts(name: str) -> list[str]:
    path = eval_warnings.FRESH_S7 / name
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


# Per batch: its (ordinary, risky) files and how many ordinary posts each voice has; both
# batches have 15 risky posts of each kind.
BATCHES = [(("ordinary.txt", "risky.txt"), 80), (("ordinary_b.txt", "risky_b.txt"), 50)]


def test_the_tool_reads_exactly_these_batches() -> None:
    assert [files for files, _ in BATCHES] == list(eval_warnings.FRESH_S7_FILES)


@pytest.mark.parametrize(("files", "per_voice"), BATCHES, ids=["first", "second"])
def test_shape_16_kinds_of_15_and_3_voices(files: tuple[str, str], per_voice: int) -> None:
    ordinary = labelled(eval_warnings.FRESH_S7 / files[0])
    risky = labelled(eval_warnings.FRESH_S7 / files[1])
    assert Counter(p.kind for p in risky) == dict.fromkeys(KINDS, 15)
    assert Counter(p.kind for p in ordinary) == dict.fromkeys(VOICES, per_voice)
    assert all(p.text.strip() and "\t" not in p.text for p in ordinary + risky)
    for name in files:
        header = [line for line in eval_warnings.FRESH_S7.joinpath(name)
                  .read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        assert any(line.startswith(LOCKED) for line in header), name


def test_no_duplicate_lines_and_no_post_from_another_corpus() -> None:
    # Both batches together: a post of one writer must not be in the other's batch either.
    lines = [line for files in eval_warnings.FRESH_S7_FILES for name in files
             for line in _posts(name)]
    assert len(lines) == 240 + 240 + 150 + 240
    texts = [norm(line.split("\t", 1)[1]) for line in lines]
    # Counts only in the assertions: pytest would print the sets' contents.
    duplicates = len(texts) - len(set(texts))
    assert duplicates == 0, "a post is in the session 7 corpus twice"
    # Every other corpus file, the dev batch's drops included (landed or landing later).
    shared = len(set(texts) & {norm(t) for t in texts_outside(eval_warnings.FRESH_S7)})
    assert shared == 0, "session 7 post(s) also in another corpus"
    in_json = in_crying_wolf(line.split("\t", 1)[1] for line in lines)
    assert in_json == 0, "session 7 post(s) also in crying_wolf.json"


def test_tuning_never_reads_the_fresh_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = {eval_warnings.FRESH.resolve(), eval_warnings.FRESH_S7.resolve()}

    read, (ordinary, risky) = parts_read(monkeypatch, tuning=True)
    assert read and not [p for p in read if p.parent in fresh]
    names = {name for _, name in ordinary + risky}
    assert not [name for name in names if "fresh" in name or "locked" in name]

    # The same spy sees them in a full run, so the check above is not vacuous.
    read, (ordinary, risky) = parts_read(monkeypatch, tuning=False)
    assert {p for p in read if p.parent == eval_warnings.FRESH_S7.resolve()} == {
        eval_warnings.FRESH_S7.resolve() / name
        for name in ("ordinary.txt", "risky.txt", "ordinary_b.txt", "risky_b.txt")}
    # Both writers' batches in the one session 7 row.
    s7 = "own, fresh (session 7: never seen by a rule writer)"
    assert [len(posts) for posts, name in ordinary if name == s7] == [240 + 150]
    assert [len(posts) for posts, name in risky if name == s7] == [240 + 240]
