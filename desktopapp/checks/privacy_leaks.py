"""Personal data typed the loose way people type it (issue 11, kind "privacy", session 15),
in the forms the earlier rules (`privacy.py`, `privacy_more.py`, `privacy_shapes.py`)
leave out:

- an identity or bank number in spaced groups after the document's name ("licence number:
  MORGA 753116 SM9IJ", "IBAN GB29 …", a sort code with its account number);
- an identity document shown ("here's my id card", "my passport photo, posting it");
- a home address written in lower case with its town or postcode ("5 linnet way, oxbury,
  OX3 7RT"), a street with the house number after it ("Larch Crescent, number 31", "the
  blue door at 42"), and where someone lives, told of anyone ("his ex lives above the
  bakery on Dover Lane");
- a stretch away with the home named ("three weeks away, flat on Garnet Street all
  alone"), an empty house with a trip, and a stay bounded by dates ("from Wednesday, home
  on the 14th", "off to Portugal 3rd to 17th August").

Near misses stay quiet: an event some weeks away ("Christmas is three weeks away"), an
order or a tracking code, a shop's own address (`privacy_more.business`, applied by the
caller), a street named with no house or resident.
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.privacy_id_names import ID_DOCUMENT
from desktopapp.checks.wordset import keys, tokens

_STREET = (r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|grove|close|way|crescent|"
           r"gardens|court|ct|place|terrace|mews|row|walk|square|boulevard|blvd|parade)")
# A UK postcode in capitals (the whole code, outward and inward parts).
_POSTCODE = r"(?-i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*")
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"

# --- numbers ---------------------------------------------------------------------------------
# The document's or account's name, then within a few words (a colon or "is" between) a code
# of capitals and digits in up to seven groups, with five digits or more (`numbers`).
ID_GROUPS = gated(
    r"\b(?:(?:" + ID_DOCUMENT + r"|identity card|nhs|bvn|nin|iban|sort code)(?: card)?"
    r"(?: number| no\.?| num)?"
    r"|(?:ni|id|tax|account|bank) (?:number|no\.?|num|details))\b[^.!?\n\d]{0,60}?"
    r"(?<![\w-])((?-i:[A-Z0-9]{1,12}(?:[ -][A-Z0-9]{1,6}){0,6}))(?![\w-])", re.IGNORECASE)
# A UK sort code with its account number: the pair is a bank account.
SORT_AND_ACCOUNT = re.compile(r"(?<![\d-])\d{2}-\d{2}-\d{2},?\s+\d{8}(?!\d)")
_DOC = (r"(?:driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e|passport|id card|id|"
        r"identity card|visa|birth certificate|residence permit|student card|bank card)")
DOCUMENT_SHOWN = gated(
    r"\b(?:here'?s|here is|posting|sharing|attached|attaching|look at)\s+my\s+(?:new\s+)?"
    + _DOC + r"\b(?! number)"
    r"|\bmy\s+" + _DOC + r"\s+(?:photo|pic|picture|scan)\b[^.!?\n]{0,40}?\b(?:posting|"
    r"sharing|here it is|here's)\b", re.IGNORECASE)

# --- addresses -------------------------------------------------------------------------------
FULL_ADDRESS = gated(
    # a house number and a street in any case, then its town or its postcode
    r"\b\d{1,4}[a-z]?,?\s+(?:[a-z][\w'-]*\s+){1,3}" + _STREET + r"\b,\s*(?:(?:[a-z][\w'-]+,?\s+)?"
    + _POSTCODE + r"|(?-i:[A-Z][a-z]{2,})(?![\w'-]* (?:is|was|are|were|has)\b))"
    # a street named and the house number after it
    r"|\b(?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+))? " + _STREET + r",? (?:number|no\.?|#) ?"
    r"\d{1,4}[a-z]?\b"
    # a street, in any case, with the flat or house number after it ("dover lane, flat 2")
    r"|\b(?:[a-z][\w'-]+ ){1,2}" + _STREET + r",? (?:flat|apt\.?|apartment|unit) \d{1,4}[a-z]?\b"
    # the house described by its door and number ("the blue door at 42")
    r"|\bthe (?:\w+ )?(?:door|house|gate|cottage|bungalow|flat) at (?:number |no\.? )?"
    r"\d{1,4}[a-z]?\b", re.IGNORECASE)
# Someone's home told by where it is ("lives above the chemist on High St", "her new place
# is above the bakery on Colt Street", "living on Ravensmere Avenue").
LIVES_ON = gated(
    r"\b(?:lives?|living|(?:new |their |his |her |my |our )?(?:place|flat|house|home) is)"
    r" (?:right |just |now |still )?(?:on|at|above|over|behind|next to|opposite|in|off)\b"
    r"[^.!?\n]{0,40}?\b(?-i:[A-Z][\w'-]+) " + _STREET + r"\b", re.IGNORECASE)
_STREET_KEYS = keys("street st avenue ave road rd lane ln drive dr grove close way crescent "
                    "gardens court ct place terrace mews row walk square boulevard blvd parade")

# --- away from home --------------------------------------------------------------------------
_LENGTH = (r"(?:a|one|two|three|four|five|six|\d{1,2}|the whole|the entire|a whole|a full)"
           r" (?:weeks?|fortnight|months?|days|nights)")
# A stretch away, said of the writer's own trip: the home then named with its street, or
# left "alone"/"empty" (an event "three weeks away" names no home).
AWAY_LONG = gated(r"\b" + _LENGTH + r" away\b|\baway (?:for )?" + _LENGTH + r"\b"
                  r"|\b(?:off|away|going|heading|leaving)\b[^.!?\n]{0,30}? for " + _LENGTH + r"\b",
                  re.IGNORECASE)
# A phone number with its owner after it ("07700 900418 (my personal phone)").
PHONE_THEN_OWNER = gated(
    r"(?<![\w.,:/£$€-])(\+?\(?\d[\d ().-]{5,17}\d)(?![\w:/%£$€-]|[.,]\d)[^.!?\n\d]{0,20}?\b"
    r"(?:my |personal |private |home )+(?:phone|mobile|cell|number|landline)\b", re.IGNORECASE)
HOME_NAMED = gated(r"\b(?:house|home|flat|place|cottage)\b[^.!?\n]{0,40}?\b(?:on|in|at) "
                   r"(?:[a-z][\w'-]* )?(?:[\w'-]+ )" + _STREET + r"\b|\b(?:house|home|flat|"
                   r"place) (?:is |will be |sits )?(?:all )?(?:alone|empty)\b", re.IGNORECASE)
# An empty house is a trip's only when the post has one ("empty house vibes" after a month
# abroad; not the quiet after the children left home).
EMPTY_HOUSE = gated(r"\bempty (?:house|home|flat)\b", re.IGNORECASE)
LONG_STAY = gated(r"\b(?:weeks?|fortnight|months?|holiday|abroad|trip)\b", re.IGNORECASE)
# A stay bounded by dates: leaving on a day, back or home on a date.
BOUNDED = gated(
    r"\bfrom " + _DAY + r",? (?:[\w' ]{0,20} )?(?:home|back) (?:on )?(?:the )?" + _ORDINAL
    + r"\b|\b(?:off|going|heading|flying|jetting off|we're|i'm|we are|i am|we'll be|i'll be)"
    r" to (?-i:[A-Z]\w+)(?: (?-i:[A-Z]\w+))? " + _ORDINAL + r" (?:to|until|till|-|–) "
    + _ORDINAL + r" " + _MONTH + r"\b", re.IGNORECASE)


def _digit_count(code: str) -> int:
    return sum(c.isdigit() for c in code)


def _warn(code: str, start: int, end: int, message: str,
          severity: Severity = Severity.DANGER) -> CheckWarning:
    return CheckWarning(code, Category.PRIVACY, severity, start, end, message, (), "privacy")


def numbers(text: str) -> list[CheckWarning]:
    found = [_warn("privacy.password", m.start(1), m.end(1),
                   f"“{m.group(1)}” reads as an identity or bank number after its name: with "
                   "your name it is most of what fraud needs. Send it privately.")
             for m in ID_GROUPS.finditer(text) if _digit_count(m.group(1)) >= 5]
    found += [_warn("privacy.password", m.start(), m.end(),
                    f"“{m.group(0)}” is a sort code with an account number. Send bank "
                    "details privately.") for m in SORT_AND_ACCOUNT.finditer(text)]
    found += [_warn("privacy.phone", m.start(1), m.end(1),
                    f"“{m.group(1)}” is a personal phone number: once posted, anyone can call "
                    "or text it and scrapers collect it. Send it privately.")
              for m in PHONE_THEN_OWNER.finditer(text) if 7 <= _digit_count(m.group(1)) <= 15]
    found += [_warn("privacy.document", m.start(), m.end(),
                    f"“{m.group(0)}”: a photo of an identity document carries the number, "
                    "birth date and signature that identity thieves need.")
              for m in DOCUMENT_SHOWN.finditer(text)]
    return found[:3]


def addresses(text: str, words: frozenset[str]) -> list[CheckWarning]:
    found = [_warn("privacy.address", m.start(), m.end(),
                   f"“{m.group(0)}” is a home address: it tells strangers where to find "
                   "someone.") for m in FULL_ADDRESS.finditer(text)]
    if not found and not words.isdisjoint(_STREET_KEYS):
        found = [_warn("privacy.address", m.start(), m.end(),
                       f"“{m.group(0)}” says where someone lives. Strangers read it too; "
                       "ask before you post where anyone lives.", Severity.CAUTION)
                 for m in LIVES_ON.finditer(text)]
    return found[:1]


def away(text: str) -> list[CheckWarning]:
    stretch = AWAY_LONG.search(text)
    empty = EMPTY_HOUSE.search(text)
    hit: re.Match[str] | None
    if stretch and (empty or HOME_NAMED.search(text)):
        hit = stretch
    elif empty and LONG_STAY.search(text):
        hit = empty
    else:
        hit = BOUNDED.search(text)
    if hit is None:
        return []
    return [_warn("privacy.travel", hit.start(), hit.end(),
                  f"“{hit.group(0)}” tells strangers your home is empty and for how long. Post "
                  "about the trip once you are back.")]


def check(text: str) -> list[CheckWarning]:
    words = tokens(text)
    return numbers(text) + addresses(text, words) + away(text)
