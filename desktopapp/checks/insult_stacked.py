"""Insults built as a noun phrase of contempt said of someone, beyond insult_rules' word
classes (issue 11, kind "insult", session 11): "<someone> is a conceited, talentless hack",
"was an arrogant, clipboard-waving imbecile", "are a bunch of inbred, toothless gargoyles",
"is the most vulgar, charmless person", "is very stupid man".

The phrase: a verb of being, an article or a degree ("a", "such a", "a bunch of", "the
most", "very"), up to three adjectives of contempt (`contempt_words.ADJECTIVE`) and a noun.
It warns when
- the noun names a person with contempt and nothing else (`contempt_words.NOUN`) after at
  least one such adjective, whoever the subject ("the receptionist is a power-crazed
  harpy"); or
- the subject is a person (a name, he/she/they/you, "the/my/our … <role>") and the noun
  is any word of contempt (`NOUN` or `THING_NOUN`: "Kev is a lardy embarrassment", "she's a
  fake") or a plain word for a person after an adjective of contempt ("the owner is very
  stupid man").
Left alone: the writer about themselves ("I'm a lazy idiot"), a negation ("he's not a
fraud"), a thing ("the launch was an utter disaster" has no person subject) and a
quotation of someone else's name-calling (risk_aimed reads "called").
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import ROLE, warn
from desktopapp.checks.contempt_words import ADJECTIVE, NOUN, SUPERLATIVE, THING_NOUN
from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity

_BE = r"(?:is|was|are|were|'s|'re|’s|’re)"
_DEGREE = (r"(?:(?:such|really|truly|utterly|absolutely|totally|honestly|just|clearly|"
           r"frankly|genuinely|literally|also|still|always|very|so|nothing but|nothing more "
           r"than)\s+)*")
_ARTICLE = (r"(?:(?:an?|one|the most|an absolute|a complete|a total|an utter|a real|a proper|"
            r"a right|(?:a|one) (?:bunch|pack|load|gang|herd|collection|shower) of)\s+)?")
_ADJECTIVES = rf"(?:{ADJECTIVE},?\s+(?:and\s+)?)"
_PERSON_WORD = (r"(?:man|woman|men|women|person|people|guy|guys|bloke|blokes|lad|girl|boy|"
                r"individual|human being|human|creature|specimen|character|bunch|lot|crowd|"
                r"crew|gang)")
_FREE = r"(?:[\w]+(?:-[\w]+)+\s+|little\s+|old\s+|big\s+|fat\s+)?"
# The noun ends the phrase: "a fraud." or "a fraud who …", not "a disaster recovery plan".
_END = (r"(?=\s*(?:$|[^\w\s'’-]|(?:and|who|that|but|i|i've|i’ve|you|lol|honestly|in|on|"
        r"at|if|since|ever|alive)\b))")
# Any subject: an adjective of contempt and a noun that only names people.
PHRASE = gated(rf"\b{_BE}\s+{_DEGREE}{_ARTICLE}{_ADJECTIVES}{{1,3}}{_FREE}{NOUN}{_END}",
               re.IGNORECASE)
# A person subject: any noun of contempt, or a plain word for a person after an adjective.
# A name is capitalised, but so is any word that starts a sentence.
_NOT_A_NAME = (r"(?!(?:That|This|It|There|What|Which|Who|Here|Everything|Nothing|Something|"
               r"Today|Tonight|Life|Honestly|Seriously|Everyone|Nobody|Someone|Anyone|Mine|"
               r"Yours|Which|Whoever)\b)")
_SUBJECT = (rf"(?:{_NOT_A_NAME}(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){{0,2}}|he|she|they|you|"
            rf"(?:the|my|our|your|his|her|their|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{ROLE}|man|woman|guy|bloke|lad|owner|host|presenter|keeper|founder|director|"
            r"chief executive|ceo|boss|inspector|columnist|critic|coach|striker|editor|author|"
            r"writer|singer|actor|actress|ref|referee|player|chef|lead|mayor|councillor|"
            r"minister|receptionist|agent|landlord|neighbours?|lot))")
# Where the person is ("the neighbours at number 8", "the host from that podcast").
_AT = r"(?:\s+(?:at|from|in|on|of)\s+(?:[\w'’&-]+\s+){0,2}?[\w'’&-]+)?"
PERSON_PHRASE = gated(
    rf"\b{_SUBJECT}{_AT}(?:\s*,?\s+|(?=['’])){_BE}\s+{_DEGREE}{_ARTICLE}(?:"
    rf"{_ADJECTIVES}{{0,3}}(?:[\w-]+\s+)?"
    rf"(?:{NOUN}|{THING_NOUN})|{_ADJECTIVES}{{1,3}}{_FREE}{_PERSON_WORD}|"
    rf"{SUPERLATIVE}\s+{_FREE}(?:{_ADJECTIVES}{{0,2}})?{_PERSON_WORD}){_END}",
    re.IGNORECASE)
_SELF = re.compile(r"\b(?:i|we)\s*$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|hardly|nothing of|far from)\b|n[’']t\b",
                      re.IGNORECASE)
_PRONOUN_THING = re.compile(r"(?:it|this|that|there|what|which)\s*$", re.IGNORECASE)
MESSAGE = ("“{}” is contempt aimed at someone. Insults in a public post are what gets "
           "screenshotted and quoted back at you; say what is wrong instead.")


# Every phrase holds one of these words: a post with none of them (most short ones) is
# passed over by substring tests alone, before the long patterns run.
ANY_WORD = gated(rf"(?:{ADJECTIVE}|{NOUN}|{THING_NOUN}|{SUPERLATIVE})",
                 re.IGNORECASE)


def check(text: str) -> list[CheckWarning]:
    """At most one warning: the first phrase of contempt said of someone else."""
    if not ANY_WORD.could_match(text):
        return []
    for pattern in (PERSON_PHRASE, PHRASE):
        if not pattern.could_match(text):
            continue
        for m in pattern.finditer(text):
            said = m.group(0)
            before = text[max(0, m.start() - 30):m.start()]
            if _NEGATED.search(said) or (pattern is PHRASE and (
                    _SELF.search(before) or _PRONOUN_THING.search(before))):
                continue
            return [warn("tone.insult", Severity.DANGER, m.start(), m.end(),
                         MESSAGE.format(said.strip()), Category.TONE, "tone")]
    return []
