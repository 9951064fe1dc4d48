"""More shapes of an insult aimed at someone, beyond insult_rules' "X is a …".

- The superlative of contempt: "the dimmest cooks in the county", "run by the thickest
  people on the internet". Calling people the stupidest (laziest, most useless …) of a
  whole place or field is aimed at them whoever they are; the same superlative of a thing
  ("the dumbest idea in the world") or of the writer ("I'm the laziest person on earth")
  is not.
- The retort "says the …": "says the bitter nobody with 40 followers" names the person
  it answers.
- An epithet with no article: "Pathetic, dim, greasy little man.", "useless woman".
"""

from __future__ import annotations

import re

from desktopapp.checks import insult_mock
from desktopapp.checks.aimed_words import warn
from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity

_SUPERLATIVE = (r"(?:worst|dimmest|dumbest|stupidest|thickest|laziest|ugliest|smuggest|"
                r"most (?:useless|clueless|incompetent|pathetic|talentless|gormless|idiotic|"
                r"brainless|spineless|deluded|insufferable|obnoxious|arrogant|boring|"
                r"overrated|tone-deaf|ignorant|self-important|bitter))")
# Who they are: people, or a word for someone by what they do (cooks, fans, refs, bosses).
_PEOPLE = (r"(?:people|persons?|folk|humans?|bunch|lot|crowd|men|women|guys|blokes|lads|"
           r"[\w-]*(?:ers|ors|ists|ians|ants|ents)|cooks|chefs|fans|refs|bosses|staff|team|"
           r"players|owners|managers|journalists|critics|reviewers|influencers|creators|"
           r"officials?|refs?|referees?|human|human beings?|person|man|woman|excuse)")
# A whole place or field to be the worst of.
_FIELD = (r"(?:to (?:ever )?[\w-]+|(?:i'?ve|i have|we'?ve|you'?ll) ever|ever|alive|"
          r"(?:in|on|of) (?:the |this |that |our |all )?(?:whole |entire )?(?:world|internet|"
          r"planet|earth|county|country|league|town|city|platform|app|site|business|industry|game|history|"
          r"universe|timeline|north|south|region|profession|trade|market|street|village))")
SUPERLATIVE = gated(rf"\bthe (?:{_SUPERLATIVE},? (?:and )?){{1,3}}(?:[\w-]+ )?{_PEOPLE} {_FIELD}\b",
                    re.IGNORECASE)
RETORT = gated(r"\bsays the (?:(?:bitter|sad|pathetic|jealous|washed-up|failed|talentless|"
               r"clueless|little|old|fat|smug|angry|lonely|miserable|ugly),? ){0,2}"
               r"(?:nobody|loser|clown|failure|has-been|fraud|troll|hypocrite|bot|muppet|"
               r"wannabe|amateur|joke)\b", re.IGNORECASE)
# "You're clearly too dim to understand …": a lack of wit said to someone's face.
TOO_DIM = gated(r"\b(?:you(?:'re| are|’re)|u r|ur|(?:he|she)(?:'s| is|’s)|they(?:'re| are|’re))"
                r"(?: \w+)? too (?:dim|stupid|thick|dumb|slow|clueless|gormless|brainless) to "
                r"(?:understand|grasp|get|follow|read|see|notice|realise|realize|spell|count|"
                r"work out|figure out)\b", re.IGNORECASE)
# An epithet: contempt adjectives straight before a word for a person, no article between
# ("Pathetic, dim, greasy little man.", "the owner is very stupid man", "…, useless
# woman"). Only strong contempt (not "lazy" or "old": "lazy girl dinner", "old man") and
# one person (the plural is often a market: "recipes for lazy people").
_CONTEMPT = (r"(?:pathetic|useless|stupid|talentless|worthless|greasy|vile|disgusting|spineless|"
             r"gutless|brainless|clueless|incompetent|ugly|smelly|repulsive|odious|slimy|"
             r"moronic|idiotic|dim|dim-?witted|gormless|snivelling|obnoxious|insufferable)")
EPITHET = gated(r"(?:^|(?<=[.,:;!?] )|(?<=\bis )|(?<=\bwas )|(?<=\bis very )|(?<=\bwas very ))"
                rf"(?:{_CONTEMPT},? (?:and )?){{0,2}}{_CONTEMPT} (?:little |old |fat |lazy )?"
                r"(?:man|woman|guy|bloke|person|creature|individual|fella|lad|human being)\b"
                r"(?! (?:of|on|in|at|from|who (?:helped|saved|found)))", re.IGNORECASE)
# The writer or what they made ("I'm the laziest …", "my team is the worst …") is fond or
# modest; a thing ("the dumbest idea") is no one.
_SELF = re.compile(r"\b(?:i'?m|i’m|i am|i was|we'?re|we are|call me|me|myself|us)\s+"
                   r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_NEG = re.compile(r"\b(?:not|never|no|isn't|aren't|wasn't|weren't|hardly)\s+(?:\w+\s+){0,2}$|"
                  r"n't\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
MESSAGE = ("“{}” is contempt aimed at someone. Insults in a public post are what gets "
           "screenshotted and quoted back at you; say what is wrong instead.")


def check(text: str) -> list[CheckWarning]:
    """At most one warning: the first superlative of contempt or retort that is not the
    writer's about themselves and not negated, else the first mockery (insult_mock)."""
    for pattern in (SUPERLATIVE, RETORT, TOO_DIM, EPITHET):
        if not pattern.could_match(text):
            continue
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30):m.start()]
            if _SELF.search(before) or _NEG.search(before):
                continue
            return [warn("tone.insult", Severity.DANGER, m.start(), m.end(),
                         MESSAGE.format(m.group(0)), Category.TONE, "tone")]
    return insult_mock.check(text)
