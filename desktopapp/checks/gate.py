"""Regular expressions that skip the text when they cannot match in it.

Python's `re` tries every branch of an alternation at every position of the text: a
pattern of fifty phrases (`\\blol\\b|\\bparty\\b|…`) costs about fifty scans of the text,
and the risk rules are dozens of such patterns. Most drafts contain none of the phrases.

`gated(source, flags)` compiles the pattern as usual and, for each branch of its main
alternation, works out from the parsed pattern a few plain strings one of which every
match through that branch must contain (the branch's longest fixed run of letters, or
one per sub-branch). A search first tests those strings with `in` (C speed, no regex),
drops the branches that cannot match in this text and runs what is left — nothing when no
branch is left. A branch that cannot match anywhere in the text changes no match at any
position, so the results are exactly those of the full pattern
(`tests/unit/checks/test_gate.py` checks them equal on thousands of real posts).
"""

from __future__ import annotations

import importlib
import re
import sys
import weakref
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

from desktopapp.checks import gate_cache
from desktopapp.checks.gate_lower import compile_parts, twin_parts

# The parser behind re.compile: private, but stable since 3.11 (its compiling steps are
# in gate_lower.compile_parts).
_parser: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")
_casefix: Any = importlib.import_module("re._casefix")

# Under IGNORECASE `re` also matches "ı" to i, "ſ" to s and "İ" (whose lower() is
# "i" and a combining dot) to i. Folding them to those letters (and dropping combining
# dots) keeps the letters of every match a substring of the folded text; where the
# fold joins letters that `re` would not, the gate only lets a text through for nothing.
_ODD = (("\u0307", ""), ("ı", "i"), ("ſ", "s"))
# Letters `re` matches to other letters beyond lower() and the fold above: a run of
# letters stops before them.
_EXTRA = frozenset(chr(c) for c in _casefix._EXTRA_CASES) - {"i", "s"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))

Need = frozenset[str] | None  # one of these strings is in every match; None: no such set


# Every gated pattern made, for prepare_all (weak: a pattern made for one text may go).
_ALL: weakref.WeakSet[GatedPattern] = weakref.WeakSet()
_LAST_FOLD = ("", "")  # one sentence is folded once for the dozen rules that read it


def fold(text: str) -> str:
    global _LAST_FOLD
    last = _LAST_FOLD  # one read: another thread may replace it meanwhile
    if last[0] == text:
        return last[1]
    low = text.lower()  # str.translate would be ten times slower on non-ASCII text
    for odd, plain in _ODD:
        if odd in low:
            low = low.replace(odd, plain)
    _LAST_FOLD = (text, low)
    return low


# The three-letter pieces of the texts asked about lately: 178 patterns with 5,700 needs
# between them are asked about each paragraph and sentence, and testing each need with
# `in` was ~1 ms a paragraph. A need can be in a text only if its first three letters
# are among the text's pieces, so one C-level `isdisjoint` of the pattern's need
# beginnings with the text's pieces settles most patterns (no need can be there); the
# rest test their needs as before. Made once per text, shared by every pattern.
_PIECES: dict[str, frozenset[str]] = {}
# ~50 KB a paragraph's pieces: a few kept (the engine checks a paragraph with every
# checker before the next, so its pieces serve them all), the count of asks for more.
_PIECES_KEPT = 16
_ASKED: dict[str, int] = {}
_ASKED_KEPT = 256
PIECE = 3
# Making a text's pieces costs about what testing the needs of a few patterns in it does:
# only a text asked about this often gets them (a paragraph is asked about by ~100
# patterns, most sentences by a handful).
_ASKED_BEFORE_PIECES = 4


def _pieces(text: str) -> frozenset[str] | None:
    """The text's pieces, or None while it has been asked about too rarely to pay."""
    found = _PIECES.get(text)
    if found is not None:
        return found
    asked = _ASKED.get(text, 0)
    if asked < _ASKED_BEFORE_PIECES:
        if len(_ASKED) >= _ASKED_KEPT:
            _ASKED.clear()  # texts come and go with the checks
        _ASKED[text] = asked + 1
        return None
    if len(_PIECES) >= _PIECES_KEPT:
        _PIECES.clear()
    found = _PIECES[text] = frozenset([text[i:i + PIECE] for i in range(len(text) - PIECE + 1)])
    return found


# English letters from the commonest to the rarest: a need is filed under its piece of
# the rarest letters, which few texts contain (any piece of it would be exact; a rare
# one settles more texts).
_COMMON = {letter: rank for rank, letter in enumerate("etaoinshrdlcumwfgypbvkjxqz")}


def _rarest_piece(need: str) -> str:
    pieces = [need[i:i + PIECE] for i in range(len(need) - PIECE + 1)]
    return max(pieces, key=lambda p: sum(_COMMON.get(c, 0) for c in p))


