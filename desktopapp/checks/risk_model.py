"""The learned risk-intent model: one linear score per risk kind over word and char n-grams.

Trained by `tools/risk/training.py` (`make train-risk`) on the project's dev posts, written
by engineers in many voices, against ordinary posts (their near misses and public tweets).
The written rules (`risk_*.py`) catch a kind where its wording matches their structures;
this model catches the same intent in wording they were never written for, and says which
words drove it.

Each kind is a logistic regression over binary features, so a text's score is the kind's
bias plus the weights of the n-grams it contains. The weights ship as int8 with one scale
per kind, read into one `array` (rows of `len(kinds)` values), and a dict from each
n-gram's hashed key to its row. Scoring is a C-level map over the text's keys and one
`itemgetter` gather per kind: no numpy, a few hundred microseconds for a paragraph. The
model loads lazily, on the check worker, the first time a paragraph is checked.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise, repeat

from desktopapp.checks.memory import release_freed_memory
from desktopapp.checks.risk_gates import NEEDS, VETOES
from desktopapp.checks.tone_model import (
    WORD_TOKEN,
    char_keys,
    char_wb_ngrams,
    common_words,
    word_grams,
    word_keys,
    word_ngrams,
)
from desktopapp.checks.tone_model import normalise as tone_normalise

FORMAT = "secondthought-risk-1"
MODEL_FILE = "risk-intent.tsv.gz"
_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> str:
    """The tone models' clean-up (case, handles, links, elongation) and every run of digits
    as one "0": a time, a price or a death toll is the same signal whatever the number."""
    return _DIGITS.sub("0", tone_normalise(text))


# Each n-gram's weights, all kinds in one Python int: kind i's int8 weight plus 128 in bits
# [22·i, 22·i + 22), and a 1 above the last kind that counts the n-grams summed. A text's
# scores are then one C-level `sum` over its n-grams' ints (fields cannot overflow into
# each other below 16,000 n-grams), unpacked once: a tenth of the time of a gather per kind.
_FIELD = 22
_MASK = (1 << _FIELD) - 1
_OFFSET = 128


@dataclass(frozen=True, eq=False)  # hashed by identity: `_char_sum` caches per model
class RiskModel:
    """`kinds[i]`'s score of a text = bias[i] + scale[i] · Σ weight[i] over the text's known
    word n-grams (each once) and the char n-grams of each of its distinct words (a char
    n-gram in two words counts twice); it warns from `threshold[i]` (a score in log-odds,
    not a probability)."""

    kinds: tuple[str, ...]
    bias: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: tuple[float, ...]
    word_range: tuple[int, int]
    char_range: tuple[int, int]
    packed: dict[int, int]  # n-gram key -> its weights, packed (see _FIELD)
    # the commonest words' char n-grams' packed weights, summed (`prepare_common_words`)
    common_sums: dict[str, int] = field(default_factory=dict)

    def features(self, text: str) -> tuple[set[int], set[str]]:
        """The keys of `text`'s word n-grams (each once: binary features) and its distinct
        words (each adds its char n-grams' weights, `_char_sum`)."""
        clean = normalise(text)
        return set(word_keys(word_ngrams(clean, *self.word_range))), set(clean.split())

    def scores(self, text: str) -> tuple[float, ...]:
        """Every kind's score of `text`."""
        return self.scores_of(*self.features(text))

    def scores_of(self, keys: set[int], words: set[str]) -> tuple[float, ...]:
        total = sum(map(self.packed.get, keys, repeat(0))) + sum(map(_char_sum, repeat(self),
                                                                      words))
        count = total >> (_FIELD * len(self.kinds))
        return tuple(b + s * (((total >> (_FIELD * i)) & _MASK) - _OFFSET * count)
                     for i, (b, s) in enumerate(zip(self.bias, self.scale, strict=True)))

    def weight(self, key: int, kind: int) -> float:
        value = self.packed.get(key)
        if value is None:
            return 0.0
        return self.scale[kind] * (((value >> (_FIELD * kind)) & _MASK) - _OFFSET)

    def contributions(self, text: str, kind: int) -> dict[str, float]:
        """What each known n-gram of `text` adds to `kind`'s score ("w:…"/"c:…" keys); a
        char n-gram's weight is added once per distinct word it is in, as in the score."""
        clean = normalise(text)
        words = word_ngrams(clean, *self.word_range)
        found: dict[str, float] = {}
        for gram, key in zip(words, word_keys(words), strict=True):
            if weight := self.weight(key, kind):
                found["w:" + gram] = weight
        low, high = self.char_range
        for word in set(clean.split()):
            grams = char_wb_ngrams(word, low, high)
            for gram, key in zip(grams, char_keys(grams), strict=True):
                if weight := self.weight(key, kind):
                    found["c:" + gram] = found.get("c:" + gram, 0.0) + weight
        return found


@lru_cache(maxsize=8192)
def _char_sum(model: RiskModel, word: str) -> int:
    """A word's char n-grams' packed weights, summed once per word: words repeat within
    and across drafts, and their char n-grams were most of the cost of a score. The
    commonest words' sums are made at warm-up (`prepare_common_words`); the others' n-gram
    strings come from `word_grams`, which the tone models made for the same word moments
    before (an integer sum: the same whatever the order)."""
    common = model.common_sums.get(word)
    if common is not None:
        return common
    low, high = model.char_range
    return sum(map(model.packed.get, char_keys(set(word_grams(word, low, high))), repeat(0)))


def prepare_common_words() -> int:
    """The commonest words' char sums, made once (the check worker's warm-up) and kept:
    ~45 % of a new draft's words, whose n-grams a first check then does not make. 3,000
    ints, ~0.3 MB. Returns how many are kept."""
    model = load()
    for word in common_words():
        if word not in model.common_sums:
            low, high = model.char_range
            model.common_sums[word] = sum(map(model.packed.get,
                                              char_keys(char_wb_ngrams(word, low, high)),
                                              repeat(0)))
    return len(model.common_sums)


def read(data: bytes) -> RiskModel:
    """A gzipped header line (JSON) and one "q1 q2 … qK<TAB>w:gram" line per n-gram."""
    packed: dict[int, int] = {}
    # 40,000 n-grams have ~28,000 distinct packed rows (ints of ~70 bytes): equal rows are
    # one object (0.8 MB less resident; ints are immutable, so nothing else changes)
    shared: dict[int, int] = {}
    with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as handle:
        header = json.loads(handle.readline())
        if header.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file")
        count_bit = 1 << (_FIELD * len(header["kinds"]))
        for line in handle:
            values, gram = line.rstrip("\n").split("\t", 1)
            keys = word_keys([gram[2:]]) if gram.startswith("w:") else char_keys([gram[2:]])
            key = next(iter(keys))
            if key in packed:
                raise ValueError("two n-grams of the risk model share a key")
            row = count_bit + sum((int(v) + _OFFSET) << (_FIELD * i)
                                  for i, v in enumerate(values.split()))
            packed[key] = shared.setdefault(row, row)
    return RiskModel(tuple(header["kinds"]), tuple(header["bias"]), tuple(header["scale"]),
                     tuple(header["threshold"]), tuple(header["word_range"]),
                     tuple(header["char_range"]), packed)


def header(data: bytes) -> dict[str, object]:
    """The file's header line alone (kinds, thresholds, the training data's digest)."""
    with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as handle:
        found: dict[str, object] = json.loads(handle.readline())
    return found


def write(header: dict[str, object], rows: Iterable[tuple[str, Iterable[int]]]) -> bytes:
    """The file `read` reads, byte for byte the same for the same input (mtime 0)."""
    lines = [json.dumps({"format": FORMAT, **header}, sort_keys=True)]
    lines += [" ".join(map(str, values)) + "\t" + gram for gram, values in rows]
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    return out.getvalue()


_LOADING = threading.Lock()


@cache
def load() -> RiskModel:
    """The shipped model (resources/models/risk-intent.tsv.gz), read once."""
    ref = resources.files("desktopapp.resources") / "models" / MODEL_FILE
    with _LOADING:
        model = read(ref.read_bytes())
    release_freed_memory()
    return model


# Words that carry weight in a linear model ("is a", "the") but explain nothing to a
# person: never named on their own or as a pair of two of them.
_PLAIN = frozenset("""
a an the this that these those my your his her its our their me you him us them i we he she
it they is am are was were be been being do does did have has had will would shall should can
could may might must not no and or but if so as of to in on at by for with from up out about
into over than then there here what which who whom whose when where why how just very too
all any some each more most such own same only also u ur im i'm you're it's don't 0""".split())


def drivers(model: RiskModel, text: str, kind: int, top: int = 3) -> list[str]:
    """Up to `top` words or word pairs of `text` that pushed `kind`'s score up most,
    strongest first. A word's share is its own weight plus its char n-grams'; a pair is
    named instead of its words when the pair itself weighs more than either word."""
    weights = model.contributions(text, kind)
    tokens = [t for t in WORD_TOKEN.findall(normalise(text)) if t[0].isalnum()]
    low, high = model.char_range
    shares = {word: weights.get(f"w:{word}", 0.0)
              + sum(weights.get(f"c:{g}", 0.0) for g in char_wb_ngrams(word, low, high))
              for word in set(tokens)}
    for first, second in pairwise(tokens):
        pair = weights.get(f"w:{first} {second}", 0.0)
        if pair > 0 and pair > max(shares[first], shares[second]):
            shares[f"{first} {second}"] = pair + shares[first] + shares[second]
    ranked = sorted(((s, w) for w, s in shares.items() if s > 0 and len(w) > 1
                     and not all(part in _PLAIN for part in w.split())), reverse=True)
    chosen: list[str] = []
    for _, word in ranked:
        if not any(word in c.split() or c in word.split() for c in chosen):
            chosen.append(word)
        if len(chosen) == top:
            break
    return [as_written(text, word) for word in chosen]


def as_written(text: str, word: str) -> str:
    """`word` (normalised: lower case, digits as 0) as `text` writes it ("CEO", not "ceo"),
    or `word` itself when the text spells it otherwise (an elongated word, a number)."""
    pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, word.split())) + r"(?!\w)"
    found = re.search(pattern, text, re.IGNORECASE)
    return found.group(0) if found else word


