from __future__ import annotations

import gzip
import json
import statistics
import time
from importlib import resources
from itertools import repeat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktopapp.checks.tone_model import (
    WORD_TOKEN,
    char_wb_ngrams,
    load_model,
    load_ngram_model,
    normalise,
    word_ngrams,
)


def test_features_match_the_training_definition() -> None:
    assert word_ngrams("you are", 1, 2) == {"you", "are", "you are"}
    # scikit-learn's char_wb: words padded with spaces; a short word counts once per n.
    assert char_wb_ngrams("ab", 2, 3) == {" a", "ab", "b ", " ab", "ab "}
    assert normalise("@Bob LOOOOL https://x.y/z") == "@u lool http"


def test_models_load_and_give_probabilities() -> None:
    offensive, anger = load_model("offensive"), load_model("anger")
    assert offensive.probability("You are a pathetic clown and everyone hates you") > 0.9
    assert offensive.probability("Lovely morning at the bakery, thanks everyone") < 0.1
    assert anger.probability("This is outrageous, I am furious!") > 0.9
    assert anger.probability("Meeting moved to 3pm.") < 0.2
    assert 0.0 <= offensive.probability("") <= 1.0


def test_scoring_a_post_takes_under_a_millisecond() -> None:
    offensive = load_model("offensive")  # the blend of n-grams and word pieces
    post = "Heard the bank is about to collapse, pull your money out now! " * 4  # ~250 chars
    timings = []
    for _ in range(200):
        started = time.perf_counter()
        offensive.probability(post)
        timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.001


def test_weights_are_small_enough_to_ship() -> None:
    for name in ("offensive", "anger"):
        ref = resources.files("desktopapp.resources") / "models" / f"tone-{name}.tsv.gz"
        assert len(ref.read_bytes()) < 10_000_000


def _char_wb_reference(text: str, low: int, high: int) -> set[str]:
    """scikit-learn's char_wb analyser, written out plainly."""
    grams: set[str] = set()
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            offset = 0
            grams.add(padded[offset:offset + n])
            while offset + n < len(padded):
                offset += 1
                grams.add(padded[offset:offset + n])
            if offset == 0:
                break
    return grams


@given(st.text(alphabet="ab c\n\té", max_size=40), st.integers(1, 3), st.integers(0, 4))
def test_char_ngrams_match_the_plain_definition(text: str, low: int, extra: int) -> None:
    assert char_wb_ngrams(text, low, low + extra) == _char_wb_reference(text, low, low + extra)


TWEETS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "tweeteval"


def _old_word_ngrams(text: str) -> set[str]:
    tokens = WORD_TOKEN.findall(text)
    grams: set[str] = set()
    for n in (1, 2):
        for i in range(len(tokens) - n + 1):
            grams.add(" ".join(tokens[i:i + n]))
    return grams


def _old_char_ngrams(text: str) -> set[str]:
    grams: set[str] = set()
    for word in set(text.split()):
        padded = f" {word} "
        if len(padded) <= 2:
            grams.add(padded)
            continue
        grams.update([padded[i:i + n] for n in range(2, min(6, len(padded)) + 1)
                      for i in range(len(padded) - n + 1)])
    return grams


def _string_keyed_scores(name: str, texts: list[str]) -> list[float]:
    """The representation the hashed tables replaced: the n-gram strings in two dicts, read
    from the shipped file and scored the way the model used to (n-grams made by the old
    loops too)."""
    ref = resources.files("desktopapp.resources") / "models" / f"tone-{name}.tsv.gz"
    lines = gzip.decompress(ref.read_bytes()).decode("utf-8").split("\n")
    header = json.loads(lines[0])
    words: dict[str, float] = {}
    chars: dict[str, float] = {}
    for line in filter(None, lines[1:]):
        weight, gram = line.split("\t", 1)
        (words if gram.startswith("w:") else chars)[gram[2:]] = float(weight)
    model = load_ngram_model(name)
    scores = []
    for text in texts:
        clean = normalise(text)
        word_grams, char_grams = _old_word_ngrams(clean), _old_char_ngrams(clean)
        scores.append(float(header["bias"]) + sum(map(words.get, word_grams, repeat(0.0)))
                      + sum(map(chars.get, char_grams, repeat(0.0))))
    assert len(words) + len(chars) == model.features
    return scores


def test_hashed_tables_score_exactly_like_the_string_keyed_model() -> None:
    texts = [line for folder in ("offensive", "emotion") for line in
             (TWEETS / folder / "val_text.txt").read_text(encoding="utf-8").splitlines()]
    texts += ["", "YOU ARE A CLOWN!!!", "café naïve 🙂 @user http://x.y"]
    for name in ("offensive", "anger"):
        model = load_ngram_model(name)
        assert (model.word_range, model.char_range) == ((1, 2), (2, 6))  # as the loops above
        # The same n-grams and weights; the keys are summed in another order than the
        # strings were, which may round differently in the last digits.
        assert [model.score(t) for t in texts] == pytest.approx(
            _string_keyed_scores(name, texts), rel=0, abs=1e-9), name


def test_contributions_add_up_to_the_score() -> None:
    model = load_ngram_model("offensive")
    text = "Those idiots in charge should be jailed"
    parts = model.contributions(text)
    assert any(key.startswith("w:") for key in parts) and any(k.startswith("c:") for k in parts)
    assert model.bias + sum(parts.values()) == pytest.approx(model.score(text), abs=1e-9)
    assert "dio" in max(parts, key=parts.__getitem__)  # the insult drives it


def test_a_model_read_for_scoring_cannot_be_saved_by_mistake(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no n-gram strings"):
        load_ngram_model("anger").save(tmp_path / "anger.tsv.gz")


def test_the_two_models_share_one_table_and_score_exactly_as_apart() -> None:
    from desktopapp.checks import tone_model

    offensive, anger = load_ngram_model("offensive"), load_ngram_model("anger")
    # 56,000 n-grams are in both models: one entry each, the two weights in one value
    assert len(tone_model._JOINT) < offensive.features + anger.features - 40_000
    texts = ["You useless clowns, give me my money back", "Thanks for a lovely evening!"]
    for model in (offensive, anger):
        # what a table of the model's own gives (its weights, summed in the same order)
        words, chars = tone_model._text_keys(texts[0], model.word_range, model.char_range)
        weight = model.__dict__["_weight"]
        alone = (model.bias + sum(map(weight, words, repeat(0.0)))
                 + sum(map(weight, chars, repeat(0.0))))
        assert model.score(texts[0]) == alone  # bit for bit, not approximately
        assert model.score(texts[1]) != model.score(texts[0])


def test_freed_memory_goes_back_on_linux() -> None:
    import sys

    from desktopapp.checks import memory

    assert (memory._trim() is not None) == sys.platform.startswith("linux")
    memory.release_freed_memory()  # and does no harm when nothing is free
