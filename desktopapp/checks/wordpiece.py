"""A pure-Python WordPiece tokenizer (BERT's uncased scheme), for the tone model.

The neural tone model looks words up by sub-word pieces so that words it never saw in
training ("idiotically", "#shutupalready") still map to pieces it knows. The same code
splits text at training and at scoring time, so it only has to be consistent with itself;
it follows BERT's basic tokenizer (lower case, accents stripped, punctuation split off)
and then greedy longest-match-first pieces, with "##" marking a piece inside a word.
"""

from __future__ import annotations

import re
import unicodedata

MAX_WORD_CHARS = 60  # longer "words" (base64, URLs glued together) become one unknown piece
UNKNOWN = "[UNK]"
CACHE_WORDS = 20_000  # ~3 MB; the 200,000 it was allowed grew to ~30 MB over a long run


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
            or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F)


_ASCII_CONTROL = {c: None for c in [*range(0, 9), 11, 12, *range(14, 32), 127]}
_ASCII_WORDS = re.compile(r"[a-z0-9]+|[^\s]")
# White space that `basic_words` deletes (a control character) instead of splitting at:
# a text holding any of it cannot be read one white-space-separated token at a time.
_DELETED_SPACE = re.compile("[\x0b\x0c\x1c-\x1f\x85]")


def basic_words(text: str) -> list[str]:
    """Lower-cased, accent-free words with every punctuation mark and CJK character apart."""
    if text.isascii():
        # The common case, 5x faster: in ASCII every printable non-alphanumeric character
        # is punctuation and nothing needs normalising (a test compares with the slow path).
        return _ASCII_WORDS.findall(text.lower().translate(_ASCII_CONTROL))
    return _basic_words_unicode(text)


def _basic_words_unicode(text: str) -> list[str]:
    text = unicodedata.normalize("NFD", text.lower())
    words: list[str] = []
    current: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Mn" or char in "\x00\ufffd":  # a combining accent, garbage
            continue
        if category in ("Cc", "Cf") and char not in "\t\n\r":  # e.g. the emoji joiner
            continue
        if char.isspace():
            if current:
                words.append("".join(current))
                current = []
        elif _is_punctuation(char) or _is_cjk(ord(char)):
            if current:
                words.append("".join(current))
                current = []
            words.append(char)
        else:
            current.append(char)
    if current:
        words.append("".join(current))
    return words


class WordPiece:
    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self.unknown = vocabulary.get(UNKNOWN, 0)
        self._cache: dict[str, tuple[int, ...]] = {}
        self._tokens: dict[str, tuple[int, ...]] = {}

    def word_pieces(self, word: str) -> tuple[int, ...]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        pieces: list[int] = []
        start = 0
        while start < len(word):
            if len(word) > MAX_WORD_CHARS:
                pieces = [self.unknown]
                break
            end = len(word)
            found = -1
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocabulary.get(piece, -1)
                if found >= 0:
                    break
                end -= 1
            if found < 0:
                pieces = [self.unknown]  # BERT's rule: an unsplittable word is one unknown
                break
            pieces.append(found)
            start = end
        result = tuple(pieces)
        if len(self._cache) >= CACHE_WORDS:
            self._cache.clear()  # a long session's words would otherwise grow it for good
        self._cache[word] = result
        return result

    def encode(self, text: str) -> list[int]:
        """The pieces of `text`, one white-space-separated token at a time: `basic_words`
        never joins across white space (lower case, accents and punctuation are decided
        inside a token), so a token's pieces are kept and a sentence scored after its
        paragraph, or a draft after a key, looks most tokens up instead of walking them
        a character at a time (the general path is that walk for any non-ASCII text)."""
        if _DELETED_SPACE.search(text):
            return self._encode_words(text)
        ids: list[int] = []
        known = self._tokens
        for token in text.split():
            pieces = known.get(token)
            if pieces is None:
                pieces = tuple(self._encode_words(token))
                if len(known) >= CACHE_WORDS:
                    known.clear()  # bounded like the word cache
                known[token] = pieces
            ids.extend(pieces)
        return ids

    def _encode_words(self, text: str) -> list[int]:
        ids: list[int] = []
        for word in basic_words(text):
            ids.extend(self.word_pieces(word))
        return ids
