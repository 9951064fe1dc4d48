"""The posts `tools/eval_warnings.py` measures the warnings on, and how they are split.

Kept apart from the harness so that the harness stays short and so that tests and the
model training can read the corpora without loading the checks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The 16 risk kinds and the 3 ordinary voices every corpus file is labelled with.
RISK_KINDS = frozenset({
    "anger", "insult", "offensive", "profanity", "rumour", "hearsay", "confidential", "market",
    "promotion", "cheer", "judgement", "endorse", "blame", "jokethreat", "child", "privacy"})
VOICES = frozenset({"brand", "ghost", "personal"})
CORPUS = ROOT / "tests" / "fixtures" / "warnings"
# Locked as a whole; its writer never saw the rules (see the files' headers).
FRESH = ROOT / "tests" / "fixtures" / "warnings_fresh"
# The same, written during session 7 while the rules were tuned, by two engineers who tuned
# nothing and never saw each other's posts: (ordinary, risky) file names per writer, one part.
FRESH_S7 = ROOT / "tests" / "fixtures" / "warnings_fresh_s7"
FRESH_S7_FILES = (("ordinary.txt", "risky.txt"), ("ordinary_b.txt", "risky_b.txt"))
# Session 8's, written by one more engineer who tuned nothing, before any checker ran on it.
FRESH_S8 = ROOT / "tests" / "fixtures" / "warnings_fresh_s8"
# Session 9's, the same way (absent until its writer lands it).
FRESH_S9 = ROOT / "tests" / "fixtures" / "warnings_fresh_s9"
# Session 11's, the same way (absent until its writer lands it; session 10 wrote none).
FRESH_S11 = ROOT / "tests" / "fixtures" / "warnings_fresh_s11"
FRESH_S12 = ROOT / "tests" / "fixtures" / "warnings_fresh_s12"
# Dev as a whole: fresh posts tuners may read (the older dev part is tuned on to the hilt).
DEV_BATCH = ROOT / "tests" / "fixtures" / "warnings_dev"
TWEETEVAL = ROOT.parent / "shared" / "data" / "tweeteval"
# Session 7's dev batch 2 lands in drops (ordinary<suffix>.txt, risky<suffix>.txt in
# DEV_BATCH), each written before any checker saw it; tuners read a drop's own rows before
# its posts, so every drop keeps rows of its own. A drop not landed yet is simply absent.
DEV_DROPS = (("2a", "own, dev batch 2 drop A"), ("2b", "own, dev batch 2 drop B"),
             # Session 8: two more writers, each in two drops; absent files are skipped.
             ("3a", "own, dev batch 3 drop A"), ("3b", "own, dev batch 3 drop B"),
             ("4a", "own, dev batch 4 drop A"), ("4b", "own, dev batch 4 drop B"),
             ("5a", "own, dev batch 5 drop A"), ("5b", "own, dev batch 5 drop B"),
             # Session 9: two more writers, two drops each.
             ("6a", "own, dev batch 6 drop A"), ("6b", "own, dev batch 6 drop B"),
             ("7a", "own, dev batch 7 drop A"), ("7b", "own, dev batch 7 drop B"),
             ("8a", "own, dev batch 8 drop A"), ("8b", "own, dev batch 8 drop B"),
             # Session 13: two more writers, two drops each.
             ("9a", "own, dev batch 9 drop A"), ("9b", "own, dev batch 9 drop B"),
             ("10a", "own, dev batch 10 drop A"), ("10b", "own, dev batch 10 drop B"),
             # Session 14: four more writers, two drops each.
             ("11a", "own, dev batch 11 drop A"), ("11b", "own, dev batch 11 drop B"),
             ("12a", "own, dev batch 12 drop A"), ("12b", "own, dev batch 12 drop B"),
             ("13a", "own, dev batch 13 drop A"), ("13b", "own, dev batch 13 drop B"),
             # Session 17: two more writers, two drops each.
             ("14a", "own, dev batch 14 drop A"), ("14b", "own, dev batch 14 drop B"),
             ("15a", "own, dev batch 15 drop A"), ("15b", "own, dev batch 15 drop B"),
             # Session 18: two more writers, two drops each.
             ("16a", "own, dev batch 16 drop A"), ("16b", "own, dev batch 16 drop B"),
             ("17a", "own, dev batch 17 drop A"), ("17b", "own, dev batch 17 drop B"),
             # Session 19: two more writers, two drops each.
             ("18a", "own, dev batch 18 drop A"), ("18b", "own, dev batch 18 drop B"),
             ("19a", "own, dev batch 19 drop A"), ("19b", "own, dev batch 19 drop B"),
             # Session 20: three more writers, two drops each (measured unread on main and
             # on the session's risk model; not in its training).
             ("20a", "own, dev batch 20 drop A"), ("20b", "own, dev batch 20 drop B"),
             ("21a", "own, dev batch 21 drop A"), ("21b", "own, dev batch 21 drop B"),
             ("22a", "own, dev batch 22 drop A"), ("22b", "own, dev batch 22 drop B"))


@dataclass(frozen=True)
class Post:
    text: str
    kind: str  # the voice of an ordinary post, the risk kind of a risky one
    # Written by someone who then wrote rules from the dev part (a "# seen:" line in the
    # corpus file starts them): their locked third is reported apart from the unseen one.
    seen: bool = False


def locked(text: str) -> bool:
    """One third of our own posts, fixed by the text alone so it never drifts."""
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 3 == 0


def held_out(text: str) -> bool:
    """Half of TweetEval val: the half no threshold was chosen on."""
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 2 == 0


def training_quarter(text: str) -> bool:
    """Half of the tune half: plain posts the anger model may learn "not angry" from; the
    other quarter stays for choosing thresholds."""
    return not held_out(text) and int(hashlib.sha256(text.encode()).hexdigest(), 16) // 2 % 2 == 0


def own_posts() -> tuple[list[Post], list[Post]]:
    ordinary: list[Post] = []
    for path in sorted(CORPUS.glob("ordinary_*.txt")):
        voice = path.stem.removeprefix("ordinary_")
        ordinary += [Post(line, voice, seen) for line, seen in _lines(path)]
    risky = []
    for line, seen in _lines(CORPUS / "risky.txt"):
        kind, text = line.split("\t", 1)
        risky.append(Post(text, kind, seen))
    return ordinary, risky


def labelled_posts(folder: Path) -> tuple[list[Post], list[Post]]:
    """A folder of "voice<TAB>text" ordinary.txt and "kind<TAB>text" risky.txt posts (the
    fresh locked part, the session 6 dev batch)."""
    return labelled(folder / "ordinary.txt"), labelled(folder / "risky.txt")


def fresh_s7_posts(folder: Path = FRESH_S7) -> tuple[list[Post], list[Post]]:
    """Session 7's fresh locked part: every writer's posts, reported together in one row."""
    ordinary: list[Post] = []
    risky: list[Post] = []
    for ordinary_name, risky_name in FRESH_S7_FILES:
        ordinary += labelled(folder / ordinary_name)
        risky += labelled(folder / risky_name)
    return ordinary, risky


def labelled(path: Path) -> list[Post]:
    """One "label<TAB>text" corpus file."""
    return [Post(text, label) for label, text in
            (line.split("\t", 1) for line, _ in _lines(path))]


def dev_drops(folder: Path = DEV_BATCH) -> list[tuple[str, list[Post], list[Post]]]:
    """The landed drops of dev batch 2 as (row name, ordinary, risky); absent ones skipped."""
    found = []
    for suffix, name in DEV_DROPS:
        ordinary, risky = folder / f"ordinary{suffix}.txt", folder / f"risky{suffix}.txt"
        if ordinary.is_file() and risky.is_file():
            found.append((name, labelled(ordinary), labelled(risky)))
    return found


def _lines(path: Path) -> list[tuple[str, bool]]:
    """The posts of a corpus file, each with whether it comes after a "# seen:" line."""
    found, seen = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        seen = seen or line.startswith("# seen:")
        if line.strip() and not line.startswith("#"):
            found.append((line, seen))
    return found


def tweeteval(task: str) -> list[tuple[str, int]]:
    texts = (TWEETEVAL / task / "val_text.txt").read_text(encoding="utf-8").splitlines()
    labels = (TWEETEVAL / task / "val_labels.txt").read_text(encoding="utf-8").split()
    return [(t.strip(), int(label)) for t, label in zip(texts, labels, strict=True)]


def tweeteval_posts() -> tuple[list[Post], list[Post]]:
    ordinary = [Post(t, "sentiment neutral/positive") for t, y in tweeteval("sentiment")
                if y in (1, 2)]
    ordinary += [Post(t, "offensive: not") for t, y in tweeteval("offensive") if y == 0]
    ordinary += [Post(t, "hate: not") for t, y in tweeteval("hate") if y == 0]
    risky = [Post(t, "offensive") for t, y in tweeteval("offensive") if y == 1]
    risky += [Post(t, "hate") for t, y in tweeteval("hate") if y == 1]
    return ordinary, risky
