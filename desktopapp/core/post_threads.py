"""Splitting long text into a thread that fits a network's limit.

A line with only `---` always starts a new post. Longer pieces break at sentence ends,
then (for a single overlong sentence) at spaces. Numbering (" 1/3") is optional and is
counted against the limit too."""

from __future__ import annotations

import re
from collections.abc import Callable

_MANUAL = re.compile(r"^\s*---\s*$", re.MULTILINE)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")

Counter = Callable[[str], int]


def _fit(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Greedy: as many sentences (or words) per post as fit."""
    parts: list[str] = []
    current = ""
    for sentence in _SENTENCE.split(text.strip()):
        candidate = f"{current} {sentence}".strip()
        if fits(candidate):
            current = candidate
            continue
        if current:
            parts.append(current)
        if fits(sentence):
            current = sentence
            continue
        current = ""
        for word in sentence.split():  # an overlong sentence breaks between words
            candidate = f"{current} {word}".strip()
            if fits(candidate) or not current:
                current = candidate
            else:
                parts.append(current)
                current = word
    if current:
        parts.append(current)
    return parts


def split_thread(text: str, count: Counter, limit: int, numbered: bool = False) -> list[str]:
    pieces = [p.strip() for p in _MANUAL.split(text) if p.strip()]
    reserve = 0
    parts: list[str] = []
    for _ in range(3):  # numbering width depends on the number of parts: settle it
        parts = []
        room = limit - reserve

        def fits(candidate: str, room: int = room) -> bool:
            return count(candidate) <= room

        for piece in pieces:
            parts += _fit(piece, fits)
        if not numbered:
            return parts
        needed = len(f" {len(parts)}/{len(parts)}")
        if needed == reserve:
            break
        reserve = needed
    total = len(parts)
    return [f"{p} {i}/{total}" for i, p in enumerate(parts, start=1)]
