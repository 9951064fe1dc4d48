"""Rumours, hearsay and leaks, from how such posts are built (never from lists of posts):

- rumour: a damaging predicate (a crime, an affair, an illness or addiction, going bust,
  a firing, a fake, a cover-up) about a named or pointed-at person or company, stated as
  fact with no source, or pushed as fact ("everyone knows", "mark my words", "why is
  nobody talking about …?", "I'm not saying … but");
- hearsay: the claim passed on from someone else (a friend who works there, my cousin's
  neighbour, people in the group chat, a screenshot going round) or hedged ("don't quote
  me", "take it with a pinch of salt");
- confidential (risk_confidential.py): an insider's matter that is not public yet, or
  plain secrecy.

The rules of risk.py, risk_kinds.py and risk_structures.py for these kinds still run; a
sentence one of them already warns about is left to it, so nothing is said twice.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from desktopapp.checks import (
    lexicons,
    risk_breaking,
    risk_confidential,
    risk_kinds,
    risk_spread,
    risk_structures,
)
from desktopapp.checks.gate import GatedPattern
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.risk_claim_words import DAMAGE, PUSHED_DAMAGE, ROLE
from desktopapp.checks.risk_damage import MORE_DAMAGE
from desktopapp.checks.risk_framing import (
    HEDGED,
    HEDGED_SOFT,
    MORE_HEDGED,
    MORE_HEDGED_SOFT,
    MORE_SOURCES,
    OWN_NEWS_AFTER,
    PAIRED,
    PASSED_ON,
    SCARE_QUOTED,
    SECOND_HAND,
    WARNING_FRAME,
    about_the_writer,
    someone_else_named,
)
from desktopapp.checks.risk_hearsay_more import CONDUCT, CORNERS, SOURCES
from desktopapp.checks.risk_sources import sourced
from desktopapp.checks.risk_words import Rule, loose, words
from desktopapp.checks.risk_wrongdoing import WRONGDOING
from desktopapp.checks.text import Span, sentences

NAME = "risk"

NAMED = re.compile(r"(?<=\S)\s+(?:[A-Z][\w&'’.-]*[a-z][\w&'’.-]*|[A-Z]{2,}\b|@\w+)|"
                   # a possessive opens a sentence with a name ("Pemberton's bread is …")
                   r"(?:^|[.!?]\s+)[A-Z][a-z]+['’]s\b")
NOT_NAMES = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "OK",
                       "TV", "UK", "US", "USA", "EU", "LOL", "OMG", "RIP", "PSA", "FYI",
                       "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday", "God"})
# Pushing it as fact, or asking a question that is really a claim.
AS_FACT = words(
    r"everyone knows", r"everybody knows", r"we all know", r"(?:an |it's an )?open secret",
    r"common knowledge", r"worst[- ]kept secret", r"mark my words", r"calling it now",
    r"you heard it here first", r"heard it here first", r"trust me", r"believe me",
    r"fact:", r"facts:", r"100 ?%", r"no doubt", r"i guarantee", r"wake up", r"the truth is",
    r"let that sink in", r"not a coincidence", r"no coincidence", r"coincidence\?",
    r"connect the dots", r"just saying", r"just asking(?: questions)?", r"makes you (?:think|"
    r"wonder)", r"draw your own conclusions", r"do the math", r"you do the maths?",
    r"i'm not saying[^.!?\n]{0,60}but", r"it's (?:obvious|clear|plain)", r"newsflash",
    r"not saying[^.!?\n]{0,60}but", r"🤔", r"👀",
    r"why (?:is|isn't|are|aren't|does|doesn't|do|don't) (?:no ?one|nobody|anyone|the media|"
    r"the press|people) (?:talking|asking|reporting|mentioning|saying|covering)",
    r"(?:when|how long) (?:will|is|are|until|till|before) [\w' ]{1,30}(?:admit|come clean|own "
    r"up|tell the truth|confess|finds? out|realis|realiz)",
    r"(?:isn't it|ain't it|it's|funny|strange|odd|interesting|weird|curious|convenient) how",
    r"notice how", r"am i the only one who (?:knows|noticed|thinks|sees)",
    r"did (?:nobody|no one|anyone else) (?:notice|see|realise|realize)", r"ever wonder why",
    r"ask yourself why", r"everyone's (?:talking|saying)", r"the real reason", r"fyi", r"psa",
    r"thought (?:you|y'all|everyone) should know", r"the reason (?:why )?[\w&' ]{1,40}\?",
    r"why (?:did|does|is|has|was|are|were) [\w&' ]{1,40}\?",
    r"heads up", r"word to the wise", r"plan accordingly", r"you've been warned",
    r"look it up", r"google it", r"do your (?:own )?research", r"check for yourselves?")
# The writer's own news ("we're closing", "I got fired") or a denial ("isn't bankrupt").
OWN_OR_DENIED = Rule(loose(
    r"(?:(?:\b(?:i|i'm|i am|i've|i was|me|we|we're|we are|we've|we were|our|myself|ourselves|"
    r"if|whether|regardless of|in case|imagine|doubt|no way)|n't think|n't believe)"
    r"(?:\W+\w+){0,3}|(?:n't|\bnot|\bnever|\bno longer)(?:\W+\w+)?)\W*$"))

# What a passed-on claim says, beyond DAMAGE: trouble for a person or a business.
HEARD_CLAIM = words(
    r"out of date", r"dodgy", r"dirty", r"filthy", r"unsafe", r"dangerous", r"illegal\w*",
    r"underpaid", r"not (?:paying|paid)", r"lay(?:ing)? off", r"laid off", r"layoffs",
    r"redundanc\w+", r"closing", r"shutting", r"going under", r"strike", r"split(?:ting)? up",
    r"divorc\w+", r"high", r"wasted", r"racist", r"sexist", r"bull(?:y|ying|ied)",
    r"harass\w*", r"creepy", r"rats", r"mice", r"poison\w*", r"selling up", r"sold",
    r"bought out", r"taken over", r"moving", r"relocat\w+", r"replaced", r"banned", r"sued",
    r"in trouble", r"in debt", r"broke", r"skint", r"child labou?r", r"slave labou?r",
    r"sweatshops?", r"exploit\w*", r"unpaid", r"selling off", r"ax(?:e|es|ed|ing)",
    r"scrap(?:s|ped|ping)", r"pee in bottles", r"lost (?:his|her|their) (?:job|licence|"
    r"license|house|home)", r"kicked out", r"thrown out", r"expelled", r"excluded",
    r"suspended", r"cancell?ed", r"cutting", r"cuts",
    # organisational news not announced yet: decided, delayed, dropped, emptied, unpaid
    r"(?:getting|been|being|be|is|was|got) (?:\w+ )?(?:approved|delayed|pushed back|scrapped|"
    r"demolished|flattened|dropped|merged|swallowed|bought|walked out|marched out|"
    r"escorted out|cleared out|stitched up|fixed|rigged|binned|shelved)",
    r"(?:office|desk|locker)(?:'s| is) (?:been )?cleared", r"toast",
    r"failed an? (?:drug|doping|dope|drugs) test", r"swallowing", r"taking over",
    r"(?:won't|wont|will not|isn't|isnt|not) (?:going to )?get(?:ting)? (?:its|their|his|"
    r"her|the) (?:licen[cs]e|contract|funding|permit|visa|deal)",
    r"(?:hasn't|hasnt|haven't|havent|has not|have not|not) been paid",
    r"dropping (?:all|every|the|its|their)", r"resell\w*",
    r"selling (?:\w+ )?(?:member|user|customer|player|our|your) ?(?:data|details|info)",
    r"sacking", r"sacked", r"(?:got|getting) (?:the boot|the sack|binned)",
    # session 19 (dev drops 16b/17b): what is about to happen to a place or a team, said
    # before anyone announced it, and money or conduct passed on
    # ("cancelling", "selling the", "not safe", "not allowed to" were tried: "my mate says
    # he's cancelling his gym membership" is his own news)
    r"(?:isn'?t|not|never|won'?t be) reopening", r"(?:isn'?t|not|never) (?:getting|being) built",
    r"(?:never|refused to) pa(?:y|id) (?:the|half|his|her|their|any)", r"asked to leave",
    r"(?:done|wrecked|torn|snapped) (?:his|her|their) (?:knee|ankle|hamstring|acl|achilles|"
    r"shoulder)", r"out for the (?:season|year)", r"deliberate(?:ly)? (?:fires?|set)", r"arson",
    gate=False)

def _warn(code: str, severity: Severity, span: Span, start: int, end: int,
          message: str) -> CheckWarning:
    return CheckWarning(code, Category.RISK, severity, span.start + start, span.start + end,
                        message, (), NAME)


def _named(s: str) -> bool:
    return any(m.group(0).strip() not in NOT_NAMES for m in NAMED.finditer(s)) or \
        ROLE.search(s) is not None


def _sentence(spans: list[Span], starts: list[int], at: int) -> tuple[int, Span]:
    i = max(0, bisect_right(starts, at) - 1)
    return i, spans[i]


def _rumour(text: str, spans: list[Span], starts: list[int]) -> list[CheckWarning]:
    """A claim's source, push or name may sit in the sentence next to it ("Why is nobody
    talking about Dr X's clinic? He stole from patients."): those are read on the paragraph."""
    claims = [*DAMAGE.finditer(text), *MORE_DAMAGE.finditer(text), *CONDUCT.finditer(text),
              *WRONGDOING.finditer(text)]
    pushed = None
    if claims or PUSHED_DAMAGE.gate.could_match(text):
        pushed = AS_FACT.search(text) or WARNING_FRAME.search(text) or SCARE_QUOTED.search(text)
    if pushed:
        claims += PUSHED_DAMAGE.finditer(text)
    if not claims or sourced(text):
        return []
    for claim in sorted(claims, key=lambda m: m.start()):
        _, span = _sentence(spans, starts, claim.start())
        s, start, end = span.text, claim.start() - span.start, claim.end() - span.start
        if OWN_OR_DENIED.search(someone_else_named(s[:start])) or (not pushed and (
                "?" in s or not _named(text[:claim.start()] + " " + text[claim.end():]))):
            continue
        if risk_structures.CLAIMED.search(s):
            return []  # risk_structures says it already
        how = f"“{text[pushed.start():pushed.end()]}” and " if pushed else ""
        return [_warn("risk.rumour", Severity.CAUTION, span, start, end,
                      f"{how}“{s[start:end]}” state something damaging about someone as "
                      "fact, with no source. If it is wrong, you spread it: say where it comes "
                      "from, or wait until it is confirmed.")]
    return []


