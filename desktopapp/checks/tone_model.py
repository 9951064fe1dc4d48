"""The offline tone models' n-gram half: a linear classifier over word and char n-grams.

`load_model` blends it with the distilled word-piece model (`tone_pieces`) where one
ships (offensive); the anger model is this n-gram model alone.

Trained by `tools/tone/training.py` on TweetEval (an NB-SVM: logistic
regression on naive-Bayes-scaled binary n-gram features). Because the features are
binary, each n-gram's contribution folds into one weight, so scoring a text is a sum of
dictionary look-ups: no numpy, no native code, well under a millisecond for a post.
Probabilities are calibrated with Platt scaling fitted on out-of-fold training scores.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Protocol

from desktopapp.checks.memory import release_freed_memory

WORD_TOKEN = re.compile(r"(?u)\b\w+\b|[^\w\s]")
_WHITESPACE = re.compile(r"\s\s+")
_USER = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+|\bwww\.\S+")
_REPEAT = re.compile(r"(.)\1{2,}")


def normalise(text: str) -> str:
    """The same clean-up at training and at scoring time: case, mentions, links, elongation."""
    text = text.lower()
    text = _USER.sub("@u", text)
    text = _URL.sub("http", text)
    return _REPEAT.sub(r"\1\1", text)


def word_ngrams(text: str, low: int, high: int) -> set[str]:
    tokens = WORD_TOKEN.findall(text)
    grams: set[str] = set()
    for n in range(low, high + 1):
        # n-grams in text order, shortest first (the order fixes the set's iteration order,
        # and with it how the model's sums round)
        shifted = (tokens[i:] for i in range(n))
        grams.update(tokens if n == 1 else map(" ".join, zip(*shifted, strict=False)))
    return grams


def char_wb_ngrams(text: str, low: int, high: int) -> set[str]:
    """Character n-grams inside word boundaries, padded with spaces (scikit-learn's char_wb):
    every n-gram of " word " for n in low..high, and a padded word shorter than n once."""
    grams: set[str] = set()
    for word in set(text.split()):
        padded = f" {word} "
        length = len(padded)
        if length <= low:
            grams.add(padded)
            continue
        grams.update([padded[i:i + n] for n in range(low, min(high, length) + 1)
                      for i in range(length - n + 1)])
    return grams


class ScoringModel(Protocol):
    def probability(self, text: str) -> float: ...


# Loaded models key their weights by the n-gram's string hash cut to 59 bits, with bit 59
# set for word n-grams so both kinds share one dict: an int below 2⁶⁰ is a 32-byte object
# where the n-gram string was 56-64 bytes, for 205,000 keys, and one dict instead of
# two saves a table. (Python salts string hashes per process, so keys are made at load
# time; two n-grams of a model, or a text's n-gram and a model's, share a key with odds
# of about one in 10⁷ per post; read() refuses a model with a clash.)
_CUT = ((1 << 59) - 1).__and__
_WORD_BIT = (1 << 59).__or__


def char_keys(grams: Iterable[str]) -> Iterator[int]:
    return map(_CUT, map(hash, grams))


def word_keys(grams: Iterable[str]) -> Iterator[int]:
    return map(_WORD_BIT, map(_CUT, map(hash, grams)))


# The widest char n-gram range of the shipped models: the tone models' 2..6, which holds
# the risk-intent model's 3..5. One word's n-grams are made (and their strings hashed) once
# for all the models that score it (`word_grams`).
GRAM_RANGE = (2, 6)


def _ordered_grams(word: str, low: int, high: int) -> tuple[str, ...]:
    """`word`'s char_wb n-grams, n ascending, then by position (with repeats):
    char_wb_ngrams's list before it becomes a set."""
    padded = f" {word} "
    length = len(padded)
    if length <= low:
        return (padded,)
    return tuple([padded[i:i + n] for n in range(low, min(high, length) + 1)
                  for i in range(length - n + 1)])


@lru_cache(maxsize=1024)
def _all_grams(word: str) -> tuple[str, ...]:
    """`word`'s n-grams for GRAM_RANGE. A paragraph's words fit (the tone models score it,
    then the risk-intent model, before the next paragraph); ~1.5 KB a word."""
    return _ordered_grams(word, *GRAM_RANGE)


def word_grams(word: str, low: int, high: int) -> tuple[str, ...]:
    """The n-grams `char_wb_ngrams(word, low, high)` makes, in the order it adds them (so a
    set of them iterates as its set does), with repeats; cut from `_all_grams`, made once
    per word. `word` has no white space."""
    base_low, base_high = GRAM_RANGE
    length = len(word) + 2
    if low < base_low or high > base_high or length <= low:
        return _ordered_grams(word, low, high)
    # n-grams of each n come in one run of length - n + 1: skip the runs below `low`
    start = sum(length - n + 1 for n in range(base_low, low))
    end = start + sum(length - n + 1 for n in range(low, min(high, length) + 1))
    return _all_grams(word)[start:end]


@lru_cache(maxsize=2048)
def _word_char_keys(word: str, low: int, high: int) -> tuple[int, ...]:
    """One word's char n-gram keys. Words repeat within a draft and from draft to draft
    (the, and, you...), and hashing their n-grams was most of the cost of scoring a text.
    A word's keys take about 1 KB (a tuple of ~25 ints), so 2,048 words stay under 2 MB.
    (A set made from `word_grams` iterates as `char_wb_ngrams`'s set: same strings added
    in the same order; so the keys, and the float sums, are the same.)"""
    return tuple(char_keys(set(word_grams(word, low, high))))


@lru_cache(maxsize=8)
def _text_keys(text: str, word_range: tuple[int, int],
               char_range: tuple[int, int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A text's n-gram keys (each once: the features are binary). The offensive and the
    anger model count the same n-grams, and the checks score each sentence with one right
    after the other: the second finds the keys made here. The char keys are the union of
    each distinct word's, so the sums may round in another order than a set of the
    n-gram strings would give (differences of about 1e-15)."""
    clean = normalise(text)
    low, high = char_range
    chars: set[int] = set()
    common = _COMMON.get
    for word in set(clean.split()):
        chars.update(common((word, low, high)) or _word_char_keys(word, low, high))
    return tuple(word_keys(word_ngrams(clean, *word_range))), tuple(chars)


# The commonest words' char n-gram keys, made once (`prepare_common_words`, at the check
# worker's warm-up) and kept: the same keys `_word_char_keys` makes, so scores are bit for
# bit the same. A new draft's words are ~45 % of them (3,000 words, measured on tune-half
# tweets), whose keys a first check then does not make again.
_COMMON: dict[tuple[str, int, int], tuple[int, ...]] = {}
COMMON_WORDS = 3000


def common_words(count: int = COMMON_WORDS) -> list[str]:
    """The `count` commonest words: the word-piece vocabulary's whole words, which BERT's
    vocabulary lists commonest first (a model without one: none)."""
    model = load_model("offensive")
    vocabulary: list[str] = getattr(getattr(model, "pieces", None), "pieces", [])
    return [p for p in vocabulary if len(p) > 1 and p.isalpha() and p.islower()][:count]


def prepare_common_words(count: int = COMMON_WORDS) -> int:
    """Make the keys of the `count` commonest words (`common_words`).
    1.7 MB for 3,000 words (keys shared between words are one object), ~50 ms; returns
    how many are kept."""
    words = common_words(count)
    one: dict[int, int] = {}  # a key shared by several words ("th", "the") is one object
    for ngrams in {m.char_range for m in _LOADED}:
        low, high = ngrams
        for word in words:
            if (word, low, high) not in _COMMON:
                keys = char_keys(char_wb_ngrams(word, low, high))
                _COMMON[(word, low, high)] = tuple(one.setdefault(k, k) for k in keys)
    return len(_COMMON)


# The loaded models' weights in one table: the first model loaded in the real part of each
# value, the second in the imaginary part. The offensive and the anger model score the
# same texts one right after the other, so one C-level pass of dict look-ups and one
# complex sum serve both (half the look-ups), and the two models' 56,000 shared n-grams
# need one table entry instead of two. Each component is summed in the same order as a
# float table would be, and a missing weight adds 0.0, so the scores are bit for bit those
# of two separate tables.
_JOINT: dict[int, complex] = {}


@lru_cache(maxsize=8)
def _joint_sums(text: str, word_range: tuple[int, int], char_range: tuple[int, int],
                loaded: int) -> tuple[complex, complex]:
    """The text's word-n-gram and char-n-gram sums, both loaded models at once (`loaded`,
    the number of models in `_JOINT`, keeps a sum made before the second one was in from
    being used after)."""
    word, char = _text_keys(text, word_range, char_range)
    weight = _JOINT.get
    # Only the known n-grams are added (most of a text's are unknown, and adding a complex
    # makes a new object): adding 0j left a sum as it was, since no weight is 0 and so no
    # part of a sum is ever -0.0 (the one float that adding 0.0 changes). Bit for bit.
    return (sum(filter(None, map(weight, word)), 0j),
            sum(filter(None, map(weight, char)), 0j))


@dataclass(frozen=True)
class ToneModel:
    """`weights` holds the n-gram strings only for a model made by training (which saves
    it); a model read from resources/models keeps just the hashed tables it scores with."""

    name: str
    weights: Mapping[str, float]  # "w:<word n-gram>" / "c:<char n-gram>" -> folded weight
    bias: float
    platt_a: float
    platt_b: float
    word_range: tuple[int, int]
    char_range: tuple[int, int]

    def __post_init__(self) -> None:
        words = {k[2:]: v for k, v in self.weights.items() if k.startswith("w:")}
        chars = {k[2:]: v for k, v in self.weights.items() if k.startswith("c:")}
        table = dict(zip(word_keys(words), words.values(), strict=True))
        table.update(zip(char_keys(chars), chars.values(), strict=True))
        self._use(table)

    def _use(self, table: dict[int, float]) -> None:
        # Scoring is two C-level map(dict.get, ...) passes, one per kind of n-gram.
        object.__setattr__(self, "_weight", table.get)
        object.__setattr__(self, "_part", None)
        object.__setattr__(self, "features", len(table))

    def _join(self, part: str) -> None:
        """Score from `_JOINT`'s `part` ("real" or "imag") from now on."""
        component = attrgetter(part)
        object.__setattr__(self, "_part", component)
        object.__setattr__(self, "_weight", lambda key, default=None: (
            default if (pair := _JOINT.get(key)) is None else component(pair)))

    def grams(self, text: str) -> tuple[set[str], set[str]]:
        """The word and char n-grams of `text` this model looks up."""
        clean = normalise(text)
        return word_ngrams(clean, *self.word_range), char_wb_ngrams(clean, *self.char_range)

    def score(self, text: str) -> float:
        """The raw linear score (log-odds before calibration)."""
        part = self.__dict__["_part"]
        if part is not None:
            word_sum, char_sum = _joint_sums(text, self.word_range, self.char_range,
                                             len(_LOADED))
            return self.bias + part(word_sum) + part(char_sum)
        word, char = _text_keys(text, self.word_range, self.char_range)
        weight = self.__dict__["_weight"]
        return (self.bias + sum(map(weight, word, repeat(0.0)))
                + sum(map(weight, char, repeat(0.0))))

    def contributions(self, text: str) -> dict[str, float]:
        """What each n-gram of `text` adds to the score, keyed as in the model file
        ("w:<word n-gram>", "c:<char n-gram>"); n-grams the model does not know are left
        out (and so are zero weights). The score is the bias plus the sum of these: the
        pieces an explanation can point at (what pushed this text's score up)."""
        weight = self.__dict__["_weight"]
        word_grams, char_grams = self.grams(text)
        found = {f"w:{g}": w for g, w in zip(word_grams, map(weight, word_keys(word_grams)),
                                             strict=True) if w}
        found.update({f"c:{g}": w for g, w in zip(char_grams, map(weight, char_keys(char_grams)),
                                                   strict=True) if w})
        return found

    def probability(self, text: str) -> float:
        z = self.platt_a * self.score(text) + self.platt_b
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "bias": self.bias, "platt": [self.platt_a, self.platt_b],
                "word_range": list(self.word_range), "char_range": list(self.char_range),
                "weights": dict(self.weights)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ToneModel:
        platt = data["platt"]
        word_range = data["word_range"]
        char_range = data["char_range"]
        weights = data["weights"]
        assert isinstance(platt, list) and isinstance(weights, dict)
        assert isinstance(word_range, list) and isinstance(char_range, list)
        return cls(str(data["name"]), {str(k): float(v) for k, v in weights.items()},
                   float(data["bias"]), float(platt[0]), float(platt[1]),  # type: ignore[arg-type]
                   (int(word_range[0]), int(word_range[1])),
                   (int(char_range[0]), int(char_range[1])))

    def save(self, path: Path) -> None:
        """A JSON header line, then one "weight<TAB>n-gram" line per feature, gzipped.

        Lines rather than one JSON object because json.loads holds the GIL for its whole
        run (~90 ms here) and would freeze the window while a worker loads the model; a
        line loop lets the GUI thread in every few milliseconds. mtime=0 keeps the file
        byte-for-byte reproducible."""
        if len(self.weights) != self.__dict__["features"]:
            raise ValueError("a model read for scoring keeps no n-gram strings to save")
        header = {k: v for k, v in self.to_json().items() if k != "weights"}
        lines = [json.dumps(header, sort_keys=True)]
        lines += [f"{weight!r}\t{gram}" for gram, weight in sorted(self.weights.items())]
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
            handle.write(("\n".join(lines) + "\n").encode("utf-8"))

    @classmethod
    def read(cls, data: bytes, joint: str | None = None) -> ToneModel:
        """Straight into a hashed table: its own, or with `joint` ("real" or "imag") that
        part of `_JOINT`, shared with the other loaded model. Resident size is what
        matters here (the models took 63 MB for 2.6 MB on disk): keys are 60-bit ints,
        equal values are one object (130,000 weights have ~14,000 values), and the file
        is read a line at a time, so no list of 130,000 lines ever exists: its memory
        would stay with the process, interleaved with the keys, long after the lines are
        gone. Read into `_JOINT`, no table of the model's own is ever made either."""
        table: dict[int, float] = {}
        shared: dict[float, float] = {}
        merged: dict[complex, complex] = {}
        count = clashes = 0
        with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as handle:
            header = json.loads(handle.readline())
            for line in handle:
                tab = line.index("\t")
                weight = float(line[:tab])
                key = _CUT(hash(line[tab + 3:].rstrip("\n")))
                if line[tab + 1] == "w":
                    key = _WORD_BIT(key)
                count += 1
                if joint is None:
                    table[key] = shared.setdefault(weight, weight)
                    continue
                old = _JOINT.get(key)
                if joint == "real":
                    clashes += old is not None
                    value = complex(weight, 0.0)
                else:  # weights are never 0: a set imaginary part is this model's own
                    clashes += old is not None and old.imag != 0.0
                    value = complex(0.0 if old is None else old.real, weight)
                _JOINT[key] = merged.setdefault(value, value)
        if (joint is None and len(table) != count) or clashes:
            raise ValueError("two n-grams of a tone model share a key")
        model = cls(header["name"], {}, float(header["bias"]), float(header["platt"][0]),
                    float(header["platt"][1]), tuple(header["word_range"]),
                    tuple(header["char_range"]))
        model._use(table)
        if joint is not None:
            model._join(joint)
            object.__setattr__(model, "features", count)
        return model


@cache
def load_ngram_model(name: str) -> ToneModel:
    """The n-gram half alone, from resources/models/tone-<name>.tsv.gz (loaded once; the
    first two loaded share `_JOINT`)."""
    ref = resources.files("desktopapp.resources") / "models" / f"tone-{name}.tsv.gz"
    with _LOADING:
        part = _PARTS[len(_LOADED)] if len(_LOADED) < len(_PARTS) else None
        model = ToneModel.read(ref.read_bytes(), part)
        _LOADED.append(model)
    release_freed_memory()
    return model


_LOADING = threading.Lock()
_LOADED: list[ToneModel] = []
_PARTS = ("real", "imag")


@cache
def load_model(name: str) -> ScoringModel:
    """`offensive` or `anger`: the n-gram model, blended with the distilled word-piece
    model where one ships (resources/models/tone-<name>-pieces.bin.gz)."""
    from desktopapp.checks.tone_pieces import load_blend

    ngrams = load_ngram_model(name)
    ref = resources.files("desktopapp.resources") / "models" / f"tone-{name}-pieces.bin.gz"
    if not ref.is_file():
        return ngrams
    blend = load_blend(name, ngrams, ref.read_bytes())
    release_freed_memory()
    return blend
