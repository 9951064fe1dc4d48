"""Length per network, each with its own counting rules, and where the overflow begins.

- X: twitter-text with config v3 (URLs count 23, weighted code point ranges, an emoji
  sequence counts as one unit of weight 2); passes X's conformance suite.
- Bluesky: at most 300 grapheme clusters (current Unicode, via `regex`'s \\X) and at most
  3,000 UTF-8 bytes.
- Mastodon: 500 grapheme clusters or the instance's own limit; every URL counts 23 and a
  mention `@user@instance` counts only as `@user`.
- Threads: 500 grapheme clusters. LinkedIn: 3,000 characters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from desktopapp.checks.model import (
    CHANNEL_LABELS,
    CHANNELS,
    Category,
    CheckContext,
    CheckWarning,
    LengthResult,
    Severity,
)

NAME = "length"
LABELS = CHANNEL_LABELS
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'’”]")
_REMOTE_MENTION = re.compile(r"(@[\w.-]+)@[\w-]+(?:\.[\w-]+)+")
MASTODON_URL_LENGTH = 23


@cache
def x_options() -> dict[str, Any]:
    """X's official v3 config, in the key style the twitter-text library expects."""
    raw = json.loads((resources.files("desktopapp.resources") / "twitter-text-config-v3.json")
                     .read_text(encoding="utf-8"))
    return x_options_from_config(raw)


def x_options_from_config(raw: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": raw["version"],
        "max_weighted_tweet_length": raw["maxWeightedTweetLength"],
        "scale": raw["scale"],
        "default_weight": raw["defaultWeight"],
        "emoji_parsing_enabled": raw.get("emojiParsingEnabled", False),
        "transformed_url_length": raw["transformedURLLength"],
        "ranges": [dict(r) for r in raw.get("ranges", [])],
    }


def utf16_to_index(text: str, utf16_offset: int) -> int:
    """The Python string index of the code point at UTF-16 offset `utf16_offset`."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


_X_PIECE = re.compile(r"\S+\s*|\s+")
X_PIECE_CHARS = 80


_LINE_ENDINGS = re.compile(r"\r\n|\r|\n")


@cache
def _ascii_weighs_one() -> bool:
    """Whether every ASCII character weighs exactly one unit in X's config (true for v3)."""
    options = x_options()
    return any(r["start"] == 0 and r["end"] >= 127 and r["weight"] == options["scale"]
               for r in options["ranges"])


def _ascii_x_parse(text: str, limit: int) -> tuple[int, bool, int]:
    """twitter-text's (weightedLength, valid, validRangeEnd) for an ASCII text: one unit a
    character, a URL its fixed length. The fast path: twitter-text walks the text a
    character at a time in Python and scans it for emoji, which ASCII holds none of; here
    the stretches between URLs are counted whole (a property test compares with the full
    parse, limits below and above the text's length)."""
    _twitter_text()
    from twitter_text.extract_urls import extract_urls_with_indices

    normalised = _LINE_ENDINGS.sub("\n", text)
    url_length = x_options()["transformed_url_length"]
    weighted, last_valid, position = 0, 0, 0
    urls = sorted((u["indices"][0], len(u["url"])) for u in extract_urls_with_indices(normalised))
    for start, size in [*urls, (len(normalised), 0)]:
        if start < position:
            continue
        plain = start - position  # characters of one unit each before this URL
        if plain:
            if weighted + plain <= limit:
                last_valid = start - 1
            elif weighted < limit:
                last_valid = position + (limit - weighted) - 1
            weighted += plain
        if size:
            weighted += url_length
            if weighted <= limit:
                last_valid = start + size - 1
        position = start + size
    valid_end = min(last_valid + 1, len(normalised)) - 1 + len(text) - len(normalised)
    return weighted, 0 < weighted <= limit, valid_end


