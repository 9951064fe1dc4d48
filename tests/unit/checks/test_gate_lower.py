"""gate_lower's twins: an IGNORECASE pattern's lower-case twin finds, on ASCII text, the
match the pattern finds; patterns where it could differ get none."""

from __future__ import annotations

import re

import pytest

from desktopapp.checks.gate import gated
from desktopapp.checks.gate_lower import lower_twin

TEXTS = ("Say HELLO to the World", "ok Qx, then qX and QX", "don't STOP #Believing @Someone",
         "A-Z and a-z, [brackets] and 42 KM", "", "kelvin K and long s", "x" * 50)


@pytest.mark.parametrize("source", [
    r"(?<![\w#@])(?:hello|world|stop)(?!\w)",
    r"\b[A-Z]x\b", r"[^a-z ]+", r"[A-Fa-f0-9]{2}", r"(?:\w+ )?and (?:a|A)-[Z-z]",
    r"(?P<word>believ\w+)|@(?P<handle>some\w*)", r"[^\W\d_]+ \d+ km",
])
def test_the_twin_finds_what_the_pattern_finds(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    twin = lower_twin(source, re.IGNORECASE)
    assert twin is not None
    for text in TEXTS:
        for pos in (0, 3):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]
            assert [(m.span(), m.groups()) for m in twin.finditer(text.lower(), pos)] == [
                (span, tuple(g and g.lower() for g in groups)) for span, groups in expected]


@pytest.mark.parametrize("source", [
    r"(?-i:Mr) smith",  # a case-sensitive part
    "\u212a",  # Kelvin sign: IGNORECASE matches it to k
    "[\u0100-\u0200]",  # holds the long s, which IGNORECASE matches to s
    r"(a)\1",  # a group reference
])
def test_no_twin_where_it_could_differ(source: str) -> None:
    assert lower_twin(source, re.IGNORECASE) is None


def test_no_twin_without_ignorecase() -> None:
    assert lower_twin("abc", 0) is None


def test_a_gated_search_returns_the_match_on_the_text_as_written() -> None:
    pattern = gated(r"(?<![\w#@])(?:hello|world)(?!\w)", re.IGNORECASE)
    found = pattern.search("Say HELLO to the World")
    assert found is not None and found.group(0) == "HELLO" and found.span() == (4, 9)
    assert pattern.search("Say HELLO to the World", 10).group(0) == "World"  # type: ignore[union-attr]
    # non-ASCII text: the pattern itself, as before
    assert pattern.search("Héllo HELLO").span() == (6, 11)  # type: ignore[union-attr]
