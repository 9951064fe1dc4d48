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
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Protocol

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
        for i in range(len(tokens) - n + 1):
            grams.add(" ".join(tokens[i:i + n]))
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


@dataclass(frozen=True)
class ToneModel:
    name: str
    weights: dict[str, float]  # "w:<word n-gram>" / "c:<char n-gram>" -> folded weight
    bias: float
    platt_a: float
    platt_b: float
    word_range: tuple[int, int]
    char_range: tuple[int, int]

    def __post_init__(self) -> None:
        # Split by prefix once so scoring is two C-level map(dict.get, ...) passes.
        words = {k[2:]: v for k, v in self.weights.items() if k.startswith("w:")}
        chars = {k[2:]: v for k, v in self.weights.items() if k.startswith("c:")}
        object.__setattr__(self, "_word_weight", words.get)
        object.__setattr__(self, "_char_weight", chars.get)

    def score(self, text: str) -> float:
        """The raw linear score (log-odds before calibration)."""
        clean = normalise(text)
        word_grams = word_ngrams(clean, *self.word_range)
        char_grams = char_wb_ngrams(clean, *self.char_range)
        return (self.bias
                + sum(map(self.__dict__["_word_weight"], word_grams, repeat(0.0)))
                + sum(map(self.__dict__["_char_weight"], char_grams, repeat(0.0))))

    def contributions(self, text: str) -> dict[str, float]:
        """Each word n-gram and char n-gram of the text that carries a weight, with it: the
        pieces an explanation can point at (what pushed this text's score up)."""
        clean = normalise(text)
        found = {}
        for prefix, grams, lookup in (
                ("w", word_ngrams(clean, *self.word_range), self.__dict__["_word_weight"]),
                ("c", char_wb_ngrams(clean, *self.char_range), self.__dict__["_char_weight"])):
            for gram in grams:
                weight = lookup(gram)
                if weight:
                    found[f"{prefix}:{gram}"] = weight
        return found

    def probability(self, text: str) -> float:
        z = self.platt_a * self.score(text) + self.platt_b
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "bias": self.bias, "platt": [self.platt_a, self.platt_b],
                "word_range": list(self.word_range), "char_range": list(self.char_range),
                "weights": self.weights}

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
        header = {k: v for k, v in self.to_json().items() if k != "weights"}
        lines = [json.dumps(header, sort_keys=True)]
        lines += [f"{weight!r}\t{gram}" for gram, weight in sorted(self.weights.items())]
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
            handle.write(("\n".join(lines) + "\n").encode("utf-8"))

    @classmethod
    def read(cls, data: bytes) -> ToneModel:
        lines = gzip.decompress(data).decode("utf-8").split("\n")
        header = json.loads(lines[0])
        weights: dict[str, float] = {}
        for line in lines[1:]:
            if line:
                weight, gram = line.split("\t", 1)
                weights[gram] = float(weight)
        return cls.from_json({**header, "weights": weights})


@cache
def load_ngram_model(name: str) -> ToneModel:
    """The n-gram half alone, from resources/models/tone-<name>.tsv.gz (loaded once)."""
    ref = resources.files("desktopapp.resources") / "models" / f"tone-{name}.tsv.gz"
    return ToneModel.read(ref.read_bytes())


@cache
def load_model(name: str) -> ScoringModel:
    """`offensive` or `anger`: the n-gram model, blended with the distilled word-piece
    model where one ships (resources/models/tone-<name>-pieces.bin.gz)."""
    from desktopapp.checks.tone_pieces import load_blend

    ngrams = load_ngram_model(name)
    ref = resources.files("desktopapp.resources") / "models" / f"tone-{name}-pieces.bin.gz"
    if not ref.is_file():
        return ngrams
    return load_blend(name, ngrams, ref.read_bytes())
