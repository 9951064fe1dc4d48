"""Personal data by its shape and its owner (issue 11, kind "privacy", session 9), in the
forms the first rules (`privacy.py`, `privacy_more.py`) leave out:

- a phone number of any national format (grouped digits, a country code, short local
  numbers), owned by someone ("mum's number", "my work phone", "call Sam on …"): the
  phone parser reads only numbers valid in the writer's region;
- identity numbers whose shape gives them away (a US social security number, a UK
  national insurance number, an Irish PPS number, a UK number plate, a long number next to
  the document it belongs to: passport, licence, badge, membership);
- an unattended home: nobody in it, the house sitter gone, an alarm off, a door left
  unlocked, while the writer is away;
- a future trip from one date to another ("from the 12th to the 26th", "leaving the 3rd,
  back the 19th");
- where the writer is right now, with an invitation to come or a pin ("table by the
  window, come and join us").

Near misses stay quiet: a shop's or an office's own number (`privacy_more.business`), an
order, case or tracking number, travel told after the return, a trip with no dates, a
quiet house because the children left home.
"""

from __future__ import annotations

import re

from desktopapp.checks import privacy_more
from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.wordset import keys, tokens

# --- phone numbers owned by someone ---------------------------------------------------------
# Digits in groups, 7 to 15 of them, with an optional country code: not a date, a time, a
# price, a score or a year range (those have their own separators or are too short).
_NUMBER = r"(?<![\w.,:/£$€-])(\+?\(?\d[\d ().-]{5,17}\d)(?![\w:/%£$€-]|[.,]\d)"
# A word that makes the digits a phone number, just before them.
PHONE = gated(
    r"\b(?:numbers?|no\.?|phone|mobile|mob|landline|cell|digits|line|whatsapp|tel|"
    r"call(?:ing)?|ring|text|txt|reach|contact)\b(?:'s| is| are| was)?[^.!?\n\d]{0,45}?"
    + _NUMBER, re.IGNORECASE)
# Numbers that are not anyone's phone.
NOT_PHONE = gated(r"\b(?:order|tracking|reference|ref|case|ticket|account|invoice|serial|model|"
                  r"part|item|policy|booking|confirmation|lottery|lucky|house|room|page|"
                  r"episode|jersey|shirt|squad|bus|route|flight|seat|table|registration|"
                  r"reg|charity|company|vat|isbn|batch|lot|claim|customer|member|badge)\s+"
                  r"(?:number|no\.?|#)", re.IGNORECASE)
# Whose number it is: the writer's, a relative's or friend's, or someone called by first name.
_KIN = (r"(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa|sister|brother|"
        r"wife|husband|son|daughter|auntie|aunt|uncle|cousin|mate|friend|partner|bf|gf|"
        r"hubby|babysitter|nanny)")
OWNER = gated(r"\b(?:my|me|mine|i'm|personal|private|home|our (?:home|house|landline)|her|his|"
              r"their|(?-i:[A-Z][a-z]+)(?:'s|’s) (?:number|mobile|phone|cell)|"
              + _KIN + r"(?:'s|’s)|(?:call|ring|text|txt|whatsapp|message) "
              r"(?-i:[A-Z][a-z]+) (?:on|at))\b", re.IGNORECASE)
_PHONE_KEYS = keys("number numbers no phone mobile mob landline cell digits line whatsapp tel "
                   "call calling ring text txt reach contact")

# --- identity numbers by their shape --------------------------------------------------------
SHAPED_ID = gated(
    r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])"                       # US social security
    r"|(?<!\w)(?-i:[A-CEGHJ-PR-TW-Z]{2}) ?\d{2} ?\d{2} ?\d{2} ?(?-i:[A-D])(?!\w)"  # UK NI
    r"|(?<!\w)\d{7}(?-i:[A-W][A-IW]?)(?!\w)",                     # Irish PPS
    re.IGNORECASE)
# A long number after a document's name, in the same or the next sentence.
DOCUMENT = gated(r"\b(?:passport|licen[cs]e|badge|membership|member|id|identity|insurance|"
                 r"pps|ssn|social security|nhs|medicare|tax|student|national id|visa|permit)\b",
                 re.IGNORECASE)
LONG_NUMBER = re.compile(r"(?<![\w.,/-])\d{4}[ -]?\d{4}(?:[ -]?\d{1,4})?(?![\w/-])|"
                         r"(?<![\w.,/-])\d{3} \d{3} \d{3,4}(?![\w/-])|"
                         r"(?<![\w.,/-])\d{8,12}(?![\w/-])")
# A UK number plate next to a car word.
PLATE = gated(r"\b(?:reg(?:istration)?|plates?|number ?plate|car|van)\b[^.!?\n]{0,20}?"
              r"(?<!\w)((?-i:[A-Z]{2}\d{2} ?[A-Z]{3}))(?!\w)", re.IGNORECASE)
