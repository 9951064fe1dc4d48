"""Privacy and oversharing: phone numbers, e-mail and street addresses, payment cards,
flights and seats, an empty home or travel dates, children's routines, passwords."""

from __future__ import annotations

import re

from desktopapp.checks import (
    privacy_child,
    privacy_child_places,
    privacy_health,
    privacy_leaks,
    privacy_more,
    privacy_shapes,
)
from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.privacy_id_names import ID_DOCUMENT
from desktopapp.checks.wordset import keys, tokens

NAME = "privacy"
EMAIL = gated(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# Role mailboxes a business publishes on purpose ("email bookings@…", "info@…"): no
# person's address, no one to phish.
_ROLE_MAILBOX = re.compile(r"(?:bookings?|info|hello|contact|enquiries|inquiries|sales|support|"
                           r"jobs|careers|press|media|admin|office|reservations|events|orders|"
                           r"help|team|studio|shop|store|reception|accounts|hr|recruitment|"
                           r"volunteer|volunteers|membership|admissions)@", re.IGNORECASE)
_LOGIN = re.compile(r"\b(?:pass(?:word|wd|code)?|pw|pwd|log ?in|sign ?in|credentials?|user ?name)"
                    r"\b", re.IGNORECASE)
STREET = gated(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|"
    r"Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq|Parkway|"
    r"Row|Mews|Gardens|Grove|Rise|Walk|"
    r"Pkwy|Highway|Hwy|Straße|Strasse|Gasse|Weg|Platz)\b\.?")
# Home addresses typed the way people type them: lower case, a house name or number, a
# postcode, a hotel room, or "we live behind the X on Y lane".
_STREET_TYPES = (r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|grove|close|way|view|"
                 r"crescent|gardens|court|ct|place|pl|terrace|mews|row|hill|walk|square|"
                 r"boulevard|blvd)")
HOME = gated(
    r"\b(?:(?:at|to|on|address(?: is|:)?|live at|visit us at|find us at|flat \d+\w?,?)\s+"
    r"\d{1,5}[a-z]?,?\s+(?:[a-z][\w'-]*\s+){1,3}" + _STREET_TYPES + r"\b"
    r"|(?:my|our|home) (?:postcode|post code|zip code|zip|eircode)\s*(?:is|:)?\s*(?=\S{0,4}\d)"
    r"[A-Z0-9]{2,4}(?: ?[A-Z0-9]{1,4})?"
    r"|(?:checked in(?:to)?|staying in|we're in|i'm in|come (?:up )?to) room (?:number )?"
    r"\d{2,5}"
    # the hotel named first, the room after it ("checked in at the Meridian, room 514")
    r"|(?:hotel|check[- ]?in|checked in|checking in|staying)\b[^.!?\n]{0,40}?\broom "
    r"(?:number |no\.? )?\d{2,5}|gave (?:me|us) room \d{2,5})\b", re.IGNORECASE)
LIVE_NEAR = gated(r"\b(?:we|i) live (?:right |just )?(?:on|at|behind|next to|opposite|"
                       r"across from|above|near|by)\b[^.!?\n]{0,60}?(?:\b" + _STREET_TYPES +
                       r"\b|the (?:white|blue|red|green|yellow|grey|big|little|corner) "
                       r"(?:house|bungalow|cottage|door|flat|building)|number \d+)",
                       re.IGNORECASE)
# Where a key is hidden is as good as the key.
HIDDEN_KEY = gated(r"\b(?:spare |front door |house |back door )?key(?:s|'s|’s)? "
                        r"(?:is |are |will be |lives |stays )?(?:under|in|behind|inside|above|"
                        r"beneath) (?:the |a |our |my )?(?:mat|doormat|plant ?pot|flower ?pot|"
                        r"pot|fake rock|rock|gnome|"
                        r"letterbox|mailbox|meter box|bin|shed|lockbox)\b", re.IGNORECASE)
CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
FLIGHT = gated(r"\b(?:flight|flying|boarding|gate|fly)\b[^.!?\n]{0,30}?\b((?:[A-Z]{2}|[A-Z]\d|"
                    r"\d[A-Z])\s?\d{2,4})\b|\b((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4})\b(?=[^.!?\n]"
                    r"{0,30}\b(?:flight|departs|departing|boarding|gate)\b)", re.IGNORECASE)
# A departure with its time, or a trip with its length: when the home is empty.
DEPARTURE = gated(
    r"\b(?:we're|i'm|we are|i am|we'll be|i'll be) on the \d{1,2}[:.]\d\d (?:\w+ )?"
    r"(?:ferry|train|flight|plane|bus|coach|boat|sailing)\b"
    r"|\b(?:off on|going on|leaving on|away on|heading off on|off to) (?:our |my |a )?"
    r"(?:honeymoon|holiday|vacation|trip|cruise|road trip|safari)\b[^.!?\n]{0,30}?\b"
    r"(?:for (?:a |two |three |four |\d+ )?(?:weeks?|fortnight|months?)|from (?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the \d+\w*)|until \w+)",
    re.IGNORECASE)
# Identity documents photographed or scanned carry numbers, birth dates and signatures.
DOCUMENT = gated(
    r"\b(?:pic|photo|picture|snap|shot|scan|selfie) (?:of|with) my (?:new |first )?"
    r"(?:driving licen[cs]e|driver'?s licen[cs]e|passport|id card|identity card|visa|"
    r"green card|birth certificate|bank card|credit card|debit card)\b", re.IGNORECASE)
SEAT = gated(r"\bseat\s+\d{1,2}[A-K]\b|\bboarding pass\b", re.IGNORECASE)
AWAY = gated(
    r"\b(?:(?:we|i)(?:'re|'m| are| am| will be|'ll be)\s+(?:away|out of town|on (?:vacation|"
    r"holiday)|abroad|gone)|(?:house|home|flat|apartment|(?:our|my) place)\s+(?:is|will be)\s+"
    r"empty|"
    r"(?:nobody|no one|no-one)(?:'s| is| will be) (?:home|at home|at (?:the|our|my) "
    r"(?:house|place|flat))|(?:house|home|flat|place) is all yours|"
    r"home alone (?:all|for|until|till|this|tonight)|"
    r"(?:leaving|leave) (?:the|our|my) (?:house|home|flat|place) empty|"
    r"(?:weeks?|days?|nights?|months?) (?:in|at|away in) [\w ]{1,20} (?:starting|from) "
    r"(?:tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"next)|won'?t be back (?:for|until|till) \w+|"
    # people somewhere until a day ("we're in Cornwall until the 20th"), not goods
    # ("tickets are on sale until Friday")
    r"(?:are|am|'re|'m) (?:in|on|at) (?!(?:sale|offer|display|show|special|view)\b)[\w ]{1,20} "
    r"(?:until|till) (?:the )?\w+|"
    r"(?:we're|i'm|we are|i am|we'll be|i'll be|we will be|i will be) away (?:from|until|till) "
    r"\w+|away (?:until|till) \w+|"
    # ("this place is empty tonight" is a quiet pub: a place is a home only as "our place")
    r"(?:\w+ )?(?:house|home|flat|(?:our|my) place|\d+ [A-Z]\w+ (?:grove|road|street|lane|"
    r"close|avenue|drive|way|court)) (?:is|will be|stays) empty|the empty (?:house|home|flat)|"
    # the home named with its street ("our flat on Oak Terrace will be empty", "flat's empty")
    r"(?:house|home|flat|apartment|cottage|bungalow)(?:'s|’s| on [\w'’ -]{3,40}?"
    r"(?:is|will be|'ll be|stays|sits))? (?:empty|unoccupied|unattended)|"
    r"(?:house|home|flat|apartment|cottage|bungalow)[\w'’ -]{0,40}? (?:will be|'ll be|stays) "
    r"dark|(?:cats?|dogs?|pets?) (?:are|is|will be) home alone|"
    r"(?:we're|we are|we'll be|i'm|i am|i'll be|family's|family is|family are)[\w' ]{0,20} "
    r"(?:in|at|to) [A-Z]\w+ \d{1,2}(?:st|nd|rd|th)?\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)? "
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    r"(?:leaving|flying|off) (?:for|to) \w+(?: \w+)? (?:(?:on|from|until) (?:\w+ ){0,2}"
    r"(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|the \d)|for (?:\w+ )"
    r"{0,2}(?:days?|weeks?|nights?|months?|fortnight)))",
    re.IGNORECASE)
