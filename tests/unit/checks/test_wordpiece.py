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


# Letters with accents, a capital sigma (lower-cased by its neighbours), combining marks,
# emoji with joiners and modifiers, CJK, controls and every kind of white space.
_MIXED = st.text(alphabet=st.sampled_from(
    [*"aBcΣσςé ü,.!'#@", "\u0301", "\u0308", "\u200d", "\ufe0f", "👩", "👧", "🏽", "中",
     "\x00", "\ufffd", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c",
     "\x85", "\xa0", "\u2000", "\u2028", "\u3000", "\u180e"]),
    max_size=60)


@given(_MIXED)
def test_words_never_join_across_white_space(text: str) -> None:
    """What lets `encode` keep each token's pieces: split at white space first, the words
    are the same (except where white space is a deleted control, which `encode` checks)."""
    from desktopapp.checks.wordpiece import _DELETED_SPACE

    if not _DELETED_SPACE.search(text):
        assert [w for token in text.split() for w in basic_words(token)] == basic_words(text)


@given(_MIXED)
def test_encoding_by_tokens_equals_encoding_the_whole_text(text: str) -> None:
    wp = tokenizer()
    assert wp.encode(text) == wp._encode_words(text)
    assert wp.encode(text) == wp._encode_words(text)  # again, from the token cache
