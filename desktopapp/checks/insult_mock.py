"""Mockery: insults said as a joke at someone's expense, with no word of abuse in them.

The roast shapes people use when they want the joke to land, whoever the target is:

- a mocking comparison of how someone looks, sounds, writes or plays, marked as a joke
  (lol, 💀, 😂) or ending in a mishap: "she sounds like a dial-up modem having a
  breakdown", "writes like a year 8 who lost a bet 💀", "u cook like u hate ur guests";
- failing at the easiest task there is: "couldn't organise a raffle at a church fete",
  "can't lead a conga line", "couldn't find the budget with both hands", "couldn't hit
  the ground if he fell";
- "imagine being this dim and still …", "imagine having 12 followers and calling
  yourself an influencer";
- a list of what someone lacks: "no spine, no ideas";
- the prize for the worst: "dumbest take of the day goes to Lucas";
- (session 18) a person as a thing: "a walking 1-star review", "a human loading screen",
  "ur not a trainer ur a protein shake w a ring light", "seen better coaching from a
  traffic cone", "a toddler could do better", "so thick he thought …", "0 talent 100 ego".

The writer's own looks and failings ("I sing like a cat in a blender lol", "my toddler
can't tie his shoes yet") are self-mockery or fond, and are left alone; so is praise
("she sings like an angel 😭").
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import warn
from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity

_DOES = (r"(?:looks?|looked|sounds?|sounded|writes?|wrote|sings?|sang|dances?|danced|cooks?|"
         r"plays?|played|talks?|dress(?:es)?|drives?|smells?|walks?|acts?|types?|speaks?|"
         r"argues?|negotiates?|debates?|campaigns?|leads?|manages?|tweets?|posts?|presents?|"
         r"interviews?|paints?|draws?|edits?|designs?|codes?|coded|builds?|pitches?|"
         r"teaches?|coaches?|referees?|parents?)")
# What a comparison may liken someone to and still be praise or plain description.
_PRAISE = (r"(?:angel|pro|professional|boss|queen|king|legend|star|model|champion|champ|dream|"
           r"million|snack|goddess|god|natural|veteran|genius|superstar|hero|icon|movie|film|"
           r"rock ?star|native|local|dad|mum|mom|father|mother|parent|grown|adult|real|new|"
           r"brand new|princess|prince|baby|fun|plan|good|great|lovely|beautiful|nice|treat|"
           r"winner|masterpiece|home|heaven|party|summer|spring|holiday|vacation|fairy ?tale|"
           r"postcard|painting|picture)")
COMPARED = gated(r"\b(?P<who>[\w'@]+(?: [\w']+)?) " + _DOES + r" like (?!(?:a |an |the )?"
                 + _PRAISE + r"\b)(?:an? |some(?:one|body)? |(?:u|you|he|she|they) |"
                 r"(?:his|her|their|ur|your) |it was )[^.!?\n]{2,80}", re.IGNORECASE)
# A joke marker after the comparison, or a mishap inside it, makes it mockery.
_JOKE = re.compile(r"\blo+l\b|\blmf?a+o+\b|\bha(?:ha)+\b|💀|😂|🤣|🤡|😭|☠️", re.IGNORECASE)
_MISHAP = re.compile(
    r"having an? (?:breakdown|stroke|meltdown|crisis|seizure|tantrum)|"
    r"who (?:lost|failed|fell|got|had) |lost an? (?:fight|bet|war|battle) |"
    r"in a (?:washing machine|blender|tumble dryer|wind tunnel|hurricane)|"
    r"(?:someone|somebody) (?:drew|sat on|stepped on|dropped|ran over|left out)|"
    r"got dressed in the dark|fell (?:down|out of|off) |"
    r"(?:filmed|shot|made|designed|drawn|written|built|coded|edited) (?:on a potato|by an? "
    r"(?:toddler|child|\d+[- ]year[- ]old|monkey|drunk))|"
    r"like (?:u|you|he|she|they) (?:hates?|owes?) ", re.IGNORECASE)
# The easiest things there are to do, and failing at them.
_EASY = (r"(?:raffle|bake sale|lemonade stand|conga line|piss-?up|tombola|bath|kettle|"
         r"shoelaces?|barn door|cup of tea|brew|toaster|paper bag|kids'? party|"
         r"children's party|school trip|whelk stall|sweet shop|sock drawer|fire drill|"
         r"egg|queue|fart|slide)")
_CANNOT = r"(?:couldn'?t|could not|can'?t|cannot|could never|would struggle to)"
FAILS = gated(r"\b(?P<who>[\w'@]+(?: [\w']+)?) " + _CANNOT + r" (?:even )?"
              r"(?:(?:organi[sz]e|run|lead|manage|boil|tie|make|plan|sell|hold|win|open|pour)"
              r" (?:an? |the |his |her |their )?(?:\w+ )?" + _EASY + r"\b|"
              r"[\w' ]{2,40}? (?:with|w) both hands|"
              # "couldn't count to ten" (the writer's own, "our treasurer can't count to ten
              # without her glasses", stays fond and is left alone)
              r"count (?:(?:to|past|up to) (?:ten|10|five|5|three|3|twenty|20)|(?:his|her|their) "
              r"own (?:fingers|toes))\b|"
              r"(?:hit|find|see) [\w' ]{2,30}? if (?:he|she|they|u|you) "
              r"(?:fell|tried|fell on it)\b)",
              re.IGNORECASE)
IMAGINE = gated(r"\bimagine (?:being|having|thinking|getting)\b[^.!?\n]{0,60}? "
                r"(?:(?:and|n|&) (?:still )?calling (?:urself|yourself|himself|herself|"
                r"themselves)|\bthis (?:dim|thick|stupid|dumb|clueless|deluded|small as a person|"
                r"boring|dense|gormless|useless)\b)", re.IGNORECASE)
_LACK = (r"(?:spine|brains?|talent|ideas|clue|personality|backbone|shame|class|taste|"
         r"charisma|chin|rizz|skill|skills|game|sense|morals|principles|charm)")
LACKS = gated(rf"(?:^|[,.:;!?@] ?|\w+ )no {_LACK},? (?:and |n )?no {_LACK}\b", re.IGNORECASE)
AWARD = gated(r"\b(?:dumbest|stupidest|worst|thickest|most clueless|most deluded) "
              r"(?:take|tweet|comment|opinion|idea|post|reply|question|decision) "
              r"(?:of the (?:day|week|month|year) |award )?goes to (?!me\b|myself\b|us\b)",
              re.IGNORECASE)
# A person as a thing (session 18).
# "a walking 1-star review", "a human loading screen": only a thing that is bad to be
# ("a walking encyclopedia", "a human sat nav", "a walking ray of sunshine" are praise)
_BAD_THING = (r"(?:reviews?|disaster|red flag|liability|loading screen|complaint|car ?crash|"
              r"train ?wreck|participation trophy|clich[eé]|ringtone|buffering \w+|error(?: "
              r"message)?|lawsuit|headache|warning|pop-?up|spam|migraine|dumpster fire|mess|"
              r"embarrassment|parking ticket|glitch|typo|yawn|traffic jam|out of office|"
              r"voicemail|tax return|hr (?:case|complaint)|cautionary tale|health hazard)")
WALKING = gated(r"\b(?P<who>[\w'@]+(?: [\w']+)?) (?:is|'s|was|are|r|ur|you'?re|u r) "
                r"(?:basically |literally |just |more like |such )?(?:a|an) (?:walking|human) "
                r"(?:[\w-]+ ){0,2}?" + _BAD_THING + r"\b", re.IGNORECASE)
_YOU_ARE = r"(?:ur|u r|you'?re|you are|he'?s|she'?s|he is|she is|they'?re|they are)"
# "ur not a trainer ur a protein shake w a ring light": the second noun demotes (just, more
# like, glorified, a thing "w a" prop), not "you're not a student anymore, you're a graduate"
NOT_A_BUT = gated(r"\b(?P<who>" + _YOU_ARE + r") not (?:a|an) (?![\w' -]{0,30}\banymore\b)"
                  r"[\w' -]{2,30}?,? " + _YOU_ARE + r" (?:(?:just|basically|more like|merely) "
                  r"(?:a|an) [\w' -]{2,40}|(?:a|an) glorified [\w' -]{2,40}|"
                  r"(?:a|an) [\w' -]{2,30}? (?:w|with|w/) (?:a|an) [\w'-]+(?: [\w'-]+)?)",
                  re.IGNORECASE)
BETTER_FROM = gated(r"\b(?:seen|had|heard|got|get) (?:better|livelier|more) (?:performances|"
                    r"flexibility|pitch|acumen|financial acumen|tactical flexibility|coaching|"
                    r"refereeing|reffing|"
                    r"management|leadership|acting|singing|defending|parenting|teaching|"
                    r"customer service|goalkeeping|decisions|ideas|advice|banter|service|"
                    r"marking|bowling|batting|finishing|passing) (?:from|out of|off|in) (?:a|an|"
                    r"the) "
                    r"(?:[\w'’]+ ){0,2}[\w'’]+(?![^.!?\n]{0,40}\bthan\b)", re.IGNORECASE)
DO_BETTER = gated(r"\b(?:a|my) (?:toddler|\d+[- ]year[- ]old|monkey|potato|bad prompt|chatbot|"
                  r"golden retriever|goldfish|traffic cone|brick|labrador|hamster) (?:could|would)"
                  r" (?:do|have done) (?:better|a better job)(?! than (?:me|my|I|us|myself)\b)",
                  re.IGNORECASE)
# "is what happens when you give a filing cabinet a rosette", "living proof that a lanyard
# and a loud voice can take a person a long way"
GIVEN_A = gated(r"\bis what happens when (?:you|someone|somebody) give[s]? (?:a|an) [\w' -]{2,30}? "
                r"(?:a|an) \w+|\bliving proof that (?:confidence|a lanyard|a loud voice|money|"
                r"nepotism|charm|a suit|a title)\b", re.IGNORECASE)
# (a person is so thick, not the fog or the custard)
SO_DIM = gated(r"(?:\b(?:he|she|they|(?-i:[A-Z][a-z]+)|boss|ex|manager|\w+(?:er|or))(?:'s| is|"
               r" was| are|'re) |^|(?<=[.!?] ))(?:so|that) (?:thick|dim|dense|dumb|stupid|"
               r"clueless|gormless) "
               r"(?:he|she|they) (?:thought|thinks|asked|believed|believes)\b", re.IGNORECASE)
# ("zero skill, pure luck" and "zero talent, all vibes" are said of oneself)
ZERO_TALENT = gated(r"\b(?:zero|0|no) (?:talent|skill|brains?),? (?:\d+|pure|all|zero|100%?) "
                    r"(?:ego|attitude|mouth|confidence)\b", re.IGNORECASE)
_WHO_PATTERNS = (COMPARED, FAILS, WALKING)
# Who a shape is said of. Failing at the easiest task is said of people ("that striker
# couldn't …"): only the writer's own failing is modest. A comparison is not said of the
# writer, what is theirs or a thing ("this", "that"); "that plumber is a walking …" still
# names a person, so the walking shape lets "that" through.
_WRITER_OR_IT = r"i|i'm|im|me|my|we|we're|our|us|it|it's|its"
_THE_WRITER = re.compile(rf"\b(?:{_WRITER_OR_IT})\b", re.IGNORECASE)
_NOT_SOMEONE_BUT_THAT = re.compile(rf"\b(?:{_WRITER_OR_IT}|this|which|what|there)\b",
                                   re.IGNORECASE)
_NOT_SOMEONE = re.compile(rf"\b(?:{_WRITER_OR_IT}|this|that|which|what|there)\b", re.IGNORECASE)
# (or the writer's own, as a "who" that starts with "my"/"our" is: "our new update is a
# walking disaster, fix tomorrow")
_A_THING_BEFORE = re.compile(r"\b(?:this|that|its|it's|it|my|our)\s+$", re.IGNORECASE)
MESSAGE = ("“{}” mocks someone. A roast lands as an insult on the person it names, and it is "
           "what gets screenshotted; leave it out or say what is wrong instead.")


def check(text: str) -> list[CheckWarning]:
    """At most one warning: the first mocking shape aimed at someone else."""
    for pattern in (COMPARED, FAILS, IMAGINE, LACKS, AWARD, WALKING, NOT_A_BUT,
                    BETTER_FROM, DO_BETTER, GIVEN_A, SO_DIM, ZERO_TALENT):
        if not pattern.could_match(text):
            continue
        for m in pattern.finditer(text):
            not_someone = (_THE_WRITER if pattern is FAILS else
                           _NOT_SOMEONE_BUT_THAT if pattern is WALKING else _NOT_SOMEONE)
            if pattern in _WHO_PATTERNS and not_someone.search(m.group("who")):
                continue
            # "this app is a walking …": the word before the two a match takes may name a
            # thing
            if pattern is WALKING and _A_THING_BEFORE.search(text, 0, m.start()):
                continue
            if pattern is COMPARED and not (_JOKE.search(text, m.start(), m.end() + 40)
                                           or _MISHAP.search(m.group(0))):
                continue
            said = m.group(0).strip(" ,.:;!?@")
            return [warn("tone.insult", Severity.DANGER, m.start(), m.end(),
                         MESSAGE.format(said), Category.TONE, "tone")]
    return []
