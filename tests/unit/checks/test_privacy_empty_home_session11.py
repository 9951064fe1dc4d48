"""Session 11's privacy shapes: the empty home named with its street, the hotel room named
after the hotel, and being somewhere alone while walking, swimming or on a towpath."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext

RISKY = [
    "Off to see my sister for a fortnight, so our cottage on Mill Lane will be empty, eek",
    "Our house on Birch Avenue is empty until the 20th while we're in Spain.",
    "Back late, the flat above the bakery will be dark till Sunday.",
    "Finally at the conference! The hotel gave me room 318, anyone around for a drink?",
    "Checked in at the Harbour View Hotel, room 207, until Thursday.",
    "Jogging along the towpath by Eel Bridge right now, on my own, come say hi",
]
ORDINARY = [
    "The house felt so empty after the kids went back to uni.",
    "This place is empty tonight lol, great for us.",
    "Room 101 is the best episode of the series.",
    "Walking the dog on my own this morning was lovely, we're home now.",
    "Our dog hates being home alone, so she comes to the studio with me.",
]


def _privacy(text: str) -> list[str]:
    report = CheckEngine(grammar=None).check(text, CheckContext(), grammar=False)
    return [w.code for w in report.warnings if w.category.name == "PRIVACY"
            and w.severity.rank >= 2]


@pytest.mark.parametrize("text", RISKY)
def test_where_and_when_a_home_is_empty_or_a_person_alone_is_flagged(text: str) -> None:
    assert _privacy(text), text


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_without_a_place_and_a_time_stay_silent(text: str) -> None:
    assert _privacy(text) == [], text
