"""The session 8, 9, 11 and 12 fresh corpora (tests/fixtures/warnings_fresh_s8/, _s9/, _s11/,
_s12/) are whole, new, and locked.

One writer who tuned nothing wrote each from issue 11's text and the kinds' definitions before
any checker ran on it; nobody who tunes may read it. So: its shape is what its header says,
no post is in it twice or also in another corpus (a copy would have been seen or tuned on),
and `tools/eval_warnings.py --tuning` never even reads it. Texts are compared, never printed:
a failure gives counts only, so a tuner running the suite does not see the posts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.support.locked_corpora import in_crying_wolf, norm, parts_read, texts_outside
from tools.warnings_corpora import FRESH_S8, FRESH_S9, FRESH_S11, FRESH_S12, VOICES, labelled
from tools.warnings_corpora import RISK_KINDS as KINDS

LOCKED = "# LOCKED: evaluation only. Nobody who tunes checks"
# Each set's folder and its row in the tables; 480 risky posts (30 per kind), 300 ordinary.
SETS = [pytest.param((FRESH_S8, "own, fresh (session 8: never seen by a rule writer)"), id="s8"),
        pytest.param((FRESH_S9, "own, fresh (session 9: never seen by a rule writer)"), id="s9"),
        pytest.param((FRESH_S11, "own, fresh (session 11: never seen by a rule writer)"), id="s11"),
        pytest.param((FRESH_S12, "own, fresh (session 12: never seen by a rule writer)"), id="s12")]


@pytest.fixture(params=SETS)
def fresh(request: pytest.FixtureRequest) -> tuple[Path, str]:
    folder, row = request.param
    if not (folder / "risky.txt").is_file():  # a set lands at the start of its session
        pytest.skip(f"{folder.name} has not landed yet")
    return folder, row


def test_shape_16_kinds_of_30_and_3_voices_of_100(fresh: tuple[Path, str]) -> None:
    folder = fresh[0]
    ordinary, risky = labelled(folder / "ordinary.txt"), labelled(folder / "risky.txt")
    assert Counter(p.kind for p in risky) == dict.fromkeys(KINDS, 30)
    assert Counter(p.kind for p in ordinary) == dict.fromkeys(VOICES, 100)
    assert all(p.text.strip() and "\t" not in p.text for p in ordinary + risky)
    for name in ("ordinary.txt", "risky.txt"):
        header = [line for line in (folder / name).read_text(encoding="utf-8").splitlines()
                  if line.startswith("#")]
        assert any(line.startswith(LOCKED) for line in header), name


def test_no_duplicate_lines_and_no_post_from_another_corpus(fresh: tuple[Path, str]) -> None:
    folder = fresh[0]
    texts = [norm(p.text) for name in ("ordinary.txt", "risky.txt")
             for p in labelled(folder / name)]
    assert len(texts) == 300 + 480
    # Counts only in the assertions: pytest would print the sets' contents.
    assert len(texts) - len(set(texts)) == 0, "a post is in the fresh corpus twice"
    shared = len(set(texts) & {norm(t) for t in texts_outside(folder)})
    assert shared == 0, "fresh post(s) also in another corpus"
    in_json = in_crying_wolf(p.text for name in ("ordinary.txt", "risky.txt")
                             for p in labelled(folder / name))
    assert in_json == 0, "fresh post(s) also in crying_wolf.json"


def test_tuning_never_reads_it(fresh: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, row = fresh
    read, (ordinary, risky) = parts_read(monkeypatch, tuning=True)
    assert read and not [p for p in read if p.parent == folder.resolve()]
    assert row not in {name for _, name in ordinary + risky}

    # The same spy sees it in a full run, so the check above is not vacuous.
    read, (ordinary, risky) = parts_read(monkeypatch, tuning=False)
    assert {p for p in read if p.parent == folder.resolve()} == {
        folder.resolve() / "ordinary.txt", folder.resolve() / "risky.txt"}
    assert [len(posts) for posts, name in ordinary if name == row] == [300]
    assert [len(posts) for posts, name in risky if name == row] == [480]
