"""Words the US-English dictionary lacks but that are spelt right: possessives, British
spellings (colour, centre, organise, programme, travelled) and social vocabulary."""

from __future__ import annotations

import re
from collections.abc import Container

# British ending or infix -> the American one the dictionary knows. Tried one at a time.
_BRITISH = [(re.compile(p), r) for p, r in (
    (r"our(s|ed|ing|ite|ites|able|er|ers)?$", r"or\1"),
    (r"our(?=\w)", "or"),
    (r"tre(s|d)?$", r"ter\1"),
    (r"is(e|es|ed|ing|er|ers|ation|ations)$", r"iz\1"),
    (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"mme(s)?$", r"m\1"),
    (r"ll(ed|ing|er|ers)$", r"l\1"),
    (r"ogue(s)?$", r"og\1"),
    (r"ence$", "ense"),
)]


def known_variant(word: str, known: Container[str], social: Container[str]) -> bool:
    """True when `word` (lower case) is a possessive, a British spelling or a social word
    whose base form is known."""
    word = word.replace("’", "'")
    if word in social or word in known:
        return True
    for suffix in ("'s", "s'", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            base = word[: -len(suffix)]
            return base in known or base in social or known_variant(base, known, social)
    return any(pattern.search(word) and pattern.sub(american, word, count=1) in known
               for pattern, american in _BRITISH)