# ("my girls", "our boys" are friends and teams: only with "little" or an age.)
CHILD = gated(r"\b(?:(?:my|our)\s+(?:\d+[- ]year[- ]old\s+|little\s+)?(?:son|daughter|kids?|"
                   r"children|child|twins|toddler)|(?:my|our)\s+(?:\d+[- ]year[- ]old|little)\s+"
                   r"(?:boys?|girls?)|(?:my|our)\s+\d+[- ]year[- ]olds?|"
                   # ("Little Sprouts Nursery" is a business: a second capital word)
                   r"the kids'?|little (?-i:[A-Z][a-z]+)(?! (?-i:[A-Z]))|the twins|"
                   r"\d+[- ]year[- ]olds?)\b",
              re.IGNORECASE)
# A child named by first name: with an age in brackets, or with their own school, class,
# bus stop or club ("Maya (8)", "Leo's swim club", "Ava's first week at …").
# (not a grown-up's team: "Coach Sam's u12 rugby lads")
NAMED_CHILD = gated(r"(?<!Coach )(?<!Mr )(?<!Mrs )(?<!Ms )(?<!Miss )(?<!Dr )\b[A-Z][a-z]+"
                    r"(?: \(\d{1,2}\)|'s (?:first (?:day|week)|bus(?: stop)?|school|"
                    r"class|teacher|practice|lesson|club|football|soccer|karate|judo|ballet|"
                    r"dance|swimming|swim|choir|gymnastics|tennis|rugby|netball|piano|drama|"
                    r"nursery|playgroup|scouts|cubs|brownies|training|match|game)\b|"
                    # (session 19, in a hurry: "Isla's got netball", "Jayden has footy"; not
                    # "Hollybrook's u9 football" of a club, nor Mum, Dad or Saturday)
                    r"(?<!Mum)(?<!Mom)(?<!Dad)(?<!Nan)(?<!Gran)(?<!day)(?<!night)"
                    r"(?:'s got| has| got) (?:footy|football|"
                    r"soccer|rugby|netball|karate|ballet|dance|swimming|swim|gymnastics|cricket|"
                    r"hockey|madrassa|madrasa|kindy|montessori|holiday club|cubs|scouts)\b)")
