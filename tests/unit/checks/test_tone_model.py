from __future__ import annotations

import statistics
import time

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
    offensive = load_model("offensive")
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