Units = list[tuple[int, int, tuple[float, ...]]]


def unit_scores(model: RiskModel, paragraph: str, gated: bool = True) -> Units:
    """(start, end, scores) for the paragraph as a whole and, if it has several, each of its
    sentences: a risky sentence in a calm paragraph still stands out, and intent spread
    over two sentences ("My cousin works there. They're all being let go.") is seen whole.
    The paragraph's features are its sentences' together (no pair across a sentence end).
    `gated`: a kind in `risk_gates.NEEDS` that reaches its threshold on a unit its test
    turns down scores -inf there."""
    from desktopapp.checks.text import sentences

    spans = [(s.start, s.end) for s in sentences(paragraph)]
    if not spans:
        return []
    parts = [model.features(paragraph[start:end]) for start, end in spans]
    whole = (spans[0][0], spans[-1][1], model.scores_of(set().union(*(k for k, _ in parts)),
                                                        set().union(*(w for _, w in parts))))
    units = [whole] if len(spans) == 1 else [whole, *(
        (start, end, model.scores_of(*part))
        for (start, end), part in zip(spans, parts, strict=True))]
    return _gate(model, paragraph, units) if gated else units


def _gate(model: RiskModel, paragraph: str, units: Units) -> Units:
    """The units, a gated kind's score made -inf where it reaches its threshold on a unit
    its test turns down (below the threshold it warns nowhere anyway: the tests, a few
    words' look-up each, run only where they could change a warning)."""
    needs = [(k, NEEDS[kind]) for k, kind in enumerate(model.kinds) if kind in NEEDS]
    vetoes = [(k, VETOES[kind]) for k, kind in enumerate(model.kinds) if kind in VETOES]
    vetoed = {k for k, veto in vetoes
              if any(scores[k] >= model.threshold[k] for _, _, scores in units)
              and veto(paragraph)}
    found = []
    for start, end, scores in units:
        drop = vetoed | {k for k, passes in needs
                         if scores[k] >= model.threshold[k] and not passes(paragraph[start:end])}
        found.append((start, end, tuple(_NEVER if k in drop else score
                                        for k, score in enumerate(scores))) if drop
                     else (start, end, scores))
    return found


_NEVER = float("-inf")
