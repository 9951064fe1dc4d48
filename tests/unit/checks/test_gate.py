"""Gated patterns (checks/gate.py) find exactly what the plain patterns find: the gate may
only skip texts in which the pattern cannot match."""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

import pytest

from desktopapp.checks import (
    gate,
    lexicons,
    privacy,
    privacy_child,
    privacy_more,
    risk,
    risk_kinds,
    risk_market_words,
    risk_promotion,
    risk_structures,
    text,
)
from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.gate import GatedPattern, Live, _split, gated, need
from desktopapp.checks.model import CheckContext

TWEETEVAL = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "tweeteval"


def _gated_patterns() -> list[tuple[str, GatedPattern]]:
    found: list[tuple[str, GatedPattern]] = []
    for module in (risk, risk_kinds, risk_structures, privacy, text, risk_market_words,
                   risk_promotion, privacy_more, privacy_child):
        for name, value in vars(module).items():
            values = value.items() if isinstance(value, dict) else (
                enumerate(value) if isinstance(value, list) else [("", value)])
            found += [(f"{module.__name__}.{name}[{key}]", v) for key, v in values
                      if isinstance(v, GatedPattern)]
    found += [(f"lexicon {n}", lexicons.pattern(n))
              for n in ("rumour", "insults", "anger", "profanity")]
    # Every other gated pattern made so far (new rule modules, patterns made on first use
    # by the engine's warm-up text), named by its source.
    CheckEngine().warm_up(CheckContext(channels=("x",)))
    known = {id(p) for _, p in found}
    found += sorted(((f"made: {p.pattern[:60]}", p) for p in list(gate._ALL)
                     if id(p) not in known), key=lambda item: item[0])
    return found


def _texts() -> list[str]:
    mine = [
        "My daughter has swimming every Saturday at 9, and the spare key is under the mat.",
        "RIP to the victims. Anyway, happy Friday 🎉 Blown away, literally.",
        "A friend who works at the bank says they are freezing withdrawals, pull your money out",
        "İnsider: Şirket SATIŞ yapacak. ıllegal? ſtock split at 10:30 #prayforparis",
        "We're taking the company private next month at $420, funding secured.",
        "Those IDIOTS should be shot.\nbut\nhey, at least the gig was great",
        "",
        "Ünïcödé only: ñandú, straße, ΣΊΣΥΦΟΣ, Кельвин K",
    ]
    path = TWEETEVAL / "sentiment" / "val_text.txt"
    tweets = path.read_text(encoding="utf-8").splitlines()[:400] if path.is_file() else []
    # single posts, and posts glued into chunks the size the engine checks
    return mine + tweets + [" ".join(tweets[i:i + 4]) for i in range(0, len(tweets), 4)]


@pytest.mark.parametrize(("name", "pattern"), _gated_patterns(), ids=lambda v: str(v)[:40])
def test_gated_patterns_find_exactly_what_the_plain_ones_find(name: str,
                                                              pattern: GatedPattern) -> None:
    for sample in _texts():
        expected = [m.span() for m in pattern.full.finditer(sample)]
        assert [m.span() for m in pattern.finditer(sample)] == expected, (name, sample)
        first = pattern.full.search(sample, 3, 60)
        got = pattern.search(sample, 3, 60)
        assert (got and got.span()) == (first and first.span()), (name, sample)
        # the whole text, as written and in other cases (gate_lower's twin searches the
        # lower-cased text: the match must be the pattern's own, groups and all)
        for cased in (sample, sample.upper(), sample.title()):
            first, got = pattern.full.search(cased), pattern.search(cased)
            assert (got and (got.span(), got.groups())) == (
                first and (first.span(), first.groups())), (name, cased)
            # finditer steps through the text by the twin too
            assert [(m.span(), m.groups()) for m in pattern.finditer(cased, 2)] == [
                (m.span(), m.groups()) for m in pattern.full.finditer(cased, 2)], (name, cased)


def test_case_folds_that_re_knows_are_not_skipped() -> None:
    # re's IGNORECASE matches "ı" and "İ" to i, "ſ" to s and the Kelvin sign to k
    for word, written in (("kiss", "KİSS"), ("kiss", "kıss"), ("best", "beſt"),
                          ("kiss", "\u212aiss")):
        pattern = gated(rf"\b{word}\b", re.IGNORECASE)
        assert pattern.full.search(written), written
        assert pattern.search(written) is not None, written


