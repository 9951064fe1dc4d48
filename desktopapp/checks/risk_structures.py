"""Risk found from how a post is built, not from phrases seen in examples:

- wished or endorsed harm: a wish, a "should" or a "deserves" and an act of violence
  against people in one sentence;
- threats written as jokes: the writer's own intention, a violent act or a weapon, and a
  joke or "you've been warned" marker in the same post;
- damaging claims stated as bare fact: a named or pointed-at subject and a damaging
  predicate (bankrupt, arrested, contaminated, covering it up) with no source given;
- blame moved onto victims and accusers: scare quotes around their words, their motives,
  their choices named as the cause;
- secrecy markers next to company matters ("can't say more", "no one knows yet").

Each rule is a combination of word classes; the unit tests use wording of their own.
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.text import sentences

NAME = "risk"


def _words(*items: str) -> GatedPattern:
    return gated(r"(?<![\w#@])(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


# --- wished harm ----------------------------------------------------------------------
# An act of violence aimed at people (or their homes, cars, windows): the object is part of
# the pattern, so "punch the dough" or "smash the exam" stay out.
_PEOPLE = (r"(?:him|her|them|you|that \w+|those \w+|these \w+|the lot of them|"
           r"every (?:one|last) of them)")
VIOLENT_ACT = _words(
    # not beat, hit, smash, shoot or hang: sport, sales and photo shoots use them of people
    r"(?:punch|slap|stab|strangle|batter|lynch|torch|firebomb)(?:es|s|ed|ing)? (?:\w+ )?" + _PEOPLE,
    r"(?:a|the) (?:beating|kicking|good hiding|hiding|pasting)",
    r"beat(?:en|ing)? (?:\w+ )?up", r"(?:heads?|teeth|faces?|windows?|doors?) (?:\w+ )?"
    r"(?:kicked|smashed|punched|bashed|caved) in",
    r"(?:get|got|gets|getting) (?:their|his|her|your) \w+ (?:smashed|kicked|broken|burned|"
    r"torched|bashed)",
    r"dragged out(?: of)?", r"taught a lesson", r"up against a wall",
    r"drive (?:through|into|over) (?:them|the crowd|the protesters|the marchers)",
    r"run (?:them|him|her|you) (?:all )?over", r"puts? a bullet in", r"bullet in (?:him|her|them)",
    r"breaks? (?:his|her|their|your) (?:legs|arms|neck|jaw|knees)", r"kneecap\w*",
    r"carnage", r"go in hard", r"string (?:him|her|them) up", r"torch (?:their|his|her) \w+",
    r"burn(?:ed|t|ing)? down (?:the|that|their|his|her) \w+", r"stone(?:d)? to death",
    r"give (?:him|her|them) a (?:beating|kicking|slap)", r"(?:needs?|deserves?) a slap")
WISH = _words(
    r"should(?: just| really| all| be)?", r"ought to", r"deserves?", r"deserved", r"needs?",
    r"hope", r"hoping", r"wish", r"can't wait", r"cannot wait", r"happily", r"more of this",
    r"do it", r"I say", r"good\.", r"finally", r"cheers to", r"about time", r"earned",
    r"problem solved", r"did (?:[\w ]{1,20}) a favou?r", r"someone (?:should|needs to)",
    r"only (?:language|thing) they understand", r"let's", r"time to", r"go on then",
    r"whatever they get", r"have it coming", r"had it coming")


def _wished_harm(s: str, after: str) -> list[CheckWarning]:
    """`after` is the next sentence: the approval often follows ("… Problem solved.")."""
    act = VIOLENT_ACT.search(s)
    if act is None or not (WISH.search(s) or WISH.search(after)):
        return []
    return [_warn("risk.endorses-violence", Severity.DANGER, act.start(), act.end(),
                  f"“{act.group(0)}” wished on people reads as a call for violence. That is "
                  "against every network's rules and hard to take back.")]


# --- threats written as jokes ------------------------------------------------------------
INTENT = _words(r"I'm", r"I am", r"I'll", r"I will", r"I'd", r"gonna", r"going to",
                r"planning to", r"plan to", r"thinking of", r"thinking about", r"considering",
                r"might have to", r"might just", r"about to", r"bringing", r"tempted to",
                r"if (?:he|she|they|you|my \w+|that \w+|anyone) [\w' ]{0,30}(?:again|one more "
                r"time|once more|shows? up)", r"next time", r"you've been warned", r"don't test me",
                r"don't make me", r"already planning")
WEAPON_OR_ACT = _words(
    r"poison\w*", r"set(?:ting)? fire to", r"setting \w+ on fire", r"run(?:ning)? (?:\w+ )?over",
    r"rampage", r"nuk(?:e|ing|ed)", r"machete", r"shovel and a bin bag", r"bin bags?",
    r"put a hit out", r"hit out on", r"hitman", r"in the river", r"in the canal",
    r"(?:a|an|my|the) (?:knife|gun|axe|crowbar|baseball bat|bat|chainsaw|machete)",
    r"murder\w*", r"kill(?:ing)?", r"strangl\w+", r"stab\w*", r"shoot(?:ing)? (?:up|him|her|"
    r"them|you|everyone)", r"blow(?:ing)? (?:it|them|him|her|the \w+|this \w+) up", r"bomb\w*",
    r"burn(?:ing)? (?:it|the \w+|this \w+|that \w+) down", r"torch\w*", r"bury (?:him|her|them)",
    r"\w+'s funeral", r"in the soup", r"off a cliff", r"with (?:my|a) (?:baseball )?bat")
JOKE_MARK = gated(r"(?:\blol\b|\blmao\b|\bhaha\w*|😂|🤣|🙃|😈|🔪|\bjk\b|\bkidding\b|\bjoking\b|"
                  r"you've been warned|don't test me|\bswear down\b|\(am I\?\)|\bunless you\b|"
                  r"\bjust saying\b|\bmostly\b)", re.IGNORECASE)


def _joke_threat(text: str) -> list[CheckWarning]:
    if not JOKE_MARK.search(text):
        return []
    for span in sentences(text):
        intent, act = INTENT.search(span.text), WEAPON_OR_ACT.search(span.text)
        if intent and act:
            return [_warn("risk.threat", Severity.DANGER, span.start + act.start(),
                          span.start + act.end(),
                          f"“{act.group(0)}” with your own plan in the sentence reads as a "
                          "threat. Written as a joke it is still reported, screenshotted and "
                          "sometimes prosecuted.")]
    return []


# --- damaging claims as bare fact ------------------------------------------------------
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
    r"reads? your (?:messages|texts|emails)", r"sends? (?:them|it|your \w+) to",
    r"(?:is|are|'s) (?:contaminated|poisoned|poisoning|spying on)",
    r"(?:been|was|is|got) cancelled because", r"(?:is|'s) cancelled", r"rigged",
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
# the hedged forms); so does the writer's own news.
SOURCED = _words(r"according to", r"reports?", r"reported", r"confirmed", r"announced",
                 r"officially", r"statement", r"press release", r"says", r"said", r"told",
                 r"https?", r"www", r"news", r"BBC", r"Reuters", r"AP", r"heard",
                 r"apparently", r"rumou?r\w*", r"allegedly")
SELF = re.compile(r"\b(?:I|we|I've|we've|I'd|we'd)\s+$", re.IGNORECASE)
OWN_NEWS = re.compile(r"^\s*(?:I|I'm|I've|we|we're|we've|we'll|(?:our|my) (?:little |own )?"
                      r"(?:shop|store|caf[eé]|restaurant|business|company|bakery|studio|salon|"
                      r"bar|pub|gym|band|show|tour|podcast|stall|brand|startup|club|team))\b",
                      re.IGNORECASE)


def _bare_claim(s: str) -> list[CheckWarning]:
    claim = CLAIMED.search(s)
    if claim is None or "?" in s or SOURCED.search(s) or OWN_NEWS.match(s) or \
            SELF.search(s, 0, claim.start()):
        return []
    return [_warn("risk.rumour", Severity.CAUTION, claim.start(), claim.end(),
                  f"“{claim.group(0)}” states something damaging as fact with no source. "
                  "If it is wrong, you spread it: say where it comes from, or wait until it "
                  "is confirmed.")]


# --- blame moved onto victims and accusers ---------------------------------------------
SCARE_QUOTED = gated(r"[\"“‘'](?:survivors?|victims?|remember\w*|assault\w*|abuse[ds]?|"
                     r"harass\w*|trauma\w*|accus\w+|forgot|brave|came forward)[\"”’']",
                     re.IGNORECASE)
SHIFTED = _words(
    r"(?:that's|it's|this is|that is|(?:some|part|half) of (?:this|that|it) is|partly|also) on "
    r"(?:her|him|them|the (?:parents|victims?|girls?|women|kids|families))(?: too)?",
    r"share (?:the|some of the) blame", r"(?:her|his|their) fault too", r"personal responsibility",
    r"(?:know|knew|knows) (?:the|what the) risks?", r"playing the victim", r"crying victim",
    r"for (?:the )?(?:clout|a payout|a book deal)", r"follow the money",
    r"(?:only|suddenly|conveniently) (?:come|came|comes|coming) (?:out|forward)",
    r"lie to get back at", r"(?:don't|do not|never) believe (?:her|him|them|a word)",
    r"(?:stayed|went back|kept going back) (?:with|to) (?:him|her)",
    r"can't be surprised (?:by|when|if|at)", r"(?:convenient|suspicious|interesting) timing",
    r"suddenly (?:remember\w*|recall\w*|decid\w+ to (?:speak|come forward))",
    r"only (?:reported|spoke up|came forward|said something)(?: it)? (?:when|after|once)",
    r"(?:shouldn't|should not) have (?:posted|worn|gone|walked|drunk|trusted|flirted)",
    r"didn't want the attention",
    r"wasn't (?:that|so) (?:serious|bad)", r"dressed like that",
    r"(?:can't|cannot) blame [\w ]{1,20}for everything",
    r"what was (?:a|an|she|he|they) [\w ]{0,20}doing (?:at|in|out)",
    r"(?:why did|why would) (?:you|she|he|they) (?:keep|stay|go back)",
    r"should have (?:just )?(?:told|left|said|reported|known)",
    r"knew exactly (?:who|what) (?:he|she|they) (?:was|were)", r"ruining (?:a |his |her )?[\w' ]"
    r"{0,15}careers?", r"just as (?:her|his|their) [\w ]{0,15}flops")


def _blame(text: str) -> list[CheckWarning]:
    hit = SCARE_QUOTED.search(text) or SHIFTED.search(text)
    if hit is None:
        return []
    return [_warn("risk.victim-blaming", Severity.DANGER, hit.start(), hit.end(),
                  f"“{hit.group(0)}” moves the blame onto a victim or an accuser. Posts like "
                  "this hurt the people involved and are quoted back for years.")]


def _warn(code: str, severity: Severity, start: int, end: int, message: str) -> CheckWarning:
    return CheckWarning(code, Category.RISK, severity, start, end, message, (), NAME)


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    found: list[CheckWarning] = []
    spans = list(sentences(text))
    for i, span in enumerate(spans):
        after = spans[i + 1].text if i + 1 < len(spans) else ""
        found += [w.shifted(span.start) for w in _wished_harm(span.text, after) +
                  _bare_claim(span.text)]
    return found + _joke_threat(text) + _blame(text)
