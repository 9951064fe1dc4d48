"""Which languages spelling is checked in, the regional English rules, and a simple guess
of a text's language from its most common words (to offer a switch, never to switch).

English has four regional forms over one word list (pyspellchecker's, which is American):
UK and Australian English flag the American spelling of a word they write differently
("color" → "colour"); Canadian English does too, except where Canada writes it the
American way; US English accepts British forms (readers understand both, and a US writer
quoting one should not see a warning)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from desktopapp.checks.model import Category, CheckWarning, Severity

DEFAULT = "en-US"
# Every language pyspellchecker ships a word list for, English in its regional forms.
LANGUAGES = {
    "en-US": "English (US)", "en-GB": "English (UK)", "en-CA": "English (Canada)",
    "en-AU": "English (Australia)", "de": "German", "fr": "French", "es": "Spanish",
    "pt": "Portuguese", "it": "Italian", "nl": "Dutch", "ru": "Russian", "ar": "Arabic",
    "eu": "Basque", "fa": "Persian", "lv": "Latvian",
}
REGION_CODE = "spelling.region"

# American spelling -> the British one (en-GB, en-AU; en-CA except _CANADA_AS_US).
US_TO_UK = {
    "color": "colour", "favor": "favour", "favorite": "favourite", "honor": "honour",
    "humor": "humour", "labor": "labour", "neighbor": "neighbour", "flavor": "flavour",
    "behavior": "behaviour", "harbor": "harbour", "rumor": "rumour", "center": "centre",
    "theater": "theatre", "fiber": "fibre", "liter": "litre", "gray": "grey",
    "jewelry": "jewellery", "defense": "defence", "offense": "offence",
    "analyze": "analyse", "catalog": "catalogue", "traveled": "travelled",
    "traveling": "travelling", "traveler": "traveller", "canceled": "cancelled",
    "canceling": "cancelling", "mom": "mum", "pajamas": "pyjamas", "aluminum": "aluminium",
    "cozy": "cosy", "mold": "mould", "plow": "plough", "skeptical": "sceptical",
}
_CANADA_AS_US = frozenset({"analyze", "mom", "cozy", "pajamas", "aluminum", "skeptical"})
_SUFFIXES = ("", "s")


def usable(language: str) -> str:
    """The language code as stored, or ValueError naming the choices."""
    for code in LANGUAGES:
        if code.lower() == language.strip().lower():
            return code
    raise ValueError(f"“{language}” is not a spelling language; choose one of "
                     + ", ".join(LANGUAGES) + ".")


def dictionary_of(language: str) -> str:
    """The word list a language uses: "en" for every English, else its own."""
    return language.split("-")[0].lower() if language in LANGUAGES else "en"


def label(language: str) -> str:
    return LANGUAGES.get(language, language)


def regional_warnings(text: str, words: list[tuple[str, int, int]],
                      language: str) -> list[CheckWarning]:
    """American spellings where this English writes them otherwise. `words` are
    (word, start, end) of the text's words."""
    if language not in ("en-GB", "en-AU", "en-CA"):
        return []
    found = []
    for word, start, end in words:
        lower = word.lower()
        for suffix in _SUFFIXES:
            base = lower[: len(lower) - len(suffix)] if suffix else lower
            if not lower.endswith(suffix) or base not in US_TO_UK:
                continue
            if language == "en-CA" and base in _CANADA_AS_US:
                break
            british = US_TO_UK[base] + suffix
            if word[0].isupper():
                british = british.capitalize()
            found.append(CheckWarning(
                REGION_CODE, Category.SPELLING, Severity.INFO, start, end,
                f"“{word}” is the American spelling; {label(language)} writes “{british}”.",
                (british,), "grammar"))
            break
    return found


# A few of each language's most common words: enough to tell a post's language apart.
_COMMON = {
    "en": "the and to of is you that it in for this with are on be we our not",
    "de": "der die und das ist nicht ich sie mit den zu ein eine auf für es wir auch",
    "fr": "le la les et est des une un pas pour que qui dans nous vous avec sur ce",
    "es": "el la los las y que es en un una por para con no del se muy pero",
    "pt": "o os as e que é não um uma para com do da em se muito mas você",
    "it": "il la le e che di è non un una per con del della sono anche ma",
    "nl": "de het een en is niet van dat ik je op te met voor zijn ook wij",
}
_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _common() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words.split()) for lang, words in _COMMON.items()}


def guess(text: str) -> str | None:
    """The word list ("en", "de", …) a text is clearly written in, or None when it is too
    short or not clear. Counts each language's most common words: crude, but a post in
    German is full of "und", "die" and "nicht" and has no "the"."""
    words = _TOKEN.findall(text)
    if len(words) < 8:
        return None
    # Counted once, then looked up per language (each list has ~20 words): this runs on
    # the GUI thread after every check, and a pass over every word per language took
    # ~5 ms of a 5,000-character draft.
    counts = Counter(map(str.lower, words))
    hits = sorted(((sum(counts[w] for w in common if w in counts), lang)
                   for lang, common in _common().items()), reverse=True)
    (best, lang), (second, _) = hits[0], hits[1]
    if best >= 3 and best >= 2 * second and best >= 0.15 * len(words):
        return lang
    return None


def suggest_switch(text: str, language: str,
                   default: str | Callable[[], str] = DEFAULT) -> str | None:
    """The language to offer when the text is clearly in another one than `language`.
    `default` (the workspace's language) may be a function: it is asked for only when an
    English text is checked in another language (it reads the database)."""
    found = guess(text)
    if found is None or found == dictionary_of(language):
        return None
    if found == "en":
        default = default() if callable(default) else default
        return default if dictionary_of(default) == "en" else DEFAULT
    return found
