"""When a risk-model kind may count at all: the part of a kind's concept the model cannot
learn from its n-grams, said as a test on the unit (a sentence or a paragraph).

A linear model over words reads the topic and the framing of a post but not always who or
what it is about. Each test below is the missing half of one kind's definition, in words
that name the concept, not phrases from posts: a child's routine needs a child; a joke
threat is the writer's, aimed at people or a place: not at the writer's own cooking, not
kit for a game, and not a threat someone else made that the post reports. A kind whose test
turns a unit down scores -inf there (`risk_model.unit_scores`), so it does not warn there.
Thresholds are chosen on the ungated scores (tools/risk/training.py), so a gate can only
take warnings away.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktopapp.checks.aimed_words import FIGURATIVE_FIELD
from desktopapp.checks.tone_model import WORD_TOKEN
from desktopapp.checks.tone_model import normalise as tone_normalise

_CHILD_WORDS = frozenset("""
son sons daughter daughters kid kids kiddo kiddos child children childs toddler toddlers baby
babies boy boys girl girls twins niece nieces nephew nephews grandson grandsons granddaughter
granddaughters grandkid grandkids grandchild grandchildren stepson stepdaughter stepkids
youngest eldest pupil pupils schoolboy schoolgirl schoolkids teen teens teenager teenagers
tween tweens infant infants newborn lo dd ds dd1 dd2 ds1 ds2 bairn bairns wean weans""".split())
_CHILD_AGE = re.compile(r"\b(?:[1-9]|1[0-7]) ?(?:yo|y/o|yrs?|years?)(?: old)?\b"
                        r"|\b(?:year|yr|grade) (?:[1-9]|1[0-3])\b"
                        r"|\b(?:[1-9]|1[0-7])(?:th|st|nd|rd) birthday\b", re.IGNORECASE)
# Dishes, cooking and eating: where "kill", "poison" and "destroy" are the cook's boast.
_FOOD_WORDS = frozenset("""
food foods cook cooks cooking cooked cookery chef recipe recipes kitchen oven bake baking
baked baker dinner dinners lunch lunches breakfast brunch supper meal meals dish dishes
chilli chili curry curries soup stew sauce gravy spicy spice spices garlic onion pepper
peppers cake cakes pie pies pizza pasta burger burgers taco tacos salad sandwich bbq
barbecue roast casserole lasagne lasagna cookies biscuits brownies pudding dessert
leftovers snack snacks""".split())
def _words(text: str) -> list[str]:
    return WORD_TOKEN.findall(tone_normalise(text))


# A school year the writer teaches or coaches is their class, not a child of theirs.
_TAUGHT_YEAR = re.compile(r"\b(?:teach|teaches|teaching|taught|tutor|tutors|tutoring|coach|"
                          r"coaches|coaching|run|runs)\s+(?:in\s+)?"
                          r"(?P<year>(?:year|yr|grade)\s+\d)", re.IGNORECASE)


def names_a_child(text: str) -> bool:
    """Whether `text` speaks of a child: a child word, or a child's age or school year that
    is not a class the writer teaches."""
    if not _CHILD_WORDS.isdisjoint(_words(text)):
        return True
    ages = [m.start() for m in _CHILD_AGE.finditer(text)]
    taught = {m.start("year") for m in _TAUGHT_YEAR.finditer(text)}
    return any(start not in taught for start in ages)


def not_about_food(text: str) -> bool:
    """Whether `text` names no dish, meal or cooking."""
    return _FOOD_WORDS.isdisjoint(_words(text))


# A threat told as news: the police, a court or a report says someone else made it.
_REPORTED = re.compile(
    r"\b(?:police|detectives?|officers?|prosecutors?|(?:the\s+)?court|jury|witnesses?|"
    r"a\s+spokes(?:man|woman|person))\s+(?:say|says|said|hears?|heard|told|were\s+told|"
    r"was\s+told|allege[sd]?)\b|\baccording\s+to\b|\breportedly\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:charged|arrested|convicted|jailed|sentenced|"
    r"cautioned)\b", re.IGNORECASE)


def could_be_a_joke_threat(text: str) -> bool:
    """Whether `text` could hold the writer's own threat at people or a place: it names no
    dish or cooking, no game, sport or story (aimed_words' figurative fields), and does not
    report someone else's threat as news."""
    return (not_about_food(text) and FIGURATIVE_FIELD.search(text) is None
            and _REPORTED.search(text) is None)


# kind -> the test a unit must pass for the kind to count there
NEEDS: dict[str, Callable[[str], bool]] = {"child": names_a_child,
                                           "jokethreat": could_be_a_joke_threat}