# A code of letters and digits next to a document's name: a licence or passport number.
ALNUM_ID = re.compile(r"(?<![\w-])(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*"
                      r"[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{8,18}(?![\w-])")
# Birth dates and maiden names answer the usual security questions.
BIRTH = gated(r"\b(?:date of birth|d\.?o\.?b\.?|born(?: on)?|my birthday)\b[^.!?\n]{0,25}?"
              r"\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b|\bmaiden name(?:'s| is|:)\s*((?-i:[A-Z]\w+))",
              re.IGNORECASE)
# A document photographed, or a card's details asked for or given.
DOC_PHOTO = gated(r"\b(?:driv\w* licen[cs]e|licen[cs]e|passport|id card|identity card|boarding "
                  r"pass|bank card|credit card|debit card) (?:photo|pic|picture|scan|selfie) "
                  r"(?:for|in|on) (?:the|our|my|this|a) [\w\"“”' ]{0,30}?(?:reel|thread|post|story|"
                  r"page|group|video|blog|channel)\b",
                  re.IGNORECASE)
CARD_DETAILS = gated(r"\bcard number\b[^.!?\n]{0,40}\b(?:three digits|3 digits|cvv|cvc|security "
                     r"code|expiry)\b|\b(?:ends|ending)(?: in)? \d{4}\b[^.!?\n]{0,20}\b(?:exp|"
                     r"expiry|expires)\b\D{0,3}\d\d/\d\d", re.IGNORECASE)
# (session 11) The same numbers in the shapes people type them when they name them: a
# national insurance number with any two letters (people misremember the rules of its
# prefix), a sort code or an account number after its name even across a "?", a staff or
# member number right after the word.
NAMED_NUMBER = gated(
    r"\b(?:national insurance|ni)(?: number| no\.?)?\b[^\n]{0,40}?(?<!\w)"
    r"((?-i:[A-Z]{2}) ?\d{2} ?\d{2} ?\d{2} ?(?-i:[A-D]))(?!\w)"
    r"|\bsort code\b\W{0,6}(\d{2}[- ]\d{2}[- ]\d{2})(?![\w-])"
    r"|\baccount(?: number| no\.?)?(?: is|:)?\s*(\d{8})(?!\w)"
    r"|\b(?:employee|staff|payroll|badge|member|membership|student)(?: id| no\.?| number| #)?"
    r":? ?(\d{5,})(?!\w)", re.IGNORECASE)
_NAMED_KEYS = keys("insurance ni sort account employee staff payroll badge member membership "
                   "student")
_ID_KEYS = keys("passport licence license badge membership member id identity insurance pps ssn "
                "security nhs medicare tax student visa permit")

# --- an unattended home while the writer is away --------------------------------------------
_HOME = r"(?:house|home|flat|apartment|place|bungalow|cottage|farm|caravan)"
UNATTENDED = gated(
    r"\b(?:(?:the|our|my) (?:\w+ )?" + _HOME + r"(?: in (?-i:[A-Z]\w+)| and (?:\w+ )?\w+)?"
    r"(?: both)?(?: will be| is| are| stays|'s| gets)? (?:so |totally |"
    r"completely |dead |all )?(?:empty|all alone|unattended|quiet without us|on its own)"
    r"|(?:nobody|no one|no-one|noone)(?:'s| is| will be)? (?:at (?:home|the " + _HOME + r")|"
    r"home|in the " + _HOME + r"|staying at (?:the|our|my) " + _HOME + r")"
    r"|nobody (?:at home )?but the (?:cat|dog|goldfish|fish|plants)"
    r"|(?:the |our |my )?(?:cats?|dogs?|pets?|goldfish|rabbits?)(?:'s| is| are| will be)? "
    r"home alone"
    r"|(?:house|pet) ?sitter (?:has )?(?:cancell?ed|fell through|pulled out|bailed|dropped out)"
    r"|(?:burglar )?alarm (?:has been |is |'s )?(?:broken|off|not working|not set)"
    r"|(?:back|front|side|patio) door(?:'s| is)? (?:never|not|always un)(?: ever)? ?locked"
    r"|left (?:the|our|my) \w+ empty|leave (?:the|our|my) \w+ empty)\b", re.IGNORECASE)
# Away: a trip, a length or dates that are still to come.
AWAY = gated(
    r"\b(?:holiday|vacation|honeymoon|cruise|trip|away|abroad|flying|fly out|off to|"
    r"leaving|going off grid|visiting|driving down|gone for|off on|off for|jetting off|"
    r"heading off|setting off)\b", re.IGNORECASE)
