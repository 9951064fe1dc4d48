from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktopapp.checks.wordpiece import MAX_WORD_CHARS, WordPiece, basic_words

VOCAB = ["[PAD]", "[UNK]", "idiot", "##ically", "##s", "you", "!", "@", "user", "caf", "##e", "un",
         "##believ", "##able"]


def tokenizer() -> WordPiece:
    return WordPiece({piece: i for i, piece in enumerate(VOCAB)})


def test_basic_words_lower_case_strip_accents_and_split_punctuation() -> None:
    assert basic_words("Café, YOU!!") == ["cafe", ",", "you", "!", "!"]
    # the emoji joiner glues a family emoji into one "word" instead of splitting it
    assert basic_words("ok 👩\u200d👧 fine") == ["ok", "👩👧", "fine"]
    assert basic_words("a\tb\nc\x00d") == ["a", "b", "cd"]


def test_pieces_are_greedy_longest_match_first() -> None:
    wp = tokenizer()
    assert wp.encode("Idiotically") == [2, 3]
    assert wp.encode("idiots!") == [2, 4, 6]
    assert wp.encode("unbelievable") == [11, 12, 13]
    assert wp.encode("@user café") == [7, 8, 9, 10]


def test_a_word_that_cannot_be_split_is_one_unknown() -> None:
    wp = tokenizer()
    assert wp.encode("you xyz idiot") == [5, 1, 2]
    assert wp.encode("idiotz") == [1]  # BERT's rule: not "idiot" + unknown
    assert wp.encode("idiot" * (MAX_WORD_CHARS // 5 + 1)) == [1]
    assert wp.encode("") == []


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_the_ascii_fast_path_splits_like_the_general_one(text: str) -> None:
    from desktopapp.checks.wordpiece import _basic_words_unicode

    assert basic_words(text) == _basic_words_unicode(text)