# Places only children go to: with a time or a weekday they say where a child will be.
CHILD_PLACE = gated(r"\b(?:[A-Z][\w']+\s+){1,3}(?:Primary|Academy|High|School|Nursery|"
                         r"Daycare|Kindergarten|Preschool|Elementary)\b|\b(?:school bus|drop-off|"
                         r"pick-up|lets out|Year \d|class \d[A-Z])\b")
# A child's club or lesson with its day or time: "Emma has swimming every Saturday at 9".
# Said of someone else ("has", not "I have"), and with a clock time or "every <day>".
ACTIVITY = gated(r"\b(?:has|does|goes to|takes) (?:swimming|karate|judo|football|"
                      r"soccer|ballet|dance|piano|violin|gymnastics|scouts|cubs|brownies|rugby|"
                      r"netball|tennis|choir|drama|swim|taekwondo|tae kwon do|riding|hockey|"
                      r"cricket|athletics|chess club|coding club|tutoring)(?: club| class| "
                      r"lessons?| practice| training)?\b", re.IGNORECASE)
REGULAR = gated(r"\b(?:every (?:day|morning|afternoon|evening|weekday|week|monday|tuesday|"
                     r"wednesday|thursday|friday|saturday|sunday)|at \d{1,2}(?::\d\d)?|\d{1,2}"
                     r"(?::\d\d)?\s?(?:am|pm))\b", re.IGNORECASE)
WHEN = gated(r"\b(?:at \d{1,2}(?::\d\d)?|\d{1,2}:\d\d|\d{1,2}(?:[-–]\d{1,2})?\s?(?:am|pm)|"
                  r"every (?:day|morning|afternoon|evening|weekday|monday|tuesday|wednesday|"
                  r"thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|"
                  r"saturday|sunday)s?)\b", re.IGNORECASE)
ROUTINE = gated(r"\b(?:school|daycare|nursery|kindergarten|preschool|class(?:room)?|gate|"
                 r"pitch|hall|library|studio|pool|club|practice|training|"
                     r"bus stop|practice|every (?:morning|day|afternoon|evening)|pick(?:s|ing)? "
                     r"(?:him|her|them) up|drop(?:s|ping)? (?:him|her|them) off|at \d{1,2}(?::\d"
                     r"\d)?\s?(?:am|pm)?|every (?:monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|sunday)|\d{1,2}(?:[-–]\d{1,2})?\s?(?:am|pm)|lesson|park|bus|"
                     r"courts?)\b",
                     re.IGNORECASE)
