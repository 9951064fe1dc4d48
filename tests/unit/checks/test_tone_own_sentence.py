"""A sentence that reads offensive on its own is warned on its own words, even when a
neighbouring sentence holds a flagged insult (it was folded into that insult's warning
once a calm sentence made the paragraph's score drop)."""

from __future__ import annotations

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext

WISH = "I hope they choke on it, the ugly fat slobs."


def _codes_at(text: str) -> dict[str, str]:
    report = CheckEngine().check(text, CheckContext(), grammar=False)
    return {w.code: text[w.start:w.end] for w in report.warnings}


def test_the_sentence_keeps_its_own_warning_beside_a_neighbours_insult() -> None:
    text = f"Those idiots in charge should be jailed. {WISH} Call me on Friday about the order."
    found = _codes_at(text)
    assert "tone.insult" in found
    assert found.get("tone.offensive", "").strip() == WISH


def test_a_calm_sentence_is_still_not_flagged_through_its_neighbour() -> None:
    text = "You absolute idiots. The meeting is on Friday at ten."
    found = _codes_at(text)
    assert "Friday" not in found.get("tone.offensive", "")
