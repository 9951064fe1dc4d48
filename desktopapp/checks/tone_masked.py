"""Masked swearing ("f***", "sh*t", "a$$"): a word with symbols in place of letters reads
as swearing only when the symbols could hide the letters of a swear word. A hashtag or a
handle glued to a word ("fav#genius", "tv@bloombergtv", "im@user") has the same shape but
hides nothing."""

from __future__ import annotations

import re
from functools import lru_cache

from desktopapp.checks import lexicons

_MASK_RUN = re.compile(r"[*#@$%!]+")


@lru_cache(maxsize=1024)
def hides_swearing(token: str) -> bool:
    """Whether some swear word of the profanity list fits `token`, each run of k symbols
    standing for k letters, give or take one ("f***" fuck, "f**king" fucking, "a$$" ass)."""
    token = token.lower()
    parts = _MASK_RUN.split(token)
    runs = [len(m) for m in _MASK_RUN.findall(token)]
    if not runs:
        return False
    shape = re.compile("".join(
        re.escape(part) + (f"[a-z]{{{max(1, k - 1)},{k + 1}}}" if i < len(runs) else "")
        for i, (part, k) in enumerate(zip(parts, [*runs, 0], strict=True))))
    tail = parts[-1]  # letters after the last symbols: an ending of a listed stem ("ing")
    return any(shape.fullmatch(word) for word in _candidates(tail))


def _candidates(tail: str) -> list[str]:
    # The list holds word families (see checks/profanity.py): a stem with its other
    # spellings ("=fkn"), compounds and flags; an abbreviation is a line of its own.
    words = []
    for line in lexicons.words("profanity"):
        if line.startswith("["):
            continue
        stem, *rest = line.split()
        words += [stem + tail[i:] for i in range(len(tail) + 1)]
        words += [w[1:].rstrip("-") for w in rest if w.startswith("=")]
    return words
