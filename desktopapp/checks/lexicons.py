"""Word lists shipped in resources/wordlists, compiled once into regular expressions."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from desktopapp.checks.gate import GatedPattern, gated


@cache
def words(name: str) -> tuple[str, ...]:
    text = (resources.files("desktopapp.resources") / "wordlists" / f"{name}.txt").read_text(
        encoding="utf-8")
    entries: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.extend(line.split() if name == "acronyms" else [line])
    return tuple(entries)


def _entry_pattern(entry: str) -> str:
    if entry.endswith("*"):
        return re.escape(entry[:-1]) + r"\w*"
    return re.escape(entry).replace(r"\ ", r"\s+")


@cache
def pattern(name: str) -> GatedPattern:
    """A case-insensitive whole-word pattern matching any entry of the list (gated: a text
    containing none of the entries' letters is not scanned)."""
    if name == "profanity":
        # Word families, not a flat list: their forms (endings, masks, compounds) are
        # generated in checks/profanity.py (imported here, as it reads its list through us).
        from desktopapp.checks import profanity
        return profanity.patterns()[0]
    alternatives = "|".join(_entry_pattern(e) for e in sorted(words(name), key=len, reverse=True))
    return gated(rf"(?<![\w@#])(?:{alternatives})(?!\w)", re.IGNORECASE)


@cache
def acronyms() -> frozenset[str]:
    return frozenset(w.upper() for w in words("acronyms"))


@cache
def word_set(name: str) -> frozenset[str]:
    """A list's entries in lower case, for membership tests."""
    return frozenset(w.lower() for w in words(name))
