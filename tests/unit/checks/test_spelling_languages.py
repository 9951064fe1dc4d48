"""Spelling in the writer's language: English in four regional forms over one word list,
the other languages pyspellchecker ships, the workspace's own dictionary, and a guess of
the language that offers a switch."""

from __future__ import annotations

import pytest

from desktopapp.checks.spelling import CODE, OfflineSpelling
from desktopapp.checks.spelling_languages import REGION_CODE, guess, suggest_switch, usable


@pytest.fixture(scope="module")
def speller() -> OfflineSpelling:
    return OfflineSpelling()


def flagged(speller: OfflineSpelling, text: str, language: str) -> dict[str, str]:
    return {text[w.start:w.end]: w.code for w in speller.check(text, language)}


def test_british_spellings_pass_everywhere_and_american_ones_are_flagged_in_the_uk(
        speller) -> None:
    text = "my favourite colour is grey and the app rumour says so"
    assert flagged(speller, text, "en-US") == {}
    assert flagged(speller, text, "en-GB") == {}
    american = "my favorite color and the theater center"
    assert flagged(speller, american, "en-US") == {}
    uk = speller.check(american, "en-GB")
    assert {american[w.start:w.end]: w.suggestions for w in uk} == {
        "favorite": ("favourite",), "color": ("colour",), "theater": ("theatre",),
        "center": ("centre",)}
    assert all(w.code == REGION_CODE and "English (UK)" in w.message for w in uk)
    # Canada writes colour but analyze; Australia like the UK.
    assert flagged(speller, "we analyze the color", "en-CA") == {"color": REGION_CODE}
    assert flagged(speller, "Colors", "en-AU") == {"Colors": REGION_CODE}


def test_other_languages_use_their_own_word_lists(speller) -> None:
    german = "Wir haben heute einen schönen Tag und das Wetter ist wirklich gut"
    assert flagged(speller, german, "de") == {}
    assert len(flagged(speller, german, "en-US")) >= 5
    # Mid-text capitals are skipped (names; in German every noun): a lower-case typo.
    assert flagged(speller, "das Wetter ist wirklichh gut", "de") == {"wirklichh": CODE}
    assert flagged(speller, "c'est l'amour, déjà très belle", "fr") == {}
    assert flagged(speller, "una canción muy bonita", "es") == {}
    speller.check("", "de")
    assert speller.suggestions("wirklichh")[0] == "wirklich"  # from the German list


def test_the_workspace_dictionary_is_never_flagged() -> None:
    speller = OfflineSpelling()
    assert flagged(speller, "our new frobnicator ships today", "en-US") == {
        "frobnicator": CODE}
    speller.personal = frozenset({"frobnicator"})
    assert flagged(speller, "our new frobnicator ships today", "en-US") == {}


def test_the_language_guess_offers_a_switch_only_when_clear() -> None:
    assert guess("Wir haben heute einen schönen Tag und das ist nicht schlecht, "
                 "die Sonne scheint auch") == "de"
    assert guess("We are so happy to show you the new range, and it is on sale") == "en"
    assert guess("Hello there") is None  # too short to tell
    french = "Nous sommes très heureux de vous présenter la nouvelle collection pour le printemps"
    assert suggest_switch(french, "en-US") == "fr"
    assert suggest_switch(french, "fr") is None
    english = "We are so happy to show you the new range, and it is on sale this week"
    assert suggest_switch(english, "de", default="en-GB") == "en-GB"


def test_language_codes_are_checked() -> None:
    assert usable("en-gb") == "en-GB"
    with pytest.raises(ValueError, match="not a spelling language"):
        usable("klingon")
