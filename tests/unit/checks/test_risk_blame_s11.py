"""Blame rules of session 11 (s11-ra): gain as the accuser's motive, discrediting in the
sentence after the accuser is named, the disclaimer before blame, scare-quoted harm, two
dismissal shapes with no harm named, and the two-signal dismissals of risk_blame_defended."""

from __future__ import annotations

import pytest

from desktopapp.checks import risk_aimed, risk_blame_defended
from desktopapp.checks.model import CheckContext

BLAMING = [
    # gain as the motive, with the accuser named
    "The receptionist who went to HR just wants to end a good man's career.",
    "Going to the press is just a way to ruin the coach's reputation.",
    "These abuse claims always come from someone who did very well out of him until the "
    "money dried up.",
    # the next sentence discredits, by a share of the group or with no subject
    "The nurses accusing the surgeon have gone quiet. Most of these women are fishing for a "
    "payout.",
    "The pupil who reported her teacher got a detention the week before. Sounds like a "
    "convenient way to get her grades fixed.",
    # the disclaimer is no support
    "I'm not victim blaming, but if you wear that to a stag do you're asking for attention.",
    # harm in scare quotes
    "Twenty years on she says she was 'coerced'. Sure.",
    # two dismissal shapes and no harm named
    "I feel sorry for the lecturer. She knew his reputation when she joined his lab.",
    # the accused vouched for, the accusers called liars
    "He coached the under-twelves for thirty years. Those boys are making it up.",
    # silence then a motive
    "Not one of them said a word at the time. Now they're all out for compensation.",
]

ORDINARY = [
    # gain and careers without any report
    "Our new intern did very well out of the hackathon, two job offers!",
    "The rival bakery is trying to ruin our Sunday trade with half-price croissants, game on.",
    # the next sentence after a report is not a dismissal
    "The fans who complained about the ticket prices were heard. Sounds like the club will "
    "refund them.",
    # victim-blaming named to reject it
    "Asking what she wore is victim blaming, full stop.",
    # scare quotes on other words
    "Our 'groomed' poodle rolled in mud five minutes later.",
    # one dismissal shape only, no harm named
    "We lost the final over nothing, a daft offside call.",
    # a reference or a playground story, each half alone
    "He's a pillar of our community and the best baker in town.",
    "The kids are making up a dance for the school show, so cute.",
    "I'll make it up to you, these kids are making it up to their gran with a cake.",
    # the silence half alone, or the motive denied
    "My grandad never said a word about the war. Now he's looking for his old unit online.",
    "They never said a word for years. Nobody is out for money here, they want an apology.",
]


def _blame(text: str) -> int:
    codes = [w.code for w in risk_aimed.check(text, CheckContext())]
    return codes.count("risk.victim-blaming")


@pytest.mark.parametrize("text", BLAMING)
def test_blame_is_flagged_once(text: str) -> None:
    assert _blame(text) == 1, text


@pytest.mark.parametrize("text", ORDINARY)
def test_near_misses_stay_silent(text: str) -> None:
    assert _blame(text) == 0, text


def test_the_two_signal_warning_says_what_it_found_and_why() -> None:
    found = risk_blame_defended.check("He coached here for twenty years. These kids are "
                                      "lying.")
    assert [w.code for w in found] == ["risk.victim-blaming"]
    assert "These kids are lying" in found[0].message and "lie" in found[0].message


@pytest.mark.parametrize("text", [
    "She says he assaulted her at the party, but why was she even at his flat at 2am?",
    "The harassment claim is nonsense, she's old enough to know better.",
    "Have you seen her instagram? And now she's calling it harassment.",
    "Guilty until proven innocent now, one accusation and his career is over.",
    "You can't even hold a door open without being accused of harassment these days.",
])
def test_blaming_questions_and_complaints_with_the_abuse_named(text: str) -> None:
    assert _blame(text) == 1, text


@pytest.mark.parametrize("text", [
    "Why was she even at the office on a Sunday? Workaholic, love her.",
    "Have you seen her instagram? Her cake photos are unreal.",
    "He's old enough to know better than to eat the whole pizza.",
])
def test_the_same_words_without_abuse_stay_silent(text: str) -> None:
    assert _blame(text) == 0, text


@pytest.mark.parametrize("text", [
    # crime victims: the loss deserved, the lesson drawn
    "Anyone who gets taken in by a pension scam deserves to lose the lot.",
    "Got pickpocketed waving her phone around on the metro. Lesson learnt, I suppose.",
    # the victim role as a performance
    "He's milking the victim narrative for a second book.",
    # the harm renamed once a motive appears
    "Eight years of silence, then he remarried and suddenly it was abuse.",
    "One intern felt uncomfortable and a good manager lost his whole career over it. "
    "Ruined because one intern got upset.",
    # the report timed to a motive
    "The harassment complaint landed right when his contract was up. Funny that.",
    "Amazing how she only remembered it was assault after the break-up.",
])
def test_more_blaming_shapes(text: str) -> None:
    assert _blame(text) == 1, text


@pytest.mark.parametrize("text", [
    "After that second half the lads deserve to lose the lot, shocking defending.",
    "Lesson learnt: always back up the laptop before a firmware update.",
    "Milking the goats at the farm open day was the kids' favourite bit.",
    "Suddenly it was midnight and the party was still going.",
    "The drummer's contract was renewed right when the tour was announced!",
    "Our intern got upset when the cake ran out, so we ordered another one.",
])
def test_more_near_misses_stay_silent(text: str) -> None:
    assert _blame(text) == 0, text


@pytest.mark.parametrize("text", [
    # the report as what comes with fame; the victims absent while he had favours to give
    "Whenever a singer gets famous, some ex turns up with allegations. Every single time.",
    "Where were all those accusers when he was casting the film?",
    # the harm shrunk to a text or a hug; everything called abuse now
    "Wrecking a decent guy's career over one awkward hug, unbelievable.",
    "Students now call every bad mark bullying. We just got on with it.",
    # favours taken, then the report
    "She took the job he offered her and then cried harassment. Can't have it both ways.",
    # the report's motive: the job not given
    "Most of these abuse complaints come from staff who didn't get the promotion.",
    # the report stopped when the money came
    "Funny how the allegations went quiet once the settlement came through.",
    # the harm named, then shrugged off as the times or as consequences
    "He got handsy at the party, but that's how blokes were in those days.",
    "They passed her photo around the school, but actions have consequences.",
])
def test_blame_in_the_shapes_of_the_third_round(text: str) -> None:
    assert _blame(text) == 1, text


@pytest.mark.parametrize("text", [
    "Every time a band gets famous they turn up at our festival again, love it.",
    "Where were all these fans when we were playing to ten people in a pub?",
    "Our baker ended his career after forty years with one last batch of hot cross buns.",
    "Took the job in Leeds and then moved the whole family, best decision ever.",
    "My son calls every vegetable disgusting, send help.",
    "Why is he the villain in every film he's in? Such a kind face.",
    "Actions have consequences: skip leg day and you'll feel it on the stairs.",
])
def test_third_round_near_misses_stay_silent(text: str) -> None:
    assert _blame(text) == 0, text