def test_what_each_branch_needs() -> None:
    def needs(source: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
        return need(_parser.parse(source, flags).data, bool(flags & re.IGNORECASE))

    assert needs(r"(?<!\w)passed away(?!\w)") == {"passed away"}
    assert needs(r"\b(?:my|our) (?:son|daughter)\b") == {"daughter", "son"}
    assert needs(r"lay(?:ing)? off") == {" off"}
    assert needs(r"\w+ shot (?:dead|last night)") == {" shot "}  # the longest fixed run
    assert needs(r"\w+ (?:dead|last night)") == {"last night", "dead"}
    assert needs(r"[A-Z]\d{3}") is None  # nothing fixed to look for: always run
    assert needs(r"Street", 0) == {"Street"}  # case kept when the pattern keeps it
    assert _split(r"(?<!\w)(?:a|b[|)]|c)(?!\w)") == ("(?<!\\w)(?:", ["a", "b[|)]", "c"],
                                                     ")(?!\\w)")
    assert _split(r"x(?:a|b)?y|z") == ("", ["x(?:a|b)?y", "z"], "")


def test_a_text_without_the_words_is_not_scanned() -> None:
    pattern = gated(r"(?<!\w)(?:earthquake|flood(?:s|ing)?)(?!\w)", re.IGNORECASE)
    assert not pattern.could_match("Sunny all week, see you at the beach")
    assert pattern.could_match("FLOODING on the ring road")
    assert pattern.search("FLOODING on the ring road") is not None


def test_prepare_all_works_out_every_pattern_s_needs() -> None:
    fresh = gated(r"(?<!\w)(?:storm|flood)s?\b", re.IGNORECASE)
    assert fresh._needs is None
    assert gate.prepare_all() >= 1
    assert fresh._needs == ("flood", "storm")
    assert fresh.search("Floods again") is not None


def test_live_skips_only_patterns_absent_from_the_whole_paragraph() -> None:
    flood = gated(r"(?<!\w)flood(?:s|ing)?(?!\w)", re.IGNORECASE)
    sale = gated(r"(?<!\w)sale(?!\w)", re.IGNORECASE)
    paragraph = "Roads closed by flooding. Stay safe."
    live = Live(paragraph, (flood, sale))
    assert live.search(flood, "Roads closed by flooding.") is not None
    assert live.search(sale, "Roads closed by flooding.") is None


def test_no_phone_number_has_fewer_digits_than_the_privacy_gate_needs() -> None:
    import phonenumbers
    from phonenumbers import PhoneMetadata

    regions = [PhoneMetadata.metadata_for_region(r) for r in phonenumbers.SUPPORTED_REGIONS]
    regions += [PhoneMetadata.metadata_for_nongeo_region(c)
                for c in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS]
    shortest = min(length for m in regions if m is not None
                   for length in m.general_desc.possible_length if length > 0)
    assert shortest >= privacy._PHONE_DIGITS
    assert [w.code for w in privacy.check("Call me on 415-555-0132", CheckContext())] == [
        "privacy.phone"]


def test_case_sensitive_groups_inside_an_ignore_case_pattern_are_gated_by_their_letters() -> None:
    # The gate looks for an ignore-case pattern's strings in the lower-cased text, so the
    # letters of a case-sensitive group are lowered too: "Mrs" must not be looked for as is.
    title = gated(r"\b(?-i:Mrs|Dr)\.? (?-i:[A-Z])\w+", re.IGNORECASE)
    assert title.search("we met Mrs Patel at the fair") is not None
    assert title.search("PLEASE ASK Dr JONES") is not None
    assert title.search("ask dr jones") is None  # the case is kept where the pattern asks
    assert title.search("ASK DR JONES") is None
    assert not title.could_match("we met nobody at the fair")
    ticker = gated(r"\b(?-i:ACME|GLOBEX)\b", re.IGNORECASE)
    assert ticker.search("Time to buy ACME before Friday") is not None
    assert ticker.search("time to buy acme before friday") is None
    # A letter beyond ASCII in a case-sensitive group is not looked for: the pattern decides.
    accent = gated(r"\b(?-i:École|Lycée)\b", re.IGNORECASE)
    assert accent.search("Une École ici") is not None


def test_ignore_case_groups_inside_a_case_sensitive_pattern_need_no_letters() -> None:
    # The raw text is not folded for a case-sensitive pattern: "(?i:breaking)" may be in
    # capitals.
    breaking = gated(r"(?i:breaking)")
    assert breaking.search("BREAKING: roads closed") is not None
    assert breaking.search("Breaking: roads closed") is not None
    assert breaking.search("Roads closed") is None


def test_a_pattern_is_compiled_on_first_use_not_when_made() -> None:
    """Checker modules imported before the window's first frame make their patterns at
    import; compiling waits for the first check (issue 12: start-up)."""
    pattern = gated(r"\bslay\b|\bkill(?:ed)? it\b", re.IGNORECASE)
    assert "full" not in vars(pattern)
    assert pattern.search("She KILLED IT on stage") is not None
    assert "full" in vars(pattern) and pattern.flags & re.IGNORECASE
    broken = gated(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("unclosed")


def _needs_branch_by_branch(pattern: GatedPattern) -> tuple[str, ...]:
    """The needs as worked out before one parse served them all: each branch parsed with
    the pattern's prefix and suffix."""
    prefix, branches, suffix = _split(pattern.pattern)
    needs: set[str] = set()
    for branch in branches:
        found = need(_parser.parse(prefix + branch + suffix, pattern.flags).data,
                     bool(pattern.flags & re.IGNORECASE))
        if found is None:
            return ()
        needs |= found
    return tuple(sorted(needs, key=lambda s: (len(s), s)))


def test_one_parse_compiles_what_re_compiles_and_gives_the_same_needs() -> None:
    patterns = [p for _, p in _gated_patterns()]
    assert len(patterns) > 200
    gate.prepare_all()
    for pattern in patterns:
        # equal patterns: same source, flags and compiled code
        assert pattern.full == re.compile(pattern.pattern, pattern._flags), pattern.pattern
        assert pattern.flags == re.compile(pattern.pattern, pattern._flags).flags
        assert pattern._needs == _needs_branch_by_branch(pattern), pattern.pattern[:80]
    named = gated(r"(?P<who>you|they) (?:lot|people)|(?i:mr) (?P<name>\w+)")
    assert named.full == re.compile(named.pattern) and named.full.groupindex == {
        "who": 1, "name": 2}
    assert named.search("you lot").group("who") == "you"  # type: ignore[union-attr]