# An identity or account number: the document's name, then within a few words a long code
# with digits ("licence number AB12…", "my SSN 078-05-…", "passport … number 5333…").
ID_NUMBER = gated(r"\b(?:" + ID_DOCUMENT + r"|ni number|account number|sort code|iban|"
                  r"routing number|tax id|nhs number)\b[^.!?\n]{0,40}?(?<![\w-])"
                  r"((?=[\w-]*\d)[A-Z0-9][\w-]{5,}\d[\w-]*)", re.IGNORECASE)
# A number offered to be called or texted: national formats of any country, which the
# phone parser reads only for the writer's own region.
PHONE_CUE = gated(r"\b(?:text|call|ring|phone|whatsapp|message|reach|contact)(?: me| us)?"
                  r"(?: on| at)?[: ]+((?:\+?\d[\d \-().]{6,16}\d))|"
                  r"\b(?:new|my|our) (?:number|mobile|phone number|cell)\b[^.!?\n]{0,25}?"
                  r"(\+?\d[\d \-().]{6,16}\d)", re.IGNORECASE)
PASSWORD = gated(r"\b(?:password|passcode|pin|wifi password|wi-fi password|(?:door|gate|"
                      r"alarm|lock|key ?safe) code|social security number|"
                      r"ssn|national insurance number|passport number)"
                      # what it opens, named between ("the wi-fi password for our house on
                      # Parry Street is …", "door code for volunteers at the office: …")
                      r"(?: (?:for|to|of|at|on) [\w'’ -]{1,50}?)?\s*(?:is|was|:|="
                      r")\s*\S+|\b(?:mother'?s maiden name|first pet'?s? name|security question|"
                      r"name of (?:my|your) first pet)\b"
                      # a password given bare, letters with digits ("default password Branch55")
                      r"|\b(?:default|temporary|new|the|my|our) password (?-i:(?=[A-Za-z!@#$%&*]*"
                      r"\d)[A-Za-z\d!@#$%&*]{5,})(?![\w-])", re.IGNORECASE)


# Every match of HOME holds a street type, "postcode"/"zip"/"eircode" or "room"; every
# match of FLIGHT one of its travel words; every e-mail address a word character before "@".
_HOME_KEYS = keys("street st avenue ave road rd lane ln drive dr grove close way view crescent "
                  "gardens court ct place pl terrace mews row hill walk square boulevard blvd "
                  "postcode post zip eircode room")
# One of these is in every match of AWAY but the dated one ("in Crete 3-17 Aug"), which has
# a dash.
_AWAY_KEYS = keys("away town vacation holiday abroad gone empty nobody no yours alone week weeks "
                  "day days night nights month months back until till leaving flying off")
_FLIGHT_KEYS = keys("flight flying boarding gate fly departs departing")
_AT = re.compile(r"@(?<=[\w.+-]@)")


def _warn(code: str, severity: Severity, start: int, end: int, message: str,
          suggestions: tuple[str, ...] = ()) -> CheckWarning:
    return CheckWarning(code, Category.PRIVACY, severity, start, end, message, suggestions, NAME)


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


_DIGIT = re.compile(r"\d")
# No region's phone numbers are shorter than four digits (phonenumbers' metadata), and the
# matcher reads every script's digits as `\d` does: a text with fewer is not parsed (the
# matcher costs about a millisecond per 400 characters, most of them without a number).
_PHONE_DIGITS = 4


def _phones(text: str, ctx: CheckContext) -> list[CheckWarning]:
    if len(_DIGIT.findall(text)) < _PHONE_DIGITS:
        return []
    import phonenumbers  # loaded on first use: its metadata is large

    region = ctx.language.split("-")[-1].upper() if "-" in ctx.language else "US"
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, region):
        # Toll-free and premium numbers belong to businesses and are meant to be called.
        if phonenumbers.number_type(match.number) in (phonenumbers.PhoneNumberType.TOLL_FREE,
                                                      phonenumbers.PhoneNumberType.PREMIUM_RATE):
            continue
        found.append(_warn("privacy.phone", Severity.DANGER, match.start, match.end,
                           f"“{match.raw_string}” looks like a phone number. Once posted, "
                           "anyone can call or text it, and scrapers collect it."))
    return found