def _claims_of_others(text: str, classes: tuple[Rule | GatedPattern, ...] | None = None) -> bool:
    """A damaging claim in `text` (by default of any class a passed-on claim may take) said
    of someone other than the writer."""
    return any(not about_the_writer(text[:m.start()]) for p in classes or _HEARD
               for m in p.finditer(text))


_HEARD: tuple[Rule | GatedPattern, ...] = (DAMAGE, MORE_DAMAGE, HEARD_CLAIM, CONDUCT, CORNERS,
                                           risk_kinds.CLAIM, WRONGDOING)


# The writer passing a claim on only to deny it ("people saying the refs are corrupt,
# they're not corrupt, they're just bad"): a denial that names the claim again.
_DENIAL = Rule(loose(r"\b(?:they|he|she|it|that|this|which)(?:(?:'re|'s| are| is| was| were| "
                     r"did| has| have| had)(?:n't| not| never)| never)\s+"
                     r"(?:even\s+|actually\s+|really\s+|ever\s+)?"))


def _rebutted(s: str, after: int) -> bool:
    """Whether the sentence `s` denies, after offset `after`, a claim it made before."""
    for m in _DENIAL.finditer(s[after:]):
        denied = after + m.end()
        claimed = {c.group(0).lower()[:5] for p in _HEARD for c in p.finditer(s[:denied])}
        if any(word in s[denied:denied + 40].lower() for word in claimed):
            return True
    return False


