"""Which words drove a tone model's score: the explanation shown with a model warning.

The n-gram half of each model is linear over binary features, so a word's share is the
sum of the weights of the features it carries (the word itself, its character n-grams)
plus half of each weighted word pair it is part of. The word-piece half of the
offensive blend is not attributed: the n-gram half sees the same words and usually agrees.
"""

from __future__ import annotations

from itertools import pairwise

from desktopapp.checks.tone_model import WORD_TOKEN, char_wb_ngrams, load_ngram_model, normalise

# Function words carry weight in the models ("is a", "your") but explain nothing to a
# person: on their own, or as a pair of two of them, they are never named.
_FUNCTION_WORDS = frozenset("""
a an the this that these those my your his her its our their me you him us them i we he she
it they is am are was were be been being do does did have has had will would shall should can
could may might must not no and or but if so as of to in on at by for with from up out about
into over than then there here what which who whom whose when where why how just very too
all any some each more most such own same only also u ur im i'm you're it's don't""".split())


def drivers(model_name: str, text: str, top: int = 2) -> list[str]:
    """Up to `top` words or word pairs of `text` that pushed the score up most, strongest
    first (lower case, as the model saw them); function words alone or paired with each
    other are left out."""
    model = load_ngram_model(model_name)
    weights = model.contributions(text)
    tokens = [t for t in WORD_TOKEN.findall(normalise(text)) if t[0].isalnum() and t != "u"]
    shares: dict[str, float] = {}
    low, high = model.char_range
    for word in set(tokens):
        share = weights.get(f"w:{word}", 0.0)
        share += sum(weights.get(f"c:{gram}", 0.0) for gram in char_wb_ngrams(word, low, high))
        shares[word] = share
    for first, second in pairwise(tokens):
        pair = weights.get(f"w:{first} {second}", 0.0)
        if pair > max(shares.get(first, 0.0), shares.get(second, 0.0)):
            shares[f"{first} {second}"] = pair + shares[first] + shares[second]
    ranked = sorted((s, w) for w, s in shares.items() if s > 0 and len(w) > 1
                    and not all(part in _FUNCTION_WORDS for part in w.split()))
    chosen: list[str] = []
    for _, word in reversed(ranked):
        if not any(word in c.split() or c in word.split() for c in chosen):
            chosen.append(word)
        if len(chosen) == top:
            break
    return chosen


def explain(model_name: str, text: str) -> str:
    """“Driven by “a”, “b”.” or an empty string when nothing stands out; the words as the
    post writes them ("CEO", not the model's "ceo")."""
    words = drivers(model_name, text)
    if not words:
        return ""
    spelled = as_written(text)
    quoted = (" ".join(spelled.get(part, part) for part in word.split()) for word in words)
    return "Driven by " + ", ".join(f"“{w}”" for w in quoted) + "."


def as_written(text: str) -> dict[str, str]:
    """Each word as the model sees it (lower case, long letter runs cut to two) mapped to
    its first spelling in `text`: a person recognises their own words, not the model's."""
    spelled: dict[str, str] = {}
    for token in WORD_TOKEN.findall(text):
        spelled.setdefault(normalise(token), token)
    return spelled
