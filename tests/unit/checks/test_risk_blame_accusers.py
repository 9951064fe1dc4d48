"""Blaming accusers: discredited, timed, renamed, the consequence accepted (session 11)."""

from __future__ import annotations

import pytest

from desktopapp.checks import risk_aimed
from desktopapp.checks.model import CheckContext
from desktopapp.checks.risk_blame_accusers import check

BLAMING = [
    # the accusers discredited
    "Those accusers are all paid by his rivals, obviously.",
    "Honestly the women complaining about the manager are just bitter about the rota.",
    "I met the guy she's accusing. She's clearly after his money.",
    # the report's timing as its motive
    "Funny how she waited until his divorce to come forward.",
    "She only went to the police after he dumped her, think about that.",
    # the harm renamed or waved away
    "People shout assault over a hug these days.",
    "That was a bad date dressed up as harassment.",
    "Not saying she deserved it, but what was the plan there.",
    # the consequence accepted, after her conduct
    "If you get that drunk at a stranger's party, that's on you.",
    "Walking home alone at 3am with headphones in, she made herself a target.",
]

ORDINARY = [
    "The accusers were brave to come forward and the court believed them.",
    "The students who complained about the cafeteria food were right, it was cold.",
    "We waited until the launch to announce the new flavours!",
    "Don't cry wolf about the server every time it blips.",
    "That's on you, mate, the next round is yours.",
    "She only called it quits after the album flopped, and honestly good for her.",
    "The band only went to the press after the record deal was signed.",
    "I waited until payday to buy the new trainers.",
    "It is never her fault, whatever she wore or drank. Stop asking why she didn't leave.",
    "My kid made herself a target for the whole team's water balloons, brilliant day.",
]


@pytest.mark.parametrize("text", BLAMING)
def test_blame_of_an_accuser_or_a_victim_is_flagged(text: str) -> None:
    found = check(text)
    assert [w.code for w in found] == ["risk.victim-blaming"], text
    assert found[0].message.startswith("“") and "blame" in found[0].message
    # and the engine's checker reports it (once) through risk_aimed
    codes = [w.code for w in risk_aimed.check(text, CheckContext())]
    assert codes.count("risk.victim-blaming") == 1, text


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_with_the_same_words_stay_silent(text: str) -> None:
    assert check(text) == [], text