# From one day to another, said before the trip: "from the 12th to the 26th", "leaving the
# 3rd, back the 19th", "flying out 4 may, back 25 may", "20th till the 2nd".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
_DATE = (r"(?:(?:the )?\d{1,2}(?:st|nd|rd|th)(?: (?:of )?" + _MONTH + r")?|\d{1,2} (?:of )?"
         + _MONTH + r"|" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?)")
DATES_AWAY = gated(
    r"\b(?:from|leaving|leave|flying out|fly out|off|out|going|gone|away) (?:on )?" + _DATE +
    r",? (?:to|till|until|til|-|–|and back|back(?: on)?|returning(?: on)?) " + _DATE + r"\b"
    r"|\b" + _DATE + r" (?:till|until|til|to|-|–) " + _DATE + r",? (?:house|home|flat|place)\b",
    re.IGNORECASE)
# Told after the return: "back home after …", "we got back", "was empty".
RETURNED = gated(r"\b(?<!when )(?<!until )(?<!till )(?:back home|got back|we're back|i'm back|"
                 r"just back|came back|were away|was empty|was so quiet|while we were)\b",
                 re.IGNORECASE)
_AWAY_KEYS = keys("holiday vacation honeymoon cruise trip away abroad flying fly off leaving "
                  "grid visiting driving gone jetting heading setting")

# Where a spare key is hidden, whatever it is hidden under ("under the frog on the step").
KEY_UNDER = gated(r"\b(?:spare |front door |back door |house )?key(?:s|'s|’s)? (?:is |are |will be "
                  r"|lives )?(?:under|behind|beneath|inside) (?:the|a|our|my) (?:\w+ ){0,2}?"
                  r"(?:on|by|at|in|next to) the (?:step|steps|door|porch|path|garden|shed|"
                  r"window|gate|doormat|wall)", re.IGNORECASE)
# --- where the writer is now, with an invitation ---------------------------------------------
NOW_HERE = gated(
    r"\b(?:(?:right now|rn|at the moment|currently|live from|live at)\b[^.!?\n]{0,60}?"
    r"\b(?:table|booth|cubicle|bay|seat|pitch|stand|spot|corner|bench) (?:by|near|at|in|\d+\w?)"
    r"|(?:table|booth|cubicle|bay|seat|bench) (?:by|near|at|next to) the \w+"
    r"|(?:table|cubicle|coach|carriage|seat|bay|room) [A-Z]?\d+[A-Z]?\b"
    r"|(?:my )?location (?:is )?(?:pinned|shared|on)\b"
    r"|live (?:from|at) (?:the )?(?-i:[A-Z][\w']+)(?: (?-i:[A-Z][\w']+)){0,3}"
    # alone somewhere named, right now: "alone at the bus stop on Oxley Road"
    r"|(?:alone|on my own|by myself)[, ]+(?:\w+ )?(?:at|in|on|through|along|outside|by) (?:the )?"
    r"(?:[\w']+ ){0,2}?(?:(?:on|in) )?(?-i:[A-Z][\w']+)(?: (?-i:[A-Z][\w']+)){0,2}"
    r"|(?:walking|jogging|running|cycling|sitting|waiting) (?:through|along|in|at|by) (?:the )?"
    r"(?-i:[A-Z][\w']+)(?: (?-i:[A-Z][\w']+)){0,2}(?=[^.!?\n]{0,40}\balone\b))",
    re.IGNORECASE)
COME = gated(r"\b(?:come (?:and )?(?:say hi|find (?:me|us)|join (?:me|us)|over)|say hi|"
             r"(?:phone|battery)(?: is| at)? (?:on )?\d{1,2} ?%|live location|if anyone's "
             r"(?:nearby|around)|home in \d+|"
             r"wants? to (?:come|join|bring)|anyone (?:near|around|about|fancy)|📍|👇|"
             r"if anyone|right now|rn|here (?:for|until|till))", re.IGNORECASE)
# A stand or a stall is a business's public place.
STAND = gated(r"\b(?:our (?:stand|stall|booth|pop-up|shop|store)|visit (?:us|our)|stand \d+)\b",
              re.IGNORECASE)
_NOW_KEYS = keys("now rn moment currently live table booth cubicle bay seat bench coach "
                 "carriage location room alone own myself")


def _warn(code: str, start: int, end: int, message: str,
          severity: Severity = Severity.DANGER) -> CheckWarning:
    return CheckWarning(code, Category.PRIVACY, severity, start, end, message, (), "privacy")


def _digits(raw: str) -> int:
    return sum(c.isdigit() for c in raw)


