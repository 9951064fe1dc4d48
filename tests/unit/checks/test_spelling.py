"""The compact offline spelling table against pyspellchecker itself, on real tweets."""

from __future__ import annotations

from pathlib import Path

import pytest
from spellchecker import SpellChecker

from desktopapp.checks.spelling import WORD, OfflineSpelling

TWEETS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "tweeteval" / \
    "sentiment" / "val_text.txt"


@pytest.fixture(scope="module")
def both() -> tuple[OfflineSpelling, SpellChecker]:
    ours = OfflineSpelling()
    ours.load()
    reference = SpellChecker()  # the representation the table replaced, loaded its own way
    return ours, reference


def test_the_table_knows_exactly_the_words_pyspellchecker_knows(both) -> None:
    ours, reference = both
    assert ours.table is not None and len(ours.table) == len(reference.word_frequency.dictionary)
    words = [m.group(0).lower() for line in TWEETS.read_text(encoding="utf-8").splitlines()
             for m in WORD.finditer(line)]
    assert len(set(words)) > 5000
    unknown = {w for w in words if w not in ours.table and ours.table.checkable(w)}
    assert unknown == reference.unknown(words)
    assert all(ours.table.count(w) == reference[w] for w in set(words) - unknown)


def test_suggestions_match_pyspellchecker_ranked_by_frequency(both) -> None:
    ours, reference = both
    # one edit away (typos), two edits away (short words), and words with none
    for word in ("ths", "wrng", "recieve", "definately", "tommorow", "helo", "qzxv",
                 "goood", "becuz", "xqzjwvkp"):
        expected = sorted(reference.candidates(word) or set(),
                          key=lambda c: (-reference.word_usage_frequency(c), c))[:5]
        expected = [] if expected == [word] else expected
        assert list(ours.suggestions(word)) == expected, word


def test_checking_leaves_suggestions_for_later_and_caches_them(both) -> None:
    ours, _ = both
    ours.forget_suggestions()
    (warning,) = ours.check("Ths is fine")
    assert warning.suggestions == () and ours.cached_suggestions("ths") is None
    # the GUI thread's quick answer (one edit) is not cached when two edits might add more
    assert ours.suggestions("becuz", two_edits=False) == ()
    assert ours.cached_suggestions("becuz") is None
    full = ours.suggestions("becuz")
    assert full and ours.cached_suggestions("becuz") == full
    assert "this" in ours.suggestions("Ths") and ours.cached_suggestions("ths")


def test_counts_take_four_bytes_where_they_fit_and_stay_exact_where_not() -> None:
    from desktopapp.checks.spelling import WordTable, english_table

    assert english_table()._counts.itemsize == 4  # the shipped list fits
    big = WordTable([("Often", 1 << 40), ("often", 2), ("rare", 3)])
    assert big.count("often") == (1 << 40) + 2 and big.count("rare") == 3
    assert big._counts.itemsize == 8
    assert WordTable([("edge", (1 << 32) - 1)]).count("edge") == (1 << 32) - 1


def test_everyday_phone_and_work_words_are_known_and_invented_names_are_not() -> None:
    """Session 17: apostrophes left out, phone abbreviations, work and online words and
    British spellings are not misspellings; a made-up surname still is unknown."""
    spelling = OfflineSpelling()
    text = ("im sure thats the ceo's screenshot, dont ask. mtg tmrw abt the wifi and merch, "
            "the tyres and the cheque. lunch at dravenholt.")
    unknown = [text[w.start:w.end] for w in spelling.check(text)]
    assert unknown == ["dravenholt"]