def _hearsay(text: str, spans: list[Span], starts: list[int]) -> list[CheckWarning]:
    found: list[CheckWarning] = []
    said: set[int] = set()
    hits = [(m, True) for m in (*HEDGED.finditer(text), *MORE_HEDGED.finditer(text))]
    hits += [(m, False) for m in (*SECOND_HAND.finditer(text), *HEDGED_SOFT.finditer(text),
                                  *MORE_SOURCES.finditer(text), *MORE_HEDGED_SOFT.finditer(text),
                                  *SOURCES.finditer(text))]
    for hit, alone in hits:
        i, span = _sentence(spans, starts, hit.start())
        if i in said:
            continue
        s = span.text
        # the claim may sit in the sentence next to it, if it is plainly damaging there
        claimed = _claims_of_others(s) or any(_claims_of_others(
            spans[j].text, (DAMAGE, MORE_DAMAGE)) for j in (i - 1, i + 1) if 0 <= j < len(spans))
        if (not claimed and (not alone or OWN_NEWS_AFTER.match(text, hit.end()))) or \
                _rebutted(s, hit.end() - span.start):
            continue
        said.add(i)
        if any(listed_rumour(s, m) for m in lexicons.pattern("rumour").finditer(s)) or \
                risk_kinds.HEARSAY.search(s) or (
                risk_kinds.CLAIM.search(s) and risk_kinds.HEARSAY_PERSONAL.search(s)):
            continue  # risk.check's word list or risk_kinds says it already
        start, end = hit.start() - span.start, hit.end() - span.start
        found.append(_warn(
            "risk.hearsay", Severity.CAUTION, span, start, end,
            f"“{s[start:end]}”: a claim passed on second-hand. If it is wrong about a person "
            "or a company, you repeated it: wait for a source you can name."))
    return found


