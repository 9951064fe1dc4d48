"""Blame built from two halves that each say little alone (issue 11, kind "blame",
session 11). The other blame modules need the abuse named or one unmistakable phrase; these
posts name neither, but pair two signals that together can only dismiss a report:

- *the accused vouched for, the accusers called liars*: "he's a pillar of this community
  … these kids are making it up" (either half alone is a reference or a playground spat);
- *silence then a motive*: the victims said nothing at the time and "now" cry for attention,
  money or a payout ("never said a word … now they're adults crying for attention").

Each half is a small word-set gate first, so a post without both costs two set lookups.
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import alt, spans, tokens, warn, words
from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.checks.risk_blame import SUPPORT

_GROUP = alt(r"kids", r"children", r"girls", r"boys", r"women", r"students", r"pupils",
             r"interns", r"accusers", r"families", r"parents", r"players", r"staff", r"people",
             r"lads", r"ladies", r"teens", r"teenagers", r"victims", r"complainants", r"she",
             r"they")
# The people who reported it called liars as a group.
LIARS = words(
    r"(?:these|those|the|all (?:these|those|the)|half (?:of )?(?:these|those|the)) " + _GROUP
    + r" (?:are|were|is) (?:\w+ )?(?:lying|liars|making (?:it|this|that|things|stuff|it all|the "
    r"whole thing) up|inventing (?:it|this|things|stories))(?! to\b)",
    r"(?:she|they)(?:'s|'re| is| are) (?:\w+ )?(?:lying|making (?:it|this|that|things|stuff|it "
    r"all|the whole thing) up)(?! to\b)")
_LIAR_KEYS = frozenset({"lying", "liars", "making", "inventing"})
# The accused vouched for: his standing, his years of service, his innocence.
VOUCHED = words(
    r"pillar of (?:the|this|our|his|her) (?:\w+ )?community", r"family man",
    r"(?:a )?(?:good|decent|kind|lovely|great|honest) (?:man|bloke|guy|lad|person|coach|teacher)",
    r"(?:he|she)(?:'s| is| was) (?:completely |totally )?innocent",
    r"would never (?:do|hurt|touch|harm)", r"known (?:him|her) (?:for )?(?:\d+|twenty|thirty|"
    r"ten|forty) years", r"(?:running|ran|run|coached|coaching|taught|teaching) (?:[\w'-]+ ){0,3}"
    r"(?:for )?(?:\d+|twenty|thirty|ten|forty) years")
_VOUCHED_KEYS = frozenset({"pillar", "family", "good", "decent", "kind", "lovely", "great",
                           "honest", "innocent", "never", "known", "years"})
# Nothing said at the time …
SILENCE = words(
    r"never (?:said|told|mentioned|reported|complained)(?: a (?:word|thing))?",
    r"(?:said|told) (?:no one|nobody|nothing)", r"kept (?:quiet|schtum|silent|their mouths shut)",
    r"didn'?t (?:say|report|mention) (?:a word|anything)",
    r"(?:not one|none|neither) of (?:them|the \w+) (?:ever )?(?:said|told|reported|complained|"
    r"mentioned)", r"not a (?:word|peep) (?:for|at the "
    r"time|back then)")
_SILENCE_KEYS = frozenset({"never", "said", "told", "kept", "didn't", "didnt", "word", "peep",
                           "none", "neither"})
# … and now a motive.
NOW_MOTIVE = words(
    r"(?:now|suddenly|years later|these days)[, ]+(?:that )?(?:she|he|they)(?:'s|'re| is| are)?"
    r" (?:\w+ ){0,2}(?:crying|screaming|begging|fishing|desperate|looking|out|after|angling) "
    r"(?:for )?(?:attention|sympathy|money|clout|a payout|payouts|fame|compensation)")
_MOTIVE_KEYS = frozenset({"attention", "sympathy", "money", "clout", "payout", "payouts", "fame",
                          "compensation"})
_DENIED = re.compile(r"\b(?:not|never|no one|nobody)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
MESSAGE = ("“{}” dismisses the people who reported it: with the accused vouched for or their "
           "silence held against them, it calls their account a lie. Posts like this hurt the "
           "people involved and are quoted back for years.")


def check(text: str) -> list[CheckWarning]:
    words_ = tokens(text)
    pairs = []
    if not _LIAR_KEYS.isdisjoint(words_) and not _VOUCHED_KEYS.isdisjoint(words_):
        pairs.append((LIARS, VOUCHED))
    if not _MOTIVE_KEYS.isdisjoint(words_) and not _SILENCE_KEYS.isdisjoint(words_):
        pairs.append((NOW_MOTIVE, SILENCE))
    for claim, backing in pairs:
        if backing.search(text) is None:
            continue
        for span in spans(text):
            m = claim.search(span.text)
            if m is None or SUPPORT.search(span.text) or _DENIED.search(span.text, 0, m.start()):
                continue
            return [warn("risk.victim-blaming", Severity.DANGER, span.start + m.start(),
                         span.start + m.end(), MESSAGE.format(m.group(0)))]
    return []
