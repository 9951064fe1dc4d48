"""Offline spelling: pyspellchecker's word lists in a compact table, with suggestions
worked out only when someone asks for them (hover, right-click, CLI text). English in its
regional forms and every other language pyspellchecker ships (spelling_languages.py),
plus the workspace's own dictionary (words added with "Add to dictionary").

pyspellchecker keeps its 160,000 words in a dict of Python strings and ints (~25 MB
resident) and its `candidates()` builds every string one or two edits away: about a
millisecond for a typo, but seconds for a long unknown name. Checking a draft only needs
"is this word known?", so the table is two flat arrays — the words' 64-bit hashes,
sorted, and their counts — about 12 bytes a word, looked up by bisection. Suggestions
follow pyspellchecker's rules (known words one edit away; if none, two edits away),
ranked by how common the word is, and are cached per word.
"""

from __future__ import annotations

import io
import re
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import compress
from operator import itemgetter

from desktopapp.checks.memory import release_freed_memory
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.spelling_languages import DEFAULT, dictionary_of, regional_warnings
from desktopapp.checks.spelling_variants import known_variant
from desktopapp.checks.text import pieces

CODE = "spelling.offline"
NAME = "grammar"
WORD = re.compile(r"(?<![@#\w/.’'])[A-Za-z][a-z]+(?:['’][a-z]+)?(?![\w@/])")
# Other languages: any letters (é, ß, ñ, Cyrillic, Arabic…), an elision such as l’ or d’
# being checked without its article.
WORD_ANY = re.compile(r"(?<![@#\w/.’'])[^\W\d_]{2,}(?:['’][^\W\d_]+)?(?![\w@/])")
_ELISION = re.compile(r"^[^\W\d_]{1,3}['’]")
URLISH = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")
SUGGESTIONS = 5
# Two-edit suggestions build ~(50 × length)² strings; past this length that is a noticeable
# pause for a word that is almost always a name or a coinage, not a typo.
TWO_EDITS_MAX_LETTERS = 9
ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ENTRY = re.compile(r'"((?:[^"\\]|\\.)*)":\s*(\d+)')


def word_frequencies(language: str = "en") -> Iterator[tuple[str, int]]:
    """pyspellchecker's bundled word list, read in small pieces.

    The library's own loader is one json.loads that holds the GIL for ~85 ms, freezing
    the window while a worker thread loads it; reading 64 KB at a time lets the GUI
    thread in between pieces."""
    import gzip  # here: this module is imported with the window, the table loads later
    from importlib import resources

    ref = resources.files("spellchecker") / "resources" / f"{language}.json.gz"
    tail = ""
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        while chunk := handle.read(65536):
            buffer = tail + chunk
            # One '"word": count,' a line; the piece's last line may be cut off mid-way.
            cut = buffer.rfind(",\n") + 1
            yield from _entries(buffer[:cut])
            tail = buffer[cut:]
    yield from _entries(tail)


def _entries(text: str) -> Iterator[tuple[str, int]]:
    found = _ENTRY.findall(text)
    return zip(map(itemgetter(0), found), map(int, map(itemgetter(1), found)), strict=True)


_COUNT_MAX = (1 << 32) - 1  # array("I"): unsigned, 4 bytes on the platforms the app runs on


