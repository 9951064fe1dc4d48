"""Group contempt, session 9: groups named by a place left unnamed, a body or a condition,
frames of exclusion (hiring, renting, "too many", "minus anyone …"), wishing a group gone,
"these people" dehumanised, a gender as the word for weakness; and quotes, own groups and
sport read more exactly. Sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from desktopapp.checks import risk_groups


def flagged(text: str) -> list[str]:
    return [text[w.start:w.end] for w in risk_groups.check(text)]


@pytest.mark.parametrize(("text", "words"), [
    # a place left unnamed stands for everyone who lives there
    ("Folk from that region are all con artists, trust me.", "Folk from that region"),
    ("People in those villages are dirty and proud of it.", "People in those villages"),
    ("Tenants from the estates are basically animals.", "Tenants from the estates"),
    # a body, a condition, a kind of parent
    ("Anyone overweight is a burden on the health service.", "Anyone overweight"),
    ("People with autism are incapable of managing staff.", "People with autism"),
    ("Single dads are useless with a school timetable.", "Single dads"),
    # exclusion as a policy
    ("At our firm we don't hire Romanians, simple as.", "Romanians"),
    ("Renting to anyone in a wheelchair is a liability, landlords know it.", "wheelchair"),
    ("There are way too many pensioners on the roads these days.", "pensioners"),
    ("Great turnout for the fun run, minus anyone old.", "anyone old"),
    ("Weed out the older candidates before the second round.", "older candidates"),
    # the whole group wished gone or dead
    ("Boomers should just hurry up and die out.", "Boomers"),
    # decline blamed on their arrival, told in the present
    ("Refugees arrive and the high street goes downhill.", "goes downhill"),
    # the locals of a place, their nature
    ("Honestly the locals are lazy by nature.", "the locals"),
    # a gender as the word for weakness
    ("Those defenders throw like a bunch of schoolgirls, fans are right.", "schoolgirls"),
])
def test_group_contempt_found(text: str, words: str) -> None:
    found = flagged(text)
    assert len(found) == 1, (text, found)
    assert words in found[0], (text, found)


def test_people_lumped_together_and_dehumanised() -> None:
    assert flagged("Honestly, these people are a plague on the neighbourhood.") == [
        "these people are a plague"]


@pytest.mark.parametrize("text", [
    # a role, not one's own group: "as a landlord" does not excuse what follows…
    "As a landlord I'd never rent to Albanians again.",
    # …and an office team is no sports team
    "Our sales team agrees: Muslims can't be trusted with money.",
    # a word in scare quotes elsewhere is no quote of the finding
    'It isn\'t "prejudice" to say Nigerians are crooks.',
    # the writer's own draft in quotes, asking whether to post it
    'Draft caption: "Ladies, stay in the kitchen where you belong." Too edgy?',
])
def test_read_more_exactly_still_warns(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize("text", [
    "As a woman, I can say women are tired of being talked over.",  # own group, a complaint
    "The youth club reopens on Monday with table tennis and pizza.",
    "Sales figures for the Polish market are up again.",
    "Here are the figures on older applicants from last year's intake.",
    "There are too many people in this queue, I'll come back later.",
    "He said Americans are loud, and she laughed and said they're lovely.",
    'My uncle\'s old line, "women can\'t park", is still not funny.',
    "She told her daughter she doesn't have to stay in the kitchen to be a good wife.",
    "Refugees are still living a nightmare in the camps.",
    "Hiring people over fifty is a great decision, they bring calm and experience.",
    "We stayed in a village, the people in that village were so kind to us.",
    "Our match report: the women's team ran like the wind and won 3-0.",
    "The kids cried like babies at the end of the film, me too.",
    "No photos please, the venue asks everyone to respect the performers.",
])
def test_near_misses_are_left_alone(text: str) -> None:
    assert flagged(text) == [], text


@pytest.mark.parametrize(("text", "words"), [
    ("Every Albanian car wash guy is a crook, it's in their DNA.", "Albanian car wash guy"),
    ("Folk from the valleys are inbred and proud of it.", "Folk from the valleys"),
    ("People with anxiety are just weak and lazy.", "People with anxiety"),
    ("Imagine letting a Sikh run the village fete.", "a Sikh"),
    ("Old people should have their bus passes taken away.", "Old people"),
    ("Girls can't actually play chess, they just memorise openings.", "Girls"),
    ("It's always the Scottish lads starting fights at the wedding.", "Scottish lads"),
])
def test_more_group_contempt(text: str, words: str) -> None:
    found = flagged(text)
    assert found and words in found[0], (text, found)