def _business_number(raw: str, ctx: CheckContext) -> bool:
    """Toll-free and premium numbers (in the writer's region) are meant to be called."""
    import phonenumbers

    region = ctx.language.split("-")[-1].upper() if "-" in ctx.language else "US"
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in (phonenumbers.PhoneNumberType.TOLL_FREE,
                                                phonenumbers.PhoneNumberType.PREMIUM_RATE)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?\n]*", text)]


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    found = _phones(text, ctx)
    card_spans: list[tuple[int, int]] = []
    for m in CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            card_spans.append(m.span())
            found.append(_warn("privacy.card", Severity.DANGER, m.start(), m.end(),
                               "This is a valid payment card number. Never post it: cancel the "
                               "card if it has been shared."))
    # A card number is not also a phone number.
    found = [w for w in found if not (w.code == "privacy.phone" and any(
        s <= w.start and w.end <= e for s, e in card_spans))]
    words = tokens(text)
    # Cheap tests first: most chunks hold no "x@y" and none of a rule's key words.
    for m in (EMAIL.finditer(text) if _AT.search(text) else ()):
        # a business's bookings@ or info@ is there to be written to, unless it is a login
        if _ROLE_MAILBOX.match(m.group(0)) and not _LOGIN.search(text):
            continue
        found.append(_warn("privacy.email", Severity.CAUTION, m.start(), m.end(),
                           f"“{m.group(0)}” is an e-mail address; posted publicly it will "
                           "attract spam and phishing."))
    for m in STREET.finditer(text):
        found.append(_warn("privacy.address", Severity.DANGER, m.start(), m.end(),
                           f"“{m.group(0)}” looks like a street address. It tells strangers "
                           "where to find you."))
    for m in (HOME.finditer(text) if not words.isdisjoint(_HOME_KEYS) else ()):
        if not any(w.code == "privacy.address" and w.start < m.end() and m.start() < w.end
                   for w in found):
            found.append(_warn("privacy.address", Severity.DANGER, m.start(), m.end(),
                               f"“{m.group(0)}” tells strangers where to find you."))
    if not any(w.code == "privacy.address" for w in found):
        for m in LIVE_NEAR.finditer(text):
            found.append(_warn("privacy.address", Severity.CAUTION, m.start(), m.end(),
                               f"“{m.group(0)}” narrows down where you live to a street and a "
                               "house; strangers read it too."))
    for m in HIDDEN_KEY.finditer(text):
        found.append(_warn("privacy.password", Severity.DANGER, m.start(), m.end(),
                           f"“{m.group(0)}”: where a key is hidden is as good as the key. "
                           "Tell the person privately."))
    for m in (FLIGHT.finditer(text) if not words.isdisjoint(_FLIGHT_KEYS) else ()):
        group = 1 if m.group(1) else 2
        found.append(_warn("privacy.flight", Severity.CAUTION, m.start(group), m.end(group),
                           f"“{m.group(group)}” looks like a flight number: it says where you "
                           "will be and when, and that you are not home."))
    for m in SEAT.finditer(text):
        found.append(_warn("privacy.flight", Severity.DANGER, m.start(), m.end(),
                           f"“{m.group(0)}”: seat numbers and boarding passes carry booking "
                           "codes that let others change or cancel your trip."))
    for m in DEPARTURE.finditer(text):
        found.append(_warn("privacy.travel", Severity.DANGER, m.start(), m.end(),
                           f"“{m.group(0)}” says when you leave and for how long. Post about "
                           "the trip once you are back."))
    for m in DOCUMENT.finditer(text):
        found.append(_warn("privacy.document", Severity.DANGER, m.start(), m.end(),
                           f"“{m.group(0)}”: photos of identity documents carry the numbers, "
                           "birth date and signature that identity thieves need."))
    away = not words.isdisjoint(_AWAY_KEYS) or "-" in text or "–" in text
    for m in (AWAY.finditer(text) if away else ()):
        found.append(_warn("privacy.travel", Severity.DANGER, m.start(), m.end(),
                           f"“{m.group(0)}” announces when your home is empty. Post holiday "
                           "photos after you are back."))
    for m in [*CHILD.finditer(text), *NAMED_CHILD.finditer(text)]:
        # This sentence and the next: "My boy starts at X Academy. Drop-off at 8:30."
        sentence_end = min((i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0),
                           default=len(text))
        sentence_end = min((i for i in (text.find(c, sentence_end + 1) for c in ".!?\n")
                            if i >= 0), default=len(text))
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        # A place without a time ("starts at her new school next week") is not a routine
        # a stranger could use; a named school or a time with it is. The two are different
        # words: "practised every day" alone is a habit, not a place and a time.
        time = WHEN.search(text, sentence_start, sentence_end)
        when = time or CHILD_PLACE.search(text, sentence_start, sentence_end)
        routine = next((r for r in ROUTINE.finditer(text, sentence_start, sentence_end)
                        if time is None or r.end() <= time.start() or time.end() <= r.start()),
                       None)
        if routine and when:
            found.append(_warn("privacy.child-routine", Severity.DANGER, routine.start(),
                               routine.end(), f"“{routine.group(0)}” next to your child tells "
                               "strangers where a child will be and when."))
    if not any(w.code == "privacy.child-routine" for w in found):
        for span in _sentences(text):
            place = CHILD_PLACE.search(text, *span)
            # A school's own notice or a teacher's timetable names no child.
            if place is not None and privacy_child_places.ADULT.search(text, *span):
                continue
            if place is None and REGULAR.search(text, *span):
                place = ACTIVITY.search(text, *span)
            if place and WHEN.search(text, *span):
                found.append(_warn("privacy.child-routine", Severity.DANGER, place.start(),
                                   place.end(), f"“{place.group(0)}” with a time tells "
                                   "strangers where a child will be and when."))
    for m in ID_NUMBER.finditer(text):
        found.append(_warn("privacy.password", Severity.DANGER, m.start(1), m.end(1),
                           f"“{m.group(1)}” looks like an identity or account number: with "
                           "your name it is most of what identity theft needs."))
    if not any(w.code == "privacy.phone" for w in found):
        for m in PHONE_CUE.finditer(text):
            group = 1 if m.group(1) else 2
            if sum(c.isdigit() for c in m.group(group)) >= 7 and not _business_number(
                    m.group(group), ctx):
                found.append(_warn("privacy.phone", Severity.DANGER, m.start(group),
                                   m.end(group), f"“{m.group(group)}” is a phone number offered "
                                   "to be called. Once posted, anyone can call or text it, "
                                   "and scrapers collect it."))
    for m in PASSWORD.finditer(text):
        # "passport number is X1234567": the ID rule above told it, with the right message
        if any(w.code == "privacy.password" and m.start() <= w.start and w.end <= m.end()
               for w in found):
            continue
        found.append(_warn("privacy.password", Severity.DANGER, m.start(), m.end(),
                           "This gives away a password or the answer to a security question. "
                           "Change it if it has been posted anywhere."))
    return _more(text, found)


