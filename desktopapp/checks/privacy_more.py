"""More personal data people post without a second thought (issue 11, kind "privacy"), in
the forms `privacy.py`'s first rules did not read:

- phone numbers spelled out ("oh seven seven double oh nine…") or offered with a cue in
  any national format;
- access codes: door, gate, key-safe and alarm codes, PINs, Wi-Fi keys, a card's CVV;
- bank account numbers (an IBAN, checked by its own checksum);
- addresses written abroad ("19 rue des Lilas", "Musterstraße 12"), a flat or a house
  number with its street, and "come round to mine, number 42";
- where the writer is right now, alone ("sat on my own at the Red Lion right now");
- an empty home: leaving for somewhere with the length of the trip or the day back.

Ordinary near misses stay quiet: a business's own numbers and shop addresses (see
`business()`), "back home after two weeks in Bali", "planning a trip next year".
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.privacy_id_names import ID_DOCUMENT
from desktopapp.checks.wordset import tokens

_DIGIT_WORD = (r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|"
               r"triple|treble)")
SPELLED_PHONE = gated(r"\b(?:" + _DIGIT_WORD + r"|\d{1,5})(?:[\s,.-]{1,3}(?:" + _DIGIT_WORD +
                      r"|\d{1,5})\b){6,}", re.IGNORECASE)
_VALUES = {"oh": 1, "zero": 1, "nought": 1, "one": 1, "two": 1, "three": 1, "four": 1,
           "five": 1, "six": 1, "seven": 1, "eight": 1, "nine": 1, "double": 1, "triple": 2,
           "treble": 2}
# Who is meant to call: a cue the number is the writer's own, to be called or texted.
CONTACT = gated(r"\b(?:call|ring|text|txt|phone|whatsapp|message|msg|dm|reach|contact|hmu|"
                r"(?:new|my) no|"
                r"hit me up|number|mobile|mob|cell|digits|my line)\b", re.IGNORECASE)
ACCESS = gated(
    r"\b(?:(?:front |back |main )?door|gate|entry|entrance|building|alarm|lock|key ?safe|"
    r"keypad|garage|buzzer|access|lockbox|padlock|safe)\s+(?:code|pin|combo|combination)\b"
    r"[^.!?\n]{0,30}?(?<![\w-])(\d{3,8}[A-Z#*]?)(?![\w-])"
    r"|\b(?:alarm|door|gate|safe|lock|key ?safe|padlock|lockbox)(?: code| pin)?(?:'s| is|:| =)"
    r"\s*(\d{3,8}[A-Z#*]?)(?![\w-])"
    r"|\b(?:lockbox|key ?safe|keypad|padlock|door|gate|alarm|garage)\b[^.!?\n]{0,40}?\b(?:code|"
    r"pin|combo|combination)\b:? ?(\d{3,8}[A-Z#*]?)(?![\w-])"
    r"|\bcode:?\s+(\d{3,8}[A-Z#*]?)\s+(?:at|for|on|to|by) (?:the )?(?:front |main )?"
    r"(?:door|gate|building|keypad|lock|entrance|key ?safe|lockbox)\b"
    r"|\b(?:pin|pin number|pin code|passcode|cvv|cvc|cv2|security code)\b[^.!?\n]{0,30}?"
    r"(?<![\w/-])(\d{3,6})(?![\w/-])"
    r"|\b(?:wi-?fi|network|router)(?: password| pw| pass| key| code)?\s*(?:is|:|=|-)\s*"
    r"[\"“']?((?=\S*\d)[^\s\"”']{6,})", re.IGNORECASE)
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_STREET = (r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Way|Grove|Crescent|"
           r"Gardens|Court|Place|Terrace|Mews|Row|Hill|Walk|Square|Boulevard|Blvd)")
# Streets abroad: the number first ("19 rue des Lilas") or after ("Musterstraße 12").
ABROAD = gated(
    r"\b\d{1,4}(?:bis|ter)?,? (?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|"
    r"via|viale|corso|piazza|calle|avenida|plaza|paseo|carrer|rua|travessa|largo) (?:d[eu]s? |"
    r"de la |del |della |di |do |da |d')?(?-i:[A-ZÀ-Ý][\w'-]+)"
    r"|\b(?:calle|via|rua|avenida|carrer|piazza|viale|corso|plaza) (?:de |del |della |di |do |"
    r"da )?(?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+))?,? (?:n[º°o]\.? ?)?\d{1,4}\b",
    re.IGNORECASE)
_ABROAD_KEYS = frozenset("rue avenue av boulevard bd place chemin allée impasse quai via viale "
                         "corso piazza calle avenida plaza paseo carrer rua travessa largo".split())
GERMANIC = gated(
    r"\b(?-i:[A-ZÄÖÜ][\wäöüß-]+)(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|ufer|"
    r"straat|laan|gracht|plein|kade|gade|vej|gatan|vägen|veien|gata) \d{1,4}[a-z]?\b",
    re.IGNORECASE)
HOUSE = gated(
    r"\b(?:number|no\.?|house|#) ?\d{1,4}[a-z]?\b[^.!?\n]{0,60}?\b(?:on|in|off|along|of) "
    r"(?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+))? " + _STREET + r"\b"
    r"|\b(?:my|our|i'm in|we're in|i live in|we live in|come (?:up |round |over )?to) "
    r"(?:flat|apt\.?|apartment|unit|suite) (?:no\.? |number |#)?\d{1,4}[A-Z]?\b"
    r"|\b(?:flat|apt\.?|apartment|unit) \d{1,4}[A-Z]?,? \d{1,5} (?-i:[A-Z][\w'-]+)",
    re.IGNORECASE)
HOME_CUE = gated(r"\b(?:mine|ours|my|our|we|we're|i'm|i live|we live|come (?:round|over|by)|"
                 r"party|bbq|housewarming|moved|home|house|flat)\b", re.IGNORECASE)
# Where the writer is right now, alone.
ALONE = gated(r"\b(?:alone|on my own|by myself|solo|all by myself)\b", re.IGNORECASE)
HERE_NOW = gated(
    r"\b(?:i'm|im|i am|currently|sat|sitting|standing|waiting|stuck|here|walking|jogging|"
    r"running|sunbathing|swimming|hiking|cycling|reading|camping|fishing|parked|i'll be|"
    r"ill be)\b[^.!?\n]{0,50}?"
    r"\b(?:at|in|outside|near|by|on) (?:the )?(?:[a-z]+ ){0,3}?(?:(?-i:[A-Z][\w'-]+)|bar|pub|"
    r"station|bus stop|towpath|canal|bridge|woods|river|"
    r"hotel|park|beach|club|car park|parking lot|carpark|cafe|café|train|library|gym|cinema|"
    r"museum|mall|shop|supermarket|airport|hospital|office|pool|restaurant)"
    r"(?=[^.!?\n]{0,60}\b(?:right now|rn|currently|at the moment|atm|now|tonight|until|till|"
    r"for the next|anyone around|come (?:and )?(?:find|join|say hi)|around (?:noon|midday|\d+)|"
    r"in (?:\w+ )?(?:minutes|mins|an hour|half an hour))\b)", re.IGNORECASE)
_WHEN = (r"(?:tomorrow|tonight|this (?:weekend|week|monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the "
         r"\d+\w*)|from (?:the )?\d{1,2}(?:st|nd|rd|th)?|(?:monday|tuesday|wednesday|thursday|"
         r"friday|saturday|sunday|sat|sun|fri)|next "
         r"(?:week|month)|in \d+ (?:days|sleeps)|\d+ sleeps)")
_LONG = (r"(?:for (?:a |one |two |three |four |five |six |ten |\d+ |a few |a couple of )?"
         r"(?:days|weeks?|nights|months?|fortnight)|(?:back|home|returning|return) (?:on |the |"
         r"in )\w+|(?:until|till|til) (?:the )?\w+|all (?:of )?(?:january|february|march|april|"
         r"may|june|july|august|september|october|november|december|summer|half[- ]term|week|"
         r"month)|the (?:whole|entire) (?:month|summer|half[- ]term|holidays?|week|fortnight))")
# Leaving (or being) somewhere with when and for how long: the home is empty meanwhile.
TRIP = gated(
    r"\b(?:go(?:ing)? (?:on )?holiday (?:to|in)|holiday to|go to|leaving for|leave for|"
    r"flying(?: out)?(?: to)?|fly(?: out)?(?: to)?|off to|heading "
    r"(?:off )?to|jetting off to|jet off to|setting off for|going to|we're in|we are in|we'll be "
    r"in|i'll be in|we're away|away in|holiday in|trip to|(?:family|we|i) (?:is|are|am|will be) "
    r"in)\b[^.!?\n]{0,50}?(?:\b" + _WHEN + r"\b[^.!?\n]{0,40}?\b" + _LONG + r"|\b" + _LONG +
    r"\b[^.!?\n]{0,40}?\b" + _WHEN + r"\b|\ball (?:of )?(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december|summer|half[- ]term)\b|\bthe (?:"
    r"whole|entire) (?:month|summer|half[- ]term|holidays?)\b)"
    r"|\ball (?:of )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|summer|half[- ]term) (?:we're|we are|we'll be|i'm|i'll be) (?:in|away)",
    re.IGNORECASE)
# A card number typed in groups of four next to the card's words (even a mistyped one).
CARD_GROUPS = re.compile(r"(?<![\d-])\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?![\d-])")
CARD_WORDS = gated(r"\b(?:card|visa|mastercard|amex|debit|credit|exp|expiry|expires|cvv|cvc|"
                   r"declin\w*)\b", re.IGNORECASE)
# An identity number after its name and "no."/"number", spaces allowed ("QQ 12 34 56 C").
ID_AFTER_NO = gated(
    r"\b(?:" + ID_DOCUMENT + r"|ni|nhs|tax|medicare|student id)(?: card)?,? "
    r"(?:no\.?|number|num|#|nr\.?)\b"
    r"[^!?\n\d]{0,20}?(?<!\w)(?-i:((?:[A-Z]{1,6} ?|[a-z])?\d[\dA-Z -]{4,}[\dA-Z]))", re.IGNORECASE)
# A number offered to be called, with someone between the verb and the number
# ("ring my mum on 0161 …").
CALL_ON = gated(r"\b(?:text|txt|call|ring|phone|whatsapp|message|msg|reach|contact|try)\b"
                r"[^.!?\n\d]{0,25}?\b(?:on|at)\s*:?\s*(\+?\(?\d[\d \-().]{7,16}\d)", re.IGNORECASE)
# Where the writer is right now, inviting anyone along ("at the Anchor on Quay St right
# now, come say hi 📍"); a brand's "we're at the fair, visit our stand" is not personal.
OUT_NOW = gated(r"\bat (?:the )?(?:(?-i:[A-Z][\w']+)(?: (?-i:[A-Z][\w']+)){0,3}|[\w' ]{1,30}?"
                r"\b(?:pub|bar|cafe|café|club|hotel|park|beach|station|restaurant|inn|arms|"
                r"tavern))\b(?=[^\n]{0,60}(?:right now|\brn\b|at the "
                r"moment|currently|\bnow\b)[^\n]{0,40}(?:come (?:and )?(?:say hi|find me|join me)|"
                r"📍|anyone (?:around|about|fancy)))", re.IGNORECASE)
# Free numbers (UK 0800/0808, North American 800/888/877/866/855/844/833, 1800) belong to
# businesses and helplines, in whichever country the writer is.
TOLL_FREE = re.compile(r"^(?:\+?44 ?|0)8(?:00|08)|^(?:\+?1[ -]?)?\(?8(?:00|88|77|66|55|44|33)\)?|"
                       r"^1 ?[38]00")
# Someone live at a place until a time ("live from Platform 3 …, stuck here till 6"), or
# someone else left alone at a named place ("mum is on her own at the farm on Hollow Lane").
STUCK = gated(r"\b(?:live from|stuck (?:here )?(?:at|in|on)|stuck here)\b[^\n]{0,80}?\b(?:till|"
              r"until|til) \d", re.IGNORECASE)
LEFT_ALONE = gated(
    r"\b(?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|wife|husband|sister|"
    r"brother|she|he)(?:'s|’s| is| will be)? (?:home )?(?:on (?:her|his) own|alone|by "
    r"(?:herself|himself))\b[^.!?\n]{0,60}?\b(?:at|on|in) (?:the \w+ (?:on|in) )?"
    r"(?-i:[A-Z][\w'-]+) " + _STREET + r"\b", re.IGNORECASE)
WE = gated(r"\b(?:we|we're|our|us)\b", re.IGNORECASE)
# Nobody home for a stretch of days.
EMPTY = gated(
    r"\b(?:nobody|no one|no-one)(?:'s| is| will be| won't be)? (?:at )?(?:home|ours|mine|in|"
    r"here|around|the (?:house|flat|place))\b[^.!?\n]{0,30}?\b(?:from|until|till|between|all|"
    r"this|next|for (?:a|two|three|\d+))\b", re.IGNORECASE)
# A business's own number and shop address are meant to be found.
BUSINESS = gated(
    r"\b(?:our (?:new )?(?:store|shop|café|cafe|restaurant|bar|salon|studio|office|showroom|"
    r"gallery|branch|clinic|bakery|boutique|venue|pop-up|team|helpline|hotline|reception|"
    r"department|dept)|customer (?:service|care|support|team)|help ?line|hotline|freephone|"
    r"toll[- ]free|free on|(?:our|the) (?:\w+ )?line|call cent(?:re|er)|"
    r"reservations|bookings|enquiries|inquiries|appointments?|office hours|opening hours|"
    r"visit us|doors open|open (?:from|daily|every|\d|mon|7 days|till|until)|"
    r"department|intake|box office|congress|senate|city hall|town hall|council|embassy|"
    r"consulate|hospital|police)\b", re.IGNORECASE)
PERSONAL = gated(r"\b(?:me|my|mine|i'm|i live|we live|our (?:house|home|flat|place)|text me|"
                 r"come (?:and )?(?:find|see) us|(?:we're|i'm|we are) staying|"
                 r"call me|ring me|hmu|housewarming|party|bbq|sleepover|at home|we've moved|"
                 r"we have moved|(?:our|my) new (?:home|house|flat)|(?:his|her|their) (?:home "
                 r")?address)\b", re.IGNORECASE)


_ACCESS_KEYS = frozenset("door gate entry entrance building alarm lock keysafe key keypad garage "
                         "buzzer access lockbox padlock safe code pin passcode cvv cvc cv2 wifi wi "
                         "network router".split())
_HOUSE_KEYS = frozenset("number no house flat apt apartment unit suite".split())
_DIGIT_KEYS = frozenset(_VALUES)
_ID_KEYS = frozenset("passport licence license insurance ni security ssn id nhs tax medicare "
                     "student".split())
_NO_KEYS = frozenset("no number num nr".split())
_CALL_KEYS = frozenset("text txt call ring phone whatsapp message msg reach contact try".split())
_ZERO_KEYS = frozenset("oh zero nought double triple treble".split())
_MONTH_KEYS = frozenset("january february march april may june july august september october "
                        "november december summer half".split())
_NOW_KEYS = frozenset("now rn currently moment".split())
_COME_KEYS = frozenset("come anyone".split())
_DEPART_KEYS = frozenset("leaving leave flying fly off heading jetting jet setting going away "
                         "holiday trip re be family".split())
_LONG_KEYS = frozenset("days weeks week nights months month fortnight back home returning return "
                       "until till til all whole entire".split())


def business(text: str) -> bool:
    """A business or an office speaking about itself, with nothing of the writer's home."""
    return bool(BUSINESS.search(text)) and not PERSONAL.search(text)