class WordTable:
    """Lower-case words and their counts, as sorted hashes and a parallel count array.

    Python's string hash is salted per process, so the table is built at load time (a
    collision between two of 160,000 words has odds of about 1 in 10⁹)."""

    def __init__(self, entries: Iterable[tuple[str, int]]) -> None:
        merged: dict[int, int] = {}  # words differing only in case share one count
        get = merged.get
        seen = io.StringIO()  # every word, for the alphabet
        longest = 0
        for word, count in entries:
            lower = word.lower()
            key = hash(lower)
            merged[key] = get(key, 0) + count
            seen.write(lower)
            if len(lower) > longest:
                longest = len(lower)
        self.letters = "".join(sorted(set(seen.getvalue())))
        self.longest = longest
        del seen
        keys = sorted(merged)
        self._hashes = array("q", keys)
        counts = map(merged.__getitem__, keys)
        # 4 bytes a count where they fit (the English list's largest is 76 million:
        # 0.6 MB less than 8 bytes for 160,000 words); a bigger count keeps 8
        self._counts = array("q", counts) if max(merged.values(), default=0) > _COUNT_MAX \
            else array("I", counts)

    def __len__(self) -> int:
        return len(self._hashes)

    def count(self, word: str) -> int:
        """How often `word` (lower case) occurs in the source corpus; 0 when unknown."""
        key = hash(word)
        i = bisect_left(self._hashes, key)
        return self._counts[i] if i < len(self._hashes) and self._hashes[i] == key else 0

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.count(word) > 0

    def checkable(self, word: str) -> bool:
        """pyspellchecker's rule: words far longer than any in the list are not judged."""
        return len(word) <= self.longest + 3

    def known(self, words: list[str]) -> set[str]:
        return set(compress(words, map(self.__contains__, words)))

    def known_many(self, words: list[str]) -> set[str]:
        """`known` for hundreds of thousands of strings: a throw-away set of the hashes
        makes each test a C-level look-up (~10 ms to build, freed on return)."""
        hashes = set(self._hashes)
        return set(compress(words, map(hashes.__contains__, map(hash, words))))


