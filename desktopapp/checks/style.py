"""Accessibility, brand rules and style: alt text, CamelCase hashtags, emoji walls,
banned words, preferred spellings, sponsorship disclosure, readability."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.text import pieces

NAME = "style"
_HASHTAG = re.compile(r"(?<![\w#])#([A-Za-z][A-Za-z0-9_]{2,})")
# An emoji is a grapheme cluster that starts with a pictograph or a flag's letters.
_EMOJI = regex.compile(r"(?=\p{Extended_Pictographic}|\p{Regional_Indicator})\X")
EMOJI_WALL = 10  # emoji in a row from which the run is a caution, not a note
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")


def _warn(code: str, category: Category, severity: Severity, start: int, end: int,
          message: str, suggestions: tuple[str, ...] = ()) -> CheckWarning:
    return CheckWarning(code, category, severity, start, end, message, suggestions, NAME)


def syllables(word: str) -> int:
    word = word.lower()
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def reading_ease(text: str) -> float | None:
    """Flesch reading ease (higher is easier); None for texts too short to judge."""
    counts = [_words_and_syllables(piece) for _start, piece in pieces(text)]
    words = sum(c[0] for c in counts)
    if words < 20:
        return None
    sentences = max(1, len(_SENTENCE_END.findall(text)) or 1)
    syllable_count = sum(c[1] for c in counts)
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_count / words)


@lru_cache(maxsize=2048)
def _words_and_syllables(piece: str) -> tuple[int, int]:
    """A piece's words and their syllables (`text.pieces`: no word crosses pieces), kept:
    counting syllables word by word was most of the whole-post checks' time, and after an
    edit only the pieces it touched are counted again."""
    words = _WORD.findall(piece)
    return len(words), sum(map(syllables, words))


def check_paragraph(text: str, ctx: CheckContext) -> list[CheckWarning]:
    found: list[CheckWarning] = []
    for m in _HASHTAG.finditer(text):
        tag = m.group(1)
        if tag.islower() and len(tag) >= 10:
            found.append(_warn("accessibility.hashtag-case", Category.ACCESSIBILITY,
                               Severity.INFO, m.start(), m.end(),
                               f"Write #{tag} in CamelCase (each word capitalised) so screen "
                               "readers read the words, not a jumble of letters."))
    run_start, run_end, count, last_end = -1, -1, 0, -1
    runs = []
    for m in _EMOJI.finditer(text):
        if m.start() - last_end <= 1 and count:
            count, run_end = count + 1, m.end()
        else:
            if count >= 5:
                runs.append((run_start, run_end, count))
            run_start, run_end, count = m.start(), m.end(), 1
        last_end = m.end()
    if count >= 5:
        runs.append((run_start, run_end, count))
    for start, end, n in runs:
        # Like a hashtag's case, a short run ("😂😂😂😂😂", laughing) is advice for screen
        # reader users, not something the writer may regret: information. A wall that
        # takes many seconds to hear out is a caution.
        severity = Severity.CAUTION if n >= EMOJI_WALL else Severity.INFO
        found.append(_warn("accessibility.emoji-wall", Category.ACCESSIBILITY, severity,
                           start, end, f"{n} emoji in a row: screen readers read every one "
                           "aloud by name. Keep one or two."))
    for word in ctx.brand.banned_words:
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            found.append(_warn("brand.banned-word", Category.BRAND, Severity.DANGER, m.start(),
                               m.end(), f"“{m.group(0)}” is on this workspace's list of words "
                               "not to use.", ("",)))
    for wrong, right in ctx.brand.preferred_spellings:
        for m in re.finditer(rf"(?<!\w){re.escape(wrong)}(?!\w)", text):
            found.append(_warn("brand.spelling", Category.BRAND, Severity.CAUTION, m.start(),
                               m.end(), f"This workspace writes “{right}”, not “{m.group(0)}”.",
                               (right,)))
    return found


def check_document(text: str, ctx: CheckContext) -> list[CheckWarning]:
    found: list[CheckWarning] = []
    for media in ctx.media:
        if not media.alt_text.strip():
            found.append(_warn("accessibility.alt-text", Category.ACCESSIBILITY,
                               Severity.CAUTION, 0, 0, f"The image “{media.name}” has no alt "
                               "text: people using screen readers will not know what it shows."))
    if ctx.sponsored:
        tags = [t.lower() for t in ctx.brand.disclosure_tags]
        if not any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text, re.IGNORECASE)
                   for t in tags):
            found.append(_warn("brand.disclosure", Category.BRAND, Severity.DANGER, len(text),
                               len(text), "This post is marked as sponsored but has no "
                               f"disclosure tag ({', '.join(ctx.brand.disclosure_tags)}). "
                               "Advertising rules require it.",
                               tuple(f" {t}" for t in ctx.brand.disclosure_tags[:1])))
    ease = reading_ease(text)
    if ease is not None and ease < 50:
        found.append(_warn("style.readability", Category.STYLE, Severity.INFO, 0, 0,
                           f"Reading ease {ease:.0f}/100: long sentences and long words. "
                           "Shorter sentences get read to the end."))
    return found