# The rumour word list's news talk ("reportedly", "is it true that", "I heard"): a sourced
# report, a question or a piece of news is no unverified claim about anyone by itself.
NEWS_TALK = frozenset({
    "heard that", "i heard", "heard the", "just heard", "allegedly", "reportedly",
    "unconfirmed", "unverified", "can anyone confirm", "can someone confirm", "anyone confirm",
    "not sure if it's true", "not sure if this is true", "not sure if true", "no idea if true",
    "is it true that"})


HEARD = frozenset({"heard that", "i heard", "heard the", "just heard"})


# "The rumours are true: we're expanding", "the rumour is right, our lemon tart is back":
# the writer confirming their own news passes nothing unverified on.
_OWN_NEWS_CONFIRMED = re.compile(loose(
    r"\s+(?:true|right|correct|confirmed)\b[^.!?\n]{0,30}?\b(?:(?:we|i)(?:'re|'m|'ll|'ve| are| "
    r"am| will| have)\b|our (?:[\w-]+ ){0,3}(?:is|are|'s|'re) (?:back|here|coming|returning|"
    r"opening|launching|moving|expanding|growing|staying)\b)"), re.IGNORECASE)


def listed_rumour(text: str, match: re.Match[str]) -> bool:
    """Whether a match of the rumour word list in `text` warns: news talk only in a
    sentence that says something damaging of someone other than the writer; never the
    writer confirming their own news."""
    if _OWN_NEWS_CONFIRMED.match(text, match.end()):
        return False
    if loose_key(match.group(0)) not in NEWS_TALK:
        return True
    spans = list(sentences(text))
    starts = [span.start for span in spans]
    i, span = _sentence(spans, starts, match.start())
    if _claims_of_others(span.text) or PUSHED_DAMAGE.search(span.text) is not None:
        return True
    if loose_key(match.group(0)) in HEARD:
        # "I heard" names its own source: a claim, or two people paired, or nothing
        return PAIRED.search(span.text) is not None
    # or hedged news passed on from someone ("allegedly, per an ex-colleague, …")
    near = " ".join(spans[j].text for j in (i - 1, i, i + 1) if 0 <= j < len(spans))
    return any(p.search(near) for p in (PASSED_ON, SECOND_HAND, MORE_SOURCES))


def loose_key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower().replace("’", "'"))


def check(text: str, already: set[str]) -> list[CheckWarning]:
    """`text` is the paragraph with figurative phrases masked; `already` names the codes
    risk.check has found in it (a paragraph it already calls confidential is left to it).
    Each rule looks for its words in the whole paragraph once, then reads the sentences
    they are in."""
    spans = list(sentences(text))
    if not spans:
        return []
    starts = [span.start for span in spans]
    heard = _hearsay(text, spans, starts)
    # a claim its sentence already calls second-hand is one finding, not two
    passed_on = {_sentence(spans, starts, w.start)[0] for w in heard}
    # one rumour warning is enough: risk.check's word list may have said it already
    rumours = [] if "risk.rumour" in already else (
        _rumour(text, spans, starts)
        or ([] if heard else risk_breaking.check(text) or risk_spread.check(text)))
    found = [w for w in rumours if _sentence(spans, starts, w.start)[0] not in passed_on] + heard
    if "risk.confidential" not in already:
        found += risk_confidential.check(text)
    return found
