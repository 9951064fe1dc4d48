"""A check after an edit reuses what the edit did not touch (the engine's chunks, the
checkers' per-sentence and per-piece results, offline spelling's pieces): its report must
be exactly the report of a fresh engine with every cache emptied, on random edits."""

from __future__ import annotations

import random

import pytest

from desktopapp.checks import style
from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.grammar import GrammarChecker
from desktopapp.checks.model import BrandRules, CheckContext
from desktopapp.checks.spelling import OfflineSpelling
from tests.support.check_caches import forget_check_caches

# Written for this test: calm and risky sentences, links, numbers, emoji, capitals, a
# non-English line, so the edits cross every checker's ground.
SENTENCES = [
    "Thanks to everyone who came to the launch yesterday, you made it special.",
    "Heard the bank is about to collapse, pull your money out NOW!!!",
    "Those idiots in charge should be jailed.",
    "Call me on 415-555-0132 before Friday.",
    "Our new menu drops Monday: https://example.org/menu?week=2.",
    "RIP to the victims of the flood. 20% off everything today with code STORM.",
    "My daughter's school bus comes at 8:15 every morning on Elm Street.",
    "We are taking the company private at $42 a share, nobody knows yet.",
    "I'll burn the office down if they cancel the party again lol",
    "WHAT A GAME, WE WON THE FINAL AND I AM STILL SHAKING!!!",
    "The presentation killed it, the whole team crushed the deadline.",
    "A friend who works there says they are laying off half the staff.",
    "Colour, centre and favourite are spelt the British way here.",
    "Teh quik brwn fox jumpd over the lazzy dog.",
    "Das ist nicht die Frage, und wir sind auch nicht fertig.",
    "So proud of my kids 🥰🥰🥰🥰🥰🥰 #ProudParent #familytime",
    "Email me at someone@example.com or DM @shop_help.",
    "They deserved it for building there, karma always wins.",
]


def _draft(rng: random.Random, sentences: int) -> str:
    text = ""
    for _ in range(sentences):
        text += rng.choice(SENTENCES) + rng.choice([" ", " ", " ", "\n", "\n\n"])
    return text.strip()


def _edit(rng: random.Random, text: str) -> str:
    at = rng.randint(0, len(text))
    kind = rng.random()
    if kind < 0.45:  # a key
        return text[:at] + rng.choice("abcdefghijklmnopqrstuvwxyz .,!ESTR0123") + text[at:]
    if kind < 0.6:  # backspace, or a selection deleted
        return text[:max(0, at - rng.randint(1, 12))] + text[at:]
    if kind < 0.75:  # a sentence pasted
        return text[:at] + " " + rng.choice(SENTENCES) + " " + text[at:]
    if kind < 0.85:  # a new paragraph
        return text[:at] + "\n\n" + text[at:]
    words = text.split(" ")  # a word replaced
    words[rng.randrange(len(words))] = rng.choice(["idiots", "storm", "8:15", "COLLAPSE"])
    return " ".join(words)


CONTEXTS = [CheckContext(channels=("x", "bluesky", "mastodon"),
                         brand=BrandRules(banned_words=("cheap",))),
            CheckContext(channels=("threads",), language="en-GB")]


@pytest.mark.parametrize("seed", [1, 2])
def test_a_check_after_edits_equals_a_fresh_check(seed: int) -> None:
    rng = random.Random(seed)
    grammar = GrammarChecker(allow_local=False)
    engine = CheckEngine(grammar=grammar)
    text = _draft(rng, 12 if seed == 1 else 40)
    engine.check(text, CONTEXTS[0])
    for step in range(25):
        text = _edit(rng, text)
        # Now and then the settings change too: another context, words added to the
        # workspace's dictionary (kept results must not outlive what they depend on).
        ctx = CONTEXTS[step // 8 % 2]
        personal = frozenset({"quik", "lazzy"}) if step % 3 == 0 else frozenset()
        grammar.offline.personal = personal
        incremental = engine.check(text, ctx)
        forget_check_caches()
        fresh_grammar = GrammarChecker(allow_local=False)
        fresh_grammar.offline.personal = personal
        fresh = CheckEngine(grammar=fresh_grammar).check(text, ctx)
        assert incremental == fresh, text


def test_spelling_and_readability_by_pieces_equal_reading_the_text_whole() -> None:
    """Offline spelling and reading ease read `text.pieces` (and keep each piece's result):
    the same as reading the whole text at once, on random drafts and edits."""
    rng = random.Random(3)
    for language in ("en-US", "en-GB", "de"):
        spelling = OfflineSpelling(language)
        spelling.personal = frozenset({"quik"})
        text = _draft(rng, 30)
        for _ in range(40):
            text = _edit(rng, text)
            whole = spelling._check_piece(text, True, spelling._loaded())
            assert spelling.check(text) == whole, text
            words = style._WORD.findall(text)
            expected = None if len(words) < 20 else (
                206.835 - 1.015 * (len(words) / max(1, len(style._SENTENCE_END.findall(text))))
                - 84.6 * (sum(map(style.syllables, words)) / len(words)))
            assert style.reading_ease(text) == expected, text
