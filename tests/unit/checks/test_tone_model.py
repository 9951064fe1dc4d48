from __future__ import annotations

import statistics
import time

from hypothesis import given
from hypothesis import strategies as st

from desktopapp.checks.tone_model import char_wb_ngrams, load_model, normalise, word_ngrams


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
    from importlib import resources

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
