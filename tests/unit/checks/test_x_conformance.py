"""X's official twitter-text conformance suite, config v3, read from ../shared at run time
(as its README asks: the cases are not copied into this repository)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktopapp.checks import length

SHARED = Path(os.environ.get("SECONDTHOUGHT_SHARED_DIR",
                             Path(__file__).resolve().parents[3].parent / "shared"))
SUITE = SHARED / "conformance" / "twitter-text"
if not SUITE.is_dir():
    raise RuntimeError(f"X's conformance suite is not at {SUITE}: the project expects the "
                       "shared/ folder beside the repository (or SECONDTHOUGHT_SHARED_DIR)")
SECTIONS = ("WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest")


def _cases() -> list[tuple[str, dict[str, object]]]:
    data = json.loads((SUITE / "validate-v3-counter.json").read_text(encoding="utf-8"))
    return [(f"{section}: {case['description']}", case) for section in SECTIONS
            for case in data[section]]


def test_shipped_config_is_x_config_v3() -> None:
    official = json.loads((SUITE / "config-v3.json").read_text(encoding="utf-8"))
    assert length.x_options() == length.x_options_from_config(official)


@pytest.mark.parametrize(("name", "case"), _cases(), ids=[n for n, _ in _cases()])
def test_conformance_case(name: str, case: dict[str, object]) -> None:
    from twitter_text import parse_tweet

    parsed = parse_tweet(str(case["text"]), length.x_options())
    got = {"weightedLength": parsed.weightedLength, "valid": parsed.valid,
           "permillage": parsed.permillage, "displayRangeStart": parsed.displayRangeStart,
           "displayRangeEnd": parsed.displayRangeEnd, "validRangeStart": parsed.validRangeStart,
           "validRangeEnd": parsed.validRangeEnd}
    assert got == case["expected"], name
    ours = length.count_x(str(case["text"]))
    assert (ours.count, ours.valid, ours.limit) == (parsed.weightedLength, parsed.valid, 280)


def test_every_required_case_ran() -> None:
    assert len(_cases()) == 24
