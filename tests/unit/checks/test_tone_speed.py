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


# Words of every shape the n-gram helpers meet: one letter (padded shorter than some
# ranges), repeats inside a word ("banana"), apostrophes, digits, accents, an emoji, long.
_WORDS = ["a", "i", "ab", "the", "banana", "aaaa", "don't", "0", "4ever", "café", "naïve",
          "🙂", "x🙂y", "straße", "supercalifragilistic", "@u", "#tbt", "—", "ab.cd"]


def test_word_grams_give_the_same_set_in_the_same_order_as_char_wb_ngrams() -> None:
    for word in _WORDS:
        for low, high in ((2, 6), (3, 5), (1, 3), (2, 2), (4, 7), (6, 6)):
            grams = tone_model.word_grams(word, low, high)
            expected = tone_model.char_wb_ngrams(word, low, high)
            assert set(grams) == expected, (word, low, high)
            # the order a set iterates in, which fixes how the tone sums round
            assert list(set(grams)) == list(expected), (word, low, high)
    tone_model._word_char_keys.cache_clear()
    for word in _WORDS:
        assert _word_char_keys(word, 2, 6) == tuple(
            tone_model.char_keys(tone_model.char_wb_ngrams(word, 2, 6)))


def test_risk_model_char_sums_are_each_words_own_whether_common_shared_or_fresh() -> None:
    from desktopapp.checks import risk_model

    model = risk_model.load()
    low, high = model.char_range

    def direct(word: str) -> int:
        return sum(model.packed.get(k, 0)
                   for k in tone_model.char_keys(tone_model.char_wb_ngrams(word, low, high)))

    assert risk_model.prepare_common_words() >= 1000
    assert model.common_sums["the"] == direct("the")
    risk_model._char_sum.cache_clear()
    tone_model._all_grams.cache_clear()
    for word in [*_WORDS, "harbour", "layoffs", "acquisition"]:
        tone_model._word_char_keys(word, 2, 6)  # as the tone models do first: grams shared
        assert risk_model._char_sum(model, word) == direct(word), word
    risk_model._char_sum.cache_clear()
    tone_model._all_grams.cache_clear()
    assert [risk_model._char_sum(model, w) for w in _WORDS] == [direct(w) for w in _WORDS]


def test_joint_sums_of_known_ngrams_only_equal_the_sums_over_all() -> None:
    from itertools import repeat

    load_model("offensive")
    load_model("anger")
    texts = ["What a day!! The harbour was packed and the ferry ran late again",
             "you absolute clowns, fix the trains", "ok", "🙂🙂", "Ünïcödé wörds hère"]
    for text in texts:
        word, char = tone_model._text_keys(text, (1, 2), (2, 6))
        tone_model._joint_sums.cache_clear()
        got = tone_model._joint_sums(text, (1, 2), (2, 6), len(tone_model._LOADED))
        every = (sum(map(tone_model._JOINT.get, word, repeat(0j))),
                 sum(map(tone_model._JOINT.get, char, repeat(0j))))
        # repr: bit for bit, and a -0.0 would show
        assert [repr(c.real) + repr(c.imag) for c in got] == \
            [repr(complex(c).real) + repr(complex(c).imag) for c in every], text


def test_risk_model_rows_that_are_equal_are_one_object() -> None:
    from desktopapp.checks import risk_model

    rows = list(risk_model.load().packed.values())
    distinct = set(rows)
    assert len(distinct) < len(rows)  # the shipped model repeats rows (it does: ~30 %)
    assert len({id(row) for row in rows}) == len(distinct)
