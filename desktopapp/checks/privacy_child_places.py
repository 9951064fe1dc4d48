"""A child's whereabouts told through the place itself (issue 11, kind "child", session 9).

`privacy_child` needs a word for the child ("my son", "Mia (6)"); parents as often name the
child by first name or "she", and the place says the rest: only children go to a primary
school, Year 3, Brownies, an under-12s side or a holiday club. So the structure here is

  someone (he/she, a first name, "my two", "Ava, 7,") + a place only children go to, or
  a child's activity named as theirs ("Ava's gymnastics") + a time or a routine,

anywhere in a short post (a post is where a reader puts them together), or a child going
somewhere alone on a schedule. A school's own notice (no one in it: "the school fete is on
Saturday at 2"), a teacher's own timetable ("I teach Year 3") and a proud post with no time
("Leo won the spelling bee at Greenway Primary!") stay quiet.
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.privacy_child import TIME
from desktopapp.checks.wordset import keys, tokens

_NAME = r"(?-i:[A-Z][a-z]{1,12})"
# "Grade 5 piano" is an exam anyone may take, not a school year.
NOT_A_MUSIC_GRADE = (r"(?! (?:\w+ )?(?:exam|piano|violin|guitar|cello|flute|theory|singing|drums|"
                     r"ballet|music|clarinet|trumpet|saxophone))")
# A child's own activity, named as theirs: "Ava's gymnastics", "Finn's judo".
_ACTIVITY = (_NAME + r"(?:'s|’s) (?:ballet|gymnastics|karate|judo|taekwondo|swimming|football|"
             r"rugby|netball|piano|dance|dancing|irish dancing|training|practice|club|class|"
             r"lessons?|party|school|nursery)")
# Reception the first school year ("starts reception", "in Reception", "the reception
# class"), not the desk of an office, a hotel or a surgery ("sign in at reception") nor a
# wedding's.
_RECEPTION_YEAR = (r"(?:(?:in|into|starts?|starting|started|joins?|joining|joined|back to|"
                   r"finish(?:es|ed|ing)?|leav(?:es|ing)|left) reception|reception (?:class|"
                   r"year|teacher|kids|children|pupils|intake|classroom))")
# Places and groups that only children go to.
CHILD_ONLY = gated(
    r"\b(?:(?-i:[A-Z][\w']+) (?:Primary|Elementary|Juniors|Infants|Academy|Grammar|High|"
    r"Middle School|Nursery|Preschool|Pre-school|Kindergarten)"
    r"|(?:primary|junior|infant|nursery|secondary) school|" + _RECEPTION_YEAR +
    r"|(?:year|yr|grade) \d{1,2}\b" + NOT_A_MUSIC_GRADE + r"|form \d{1,2}[A-Z]?|class \d[A-Z]"
    r"|brownies|rainbows|beavers|cubs|scouts?(?: hut| camp| troop)?|troop \d+|guides"
    r"|under[- ]?\d{1,2}s|u\d{1,2}s|juniors|holiday club|after[- ]school club|breakfast club|"
    r"school gates?|school bus|lollipop (?:lady|man)|playgroup|soft play|swimming lessons?|"
    r"student of the week|star of the week|spelling bee|sleepover|paper round|plays? out (?:front|"
    r"the front|on the street|in the street)|"
    r"(?:ballet|gymnastics|karate|judo|taekwondo|dance|dancing|swimming|football|rugby|"
    r"netball|piano|drama|irish dancing) (?:class|classes|lessons?|club|practice|training)"
    r"|" + _ACTIVITY + r")(?!\w)", re.IGNORECASE)
# The child: a pronoun, a first name or "my two"; a name with an age in commas or with an
# activity of their own; children hired for ("two girls, ages 5 and 8").
KID = gated(
    r"\b(?:he|she|him|her|his|they|them|my two|my three|my lot|this one|mine(?:'s| is)|"
    r"(?:proud of|so proud of) (?:my |our |little )?(?-i:[A-Z][a-z]+)|"
    r"my \d{1,2}[- ]?(?:year[- ]old|"
    r"yo|y/o)|"
    r"(?:my|our) (?-i:[A-Z][a-z]+)|"
    + _NAME + r",? (?:aged? )?\d{1,2},|" + _NAME + r" (?:is|'s|’s|has|starts|started|goes|walks) "
    r"(?:in|at|to|into|now|just|her|his)|" + _NAME + r" \(\d{1,2}\)|"
    r"(?:girls?|boys?|kids|children),? ages? \d{1,2}(?: and \d{1,2})?|"
    + _ACTIVITY + r")(?!\w)", re.IGNORECASE)
# A child moving about alone on a routine: "walks there on her own", "gets the bus on his
# own from the school gates", "reads alone at the library every saturday".
ALONE = gated(r"\b(?:on (?:his|her|their) own|by (?:himself|herself|themselves)|alone|"
              r"independent)\b", re.IGNORECASE)
ROUTE = gated(r"\b(?:walks?|walking|cycles?|gets? the bus|takes? the bus|bus|reads?|plays?|"
              r"waits?|leaves?|goes|go|cuts? (?:along|through))\b[^.!?\n]{0,60}?"
              r"\b(?:from|to|at|along|through|by|down|round|outside) (?:the |our |his |her )?"
              r"(?:(?-i:[A-Z][\w']+)|house|school|gates?|library|park|shop|bus stop|corner|"
              r"block|canal|road|lane|street)", re.IGNORECASE)
# An adult's own timetable and a school's notice are not a child's whereabouts.
ADULT = gated(r"\b(?:(?:police|military|naval|army|air force|fire|film|coding) academy|"
              r"I teach|I coach|I run|we run|our school|the school's|all welcome|"
              r"open to all|tickets|book (?:now|your|a place)|sign up|enrol(?:ment)?|"
              # session 18: a school's own public events ("open evening", "applications
              # are now open", "Leavers' Assembly … tissues will be provided", "we're 150
              # today … est. 1876")
              r"open (?:evening|day|morning|afternoon)|applications (?:are )?(?:now )?open|"
              r"admissions|join us|leavers'? (?:assembly|service|concert)|est\.? \d{4}|"
              r"we(?:'re| are) \d+ (?:today|years)|prize-?giving|everyone (?:is )?welcome|"
              r"tissues will be provided)\b",
              re.IGNORECASE)
_KEYS = keys("primary elementary juniors infants academy grammar high nursery preschool "
             "kindergarten secondary reception year yr grade form class brownies rainbows "
             "beavers cubs scout scouts troop guides holiday club school lollipop playgroup play "
             "swimming student star spelling sleepover ballet gymnastics karate judo taekwondo "
             "dance dancing football rugby netball piano drama irish u8s u9s u10s u11s u12s "
             "u13s u14s u15s under paper round plays play proud form")
_SHORT = 600  # longer than a social post: the parts must then sit within three sentences


def check(text: str) -> list[CheckWarning]:
    words = tokens(text)
    if words.isdisjoint(_KEYS) and "alone" not in words and "own" not in words:
        return []
    if len(text) > _SHORT or ADULT.search(text) or not KID.search(text):
        return []
    place = CHILD_ONLY.search(text)
    if place is None and ALONE.search(text):
        place = ROUTE.search(text)
    if place is None:
        return []
    for when in TIME.finditer(text):
        if when.start() < place.end() and place.start() < when.end():
            continue  # the place's own words are not its time ("after-school club")
        return [CheckWarning(
            "privacy.child-routine", Category.PRIVACY, Severity.DANGER, when.start(),
            when.end(), f"“{when.group(0)}” with “{place.group(0)}” tells strangers where a "
            "child will be and when. Share the routine privately, with the people who need "
            "it.", (), "privacy")]
    return []
