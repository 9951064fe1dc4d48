"""Dev batches 2–5 of the warnings corpus (tests/fixtures/warnings_dev/*2a.txt … *5b.txt): every
landed drop parses, is complete and shares no post with any other corpus file.

Other corpora are only compared with, never printed: a failure names this batch's posts alone
(rule writers measure a drop before they read it, and some corpora are locked).
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tools.warnings_corpora import DEV_BATCH, DEV_DROPS, VOICES, dev_drops
from tools.warnings_corpora import RISK_KINDS as KINDS

FIXTURES = DEV_BATCH.parent
BATCH_FILES = {f"{stem}{suffix}.txt" for suffix, _ in DEV_DROPS for stem in ("ordinary", "risky")}


def _posts(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _texts_elsewhere() -> set[str]:
    """Every post text of every other corpus file, normalised (not shown to anyone)."""
    texts: set[str] = set()
    for path in FIXTURES.glob("warnings*/*.txt"):
        if path.parent == DEV_BATCH and path.name in BATCH_FILES:
            continue
        texts |= {line.split("\t", 1)[-1].strip().lower() for line in _posts(path)}

    def walk(node: object) -> None:
        if isinstance(node, str):
            texts.add(node.strip().lower())
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads((FIXTURES / "crying_wolf.json").read_text(encoding="utf-8")))
    return texts


def test_drop_a_has_landed() -> None:
    assert [name for name, _, _ in dev_drops()][:1] == ["own, dev batch 2 drop A"]


@pytest.mark.parametrize("suffix", [suffix for suffix, _ in DEV_DROPS])
def test_a_landed_drop_is_complete_and_new(suffix: str) -> None:
    ordinary_path = DEV_BATCH / f"ordinary{suffix}.txt"
    risky_path = DEV_BATCH / f"risky{suffix}.txt"
    if not ordinary_path.is_file():
        pytest.skip(f"drop {suffix} has not landed")
    lines = {path: _posts(path) for path in (ordinary_path, risky_path)}
    for path, posts in lines.items():
        assert all(line.count("\t") == 1 and line.split("\t")[1].strip() == line.split("\t")[1]
                   and line.split("\t")[1] for line in posts), path.name
        assert [line for line, n in Counter(posts).items() if n > 1] == [], path.name
    labels = {path: Counter(line.split("\t")[0] for line in posts) for path, posts in lines.items()}
    # Batch 2's drops (session 7) are 10 per kind and 30 per voice; session 8's are twice that.
    per_kind, per_voice = (10, 30) if suffix in ("2a", "2b") else (20, 50)
    assert labels[risky_path] == dict.fromkeys(KINDS, per_kind)
    assert labels[ordinary_path] == dict.fromkeys(VOICES, per_voice)
    mine = [line.split("\t", 1)[1] for posts in lines.values() for line in posts]
    assert len({t.lower() for t in mine}) == len(mine)  # also no post both ordinary and risky
    elsewhere = _texts_elsewhere()
    assert [t for t in mine if t.strip().lower() in elsewhere] == []
    # The other drops of this batch too: each drop is new wording.
    for other, _ in DEV_DROPS:
        if other != suffix:
            theirs = {line.split("\t", 1)[1].lower() for stem in ("ordinary", "risky")
                      if (DEV_BATCH / f"{stem}{other}.txt").is_file()
                      for line in _posts(DEV_BATCH / f"{stem}{other}.txt")}
            assert [t for t in mine if t.lower() in theirs] == []


def test_a_drop_not_landed_is_skipped(tmp_path: Path) -> None:
    for name in ("ordinary2a.txt", "risky2a.txt"):
        shutil.copy(DEV_BATCH / name, tmp_path / name)
    drops = dev_drops(tmp_path)
    assert [(name, len(ordinary), len(risky)) for name, ordinary, risky in drops] == [
        ("own, dev batch 2 drop A", 90, 160)]
    # The header lines are not posts: every label is a kind or a voice.
    assert {p.kind for p in drops[0][2]} == KINDS
    assert {p.kind for p in drops[0][1]} == VOICES
