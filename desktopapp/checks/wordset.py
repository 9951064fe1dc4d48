"""The words of a chunk as a set: a rule whose key words are all absent from it is not run.

One C-speed pass (`findall`, then a frozenset) per chunk, shared by the rules that ask
(`privacy_more`, `privacy_child`, `risk_market`, `risk_promotion`), instead of a regex scan
per rule: most chunks contain none of a rule's key words, and a set test costs nothing."""

from __future__ import annotations

import re
from functools import lru_cache

from desktopapp.checks.gate import fold

_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=64)
def tokens(text: str) -> frozenset[str]:
    """Lower-case words (letters and digits; "we're" gives "we" and "re")."""
    return frozenset(_TOKEN.findall(fold(text)))


def keys(words: str) -> frozenset[str]:
    return frozenset(words.split())
