"""The gated patterns kept between runs (checks/gate_cache.py) are the patterns worked out
afresh: same compiled code, flags, groups, lower-case twin and needs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktopapp.checks import gate, gate_cache
from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.gate import GatedPattern
from desktopapp.checks.model import CheckContext


@pytest.fixture(autouse=True)
def no_cache_after() -> Iterator[None]:
    yield
    gate_cache.use(None)


def _sources() -> list[tuple[str, int]]:
    """Every gated pattern of every checker (the warm-up makes those made on first use)."""
    CheckEngine().warm_up(CheckContext(channels=("x",)))
    return sorted({(p.pattern, int(p._flags)) for p in list(gate._ALL)})


def _fresh(source: str, flags: int) -> GatedPattern:
    pattern = GatedPattern(source, flags)
    pattern._work_out_needs()
    return pattern


def test_patterns_read_back_from_the_cache_equal_patterns_worked_out_afresh(
        tmp_path: Path) -> None:
    sources = _sources()
    assert len(sources) > 250
    gate_cache.use(tmp_path)
    made = [_fresh(source, flags) for source, flags in sources]  # worked out, remembered
    assert gate_cache.save(sources)
    assert len(list(tmp_path.glob("gated-patterns-*.bin"))) == 1
    gate_cache.use(None)
    gate_cache.use(tmp_path)  # as a new process: the file read
    twins = 0
    for (source, flags), fresh in zip(sources, made, strict=True):
        assert gate_cache.lookup(source, flags) is not None, source[:80]
        again = _fresh(source, flags)
        assert again.full == fresh.full == re.compile(source, flags), source[:80]
        assert again.flags == fresh.flags and again._icase == fresh._icase
        assert again.full.groupindex == fresh.full.groupindex
        assert again.full.groups == fresh.full.groups
        assert (again._low is None) == (fresh._low is None), source[:80]
        if fresh._low is not None:
            twins += 1
            assert again._low == fresh._low, source[:80]
            assert again._low.flags == fresh._low.flags
        assert again._needs == fresh._needs, source[:80]
        assert again._starts == fresh._starts and again._by_piece == fresh._by_piece
    assert twins > 200
    assert not gate_cache.save(sources)  # nothing new


def test_a_pattern_from_the_cache_finds_what_it_finds_afresh(tmp_path: Path) -> None:
    source = r"(?P<who>\bmy (?:son|daughter))'s school\b|(?-i:Mr) (?P<name>\w+)"
    gate_cache.use(tmp_path)
    fresh = _fresh(source, re.IGNORECASE)
    assert gate_cache.save([(source, re.IGNORECASE)])
    gate_cache.use(None)
    gate_cache.use(tmp_path)
    again = GatedPattern(source, re.IGNORECASE)
    text = "Picked up MY DAUGHTER's School bag, then Mr Smith called"
    plain = re.compile(source, re.IGNORECASE)
    expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert [d for _, d in expected] == [{"who": "MY DAUGHTER", "name": None},
                                        {"who": None, "name": "Smith"}]
    for pattern in (fresh, again):
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected
        assert pattern.search(text.lower()).group("who") == "my daughter"  # type: ignore[union-attr]
    assert not again.could_match("Picked up the bag")


def test_a_broken_or_foreign_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    gate_cache.use(tmp_path)
    _fresh(r"\bflood(?:s|ing)?\b", re.IGNORECASE)
    live = [(r"\bflood(?:s|ing)?\b", int(re.IGNORECASE))]
    assert gate_cache.save(live)
    (path,) = tmp_path.glob("gated-patterns-*.bin")
    other = tmp_path / "gated-patterns-0123456789abcdef01234567.bin"  # another Python's
    other.write_bytes(b"old")
    path.write_bytes(b"\x00not marshal at all")
    gate_cache.use(None)
    gate_cache.use(tmp_path)
    assert gate_cache.lookup(r"\bflood(?:s|ing)?\b", re.IGNORECASE) is None
    pattern = _fresh(r"\bflood(?:s|ing)?\b", re.IGNORECASE)  # worked out afresh
    assert pattern.search("FLOODING again") is not None
    assert gate_cache.save(live)
    assert list(tmp_path.glob("gated-patterns-*.bin")) == [path]  # the foreign one gone
    gate_cache.use(None)
    gate_cache.use(tmp_path)
    assert gate_cache.lookup(r"\bflood(?:s|ing)?\b", re.IGNORECASE) is not None


def test_without_a_folder_nothing_is_kept_or_written(tmp_path: Path) -> None:
    gate_cache.use(None)
    _fresh(r"\bstorm\b", re.IGNORECASE)
    assert gate_cache.lookup(r"\bstorm\b", re.IGNORECASE) is None
    assert not gate_cache.save([(r"\bstorm\b", re.IGNORECASE)])
    assert not list(tmp_path.iterdir())


def test_the_engine_s_warm_up_writes_the_cache_and_the_next_reads_it(tmp_path: Path) -> None:
    ctx = CheckContext(channels=("x",))
    before = CheckEngine().check("Heard the bank will collapse, pull your money out!", ctx)
    for pattern in list(gate._ALL):  # as in a new process: nothing worked out yet
        pattern._needs = None
    engine = CheckEngine(pattern_cache=tmp_path)
    engine.warm_up(ctx)
    assert len(list(tmp_path.glob("gated-patterns-*.bin"))) == 1
    assert engine.check("Heard the bank will collapse, pull your money out!", ctx) == before
