"""A child's whereabouts with a time (issue 11, kind "child"): a child + a place a child
goes to or a way they travel + a time of day or a routine, in the same sentence or the
next two ("Our youngest is in Year 2 at Holy Trinity. We drop her off at 8:30 round the
back.").

Each part is a word class in the forms parents write: "my 10yo", "DS1", "the twins",
"Mia (6)", "she's 7", "little Harry"; school, nursery, breakfast club, the bus stop, the
leisure centre, "walks home on her own"; "at 3:15", "half five", "every Tuesday",
"Mondays", "mon-fri", "drop-off", "pick-up". A proud post without a schedule ("a gold star
at school today", "loved the park this afternoon") has no routine and stays quiet; so does
a place that is itself the time ("the school run was chaos").
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.text import sentences
from desktopapp.checks.wordset import keys, tokens

_AGE = r"(?:[1-9]|1[0-7])"  # a child's age; 18 and over are adults
_AGE_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
             r"fourteen|fifteen|sixteen)")
_KIN = (r"(?:sons?|daughters?|kids?|kiddos?|child|children|little ones?|toddler|twins|"
        r"step-?(?:son|daughter)|grand(?:son|daughter|kids|children)s?|nieces?|nephews?|"
        r"youngest|eldest|oldest|middle one|lo|ds\d?|dd\d?)")
_SMALL = (r"(?:little|lil|wee|baby|big|eldest|oldest|youngest|middle|two|three|" + _AGE +
          r"[- ]?(?:yo|y/o|yr[- ]?old|year[- ]?old))")
CHILD = gated(
    r"\b(?:(?:my|our|his|her|their)\s+(?:" + _SMALL + r"\s+)?" + _KIN +
    r"|(?:my|our)\s+" + _SMALL + r"\s+(?:boy|girl|lad|lass|man|one)"
    r"|my (?:boy|girl|lad|lass|wee one)"
    r"|(?:my|our)\s+" + _AGE + r"\s?(?:yo|y/o|y\.o\.|yr[- ]?olds?|year[- ]?olds?)"
    r"|(?:my|our)\s+(?:year|yr|y|grade|p)\s?" + _AGE + r"(?:er)?"
    r"|(?:my|our)\s+(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|[4-6]th)[- ]grader"
    r"|(?:my|our)\s+(?:kindergart[ne]+r|preschooler|reception(?:er)?|toddler)"
    r"|d[sd]\d?|kids (?:are|have)"
    # a child named by their school: a first day there, a class, a teacher
    r"|(?:first|last) day (?:at|of) (?:\w+ ){0,2}(?:school|nursery|primary|reception|kindergarten|"
    r"preschool|academy|juniors|infants|elementary)"
    r"|(?:he|she)(?:'s|’s|s| is) in (?:year|yr|class|reception|miss|mrs|mr|ms)"
    r"|\w+'s (?:kids?|son|daughter|child|boy|girl)|(?:wee|little|lil) (?:man|one|lad|lass|guy)"
    r"|after school|before school|school run|home time"
    r"|(?:drop(?:ping)?|take|taking)(?: off)? (?-i:[A-Z][a-z]+) (?:off )?(?:at|to)"
    r"|(?:he|she|\w+)(?:'s|’s| is) in \d{1,2}[a-z]\b"
    r"|\w+ (?:starts|started|starting|is starting|begins|joins) (?:reception|school|"
    r"nursery|year \d|primary|secondary|big school|kindergarten|preschool|\w+ grade)"
    r"|(?:his|her|\w+'?s) new (?:school|nursery|class|teacher|childminder)"
    r"|(?:pick[- ]?up|drop[- ]?off|collect\w*) (?:from|at) (?:the )?(?:nursery|daycare|school|"
    r"pre-?school|kindergarten|creche|childminder)"
    r"|(?:nursery|daycare|school|pre-?school|kindergarten|creche) (?:pick[- ]?ups?|drop[- ]?offs?)"
    r"|the (?:kids|twins|little ones|children)(?!'|’| (?:menu|meals?|section|zone|area))"
    r"|(?-i:[A-Z][A-Za-z]*),? \((?:aged? )?" + _AGE + r"\)"
    r"|(?-i:[A-Z][a-z]+) (?:is|'s|’s) (?:only |just |now )?" + _AGE + r"(?: years old)?"
    r"(?= and|,|!| now| years)"
    r"|(?:collect(?:ing)?|pick(?:ing)? up|drop(?:ping)? off|fetch(?:ing)?) (?-i:[A-Z][a-z]+) "
    r"(?:from|at)"
    r"|(?:drop|dropping|pick|picking|collect|collecting|fetch|fetching) (?:him|her|them)"
    r"(?: up| off)? (?:at|from)"
    r"|(?:he|she)(?:'s|’s| is) (?:only |just |now )?(?:" + _AGE + r"|" + _AGE_WORD +
    r")(?: years old| yrs?(?: old)?)?(?=[\s,.!;)]|$)(?! ?(?:mins?|minutes|hours|days|weeks|"
    r"months|points|goals|%|[:.]\d))"
    r"|(?:he|she) (?:just )?turned (?:" + _AGE + r"|" + _AGE_WORD + r")\b"
    r"|(?:little|lil) (?-i:[A-Z][a-z]+)"
    # a first name (in any case: people type "lily's ballet") owning a child's activity
    r"|[a-z]{2,12}(?:'s|’s) (?:first |next |new |weekly )?(?:u\d{1,2}s? |under[- ]?\d{1,2}s? |"
    r"\w+ )?(?:training|practice|lessons?|recital|competition|gala|sleepover|ballet|"
    r"gymnastics|after[- ]school club|breakfast club)"
    # a parent by their child's activity, or parents addressed as a group
    r"|(?:soccer|sports|football|footy|dance|netball|rugby|hockey|swim|cricket|gymnastics|"
    r"cheer|school[- ]gate) (?:mums?|moms?|dads?|parents?)|(?:ok|hi|hey|calling all|fellow) "
    r"(?:mums|moms|parents)|other parents|sports day"
    r"|(?-i:[A-Z][a-z]+),? aged? " + _AGE + r"|(?:he|she|(?-i:[A-Z][a-z]+)) turns (?:" + _AGE
    + r"|" + _AGE_WORD + r")\b|dropped (?-i:[A-Z][a-z]+) (?:off )?(?:at|to)"
    r"|\b" + _AGE + r"\s?(?:yo|y/o|yr[- ]?olds?|year[- ]?olds?)\b)(?!\w)", re.IGNORECASE)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SHORT = r"(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)"
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# A time of day or a routine: when a stranger would find the child there.
TIME = gated(
    r"\b(?:\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|at \d{1,2}(?!\s?(?:%|"
    r"years?|yrs?|months?|weeks?|days?|minutes?|mins?|hours?|[-–/,.]\d))"
    r"|quarter (?:past|to) " + _HOUR + r"|half (?:past )?" + _HOUR + r"|noon|midday"
    r"|(?:every|each) (?:single )?(?:day|morning|afternoon|evening|night|week|weekday|"
    r"weekend|term|" + _DAY + r"|" + _SHORT + r")|" + _DAY + r"s|weekdays|weeknights"
    r"|" + _SHORT + r"\s?(?:[-–&/]|and|to|till)\s?" + _SHORT
    + r"|\d{1,2}(?:[:.]\d\d)? ?(?:till|til|until|to) ?\d{1,2}(?:[:.]\d\d)?(?! ?(?:points|pts|"
    r"goals|%))|\d{1,2}(?:[:.]\d\d)?\s?[-–]\s?\d{1,2}(?:[:.]\d\d)?\s?[ap]m|"
    + _DAY + r" (?:and|&) " + _DAY +
    r"|daily|after school|before school|drop[- ]?offs?|pick[- ]?ups?|picking (?:him|her|"
    r"them) up|dropping (?:him|her|them) (?:off|at)|collect(?:ing)? (?:him|her|them)|"
    r"school run|home time|collect(?:ing|ion)? (?:is |at )?(?=\d)|collection|(?:gets|get|lets|"
    r"let) out (?:at )?(?=\d)|(?:until|till) I (?:finish|get (?:home|back|in)|pick)|all week|"
    r"term[- ]time|from next week|sharp|between \d{1,2}(?:[:.]\d\d)? ?(?:and|&) ?\d{1,2}"
    # dates of a stay: "14th to 21st july", "july 14-21"
    r"|\d{1,2}(?:st|nd|rd|th)?\s?(?:to|-|–|until|till)\s?\d{1,2}(?:st|nd|rd|th)?(?: of)? "
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)\w* \d{1,2}(?:st|nd|rd|th)?\s?(?:to|-|–)\s?\d{1,2}"
    # a child travelling alone is a routine by itself
    r"|(?:walks?|walking|cycles?|cycling|rides?|scoots?|gets?|takes?) (?:herself|himself|"
    r"themselves) (?:home|to school|back)|(?:walks?|walking|cycles?|goes|gets?) (?:home|to "
    r"school|back) (?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves))|"
    r"lets? (?:himself|herself|themselves) in|home alone)\b", re.IGNORECASE)
# Where a child goes, and how they get there. (Literal words never sit inside "(?-i:…)":
# the gate compares them with the case-folded text.)
PLACE = gated(
    r"\b(?:schools?|primary|elementary|juniors|infants|academy|nursery|daycare|day care|"
    r"pre-?school|pre-?k|kindergarten|creche|crèche|childminder(?:'s)?|breakfast club|"
    r"after[- ]?school(?: club)?|holiday club|summer camp|day camp|wraparound|bus stop|"
    r"(?:the|school) bus|bus|school gates?|the gates?|playground|park|skate ?park|library|"
    r"leisure cent(?:re|er)|sports cent(?:re|er)|community (?:centre|center|hall)|church hall|"
    r"village hall|scout hut|pool|swimming baths|pitch|dojo|studio|club|practice|training|"
    r"rec|recreation ground|footy|astro|waits? (?:by|at|outside|near) the \w+|playing fields?|"
    r"estate|paper round|secondary|sixth form|"
    r"(?:year|yr|grade) \d{1,2}\b(?! (?:\w+ )?(?:exam|piano|violin|guitar|cello|flute|theory|"
    r"singing|drums|ballet|music))|class \d\w?|(?:side|back|front|school|main) gates?|camp|"
    r"cabin \d+|sleepover|"
    r"(?:the|a) (?:tram|train|metro|subway|ferry)|"
    r"lessons?|class(?:es)?|swimming|gymnastics|ballet|dance|karate|judo|taekwondo|football|"
    r"soccer|rugby|netball|hockey|cricket|tennis|athletics|brownies|guides|scouts|cubs|"
    r"beavers|rainbows|choir|drama|piano|violin|riding school|stables|tutor(?:ing)?|"
    r"the corner of|(?:walks?|walking|cycles?|cycling|rides?|scoots?|gets?|takes?) "
    r"(?:herself |himself |themselves )?(?:home|to school|back|the bus|the train)|"
    r"on (?:his|her|their) own|by (?:himself|herself|themselves)|lets? (?:himself|herself|"
    r"themselves) in|home alone|route|cuts? through)\b"
    # a named place: "at Holy Trinity", "at St Anne's" (not a feast or a day)
    r"|\bat (?!(?:Christmas|Easter|Halloween|New Year|Diwali|Eid|Hanukkah|Thanksgiving|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Noon|Midnight|Least|Last|"
    r"First|Home|Work|All|Times)\b)(?-i:[A-Z][\w']+)"
    r"|\bSt\.? (?-i:[A-Z][\w']+)(?:'s|’s)|\b(?:hall|arena|road|street|lane)\b"
    r"|\b(?-i:[A-Z][\w']+) (?:Road|Rd|Street|St|Lane|Avenue|Way|Close|Crescent|Grove|Gardens|Row|"
    r"Mews|Rise|Drive|Park|Primary|"
    r"Academy|School|Green|Hill|High|Juniors|Infants|Elementary|Nursery|College|RFC|FC)\b",
    re.IGNORECASE)


HABIT = re.compile(r"\b(?:practi[sc]\w*|revis\w*|stud(?:y|ied|ies|ying)|trained|worked (?:hard|"
                   r"on it)|read(?:s|ing)? (?:a book|books))\b[^.!?\n]{0,12}$", re.IGNORECASE)
_KEYS = keys(
    "son sons daughter daughters kid kids kiddo kiddos child children toddler toddlers twins "
    "stepson stepdaughter grandson grandsons granddaughter granddaughters grandkids "
    "grandchildren niece nieces nephew nephews youngest eldest oldest middle little lil wee baby "
    "boy girl lad lass lo ds dd ds1 ds2 ds3 dd1 dd2 dd3 yo yr yrs year grader preschooler "
    "kindergartner kindergartener reception collect collecting pick picking drop dropping fetch "
    "fetching take taking juniors infants primary elementary academy after before run time hes "
    "shes man starts starting begins reception class teacher "
    "camp sleepover nursery "
    "daycare school preschool "
    "kindergarten creche childminder training practice lesson lessons recital competition gala "
    "ballet gymnastics club mum mums mom moms dad dads parent parents sports aged age turns "
    "dropped")
_AGES = frozenset([str(n) for n in range(1, 18)] + re.findall(r"\w+", _AGE_WORD))
_AGE_CUES = keys("he she is turned")
_FIRST_LAST = keys("first last")


AGE_FORM = gated(r"(?:'s|’s|\bis|\bturned) (?:only |just |now )?(?:" + _AGE + r"|" + _AGE_WORD +
                 r")(?!\w)|\((?:aged? )?" + _AGE + r"\)", re.IGNORECASE)


def _could_name_a_child(text: str) -> bool:
    words = tokens(text)
    return not words.isdisjoint(_KEYS) or "y/o" in text or (
        "day" in words and not words.isdisjoint(_FIRST_LAST)) or (
        not words.isdisjoint(_AGES) and (not words.isdisjoint(_AGE_CUES) or "(" in text)
        and AGE_FORM.search(text) is not None)


def check(text: str) -> list[CheckWarning]:
    if not _could_name_a_child(text) or not CHILD.search(text):
        return []
    spans = list(sentences(text))
    for i, span in enumerate(spans):
        child = CHILD.search(span.text)
        if child is None:
            continue
        start = span.start
        end = spans[min(i + 2, len(spans) - 1)].end
        window = text[start:end]
        # The child's own words are neither the place nor the time.
        window = window[:child.start()] + " " * len(child.group(0)) + window[child.end():]
        for when in TIME.finditer(window):
            # "practised every single day": a habit, not when a stranger would find them
            if HABIT.search(window, max(0, when.start() - 30), when.start()):
                continue
            # A place that is itself the time ("the school run") is not a second sign.
            rest = window[:when.start()] + " " * len(when.group(0)) + window[when.end():]
            place = PLACE.search(rest)
            if place:
                return [_warn(start + when.start(), start + when.end(), when.group(0),
                              place.group(0))]
    return []


def _warn(start: int, end: int, when: str, place: str) -> CheckWarning:
    return CheckWarning(
        "privacy.child-routine", Category.PRIVACY, Severity.DANGER, start, end,
        f"“{when}” with “{place}” next to your child tells strangers where a child will be "
        "and when. Share the routine privately, with the people who need it.", (), "privacy")
