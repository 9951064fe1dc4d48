"""Regression guard on our own corpus (tests/fixtures/warnings/): the rules may not start
crying wolf on ordinary posts nor lose the risky ones. Thresholds sit a little below what
`make eval-warnings` measured, so a real regression fails and noise does not."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import Category, CheckContext, Severity
from tools.eval_warnings import CORPUS, DEV_BATCH, FRESH, locked, own_posts

WATCHED = {Category.TONE, Category.RISK, Category.PRIVACY, Category.BRAND}
ENGINE = CheckEngine()


def alarmed(text: str) -> bool:
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return any(w.category in WATCHED and w.severity is not Severity.INFO
               for w in report.warnings)


def test_own_ordinary_posts_rarely_get_a_warning() -> None:
    ordinary, _ = own_posts()
    assert len(ordinary) >= 400
    flagged = [p.text for p in ordinary if alarmed(p.text)]
    assert len(flagged) <= 0.02 * len(ordinary), flagged


def test_own_risky_posts_of_every_kind_are_caught() -> None:
    _, risky = own_posts()
    assert len(risky) >= 400 and len({p.kind for p in risky}) == 16
    dev = [p for p in risky if not locked(p.text)]
    test = [p for p in risky if locked(p.text)]
    missed_dev = [p.text for p in dev if not alarmed(p.text)]
    assert len(missed_dev) <= 0.03 * len(dev), missed_dev
    # The locked third is only counted, never printed (not even by a failing assert's
    # introspection): nothing is tuned on its texts. Two batches of fresh posts, written
    # before the rules that followed them, brought it to 81 % (make eval-warnings).
    caught, size = sum(alarmed(p.text) for p in test), len(test)
    assert caught >= 0.78 * size, f"locked part: {caught} of {size} caught"


# The fresh part (tests/fixtures/warnings_fresh/) is locked as a whole and was written by
# someone who never saw the rules: these tests check only its shape, never run a check on it,
# and never print a post (messages carry line numbers and counts only).
RISK_KINDS = {"anger", "blame", "cheer", "child", "confidential", "endorse", "hearsay", "insult",
              "jokethreat", "judgement", "market", "offensive", "privacy", "profanity",
              "promotion", "rumour"}
VOICES = {"brand", "ghost", "personal"}


def _fresh_rows(name: str, folder: Path = FRESH) -> list[tuple[int, str, str]]:
    """(line number, label, text) of each post line; a malformed line has label ""."""
    rows = []
    for number, line in enumerate((folder / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        label, tab, text = line.partition("\t")
        ok = bool(tab) and "\t" not in text and text.strip() == text != ""
        rows.append((number, label if ok else "", text))
    return rows


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _check_shape(folder: Path, risky_each: int, ordinary_each: int, exact: bool) -> None:
    """Header, "label<TAB>text" lines with known labels, and (at least or exactly) so many
    posts per label. Messages carry file names, line numbers and counts only."""
    for name, labels, least in (("risky.txt", RISK_KINDS, risky_each),
                                ("ordinary.txt", VOICES, ordinary_each)):
        headed = (folder / name).read_text(encoding="utf-8").startswith("# ")
        assert headed, f"{name}: no comment header"  # a bool: a failure shows no text
        rows = _fresh_rows(name, folder)
        bad = [number for number, label, _ in rows if label not in labels]
        assert not bad, f"{name}: malformed lines or unknown labels at lines {bad}"
        counts = Counter(label for _, label, _ in rows)
        off = {label: counts[label] for label in labels
               if counts[label] < least or (exact and counts[label] != least)}
        assert not off, f"{name}: not {'exactly' if exact else 'at least'} {least} posts: {off}"


def _new_posts(folder: Path) -> list[tuple[str, str]]:
    return [(f"{folder.name}/{name}:{number}", _norm(text))
            for name in ("risky.txt", "ordinary.txt")
            for number, _, text in _fresh_rows(name, folder)]


def _check_unique_and_new(folder: Path, others: set[str]) -> None:
    """No post twice in the folder and none repeating one of `others` (normalised)."""
    posts = _new_posts(folder)
    within = len(posts) - len({text for _, text in posts})
    assert within == 0, f"{within} posts are duplicated within {folder.name}"
    ordinary, risky = own_posts()
    others = others | {_norm(p.text) for p in ordinary + risky}
    crying_wolf = json.loads((CORPUS.parent / "crying_wolf.json").read_text(encoding="utf-8"))
    others |= {_norm(text) for text in _strings(crying_wolf)}
    repeated = [where for where, text in posts if text in others]
    assert not repeated, f"posts at {repeated} repeat a post of the other corpus files"


def test_fresh_files_are_headed_and_well_formed() -> None:
    _check_shape(FRESH, 12, 80, exact=False)


def test_fresh_posts_are_unique_and_new() -> None:
    _check_unique_and_new(FRESH, {text for _, text in _new_posts(DEV_BATCH)})


# The session 6 dev batch (tests/fixtures/warnings_dev/) is dev data tuners may read; it is
# guarded the same way, with its exact sizes (15 risky posts per kind, 50 ordinary per voice).
def test_dev_batch_files_are_headed_and_well_formed() -> None:
    _check_shape(DEV_BATCH, 15, 50, exact=True)


def test_dev_batch_posts_are_unique_and_new() -> None:
    # Only the dev batch's own line numbers are ever named: the locked files are compared
    # as a set of normalised texts and never printed.
    _check_unique_and_new(DEV_BATCH, {text for _, text in _new_posts(FRESH)})