@cache
def _twitter_text() -> Any:
    """The twitter-text package, imported when first needed (150–300 ms).

    Its emoji table reads one data file through `pkg_resources`, whose import scans every
    installed distribution: ~10 MB resident and ~100 ms for that one read. When nothing
    has imported either yet, the import gets a stand-in `pkg_resources` offering just
    `resource_string` (the file next to the module), removed right after."""
    import sys
    import types

    if "twitter_text" not in sys.modules and "pkg_resources" not in sys.modules:
        stand_in = types.ModuleType("pkg_resources")
        stand_in.resource_string = _resource_bytes  # type: ignore[attr-defined]
        sys.modules["pkg_resources"] = stand_in
        try:
            import twitter_text
        finally:
            if sys.modules.get("pkg_resources") is stand_in:
                del sys.modules["pkg_resources"]
    import twitter_text

    return twitter_text


def _resource_bytes(module: str, name: str) -> bytes:
    """`pkg_resources.resource_string`: the file `name` next to the module `module`."""
    import sys
    from pathlib import Path

    return (Path(str(sys.modules[module].__file__)).parent / name).read_bytes()


@lru_cache(maxsize=2048)
def _parse_x(text: str, limit: int) -> tuple[int, bool, int]:
    if text and text.isascii() and _ascii_weighs_one():
        return _ascii_x_parse(text, limit)
    options = dict(x_options(), max_weighted_tweet_length=limit)
    parsed = _twitter_text().parse_tweet(text, options)
    return parsed.weightedLength, parsed.valid, parsed.validRangeEnd


def _x_pieces(text: str) -> list[str]:
    """The text cut at whitespace into pieces of about X_PIECE_CHARS. X's weights add up
    across whitespace (no URL or emoji contains any), so pieces can be counted apart and
    cached: a keystroke re-counts one piece, not a 5,000-character draft."""
    pieces, current = [], ""
    for match in _X_PIECE.finditer(text):
        if current and len(current) + len(match.group(0)) > X_PIECE_CHARS:
            pieces.append(current)
            current = ""
        current += match.group(0)
    if current:
        pieces.append(current)
    return pieces


def _overflow_in(piece: str, budget: int) -> int:
    """Index of the first character of `piece` that does not fit in `budget` weight units
    (or is not allowed). twitter-text reports the valid range's end as 0 both when only the
    first character fits and when nothing does; a leading space (weight 1; pieces are cut
    at whitespace anyway) tells the two apart."""
    padded = " " + piece
    _, _, valid_end = _parse_x(padded, budget + 1)
    return utf16_to_index(padded, valid_end + 1) - 1


def count_x(text: str) -> LengthResult:
    limit = x_options()["max_weighted_tweet_length"]
    if len(text) <= X_PIECE_CHARS * 2:
        weighted, valid, _ = _parse_x(text, limit)
        # twitter-text calls an empty (or all-blank) tweet invalid; that is "nothing to
        # post yet", not "too long" (issue 15: an empty draft showed a length error).
        valid = valid or (not text.strip() and weighted <= limit)
        overflow = None if valid or not text else _overflow_in(text, limit)
        return LengthResult("x", weighted, limit, valid, overflow)
    total, offset, overflow, valid = 0, 0, None, True
    for piece in _x_pieces(text):
        weighted, piece_valid, _ = _parse_x(piece, limit)
        if overflow is None and (total + weighted > limit or not piece_valid):
            # Where exactly it stops fitting: count this piece against what is left.
            overflow = offset + _overflow_in(piece, max(0, limit - total))
            valid = False
        total += weighted
        offset += len(piece)
    return LengthResult("x", total, limit, valid and total <= limit, overflow)


def _grapheme_starts(text: str) -> list[int]:
    if text.isascii() and "\r\n" not in text:
        # In ASCII only CR LF makes one grapheme of two characters (Unicode's rule GB3):
        # every other character starts its own, no regex walk needed (a test compares).
        return list(range(len(text)))
    return [m.start() for m in _grapheme().finditer(text)]


