"""Risk found from how a post is built, not from phrases seen in examples:

- damaging claims stated as bare fact: a named or pointed-at subject and a damaging
  predicate (bankrupt, arrested, contaminated, covering it up) with no source given;
- secrecy markers next to company matters ("can't say more", "no one knows yet").

Each rule is a combination of word classes; the unit tests use wording of their own.
(Threats, endorsed violence and victim blaming live in risk_threat, risk_endorse and
risk_blame, run by risk_aimed.)
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.text import sentences

NAME = "risk"


def _words(*items: str) -> GatedPattern:
    return gated(r"(?<![\w#@])(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


# --- damaging claims as bare fact ------------------------------------------------------
_CONTEST = (r"(?:elections?|vote|votes|voting|ballots?|polls?|count|results?|referendum|"
            r"trials?|jury|draw|lottery|tender|contracts?|bids?|match|matches|fight|markets?|"
            r"system|process|hiring|selection|competition|contest|awards?|judging|exams?|"
            r"primar(?:y|ies)|race|inquiry|investigation|audit|interviews?|recruitment)")
CLAIMED = _words(
    r"(?:is|are|was|were|'s) (?:going|about to go) (?:bankrupt|bust|under)",
    r"(?:is|are|'s) (?:closing|shutting) (?:down|for good)", r"pulling out of",
    r"(?:is|was|were|got) (?:arrested|sacked|fired|jailed)",
    r"(?:is|'s|are) (?:pregnant|in rehab|having an affair|cheating)", r"in rehab",
    r"secret (?:second )?(?:family|affair|wife|husband|child|baby)",
    r"failed (?:a|his|her|their|its) (?:drugs? test|hygiene inspection|inspection|audit)",
    r"covering (?:it|this|that) up", r"(?:they're|they are) (?:just )?covering",
    r"waters? down", r"horse ?meat", r"expired (?:doses|food|meat|medicine|vaccines?)",
    r"explodes? (?:if|when)", r"what's killing",
    r"reads? your (?:messages|texts|emails)", r"sends (?:them|it|your \w+) to",
    # (a third person sends your data somewhere; "send your CV to our inbox" is a request)
    r"(?:they|which|that|\w+s) (?:secretly |quietly |now |also )?send (?:them|it|your \w+) to",
    r"(?:is|are|'s) (?:contaminated|poisoned|poisoning|spying on)",
    r"(?:been|was|is|got) cancelled because", r"(?:is|'s) cancelled",
    # rigged: said of a contest or a decision (an election, a draw, a trial), not of a game
    # show's lights or a boat's rigging
    _CONTEST + r"(?:'s| is| was| were| are| has been| have been| got| being)? (?:\w+ )?rigged",
    r"rigged (?:the |their |this |that |an? )?(?:\w+ )?" + _CONTEST,
    r"(?:tour|show|festival|gig|match)(?:'s| is| has been) cancelled",
    r"(?:is|are|'s) (?:about to|going to) (?:collapse|fold|go under|shut)", r"on the take",
    r"(?:is|are) (?:shutting|closing) (?:all|every|most) (?:of )?(?:its|their|the) \w+",
    r"gave [\w ]{0,20}(?:heart attacks?|cancer|food poisoning|seizures|strokes)",
    r"causes? (?:cancer|autism|infertility|heart attacks)",
    r"(?:has|have) been (?:hiding|covering up|faking|lying about)",
    r"(?:is|are|was) (?:covering up|faking|lying about)",
    r"faked (?:his|her|their|its) (?:own )?\w+", r"covered (?:it|this|that) up",
    r"putting (?:chemicals|poison|something|fluoride|drugs) in",
    r"dumping (?:waste|sewage|chemicals|toxic)", r"cooking the books", r"fiddl\w+ the \w+",
    r"(?:is|are|was) (?:being )?(?:pushed out|forced out|investigated)")
# A source, a question or hedging makes it not a bare claim (rumour.txt and hearsay cover
# the hedged forms); so does the writer's own news. Why not risk_sources.CITED_SOURCE: that
# one names no "sources", "supposedly", "unconfirmed"; sharing either changes which posts warn.
SOURCE_OR_HEDGE = _words(
    r"according to", r"reports?", r"reported", r"confirmed", r"announced", r"officially",
    r"statement", r"press release", r"says", r"said", r"told", r"https?", r"www", r"news",
    r"BBC", r"Reuters", r"AP", r"heard", r"apparently", r"rumou?r\w*", r"allegedly",
    r"reportedly", r"supposedly", r"purportedly", r"unconfirmed", r"sources?")
SELF = re.compile(r"\b(?:I|we|I've|we've|I'd|we'd)\s+$", re.IGNORECASE)
OWN_NEWS = re.compile(r"^\s*(?:I|I'm|I've|we|we're|we've|we'll|(?:our|my) (?:little |own )?"
                      r"(?:shop|store|caf[eé]|restaurant|business|company|bakery|studio|salon|"
                      r"bar|pub|gym|band|show|tour|podcast|stall|brand|startup|club|team))\b",
                      re.IGNORECASE)


def _bare_claim(s: str) -> list[CheckWarning]:
    claim = CLAIMED.search(s)
    if claim is None or "?" in s or SOURCE_OR_HEDGE.search(s) or OWN_NEWS.match(s) or \
            SELF.search(s, 0, claim.start()):
        return []
    return [_warn("risk.rumour", Severity.CAUTION, claim.start(), claim.end(),
                  f"“{claim.group(0)}” states something damaging as fact with no source. "
                  "If it is wrong, you spread it: say where it comes from, or wait until it "
                  "is confirmed.")]


def _warn(code: str, severity: Severity, start: int, end: int, message: str) -> CheckWarning:
    return CheckWarning(code, Category.RISK, severity, start, end, message, (), NAME)


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    return [w.shifted(span.start) for span in sentences(text) for w in _bare_claim(span.text)]
