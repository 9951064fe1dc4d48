"""Offensive talk about a group found from how the sentence is built (checks/tone_groups.py).
Sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from desktopapp.checks import tone_groups


def flagged(text: str) -> list[str]:
    return [text[w.start:w.end] for w in tone_groups.check(text)]


@pytest.mark.parametrize("text", [
    "Migrants are lazy scroungers, all of them.",  # a bad trait for all
    "Pensioners are just a drain on the rest of us.",
    "typical albanian drivers, no idea what a lane is",  # "typical X"
    "Those refugees breed like rabbits and we pay for it.",  # likened to animals
    "Women shouldn't be allowed to vote, honestly.",  # kept from ordinary rights
    "Send them all back, foreigners are not welcome here.",  # wanted out
    "Muslims r all the same tbh",
])
def test_a_group_demeaned_whatever_the_words(text: str) -> None:
    warnings = tone_groups.check(text)
    assert len(warnings) == 1 and warnings[0].code == "tone.stereotype"
    assert warnings[0].severity.value == "caution"
    assert "demeans a whole group" in warnings[0].message


@pytest.mark.parametrize("text", [
    "Proud of our women's team, what a season!",
    "Refugees welcome: we're collecting coats at the hall on Saturday.",
    "Our Polish builders did a brilliant job on the kitchen.",
    "Typical Monday, the printer is broken again.",
    "Refugees hope to go back home one day, when the war is over.",
    "It's racist to say immigrants are criminals.",  # condemning such talk
    "Why do people keep saying migrants are all the same?",  # questioning it
    "You are so lazy today, and the men in the office agree.",  # the trait is said of "you"
    "Our girls are just gonna keep winning this season.",
    "A hysterical woman in the film steals the show.",  # one person, not a group
])
def test_near_misses_are_left_alone(text: str) -> None:
    assert flagged(text) == []