@cache
def _grapheme() -> Any:
    """`regex`'s \\X (Python's `re` has no grapheme clusters). Compiled on first use: the
    module costs ~15 ms to import, which the window's first frame need not pay."""
    import regex

    return regex.compile(r"\X")


def count_bluesky(text: str) -> LengthResult:
    starts = _grapheme_starts(text)
    overflow = starts[300] if len(starts) > 300 else None
    encoded = text.encode("utf-8")
    if len(encoded) > 3000:
        byte_cut = len(encoded[:3000].decode("utf-8", errors="ignore"))
        overflow = byte_cut if overflow is None else min(overflow, byte_cut)
    return LengthResult("bluesky", len(starts), 300, overflow is None, overflow, "graphemes")


def _segments(text: str, url_weight: int | None) -> list[tuple[int, list[int] | int]]:
    """The text as counted units, in order: (start, grapheme starts of a stretch of plain
    text, relative to start) or (start, weight) for a whole URL."""
    skip: list[tuple[int, int, int]] = []
    if url_weight is not None:
        skip = [(m.start(), m.end(), url_weight) for m in _URL.finditer(text)]
    skip += [(m.start(1) + len(m.group(1)), m.end(), 0) for m in _REMOTE_MENTION.finditer(text)]
    skip.sort()
    segments: list[tuple[int, list[int] | int]] = []
    position = 0
    for start, end, weight in skip:
        if start < position:
            continue
        segments.append((position, _grapheme_starts(text[position:start])))
        if weight:
            segments.append((start, weight))
        position = end
    segments.append((position, _grapheme_starts(text[position:])))
    return segments


def _count_units(channel: str, text: str, limit: int, url_weight: int | None) -> LengthResult:
    """Graphemes count one, a URL its weight; where the count first passes the limit is
    found per stretch of text, not per character (a 5,000-character draft was 5,000 steps
    of Python)."""
    total, overflow = 0, None
    for start, unit in _segments(text, url_weight):
        weight = unit if isinstance(unit, int) else len(unit)
        if overflow is None and total + weight > limit:
            overflow = start if isinstance(unit, int) else start + unit[limit - total]
        total += weight
    return LengthResult(channel, total, limit, total <= limit, overflow, "characters")


def count_linkedin(text: str) -> LengthResult:
    return LengthResult("linkedin", len(text), 3000, len(text) <= 3000,
                        3000 if len(text) > 3000 else None)


def counter(channel: str, ctx: CheckContext) -> Callable[[str], LengthResult]:
    if channel == "x":
        return count_x
    if channel == "bluesky":
        return count_bluesky
    if channel == "mastodon":
        return lambda text: _count_units("mastodon", text, ctx.mastodon_limit,
                                         MASTODON_URL_LENGTH)
    if channel == "threads":
        return lambda text: _count_units("threads", text, 500, None)
    if channel == "linkedin":
        return count_linkedin
    raise ValueError(f"unknown channel {channel!r}; known: {', '.join(CHANNELS)}")


def measure(text: str, ctx: CheckContext) -> dict[str, LengthResult]:
    return {channel: counter(channel, ctx)(text) for channel in ctx.channels}


def check(text: str, ctx: CheckContext, results: dict[str, LengthResult]) -> list[CheckWarning]:
    found = []
    for channel, result in results.items():
        if result.valid:
            continue
        label = LABELS[channel]
        start = result.overflow_start if result.overflow_start is not None else 0
        over = result.count - result.limit
        detail = (f"{result.count:,} of {result.limit:,}" if over > 0 else
                  "it contains characters X does not accept")
        found.append(CheckWarning(
            f"length.{channel}", Category.LENGTH, Severity.DANGER, start, len(text),
            f"Too long for {label}: {detail}. Everything from here on would not fit; "
            "shorten it or split it into a thread.", (), NAME))
    return found
