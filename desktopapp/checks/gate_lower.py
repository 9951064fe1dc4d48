"""A case-sensitive twin of an IGNORECASE pattern, for searching lower-cased ASCII text.

Under IGNORECASE `re` cannot skip an alternative on its first letter, so a pattern of a
hundred phrases tries each of them at every position of the text. The same pattern with
its letters in lower case, run without IGNORECASE on the lower-cased text, skips most of
them on their first letter: two to three times faster on the rules' patterns.

On ASCII text the two agree at every position when the pattern's letters are ASCII (or
have no case at all), its classes are made of such letters and of \\w, \\d, \\s, and it
switches no flag inside: lower() keeps an ASCII text's length and what is a word
character, and IGNORECASE matches an ASCII letter to its lower case only. The twin is
made from the parse tree (not by lowering the source text, which would also lower a
`(?-i:...)` part); a pattern outside those bounds gets no twin.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("_sre")
C: Any = importlib.import_module("re._constants")
_casefix: Any = importlib.import_module("re._casefix")

# Codes of non-ASCII characters that IGNORECASE could match to an ASCII letter.
_ASCII_TWINS = frozenset(
    code for code in range(0x80, 0x10000)
    if any(c.isascii() for c in chr(code).lower() + chr(code).upper())
) | frozenset(code for code in _casefix._EXTRA_CASES if code >= 0x80)


_IGNORECASE = int(re.IGNORECASE)


class _Unsafe(Exception):
    pass


def _char(code: int) -> int:
    """A literal's code in the twin."""
    if code < 0x80:
        return ord(chr(code).lower())
    if code in _ASCII_TWINS:
        raise _Unsafe
    return code  # matches no ASCII character either way


def _class(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append((op, _char(av)))
        elif op is C.RANGE:
            low, high = av
            if high < 0x80:  # each character, lowered
                out += [(C.LITERAL, _char(code)) for code in range(low, high + 1)]
            elif low >= 0x80 and not any(low <= code <= high for code in _ASCII_TWINS):
                out.append((op, av))
            else:
                raise _Unsafe
        elif op in (C.NEGATE, C.CATEGORY):
            out.append((op, av))
        else:
            raise _Unsafe
    return out


def _lower(data: list[tuple[Any, Any]]) -> None:
    for i, (op, av) in enumerate(data):
        if op in (C.LITERAL, C.NOT_LITERAL):
            data[i] = (op, _char(av))
        elif op is C.IN:
            data[i] = (op, _class(av))
        elif op in (C.ANY, C.AT, C.CATEGORY):
            pass
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:  # flags switched inside
                raise _Unsafe
            _lower(av[3].data)
        elif op is C.BRANCH:
            for branch in av[1]:
                _lower(branch.data)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _lower(av[2].data)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _lower(av[1].data)
        elif op is C.ATOMIC_GROUP:
            _lower(av.data)
        else:  # group references and anything unforeseen
            raise _Unsafe


def compile_parts(flags: int, tree: Any) -> tuple[int, list[int], int, dict[str, int],
                                                 tuple[str | None, ...]]:
    """What `_sre.compile` takes after the source, from the pattern's parse with `flags`:
    re._compiler.compile's own steps after its parse."""
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | tree.state.flags, _compiler._code(tree, flags), tree.state.groups - 1,
            groupindex, tuple(indexgroup))


def compile_parsed(source: str, flags: int, tree: Any) -> re.Pattern[str]:
    """`re.compile(source, flags)` from the parse of it (a test checks the two patterns
    equal, code and all)."""
    compiled: re.Pattern[str] = _sre.compile(source, *compile_parts(flags, tree))
    return compiled


def twin_parts(source: str, flags: int, tree: Any = None) -> tuple[
        int, list[int], int, dict[str, int], tuple[str | None, ...]] | None:
    """`compile_parts` of the twin of the pattern `source` compiled with `flags` (which
    hold IGNORECASE), or None where it could differ. `tree`, the pattern's parse, is
    lowered in place and is of no other use afterwards; without it the pattern is parsed
    here."""
    if flags & (re.LOCALE | re.ASCII) or not flags & re.IGNORECASE:
        return None
    if tree is None:
        tree = _parser.parse(source, flags)
    try:
        _lower(tree.data)
    except _Unsafe:
        return None
    # plain ints, as re.compile passes them: RegexFlag arithmetic in the compiler is slow
    tree.state.flags = int(tree.state.flags) & ~_IGNORECASE
    return compile_parts(int(flags) & ~_IGNORECASE, tree)


def lower_twin(source: str, flags: int, tree: Any = None) -> re.Pattern[str] | None:
    """The twin itself (`twin_parts`), compiled."""
    parts = twin_parts(source, flags, tree)
    if parts is None:
        return None
    compiled: re.Pattern[str] = _sre.compile(source, *parts)
    return compiled