def _warn(code: str, start: int, end: int, message: str,
          severity: Severity = Severity.DANGER) -> CheckWarning:
    return CheckWarning(code, Category.PRIVACY, severity, start, end, message, (), "privacy")


def iban_valid(raw: str) -> bool:
    code = raw.replace(" ", "")
    if not 15 <= len(code) <= 34:
        return False
    digits = "".join(str(int(c, 36)) for c in code[4:] + code[:4])
    return int(digits) % 97 == 1


def check(text: str) -> list[CheckWarning]:
    words = tokens(text)
    spelled = words & _DIGIT_KEYS
    found = _phones(text) if len(spelled) >= 3 and not (
        spelled.isdisjoint(_ZERO_KEYS) and words.isdisjoint(_CALL_KEYS)) else []
    for m in (ACCESS.finditer(text) if not words.isdisjoint(_ACCESS_KEYS) else ()):
        group = next(g for g in range(1, 7) if m.group(g))
        found.append(_warn("privacy.password", m.start(group), m.end(group),
                           f"“{m.group(0)}”: an access code or a PIN in a post opens the door "
                           "to anyone who reads it. Send it privately, then change it."))
    for m in IBAN.finditer(text):
        if iban_valid(m.group(0)):
            found.append(_warn("privacy.password", m.start(), m.end(),
                               f"“{m.group(0)}” is a bank account number (IBAN): with your "
                               "name it is what fraudsters need for fake direct debits."))
    places = list(GERMANIC.finditer(text))
    if not words.isdisjoint(_ABROAD_KEYS):
        places += ABROAD.finditer(text)
    if not words.isdisjoint(_HOUSE_KEYS) and HOME_CUE.search(text):
        places += HOUSE.finditer(text)
    if places and not business(text):
        found += [_warn("privacy.address", m.start(), m.end(),
                        f"“{m.group(0)}” tells strangers where to find you.") for m in places]
    if CARD_WORDS.search(text):
        found += [_warn("privacy.card", m.start(), m.end(),
                        f"“{m.group(0)}” looks like a payment card number. Never post it: "
                        "cancel the card if it has been shared.")
                  for m in CARD_GROUPS.finditer(text)]
    if not (words.isdisjoint(_ID_KEYS) or (words.isdisjoint(_NO_KEYS) and "#" not in text)):
        found += [_warn("privacy.password", m.start(1), m.end(1),
                        f"“{m.group(1)}” looks like an identity number: with your name it is "
                        "most of what identity theft needs.") for m in ID_AFTER_NO.finditer(text)]
    calls = () if words.isdisjoint(_CALL_KEYS) else CALL_ON.finditer(text)
    if calls and not business(text):
        for m in calls:
            if sum(c.isdigit() for c in m.group(1)) >= 9 and not TOLL_FREE.match(m.group(1)):
                found.append(_warn("privacy.phone", m.start(1), m.end(1),
                                   f"“{m.group(1)}” is a phone number offered to be called: "
                                   "anyone can call or text it, and scrapers collect it."))
    if not words.isdisjoint(_NOW_KEYS) and (not words.isdisjoint(_COME_KEYS) or "📍" in text) \
            and not WE.search(text):
        found += [_warn("privacy.address", m.start(), m.end(),
                        f"“{m.group(0)}”: where you are right now is where a stranger can find "
                        "you. Post it once you have left.", Severity.CAUTION)
                  for m in OUT_NOW.finditer(text)]
    found += [_warn("privacy.address", m.start(), m.end(),
                    f"“{m.group(0)}”: where someone is right now, and until when, is where a "
                    "stranger can find them.", Severity.CAUTION)
              for m in [*STUCK.finditer(text), *LEFT_ALONE.finditer(text)]]
    if ALONE.search(text):
        for m in HERE_NOW.finditer(text):
            found.append(_warn("privacy.address", m.start(), m.end(),
                               f"“{m.group(0)}”: where you are right now, alone, is where a "
                               "stranger can find you. Post it once you have left."))
    trips = list(EMPTY.finditer(text))
    if not (words.isdisjoint(_DEPART_KEYS) or words.isdisjoint(_LONG_KEYS)) or (
            "all" in words and not words.isdisjoint(_MONTH_KEYS)):
        trips += TRIP.finditer(text)
    for m in trips:
        found.append(_warn("privacy.travel", m.start(), m.end(),
                           f"“{m.group(0)}” says when your home is empty and for how long. "
                           "Post about the trip once you are back."))
    return found


def _phones(text: str) -> list[CheckWarning]:
    found = []
    for m in SPELLED_PHONE.finditer(text):
        words = re.findall(r"\d+|[a-z]+", m.group(0).lower())
        digits = sum(len(w) if w.isdigit() else _VALUES[w] for w in words)
        spelled = sum(not w.isdigit() for w in words)
        if digits >= 9 and spelled >= 3 and not business(text) and (
                words[0] in ("oh", "zero", "nought") or CONTACT.search(text)):
            found.append(_warn("privacy.phone", m.start(), m.end(),
                               f"“{m.group(0)}” spells out a phone number: once posted, anyone "
                               "can call or text it, and scrapers read words as well as digits."))
    return found