def _better(a: Need, b: Need) -> Need:
    """The more selective of two conditions (longer strings, then fewer of them)."""
    if a is None:
        return b
    if b is None:
        return a
    rank_a = (min(map(len, a)), -len(a))
    rank_b = (min(map(len, b)), -len(b))
    return a if rank_a >= rank_b else b


def need(items: list[tuple[Any, Any]], icase: bool, folded: bool | None = None) -> Need:
    """Strings one of which every match of this parsed sequence contains: any part of a
    sequence is necessary, so the most selective part is chosen. `icase`: whether this
    part matches ignoring case; `folded`: whether the strings are looked for in the folded
    text (the whole pattern ignores case), by default as `icase`. A case-sensitive part of
    a folded pattern (`(?-i:Mr)`) needs its letters lowered (ASCII only: beyond it a
    letter's lower() can differ inside a word); an ignore-case part of a case-sensitive
    pattern (`(?i:mr)`) needs nothing, as the raw text is not folded."""
    folded = icase if folded is None else folded
    best: Need = None
    run: list[str] = []

    def close() -> None:
        nonlocal best
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            char = chr(av)
            if icase != folded and not (folded and char.isascii()):
                close()
                continue
            if folded:
                char = char.lower()
                if icase and (char in _EXTRA or len(char) != 1):
                    close()
                    continue
            run.append(char)
            continue
        close()
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            sub_icase = (icase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            best = _better(best, need(sub.data, sub_icase, folded))
        elif op is C.BRANCH:
            branches = [need(b.data, icase, folded) for b in av[1]]
            if all(b is not None for b in branches):
                best = _better(best, frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                best = _better(best, need(sub.data, icase, folded))
        # anything else (classes, assertions, anchors, group references) needs nothing
    close()
    return best


def _split(source: str) -> tuple[str, list[str], str]:
    """(prefix, branches, suffix) of the pattern's main alternation: the top level's own
    branches, else those of the first top-level non-capturing group that has some and is
    not repeated. A pattern without one is a single branch."""
    top: list[int] = []  # positions of "|" at depth 0
    groups: list[tuple[int, int, list[int]]] = []  # depth-1 groups: start, end, their "|"
    depth, i, start = 0, 0, 0
    bars: list[int] = []
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        if char == "(":
            depth += 1
            if depth == 1:
                start, bars = i, []
        elif char == ")":
            if depth == 1:
                groups.append((start, i, bars))
            depth -= 1
        elif char == "|":
            if depth == 0:
                top.append(i)
            elif depth == 1:
                bars.append(i)
        i += 1
    if top:
        cuts = [-1, *top, len(source)]
        return "", [source[a + 1:b] for a, b in pairwise(cuts)], ""
    for begin, end, group_bars in groups:
        repeated = source[end + 1:end + 2] in ("?", "*", "+", "{")
        if group_bars and source.startswith("(?:", begin) and not repeated:
            cuts = [begin + 2, *group_bars, end]
            return (source[:begin + 3],
                    [source[a + 1:b] for a, b in pairwise(cuts)],
                    source[end:])
    return "", [source], ""


def _class_end(source: str, i: int) -> int:
    """The position after the character class that starts at `i`."""
    i += 1
    if source[i:i + 1] == "^":
        i += 1
    if source[i:i + 1] == "]":
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _branches(source: str, flags: int, tree: Any) -> list[list[tuple[Any, Any]]]:
    """The parsed sequence of each branch of the main alternation (`_split`), the rest of
    the pattern around it. Every match of the pattern matches one of them, whichever
    alternation of the top level is split, so their needs are the pattern's. They come
    from the pattern's own parse where its top level has exactly one alternation of that
    many branches; else each branch is parsed with the prefix and suffix, as written."""
    prefix, branches, suffix = _split(source)
    items = list(tree.data)
    if len(branches) == 1:
        return [items]
    found = [i for i, (op, av) in enumerate(items)
             if op is C.BRANCH and len(av[1]) == len(branches)]
    if len(found) != 1:
        return [_parser.parse(prefix + branch + suffix, flags).data for branch in branches]
    at = found[0]
    return [items[:at] + list(alternative.data) + items[at + 1:]
            for alternative in items[at][1][1]]


class GatedPattern:
    """A compiled pattern that first asks whether it could match in the text at all.

    Offers what the checkers use of `re.Pattern`: search, match, finditer, sub,
    pattern and flags."""

    # Compiled on first use (`__getattr__`), not when a checker module is imported: the
    # window imports a few checker modules before its first frame, and compiling their
    # ~20 patterns there was a measurable part of start-up (issue 12); the check worker's
    # warm-up (`prepare_all`) compiles the rest. A bad pattern still fails its tests.
    full: re.Pattern[str]
    flags: int
    _icase: bool

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self._flags = flags
        self._needs: tuple[str, ...] | None = None  # worked out on first use; () = none
        # The pieces the needs are filed under (None: a need is shorter than PIECE; test the
        # needs directly).
        self._starts: frozenset[str] | None = None
        self._by_piece: dict[str, tuple[str, ...]] = {}
        self._low: re.Pattern[str] | None = None  # gate_lower's twin, if it has one
        _ALL.add(self)

    def __getattr__(self, name: str) -> Any:
        # Called only while an attribute is missing: once set, `full` and `flags` are plain
        # attributes, so the checkers' hot loops pay nothing for the laziness.
        if name not in ("full", "flags", "_icase"):
            raise AttributeError(name)
        self._work_out_needs()  # compiles it too
        return getattr(self, name)

    def _work_out_needs(self) -> tuple[str, ...]:
        """Compile the pattern and its twin and work out its needs: as kept by
        `gate_cache` in an earlier run, else from one parse of the pattern (`_worked_out`)."""
        flags = int(self._flags)  # as re.compile: RegexFlag arithmetic is slow
        self.full, self._low, needs = gate_cache.compiled(self.pattern, flags, self._worked_out)
        self.flags = self.full.flags
        self._icase = bool(self.flags & re.IGNORECASE)
        self._needs = needs
        if needs and all(len(s) >= PIECE for s in needs):
            by_piece: dict[str, list[str]] = {}
            for s in needs:
                by_piece.setdefault(_rarest_piece(s), []).append(s)
            self._by_piece = {piece: tuple(found) for piece, found in by_piece.items()}
            self._starts = frozenset(by_piece)
        return needs

    def _worked_out(self, flags: int) -> gate_cache.Entry:
        """The pattern's and its twin's compiled parts and the needs, from one parse (the
        parse was most of the cost; re.compile and the needs each used to parse it)."""
        tree = _parser.parse(self.pattern, flags)
        full = compile_parts(flags, tree)
        needs: set[str] = set()
        for items in _branches(self.pattern, full[0], tree):
            found = need(items, bool(full[0] & re.IGNORECASE))
            if found is None:  # a branch that needs nothing: always run the pattern
                needs = set()
                break
            needs |= found
        # Last, the twin: this same parse lowered in place. Needs shortest first: the
        # commonest strings settle most texts soonest.
        return (full, twin_parts(self.pattern, flags, tree),
                tuple(sorted(needs, key=lambda s: (len(s), s))))

    def could_match(self, text: str) -> bool:
        needs = self._needs if self._needs is not None else self._work_out_needs()
        if not needs:
            return True
        seen = fold(text) if self._icase else text
        starts = self._starts
        pieces = None if starts is None else _pieces(seen)
        if starts is None or pieces is None:
            return any(map(seen.__contains__, needs))
        # Only the needs whose chosen piece the text has can be in it.
        by_piece = self._by_piece
        return any(any(map(seen.__contains__, by_piece[piece]))
                   for piece in starts.intersection(pieces))

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.could_match(string[pos:endpos]):
            return None
        if self._low is not None and string.isascii():
            # The twin finds where the leftmost match starts; the pattern itself, matched
            # there, gives the same match on the text as written.
            found = self._low.search(fold(string), pos, endpos)
            return None if found is None else self.full.match(string, found.start(), endpos)
        return self.full.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.could_match(string[pos:endpos]):
            return None
        return self.full.match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not self.could_match(string[pos:endpos]):
            return iter(())
        if self._low is not None and string.isascii():
            # The twin and the pattern match the same span at each position (see `search`).
            match = self.full.match
            return (match(string, found.start(), endpos)  # type: ignore[misc]
                    for found in self._low.finditer(fold(string), pos, endpos))
        return self.full.finditer(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        if not self.could_match(string):
            return string
        return self.full.sub(repl, string, count)


class Live:
    """Which of some gated patterns could match anywhere in a paragraph, asked once: rules
    read per sentence then skip the patterns that cannot match in any of its sentences
    (a sentence is part of the paragraph, so what cannot match in the whole cannot in a
    part either)."""

    def __init__(self, text: str, patterns: Iterable[GatedPattern]) -> None:
        asked = list(patterns)
        self._asked = len(asked)
        self._dead = frozenset(id(p) for p in asked if not p.could_match(text))

    def search(self, pattern: GatedPattern, part: str) -> re.Match[str] | None:
        return None if id(pattern) in self._dead else pattern.search(part)

    def dead_all(self) -> bool:
        """No pattern asked about could match in the paragraph."""
        return len(self._dead) == self._asked


def gated(source: str, flags: int = 0) -> GatedPattern:
    return GatedPattern(source, flags)


def prepare_all() -> int:
    """Compile every gated pattern made so far and work out what it needs (else done at
    its first use: 100–150 ms over the first real checks), at the check worker's warm-up;
    what was new is written to the cache folder in use, if any. Returns how many."""
    patterns = list(_ALL)
    for pattern in patterns:
        if pattern._needs is None:
            pattern._work_out_needs()  # compiles it too
    gate_cache.finish([(p.pattern, int(p._flags)) for p in patterns])
    return len(patterns)


def save_cache() -> bool:
    """Write what this process worked out to the cache folder (`gate_cache.save`)."""
    return gate_cache.save([(p.pattern, int(p._flags)) for p in list(_ALL)])