def edits1(word: str, letters: str) -> list[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ([left + right[1:] for left, right in splits if right]
            + [left + right[1] + right[0] + right[2:] for left, right in splits
               if len(right) > 1]
            + [left + c + right[1:] for left, right in splits if right for c in letters]
            + [left + c + right for left, right in splits for c in letters])


def social_words() -> frozenset[str]:
    """Social vocabulary the dictionary lacks (resources/wordlists/social.txt)."""
    from desktopapp.checks import lexicons

    return lexicons.word_set("social")


_TABLE_LOCK = threading.Lock()
_TABLES: dict[str, WordTable] = {}


def table_for(dictionary: str) -> WordTable:
    """A word list's table, built once per process (it never changes) however many
    checkers ask, and once even when two threads ask at the same moment."""
    with _TABLE_LOCK:
        if dictionary not in _TABLES:
            _TABLES[dictionary] = WordTable(word_frequencies(dictionary))
            release_freed_memory()
        return _TABLES[dictionary]


def english_table() -> WordTable:
    return table_for("en")


class OfflineSpelling:
    """Spelling from pyspellchecker's bundled dictionaries: no network, no Java.

    `personal` is the workspace's own dictionary (lower case), `language` the one the
    last check used (suggestions come from its word list); both are replaced whole, never
    changed in place, so the worker and the GUI thread can share them."""

    def __init__(self, language: str = DEFAULT) -> None:
        self.table: WordTable | None = None
        self.language = language
        self.personal: frozenset[str] = frozenset()
        self._suggested: dict[str, tuple[str, ...]] = {}
        self._suggest_lock = threading.Lock()
        self._pieces_key: tuple[int, str, frozenset[str]] | None = None
        self._pieces: dict[tuple[str, bool], tuple[CheckWarning, ...]] = {}

    def load(self) -> None:
        self.table = table_for(dictionary_of(self.language))

    def _loaded(self) -> WordTable:
        if self.table is None:
            self.load()
        assert self.table is not None
        return self.table

    def use_language(self, language: str) -> None:
        if dictionary_of(language) != dictionary_of(self.language):
            self.table = None
            self.forget_suggestions()
        self.language = language

    def check(self, text: str, language: str | None = None) -> list[CheckWarning]:
        """The unknown words (and regional spellings) of `text`, piece by piece
        (`text.pieces`): a piece's result is kept, so after an edit only the pieces it
        touched are read again. Words never cross pieces, so this is exactly the result
        of reading the text whole."""
        if language is not None:
            self.use_language(language)
        table = self._loaded()
        # Everything a piece's result depends on besides its text and whether it opens
        # the draft (a capitalised first word is checked, later ones are names).
        key = (id(table), self.language, self.personal)
        if key != self._pieces_key:
            self._pieces_key, self._pieces = key, {}
        kept = self._pieces
        found: list[CheckWarning] = []
        for start, piece in pieces(text):
            result = kept.get((piece, start == 0))
            if result is None:
                result = tuple(self._check_piece(piece, start == 0, table))
                if len(kept) >= 4096:
                    kept.clear()
                kept[(piece, start == 0)] = result
            found += [w.shifted(start) for w in result] if start else result
        return found

    def _check_piece(self, text: str, opens: bool, table: WordTable) -> list[CheckWarning]:
        english = dictionary_of(self.language) == "en"
        social, personal = social_words(), self.personal
        masked = URLISH.sub(lambda m: " " * len(m.group(0)), text)
        found, words = [], []
        for match in (WORD if english else WORD_ANY).finditer(masked):
            word, start = match.group(0), match.start()
            words.append((word, start, match.end()))
            if word[0].isupper() and (start > 0 or not opens):
                continue  # capitalised words mid-text are usually names
            lower = word.lower()
            if not english:
                lower = _ELISION.sub("", lower)  # l’amour: check “amour”
            if lower in personal or word.lower() in personal or not table.checkable(lower):
                continue
            if (known_variant(lower, table, social) if english else
                    (lower in table or lower in social)):
                continue
            found.append(CheckWarning(CODE, Category.SPELLING, Severity.INFO, start,
                                      match.end(), f"“{word}” is not in the dictionary.",
                                      (), NAME))
        regional = [w for w in regional_warnings(text, words, self.language)
                    if text[w.start:w.end].lower() not in personal]
        return sorted(found + regional, key=lambda w: w.start)

    def suggestions(self, word: str, two_edits: bool = True) -> tuple[str, ...]:
        """Up to five known words close to `word`, the most common first; cached.

        One edit away takes a few milliseconds; when nothing is, two edits away can take a
        few hundred, so the GUI thread asks with `two_edits=False` (and a worker thread
        fills the cache when the pointer rests on the word)."""
        lower = word.lower()
        cached = self.cached_suggestions(lower)
        if cached is not None:
            return cached
        table = self._loaded()
        candidates, complete = self._candidates(table, lower, two_edits)
        ranked = tuple(sorted(candidates, key=lambda c: (-table.count(c), c))[:SUGGESTIONS])
        if complete:
            with self._suggest_lock:
                if len(self._suggested) >= 4096:
                    self._suggested.clear()
                self._suggested[lower] = ranked
        return ranked

    def cached_suggestions(self, word: str) -> tuple[str, ...] | None:
        with self._suggest_lock:
            return self._suggested.get(word.lower())

    @staticmethod
    def _candidates(table: WordTable, word: str, two_edits: bool) -> tuple[set[str], bool]:
        """The candidates, and whether they are the complete answer."""
        if word in table or not table.checkable(word):
            return set(), True
        near = edits1(word, table.letters)
        found = table.known(near)
        if found or len(word) > TWO_EDITS_MAX_LETTERS:
            return found, True
        if not two_edits:
            return found, False
        # pyspellchecker's second step, with replacements and insertions drawn from a–z
        # and the word's own letters (not every accented letter in the list): a third of
        # the strings to build, and an English typo is two edits of plain letters.
        letters = "".join(sorted(set(ASCII_LETTERS) | set(word)))
        return table.known_many([far for one in near if table.checkable(one)
                                 for far in edits1(one, letters)]), True

    def forget_suggestions(self) -> None:
        """Forget the suggestions worked out so far (and the pieces' results)."""
        with self._suggest_lock:
            self._suggested.clear()
        self._pieces_key, self._pieces = None, {}

    def with_suggestions(self, warnings: Iterable[CheckWarning],
                         text: str) -> list[CheckWarning]:
        """The warnings, offline spelling ones with their suggestions filled in (for output
        that shows suggestions; the checks themselves leave them empty)."""
        return [replace(w, suggestions=self.suggestions(text[w.start:w.end]))
                if w.code == CODE and not w.suggestions else w for w in warnings]