def _more(text: str, found: list[CheckWarning]) -> list[CheckWarning]:
    """The newer structures (privacy_more, privacy_child); a shop's or an office's own
    number and address are meant to be found, so they are not warned about."""
    if any(w.code in ("privacy.phone", "privacy.address") for w in found) and \
            privacy_more.business(text):
        found = [w for w in found if w.code not in ("privacy.phone", "privacy.address")]
    have = {w.code for w in found}
    found += _untold(found, privacy_more.check(text))
    found += _untold(found, privacy_shapes.check(text))
    found += [w for w in _untold(found, privacy_leaks.check(text)) if not (
        w.code == "privacy.address" and privacy_more.business(text))]
    found += privacy_health.check(text)
    if "privacy.child-routine" not in have:
        found += privacy_child.check(text) or privacy_child_places.check(text)
    # An identity number is not also a phone number ("passport number is 533012874").
    ids = [(w.start, w.end) for w in found if w.code == "privacy.password"]
    return [w for w in found if not (w.code == "privacy.phone" and any(
        s <= w.start and w.end <= e for s, e in ids))]


def _untold(found: list[CheckWarning], later: list[CheckWarning]) -> list[CheckWarning]:
    """A later module's warnings about what no earlier one told: a number several rules
    catch is told once, and a second number of the same kind in the post is still told
    ("passport no. X1234567 and my NI number AB123456C")."""
    return [w for w in later if not any(
        o.code == w.code and o.start < w.end and w.start < o.end for o in found)]
