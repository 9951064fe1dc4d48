"""Speed-ups of the tone models that must not change a score (issue 11, point 6)."""

from __future__ import annotations

from desktopapp.checks import tone_model
from desktopapp.checks.tone_model import _word_char_keys, load_model, prepare_common_words


def test_common_words_keys_are_the_ones_scoring_makes_and_scores_do_not_move() -> None:
    load_model("offensive")
    load_model("anger")
    texts = ["the weather was lovely and we walked to the harbour after lunch",
             "you people never listen, this is the worst service in the whole city",
             "Thanks so much for coming — see you all next week!"]
    saved = dict(tone_model._COMMON)
    try:
        tone_model._COMMON.clear()
        tone_model._text_keys.cache_clear()
        tone_model._joint_sums.cache_clear()
        without = [load_model(name).probability(t) for name in ("offensive", "anger")
                   for t in texts]
        assert prepare_common_words(50) > 0
        assert ("the", 2, 6) in tone_model._COMMON and ("harbour", 2, 6) not in tone_model._COMMON
        for (word, low, high), keys in tone_model._COMMON.items():
            assert keys == _word_char_keys(word, low, high)  # same keys, same order
        tone_model._text_keys.cache_clear()
        tone_model._joint_sums.cache_clear()
        again = [load_model(name).probability(t) for name in ("offensive", "anger")
                 for t in texts]
        assert again == without  # bit for bit: the same keys are summed in the same order
    finally:
        tone_model._COMMON.clear()
        tone_model._COMMON.update(saved)