def phones(text: str, words: frozenset[str]) -> list[CheckWarning]:
    if words.isdisjoint(_PHONE_KEYS) or privacy_more.business(text):
        return []
    found = []
    for m in PHONE.finditer(text):
        raw = m.group(1).strip()
        if not 7 <= _digits(raw) <= 15 or privacy_more.TOLL_FREE.match(raw):
            continue
        before = text[max(0, m.start() - 25):m.start(1)]
        owner = text[max(0, m.start() - 60):m.start(1)]
        if NOT_PHONE.search(before + " " + m.group(0)) or not OWNER.search(owner):
            continue
        found.append(_warn("privacy.phone", m.start(1), m.start(1) + len(raw),
                           f"“{raw}” is a phone number: once posted, anyone can call or text "
                           "it and scrapers collect it. Send it privately."))
    return found


def identity(text: str, words: frozenset[str], numbered: bool = True) -> list[CheckWarning]:
    found = [_warn("privacy.password", m.start(), m.end(),
                   f"“{m.group(0)}” has the shape of an identity number: with your name it is "
                   "most of what identity theft needs. Leave it out, even to ask for help.")
             for m in (SHAPED_ID.finditer(text) if numbered else ())]
    if numbered and not words.isdisjoint(_ID_KEYS) and DOCUMENT.search(text):
        # digits only (LONG_NUMBER), then codes of letters and digits (ALNUM_ID), as before
        found += [_warn("privacy.password", m.start(), m.end(),
                        f"“{m.group(0)}” next to a document's name reads as its number: with "
                        "your name it is what identity theft needs. Leave it out.")
                  for m in [*LONG_NUMBER.finditer(text), *ALNUM_ID.finditer(text)]]
    if not words.isdisjoint(_NAMED_KEYS):
        for m in NAMED_NUMBER.finditer(text):
            group = next(g for g in range(1, 5) if m.group(g))
            found.append(_warn("privacy.password", m.start(group), m.end(group),
                               f"“{m.group(group)}” is the number of an identity or an "
                               "account: with your name it is what fraud needs. Leave it "
                               "out, even to ask for help."))
    for m in BIRTH.finditer(text):
        group = 1 if m.group(1) else 2
        found.append(_warn("privacy.password", m.start(group), m.end(group),
                           f"“{m.group(group)}” answers a usual security question (birth date, "
                           "maiden name): banks and accounts ask for it. Leave it out."))
    found += [_warn("privacy.document", m.start(), m.end(),
                    f"“{m.group(0)}”: a photo of an identity document carries its number, your "
                    "birth date and your signature. Post it with all of them covered, or not at "
                    "all.") for m in DOC_PHOTO.finditer(text)]
    found += [_warn("privacy.card", m.start(), m.end(),
                    f"“{m.group(0)}”: card details in a post, or asked for in one, are what "
                    "card fraud needs. Never post them; a real company never asks for them "
                    "in public.") for m in CARD_DETAILS.finditer(text)]
    found += [_warn("privacy.password", m.start(1), m.end(1),
                    f"“{m.group(1)}” is a number plate: it leads to your car, and from there "
                    "to where you live and park. Blur it or leave it out.", Severity.CAUTION)
              for m in PLATE.finditer(text)]
    return found


def empty_home(text: str, words: frozenset[str]) -> list[CheckWarning]:
    if words.isdisjoint(_AWAY_KEYS) or RETURNED.search(text) or not AWAY.search(text):
        return []
    hits = [*UNATTENDED.finditer(text), *DATES_AWAY.finditer(text)]
    return [_warn("privacy.travel", m.start(), m.end(),
                  f"“{m.group(0)}” tells strangers your home is empty and when. Post about "
                  "the trip once you are back.") for m in hits[:1]]


def hidden_key(text: str) -> list[CheckWarning]:
    if "key" not in text.lower():
        return []
    return [_warn("privacy.password", m.start(), m.end(),
                  f"“{m.group(0)}”: where a key is hidden is as good as the key. Tell the "
                  "person privately.") for m in KEY_UNDER.finditer(text)]


def here_now(text: str, words: frozenset[str]) -> list[CheckWarning]:
    if words.isdisjoint(_NOW_KEYS) and "📍" not in text:
        return []
    if not COME.search(text) or STAND.search(text):
        return []
    return [_warn("privacy.address", m.start(), m.end(),
                  f"“{m.group(0)}”: where you are right now is where a stranger can find you. "
                  "Post it once you have left.", Severity.CAUTION)
            for m in NOW_HERE.finditer(text)][:1]


_DIGIT = re.compile(r"\d")


def check(text: str) -> list[CheckWarning]:
    words = tokens(text)
    # Numbers need digits: most posts have fewer than a phone or an ID number holds.
    digits = len(_DIGIT.findall(text))  # a UK insurance number has 6, a phone number 7+
    return (phones(text, words) if digits >= 7 else []) + identity(text, words, digits >= 6) + \
        empty_home(text, words) + here_now(text, words) + hidden_key(text)
